import { existsSync, readdirSync, statSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { failed } from '../core/errors.js';
import { text } from '../i18n/keys.js';
import type { Git } from './git.js';
import { withLock } from './lock.js';
import { ownerRuns, parseOwner, thisProcess, type Owner } from './owner.js';
import { writeFileAtomic } from './atomic-write.js';

/**
 * A sync in progress leaves a marker with its pid. When the process dies in the middle (Ctrl-C,
 * a closed laptop), the next desk command finds the marker of a dead process and undoes the
 * half-done integration (`git rebase --abort`, or the index and files brought back to the commit
 * the branch is on): the local commits are back exactly as they were before the sync, or already
 * replayed, and the next `desk sync` goes on from there. A rebase that stopped on a
 * conflict the sync reported has no marker: that one waits for the person.
 */
interface Marker extends Owner {
  /** When the sync started (ms since the epoch): git lock files older than this are not its own. */
  started: number;
  /** The branch is being moved from one commit to the other, the index and work tree with it. */
  moving?: { from: string; to: string };
}

const markerPath = (deskDir: string) => join(deskDir, 'sync.json');

export async function markSyncStarted(deskDir: string): Promise<void> {
  await writeFile(markerPath(deskDir), JSON.stringify({ ...thisProcess(), started: Date.now() } satisfies Marker));
}

/** Says, before it happens, that the branch moves from `from` to the replayed commits at `to`. */
export async function markMovingBranch(deskDir: string, from: string, to: string): Promise<void> {
  const marker = await readMarker(deskDir);
  await writeFileAtomic(
    markerPath(deskDir),
    JSON.stringify({ ...thisProcess(), started: marker?.started ?? Date.now(), moving: { from, to } } satisfies Marker),
  );
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
    // the killed git may have left its lock files — a commit's, a fetch's on the remote's branches
    // here; they are the sync's if younger than the sync
    for (const lock of [...(await git.lockFiles()), ...fetchLocks(root)])
      if (statSync(lock).mtimeMs >= marker.started - 1000) await rm(lock, { force: true });
    if (git.inTheMiddleOfAMerge() === 'rebase') await git.abortRebase();
    // killed while the branch moved to the replayed commits: the index and the files are brought
    // back to the commit the branch is on, the one before or the one after (the work tree was
    // clean when the sync began, and nothing else writes while it holds the lock)
    else if (marker.moving && [marker.moving.from, marker.moving.to].includes((await git.commitOf('HEAD')) ?? ''))
      await git.resetHard();
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

/** Lock files a fetch takes: on the branches it fetches into (refs/remotes/…) and on packed-refs. */
function fetchLocks(root: string): string[] {
  const gitDir = join(root, '.git');
  const remotes = join(gitDir, 'refs', 'remotes');
  const below = existsSync(remotes)
    ? readdirSync(remotes, { recursive: true, encoding: 'utf8' }).map((name) => join(remotes, name))
    : [];
  return [...below, join(gitDir, 'packed-refs.lock'), join(gitDir, 'FETCH_HEAD.lock')].filter(
    (path) => path.endsWith('.lock') && existsSync(path),
  );
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
  let fields: Partial<Marker> = {};
  try {
    fields = JSON.parse(text) as Partial<Marker>;
  } catch {
    // cut short while being written: that sync died before it began
  }
  const { from, to } = fields.moving ?? {};
  const moving = typeof from === 'string' && typeof to === 'string' ? { from, to } : undefined;
  return { ...(owner ?? { pid: 0 }), started: Number(fields.started) || 0, ...(moving && { moving }) };
}
