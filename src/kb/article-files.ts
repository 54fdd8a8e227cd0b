import { lstatSync, readdirSync } from 'node:fs';
import { relative } from 'node:path';

/**
 * The kb files as the index checks them: their names, and per file its size and mtime, cheap
 * to read and changed whenever an editor saves. The mtime is Node's float of milliseconds,
 * exact to a fraction of a microsecond: asked for as nanoseconds, every stat call builds
 * twenty-two objects more. The stats are kept as numbers in one array, two a file, and hashed
 * as they are: no string per file unless one changed.
 */
export interface ArticleFiles {
  /** The names in kb/ that end in .md, sorted. */
  names: readonly string[];
  /** Size and mtime of names[i] at 2i and 2i+1; -1 where it is no file (a folder, a link, gone since it was listed). */
  stats: Float64Array;
}

/** The names in kb/ that end in .md, sorted; none when there is no kb/. */
export function articleNames(kbDir: string): string[] {
  try {
    return readdirSync(kbDir).filter((name) => name.endsWith('.md')).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}

/**
 * Synchronous: thousands of stat calls cost less CPU in a row than as promises. The stat call
 * tells a file from a folder or link, which saves the listing an object per entry. Paths are
 * relative to the working directory: the kernel then walks two names, not the whole path,
 * for each file.
 */
export function statArticleFiles(kbDir: string, names: readonly string[] = articleNames(kbDir)): ArticleFiles {
  const stats = new Float64Array(names.length * 2);
  // the process's folder, not the run's (io().cwd): the OS resolves relative paths against it
  const prefix = `${relative(process.cwd(), kbDir) || '.'}/`;
  for (let i = 0; i < names.length; i++) {
    const s = lstatSync(`${prefix}${names[i]}`, { throwIfNoEntry: false });
    const file = s?.isFile();
    stats[2 * i] = file ? s!.size : -1;
    stats[2 * i + 1] = file ? s!.mtimeMs : -1;
  }
  return { names, stats };
}

/**
 * The kb folder's own signature, inode and mtime: while it stays the same, no name in it was
 * added, removed or renamed, and the names listed last time still hold, without listing 10,000
 * entries again. An edit written into a file in place leaves the folder alone, so every file is
 * still stat'ed. A folder changed within `racyMs` of `now` (or dated in the future) is not
 * trusted: a second change in the same tick of the file system's clock would leave its mtime as
 * it was. Empty when there is no folder or it is not trusted.
 */
export function folderSignature(kbDir: string, now: number, racyMs: number): string {
  const st = lstatSync(kbDir, { throwIfNoEntry: false });
  if (!st?.isDirectory() || now - st.mtimeMs < racyMs || now - st.ctimeMs < racyMs) return '';
  return `${st.ino}:${st.mtimeMs}:${st.ctimeMs}`;
}

/** name → fingerprint, for the names that were files when stat'ed. */
export function fingerprintsOf(files: ArticleFiles): Map<string, string> {
  const { names, stats } = files;
  const result = new Map<string, string>();
  for (let i = 0; i < names.length; i++) {
    if (stats[2 * i]! >= 0) result.set(names[i]!, `${stats[2 * i]}:${stats[2 * i + 1]}`);
  }
  return result;
}
