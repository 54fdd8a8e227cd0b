import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseArticle, type Article, type ArticleProblem } from './article.js';
import {
  buildIndex, deserializeIndex, search, serializeIndex, updateIndex,
  type KbIndex, type SearchOpts, type SearchOutcome, type SerializedIndex,
} from './search-index.js';

/**
 * The only kb module that touches the disk. The index file under `.desk/` is a cache: it is
 * never trusted over `kb/*.md`. Each file's stat fingerprint tells which articles changed, so
 * an edit re-reads one file, and anything unreadable or from another version is rebuilt.
 */

const STORE_VERSION = 1;
/** Past this share of discarded entries the index is vacuumed before it is saved. */
const MAX_DIRT_FACTOR = 0.2;

interface FileEntry { fingerprint: string; slug?: string; problems?: ArticleProblem[] }
interface StoreFile { version: number; files: Record<string, FileEntry>; index: SerializedIndex }

export type IndexFreshness = 'loaded' | 'updated' | 'rebuilt';

export interface OpenKbIndex {
  search(query: string, opts?: SearchOpts): SearchOutcome;
  /** Articles that could not be indexed, with file, field and line. */
  problems: ArticleProblem[];
  articleCount: number;
  /** How the index was obtained: as saved, saved plus changed files, or from scratch. */
  freshness: IndexFreshness;
  /** Set when the cache could not be written; search still works from memory. */
  cacheError?: string;
}

export interface OpenKbIndexOptions {
  repoRoot: string;
  /** Articles folder, relative to repoRoot unless absolute. Default "kb". */
  kbDir?: string;
  /** Index file, relative to repoRoot unless absolute. Default ".desk/kb-index.json". */
  indexFile?: string;
}

export async function openKbIndex(options: OpenKbIndexOptions): Promise<OpenKbIndex> {
  const kbDir = resolve(options.repoRoot, options.kbDir ?? 'kb');
  const indexFile = resolve(options.repoRoot, options.indexFile ?? join('.desk', 'kb-index.json'));
  const onDisk = await fingerprintArticles(kbDir);
  const stored = await loadStore(indexFile);

  let index: KbIndex;
  let files: Record<string, FileEntry>;
  let freshness: IndexFreshness;
  const previous = stored?.files ?? {};
  const changedNames = [...onDisk].filter(([name, fp]) => previous[name]?.fingerprint !== fp).map(([name]) => name);
  const removedNames = Object.keys(previous).filter((name) => !onDisk.has(name));

  if (stored) {
    index = stored.index;
    files = { ...previous };
    freshness = changedNames.length + removedNames.length === 0 ? 'loaded' : 'updated';
  } else {
    index = buildIndex([]);
    files = {};
    freshness = 'rebuilt';
  }

  const removedSlugs = removedNames.flatMap((name) => previous[name]?.slug ?? []);
  for (const name of removedNames) delete files[name];
  const changed: Article[] = [];
  for (const name of stored ? changedNames : [...onDisk.keys()]) {
    const slug = name.slice(0, -'.md'.length);
    const file = join(kbDir, name);
    const parsed = parseArticle(slug, await readFile(file), file);
    const fingerprint = onDisk.get(name)!;
    if (parsed.ok) {
      changed.push(parsed.article);
      files[name] = { fingerprint, slug };
    } else {
      // a previously good article that broke leaves the index until it is fixed
      if (previous[name]?.slug) removedSlugs.push(previous[name].slug);
      files[name] = { fingerprint, problems: parsed.problems };
    }
  }
  updateIndex(index, changed, removedSlugs);

  let cacheError: string | undefined;
  if (freshness !== 'loaded') {
    if (index.mini.dirtFactor > MAX_DIRT_FACTOR) await index.mini.vacuum();
    try {
      await saveStore(indexFile, { version: STORE_VERSION, files, index: serializeIndex(index) });
    } catch (e) {
      cacheError = `could not save ${indexFile}: ${(e as Error).message}`;
    }
  }

  const problems = Object.values(files).flatMap((f) => f.problems ?? []);
  return {
    search: (query, opts) => search(index, query, opts),
    problems,
    articleCount: index.docs.size,
    freshness,
    ...(cacheError ? { cacheError } : {}),
  };
}

/** name → size and nanosecond mtime: cheap to read, and changes whenever an editor saves. */
async function fingerprintArticles(kbDir: string): Promise<Map<string, string>> {
  let names: string[];
  try {
    const entries = await readdir(kbDir, { withFileTypes: true });
    names = entries.filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => e.name).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw e;
  }
  const result = new Map<string, string>();
  const BATCH = 256;
  for (let i = 0; i < names.length; i += BATCH) {
    const batch = names.slice(i, i + BATCH);
    const stats = await Promise.all(batch.map((name) => stat(join(kbDir, name), { bigint: true })));
    batch.forEach((name, j) => result.set(name, `${stats[j]!.size}:${stats[j]!.mtimeNs}`));
  }
  return result;
}

async function loadStore(indexFile: string): Promise<{ files: Record<string, FileEntry>; index: KbIndex } | undefined> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(indexFile, 'utf8'));
  } catch {
    return undefined; // missing or corrupt: rebuilt from the articles
  }
  const s = data as Partial<StoreFile> | null;
  if (!s || s.version !== STORE_VERSION || typeof s.files !== 'object' || s.files === null) return undefined;
  const index = deserializeIndex(s.index);
  if (!index) return undefined;
  return { files: s.files, index };
}

async function saveStore(indexFile: string, content: StoreFile): Promise<void> {
  const dir = resolve(indexFile, '..');
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.kb-index.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, JSON.stringify(content));
    await rename(tmp, indexFile);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
