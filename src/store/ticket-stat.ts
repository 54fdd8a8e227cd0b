import { statSync, type Stats } from 'node:fs';
import { relative } from 'node:path';
import type { IdList } from '../core/sorted-ids.js';

/**
 * mtime, size and inode of every `dir/ID.yaml` (NaN for one that is not a file). On a large
 * helpdesk these stat calls are most of what a small command costs. Paths are relative to the
 * working directory: the kernel then walks two names, not the whole path, for each file.
 */
export function statTicketFiles(dir: string, ids: IdList): Float64Array {
  const out = new Float64Array(ids.length * 3);
  statRange(prefixOf(dir), ids, out, 0, ids.length);
  return out;
}

/**
 * The same stat calls shared by two threads (early-stat.ts): each takes the next chunk of ids
 * until none is left, writing into memory both see.
 */
export interface SharedStat {
  stats: Float64Array;
  /** [next chunk to take, chunks done, 1 when a thread failed] */
  progress: Int32Array;
}

const CHUNK = 1024;

export function sharedStat(count: number): SharedStat {
  return {
    stats: new Float64Array(new SharedArrayBuffer(count * 24)),
    progress: new Int32Array(new SharedArrayBuffer(12)),
  };
}

/** Takes chunks until none is left; a failure is flagged for the other thread instead of leaving it waiting. */
export function statChunks(dir: string, ids: IdList, shared: SharedStat): void {
  const prefix = prefixOf(dir);
  const { progress } = shared;
  try {
    for (let c = Atomics.add(progress, 0, 1); c * CHUNK < ids.length; c = Atomics.add(progress, 0, 1)) {
      statRange(prefix, ids, shared.stats, c * CHUNK, Math.min(ids.length, (c + 1) * CHUNK));
      Atomics.add(progress, 1, 1);
      Atomics.notify(progress, 1);
    }
  } catch (e) {
    Atomics.store(progress, 2, 1);
    Atomics.notify(progress, 1);
    throw e;
  }
}

/** Waits until every chunk is done; false when a thread failed or stopped making progress. */
export function allStatted(ids: IdList, shared: SharedStat): boolean {
  const chunks = Math.ceil(ids.length / CHUNK);
  const { progress } = shared;
  for (let done = Atomics.load(progress, 1); done < chunks; done = Atomics.load(progress, 1)) {
    if (Atomics.load(progress, 2) === 1 || Atomics.wait(progress, 1, done, 5000) === 'timed-out') return false;
  }
  return Atomics.load(progress, 2) === 0;
}

function prefixOf(dir: string): string {
  // the process's folder, not the run's (io().cwd): the OS resolves relative paths against it
  return `${relative(process.cwd(), dir) || '.'}/`;
}

function statRange(prefix: string, ids: IdList, out: Float64Array, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const st = statSync(`${prefix}${ids.at(i)}.yaml`, { throwIfNoEntry: false }) as Stats | undefined;
    const file = st?.isFile();
    out[3 * i] = file ? st!.mtimeMs : Number.NaN;
    out[3 * i + 1] = file ? st!.size : Number.NaN;
    out[3 * i + 2] = file ? st!.ino : Number.NaN;
  }
}
