import { statSync, writeFileSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { Signature } from './manifest.js';

/**
 * How every cache of .desk/ tells a file it read before from one that changed since: by its
 * stat signature — mtime, ctime, size, inode. An edit in place changes mtime and ctime, an
 * editor that writes a new file and renames it the inode, git's checkout and merge the same;
 * ctime cannot be set back by hand (`touch -d` sets mtime only), so even an edit that keeps size
 * and mtime is seen.
 *
 * The one gap is git's "racily clean" problem: a file changed twice within one tick of the file
 * system's clock may keep its signature. The rule that closes it, as git's: before files are
 * stat'ed, the file system is asked for its time (the mtime of `.desk/stamp`, just written, on
 * the same disk and clock as the files). A signature is trusted only if the file's mtime and
 * ctime are earlier than that stamp: any later write gets a time at or after the stamp, so it
 * cannot look the same. A file changed after the stamp is read again by the next command, and
 * only it: what desk wrote in an earlier command, what git checked out when the clone was made,
 * or a hand edit a moment ago are all older than the next command's stamp.
 */
export function fileSystemNow(deskDir: string): number {
  const path = join(deskDir, 'stamp');
  try {
    writeFileSync(path, '');
    return statSync(path).mtimeMs;
  } catch {
    return Number.NEGATIVE_INFINITY; // a read-only .desk/: nothing is trusted, everything read again
  }
}

/** The signature of a file's stats, or undefined for what is not a file. */
export function signatureOf(st: Stats | undefined): Signature | undefined {
  return st?.isFile() ? { mtime: st.mtimeMs, ctime: st.ctimeMs, size: st.size, ino: st.ino } : undefined;
}

/** A signature to keep: one written at or after `stamp` is marked to be read again next time. */
export function settled(sig: Signature, stamp: number): Signature {
  return sig.mtime < stamp && sig.ctime < stamp ? sig : { ...sig, mtime: -1 };
}

export function sameSignature(a: Signature, b: Signature): boolean {
  return a.mtime === b.mtime && a.ctime === b.ctime && a.size === b.size && a.ino === b.ino;
}

/** A folder's signature, to tell whether its names may have changed (mtime and inode). */
export function folderSignature(st: Stats | undefined, stamp: number): { mtime: number; ino: number } {
  if (!st) return { mtime: -1, ino: -1 };
  return { mtime: st.mtimeMs < stamp && st.ctimeMs < stamp ? st.mtimeMs : -1, ino: st.ino };
}
