import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

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
    : execFileSync('git', ['rev-parse', '--absolute-git-dir'], { cwd: root, encoding: 'utf8' }).trim();
  const dir = join(gitDir, 'desk-mail');
  mkdirSync(dir, { recursive: true });
  return dir;
}
