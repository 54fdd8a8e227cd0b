import { lstatSync } from 'node:fs';

/**
 * Size and mtime of thousands of files, as a cache's change detector needs them on every
 * command. Node 20's `lstatSync` builds a `Stats` object with four `Date` objects for each call,
 * in code that runs once per process and so is never compiled: at 10,000 files that is about
 * half of the calls' CPU time. Node's own file-system binding hands back the numbers those
 * objects are built from. It is internal (reached through the deprecated `process.binding`), so
 * it is used only after it has answered for a known folder exactly as `lstatSync` does and said
 * "no entry" for a missing one as `lstatSync` would; on any other Node, or any surprise, every
 * call goes through `lstatSync`. Node 22 builds the dates only when read, so there the two cost
 * the same.
 */

/** The binding's answer: dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, then seconds and nanoseconds of atime, mtime, ctime, birthtime. */
type RawLstat = (path: string) => Float64Array | undefined;
const MODE = 1;
const INO = 7;
const SIZE = 8;
const MTIME_S = 12;
const MTIME_NS = 13;
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;

let raw: RawLstat | null | undefined; // undefined until tried; null when not usable

/**
 * Writes size and mtime (milliseconds, as `Stats.mtimeMs`) of each path to `out` at 2i and
 * 2i+1, or -1 and -1 where the path is no regular file (a folder, a link, gone). `probe` is a
 * folder that exists, to try the binding on.
 */
export function statFiles(paths: readonly string[], out: Float64Array, probe: string): void {
  const fast = rawLstat(probe);
  for (let i = 0; i < paths.length; i++) {
    const a = fast && tryRaw(fast, paths[i]!);
    if (a === undefined) {
      const s = lstatSync(paths[i]!, { throwIfNoEntry: false });
      const file = s?.isFile();
      out[2 * i] = file ? s!.size : -1;
      out[2 * i + 1] = file ? s!.mtimeMs : -1;
    } else {
      const file = a !== null && (a[MODE]! & S_IFMT) === S_IFREG;
      out[2 * i] = file ? a![SIZE]! : -1;
      out[2 * i + 1] = file ? mtimeMs(a!) : -1;
    }
  }
}

/** The binding's numbers, null for no entry, undefined when it threw (lstatSync then says why). */
function tryRaw(fast: RawLstat, path: string): Float64Array | null | undefined {
  try {
    return fast(path) ?? null;
  } catch {
    return undefined;
  }
}

// the same arithmetic as Node's own, so the figure is the same double as Stats.mtimeMs
const mtimeMs = (a: Float64Array): number => a[MTIME_S]! * 1e3 + a[MTIME_NS]! / 1e6;

function rawLstat(probe: string): RawLstat | null {
  if (raw !== undefined) return raw;
  raw = null;
  // who asked Node to warn of deprecated APIs gets no warning from desk's use of one
  const warned = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`.includes('--pending-deprecation');
  if (warned || process.env.NODE_PENDING_DEPRECATION === '1') return raw;
  try {
    const binding = (process as unknown as { binding?: (name: string) => { lstat?: unknown } }).binding?.('fs');
    const lstat = binding?.lstat;
    if (typeof lstat !== 'function') return null;
    const candidate: RawLstat = (path) =>
      lstat.call(binding, path, false, undefined, false) as Float64Array | undefined;
    // a copy: the binding answers in one array it reuses, and lstatSync writes into it too
    const a = candidate(probe)?.slice();
    const s = lstatSync(probe);
    const same =
      a instanceof Float64Array &&
      a[MODE] === s.mode &&
      a[INO] === s.ino &&
      a[SIZE] === s.size &&
      mtimeMs(a) === s.mtimeMs &&
      candidate(`${probe}/.no-such-entry-${process.pid}`) === undefined;
    if (same) raw = candidate;
  } catch {
    raw = null;
  }
  return raw;
}
