import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { relative } from 'node:path';

/**
 * The kb files as the index checks them: their names, and per file its size and nanosecond
 * mtime, cheap to read and changed whenever an editor saves. The stats are kept as numbers
 * in one array, two a file, and hashed as they are: no string per file unless one changed.
 */
export interface ArticleFiles {
  /** The article files in kb/, sorted. */
  names: readonly string[];
  /** Size and mtime of names[i] at 2i and 2i+1; -1 for a file gone since it was listed. */
  stats: BigInt64Array;
}

/** The article files in kb/, sorted; none when there is no kb/. */
function articleNames(kbDir: string): string[] {
  try {
    return readdirSync(kbDir, { withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => e.name).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}

/**
 * Synchronous: thousands of stat calls cost less CPU in a row than as promises. Paths are
 * relative to the working directory: the kernel then walks two names, not the whole path,
 * for each file.
 */
export function statArticleFiles(kbDir: string): ArticleFiles {
  const names = articleNames(kbDir);
  const stats = new BigInt64Array(names.length * 2);
  const prefix = `${relative(process.cwd(), kbDir) || '.'}/`;
  for (let i = 0; i < names.length; i++) {
    const s = statSync(`${prefix}${names[i]}`, { bigint: true, throwIfNoEntry: false });
    stats[2 * i] = s ? s.size : -1n;
    stats[2 * i + 1] = s ? s.mtimeNs : -1n;
  }
  return { names, stats };
}

/**
 * Every name and stat as one short string: one comparison with the index's tells whether any
 * file changed, without a string per file. Names cannot hold "/".
 */
export function listingOf(files: ArticleFiles): string {
  return createHash('sha256').update(files.names.join('/')).update(files.stats).digest('base64');
}

/** name → fingerprint, for the files that were there when stat'ed. */
export function fingerprintsOf(files: ArticleFiles): Map<string, string> {
  const { names, stats } = files;
  const result = new Map<string, string>();
  for (let i = 0; i < names.length; i++) {
    if (stats[2 * i]! >= 0n) result.set(names[i]!, `${stats[2 * i]}:${stats[2 * i + 1]}`);
  }
  return result;
}
