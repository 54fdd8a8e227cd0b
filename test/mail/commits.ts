import { execFileSync } from 'node:child_process';
import { watch } from 'node:fs';
import { join } from 'node:path';

/**
 * Resolves once the helpdesk's branch has moved past `from` (a desk process running there has
 * committed), or when `signal` says the caller no longer waits. Git replaces the branch's file
 * under .git/refs/heads when it commits, which is what is watched: the branch is read again on
 * each change there, never on a timer.
 */
export function headMoved(root: string, from: string, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const watcher = watch(join(root, '.git', 'refs', 'heads'), { signal });
    const done = (e?: unknown) => {
      watcher.close();
      if (e) reject(e instanceof Error ? e : new Error(String(e)));
      else resolve();
    };
    const check = () => {
      try {
        const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
        if (head !== from) done();
      } catch (e) {
        done(e);
      }
    };
    watcher.on('change', check);
    watcher.on('error', (e) => done(signal.aborted ? undefined : e));
    watcher.on('close', () => resolve());
    // it may have committed before the watch began
    check();
  });
}
