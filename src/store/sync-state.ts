import { existsSync, statSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { failed } from '../core/errors.js';
import type { Git } from './git.js';
import { withLock } from './lock.js';
import { isAlive } from './lock.js';

/**
 * A sync in progress leaves a marker with its pid. When the process dies in the middle (Ctrl-C,
 * a closed laptop), the next desk command finds the marker of a dead process and undoes the
 * half-done integration with `git rebase --abort`: the local commits are back exactly as they
 * were before the sync, and the next `desk sync` starts over. A rebase that stopped on a
 * conflict the sync reported has no marker: that one waits for the person.
 */
interface Marker {
  pid: number;
  /** When the sync started (ms since the epoch): git lock files older than this are not its own. */
  started: number;
}

const markerPath = (deskDir: string) => join(deskDir, 'sync.json');

export async function markSyncStarted(deskDir: string): Promise<void> {
  await writeFile(markerPath(deskDir), JSON.stringify({ pid: process.pid, started: Date.now() } satisfies Marker));
}

export async function markSyncEnded(deskDir: string): Promise<void> {
  await rm(markerPath(deskDir), { force: true });
}

/** True when a sync was interrupted and its half-done work was undone. */
export async function recoverInterruptedSync(root: string, deskDir: string, git: Git): Promise<boolean> {
  if (!existsSync(markerPath(deskDir))) return false;
  const running = await readMarker(deskDir);
  if (running && running.pid !== process.pid && isAlive(running.pid)) {
    throw failed(
      `desk sync is running in this clone (pid ${running.pid})`,
      `wait until it has finished, then run the command again (if no desk sync is running, delete ${markerPath(deskDir)})`,
    );
  }
  return withLock(deskDir, async () => {
    const marker = await readMarker(deskDir);
    if (!marker) return false;
    if (git.inTheMiddleOfAMerge() === 'rebase') {
      // the killed git may have left its index lock; it is the sync's if it is younger than the sync
      const indexLock = join(root, '.git', 'index.lock');
      if (existsSync(indexLock) && statSync(indexLock).mtimeMs >= marker.started - 1000)
        await rm(indexLock, { force: true });
      await git.abortRebase();
    }
    // the three versions git hands a merge driver are temporary files at the top; killed, git leaves them
    for (const name of await readdir(root).catch(() => [] as string[])) {
      const path = join(root, name);
      if (/^\.merge_file_\w{6}$/.test(name) && statSync(path).mtimeMs >= marker.started - 1000)
        await rm(path, { force: true });
    }
    await markSyncEnded(deskDir);
    return true;
  });
}

async function readMarker(deskDir: string): Promise<Marker | undefined> {
  let text: string;
  try {
    text = await readFile(markerPath(deskDir), 'utf8');
  } catch {
    return undefined; // no marker: no sync was interrupted
  }
  try {
    const m = JSON.parse(text) as Partial<Marker>;
    return { pid: Number(m.pid) || 0, started: Number(m.started) || 0 };
  } catch {
    return { pid: 0, started: 0 }; // cut short while being written: that sync died before it began
  }
}
