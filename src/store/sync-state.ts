import { existsSync, statSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { failed } from '../core/errors.js';
import { text } from '../i18n/keys.js';
import type { Git } from './git.js';
import { withLock } from './lock.js';
import { ownerRuns, parseOwner, thisProcess, type Owner } from './owner.js';

/**
 * A sync in progress leaves a marker with its pid. When the process dies in the middle (Ctrl-C,
 * a closed laptop), the next desk command finds the marker of a dead process and undoes the
 * half-done integration with `git rebase --abort`: the local commits are back exactly as they
 * were before the sync, and the next `desk sync` starts over. A rebase that stopped on a
 * conflict the sync reported has no marker: that one waits for the person.
 */
interface Marker extends Owner {
  /** When the sync started (ms since the epoch): git lock files older than this are not its own. */
  started: number;
}

const markerPath = (deskDir: string) => join(deskDir, 'sync.json');

export async function markSyncStarted(deskDir: string): Promise<void> {
  await writeFile(markerPath(deskDir), JSON.stringify({ ...thisProcess(), started: Date.now() } satisfies Marker));
}

export async function markSyncEnded(deskDir: string): Promise<void> {
  await rm(markerPath(deskDir), { force: true });
}

/**
 * Finishes what a killed sync left: 'recovered' when its half-done work was undone. A sync still
 * running says 'running' to a command that only reads (it reads the files as they are, never
 * waiting on the sync) and refuses one that would write.
 */
export async function recoverInterruptedSync(
  root: string,
  deskDir: string,
  git: Git,
  mode: 'read' | 'write' = 'write',
): Promise<'none' | 'recovered' | 'running'> {
  if (!existsSync(markerPath(deskDir))) return 'none';
  const running = await readMarker(deskDir);
  if (running && running.pid !== process.pid && ownerRuns(running, running.started)) {
    if (mode === 'read') return 'running';
    throw failed(
      text('sync.running', { pid: String(running.pid) }),
      text('sync.runningHint', { marker: markerPath(deskDir) }),
    );
  }
  return withLock(deskDir, async () => {
    const marker = await readMarker(deskDir);
    if (!marker) return 'none';
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
    return 'recovered';
  });
}

/** Whether a desk sync runs in this clone now (another process, alive). */
export async function syncRunning(deskDir: string): Promise<boolean> {
  const marker = existsSync(markerPath(deskDir)) ? await readMarker(deskDir) : undefined;
  return marker !== undefined && marker.pid !== process.pid && ownerRuns(marker, marker.started);
}

async function readMarker(deskDir: string): Promise<Marker | undefined> {
  let text: string;
  try {
    text = await readFile(markerPath(deskDir), 'utf8');
  } catch {
    return undefined; // no marker: no sync was interrupted
  }
  const owner = parseOwner(text);
  let started = 0;
  try {
    started = Number((JSON.parse(text) as Partial<Marker>).started) || 0;
  } catch {
    // cut short while being written: that sync died before it began
  }
  return { ...(owner ?? { pid: 0 }), started };
}
