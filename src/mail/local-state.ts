import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gitInSync } from '../store/git-process.js';
import { perRun } from '../io/context.js';

/**
 * What one clone knows about its own sending and fetching, kept in its git folder: not a fact
 * for the team (so not committed), not a cache (so not in .desk/, which is always safe to
 * delete). Losing it costs at most one more acknowledgement; never a mail sent twice, because
 * what is sent is committed.
 */
export function mailStateDir(root: string): string {
  // found once per run: a mailing asks for it once per mail, and a linked work tree would ask git each time
  const known = stateDirs().get(root);
  if (known && existsSync(known)) return known;
  const dotGit = join(root, '.git');
  const gitDir = statSync(dotGit, { throwIfNoEntry: false })?.isDirectory()
    ? dotGit
    : gitInSync(root, ['rev-parse', '--absolute-git-dir']).trim();
  const dir = join(gitDir, 'desk-mail');
  mkdirSync(dir, { recursive: true });
  stateDirs().set(root, dir);
  return dir;
}

const stateDirs = perRun(() => new Map<string, string>());
