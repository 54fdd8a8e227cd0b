import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gitInSync } from '../store/git-process.js';

/**
 * What one clone knows about its own sending and fetching, kept in its git folder: not a fact
 * for the team (so not committed), not a cache (so not in .desk/, which is always safe to
 * delete). Losing it costs at most one more acknowledgement; never a mail sent twice, because
 * what is sent is committed.
 */
export function mailStateDir(root: string): string {
  const dotGit = join(root, '.git');
  const gitDir = statSync(dotGit, { throwIfNoEntry: false })?.isDirectory()
    ? dotGit
    : gitInSync(root, ['rev-parse', '--absolute-git-dir']).trim();
  const dir = join(gitDir, 'desk-mail');
  mkdirSync(dir, { recursive: true });
  return dir;
}
