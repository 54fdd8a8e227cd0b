import { mkdirSync, readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { failed } from '../core/errors.js';
import type { ArticleProblem } from './article.js';
import { fingerprintsOf, folderSignature, statArticleFiles, type ArticleFiles } from './article-files.js';
import { articleBody } from './front-matter.js';
import { DamagedIndexError, KbIndexDb, isSqliteError, type FileEntry, type IndexChange, type Listing } from './index-db.js';
import { searchReader } from './ranking.js';
import { loadSqlite } from './sqlite.js';
import { buildIndex, search, snippetSource, type ArticleInfo, type SearchOpts, type SearchOutcome } from './search-index.js';
import { storedReader } from './stored-reader.js';

/**
 * The kb module that touches the disk. The index file under `.desk/` is a cache: it is never
 * trusted over `kb/*.md`. Each file's stat fingerprint tells which articles changed, so an
 * edit re-reads one file and rewrites the index rows of its terms; an index file that is
 * damaged or from another version is rebuilt. Without SQLite, or where `.desk/` cannot be
 * written, the articles are indexed in memory.
 */

export type IndexFreshness = 'loaded' | 'updated' | 'rebuilt';

export interface OpenKbIndex {
  search(query: string, opts?: SearchOpts): SearchOutcome;
  /** Articles that could not be indexed, with file, field and line. */
  problems: ArticleProblem[];
  articleCount: number;
  /** How the index was obtained: as saved, saved plus changed files, or from scratch. */
  freshness: IndexFreshness;
  /** Set when the index file could not be used; search then works from memory. */
  cacheError?: string;
}

export interface OpenKbIndexOptions {
  repoRoot: string;
  /** Articles folder, relative to repoRoot unless absolute. Default "kb". */
  kbDir?: string;
  /** Index file, relative to repoRoot unless absolute. Default ".desk/kb-index.db". */
  indexFile?: string;
  /** Hears of each article indexed, when there are articles to read (a fresh clone: all of them). */
  progress?: (done: number, total: number) => void;
}

export async function openKbIndex(options: OpenKbIndexOptions): Promise<OpenKbIndex> {
  const kbDir = resolve(options.repoRoot, options.kbDir ?? 'kb');
  const indexFile = resolve(options.repoRoot, options.indexFile ?? join('.desk', 'kb-index.db'));
  let cacheError: string;
  try {
    const Sqlite = loadSqlite();
    mkdirSync(dirname(indexFile), { recursive: true }); // not from node:fs/promises: a search would load them for this alone
    for (let attempt = 0; ; attempt++) {
      const db = KbIndexDb.open(indexFile, Sqlite);
      try {
        return await openStored(db, kbDir, options.progress);
      } catch (e) {
        // a damaged file is a cache we cannot use: start it again, once
        if (attempt > 0 || !(isSqliteError(e) || e instanceof DamagedIndexError)) {
          db.close();
          throw e;
        }
        db.discard();
      }
    }
  } catch (e) {
    cacheError = `could not use ${indexFile}: ${(e as Error).message}`;
  }
  const onDisk = fingerprintsOf(statArticleFiles(kbDir));
  const change = await readChanges(kbDir, onDisk, new Map(), [...onDisk.keys()], []);
  const index = buildIndex(change.articles);
  return { search: (query, opts) => search(index, query, opts), problems: problemsOf(change.files), articleCount: index.size, freshness: 'rebuilt', cacheError };
}

/**
 * A file written within the last seconds may be written again within the same mtime tick, at the
 * same size, and look unchanged (git's "racily clean" files). Its stats are saved marked, so
 * that the next command compares and reads it again; once it is older, it is trusted. A file
 * dated in the future counts as just written. The same holds for the folder (article-files.ts).
 */
const RACY_MS = 3000;
/** Stands for a size in the saved listing of a file not yet to be trusted: no file has it. */
const UNTRUSTED = -2;

async function openStored(db: KbIndexDb, kbDir: string, progress?: (done: number, total: number) => void): Promise<OpenKbIndex> {
  const now = Date.now();
  const saved = db.empty ? undefined : db.listing();
  // one stat of the folder says whether the names saved last time still hold; every file is
  // stat'ed all the same, as an edit written in place changes the file and not its folder
  const folder = folderSignature(kbDir, now, RACY_MS);
  const files = statArticleFiles(kbDir, saved && folder !== '' && folder === saved.folder ? saved.names : undefined);
  const racy = racyNames(files, now);
  // the former format, a JSON file loaded whole, can be tens of MB: it is no longer read
  if (db.empty) await rm(join(dirname(db.path), 'kb-index.json'), { force: true });
  let changes = 0;
  if (!saved || racy.size > 0 || !sameListing(saved, folder, files)) {
    const onDisk = fingerprintsOf(files);
    const previous = saved ? db.files() : new Map<string, FileEntry>();
    const changedNames = [...onDisk].filter(([name, fp]) => previous.get(name)?.fingerprint !== fp).map(([name]) => name);
    const removedNames = [...previous.keys()].filter((name) => !onDisk.has(name));
    for (const name of racy) onDisk.set(name, `${onDisk.get(name)!}~`);
    const listing = { folder, names: files.names, stats: marked(files, racy) };
    db.apply({ listing, ...(await readChanges(kbDir, onDisk, previous, changedNames, removedNames)) }, progress);
    changes = changedNames.length + removedNames.length;
  }
  const snippetText = (article: ArticleInfo): string => snippetOf(kbDir, article.slug);
  return {
    search(query, opts) {
      try {
        return db.read(() => searchReader(storedReader(db, snippetText), query, opts));
      } catch (e) {
        // SQLite finding a damaged page, or a stored value that is not the JSON written
        if (!isSqliteError(e) && !(e instanceof SyntaxError) && !(e instanceof DamagedIndexError)) throw e;
        db.discard();
        throw failed(`the knowledge-base index was damaged (${(e as Error).message}) and has been removed`, 'search again: the index is rebuilt from kb/');
      }
    },
    problems: db.problems(),
    articleCount: articleCount(db),
    freshness: db.empty ? 'rebuilt' : changes === 0 ? 'loaded' : 'updated',
  };
}

/** Whether the kb folder is as saved: a folder listed anew (its signature changed or untrusted) compares by its names. */
function sameListing(saved: Listing, folder: string, files: ArticleFiles): boolean {
  if (saved.folder !== folder || saved.names.length !== files.names.length) return false;
  for (let i = 0; i < saved.stats.length; i++) if (saved.stats[i] !== files.stats[i]) return false;
  return files.names === saved.names || files.names.every((name, i) => name === saved.names[i]);
}

/** The stats to save, with those of racy files marked untrusted. */
function marked(files: ArticleFiles, racy: ReadonlySet<string>): Float64Array {
  const stats = Float64Array.from(files.stats);
  files.names.forEach((name, i) => {
    if (racy.has(name)) stats[2 * i] = UNTRUSTED;
  });
  return stats;
}

function articleCount(db: KbIndexDb): number {
  const { langs } = db.figures();
  return langs.de.count + langs.en.count;
}

function racyNames(files: ArticleFiles, now: number): Set<string> {
  const racy = new Set<string>();
  files.names.forEach((name, i) => {
    if (files.stats[2 * i]! >= 0 && now - files.stats[2 * i + 1]! < RACY_MS) racy.add(name);
  });
  return racy;
}

/** Reads the changed files: the articles to index, and each file's new fingerprint and slug or problems. */
async function readChanges(kbDir: string, onDisk: Map<string, string>, previous: Map<string, FileEntry>, changedNames: string[], removedNames: string[]): Promise<Omit<IndexChange, 'listing'>> {
  const change: Omit<IndexChange, 'listing'> = { files: new Map(), removedFiles: removedNames, articles: [], removedSlugs: removedNames.flatMap((name) => previous.get(name)?.slug ?? []) };
  if (changedNames.length === 0) return change;
  // validating front matter loads zod and the YAML library: only when there is a file to read
  const { parseArticle } = await import('./article.js');
  for (const name of changedNames) {
    const slug = name.slice(0, -'.md'.length);
    const file = join(kbDir, name);
    const parsed = parseArticle(slug, await readFile(file), file);
    const fingerprint = onDisk.get(name)!;
    if (parsed.ok) {
      change.articles.push(parsed.article);
      change.files.set(name, { fingerprint, slug });
    } else {
      // a previously good article that broke leaves the index until it is fixed
      const was = previous.get(name)?.slug;
      if (was) change.removedSlugs.push(was);
      change.files.set(name, { fingerprint, problems: parsed.problems });
    }
  }
  return change;
}

function problemsOf(files: Map<string, FileEntry>): ArticleProblem[] {
  return [...files.values()].flatMap((f) => f.problems ?? []);
}

/**
 * A hit's snippet text, from its file: the index does not keep the text, and only the few
 * leading hits need it. A file gone since the index was brought up to date gives none.
 */
function snippetOf(kbDir: string, slug: string): string {
  const file = join(kbDir, `${slug}.md`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return '';
  }
  return snippetSource(articleBody(text) ?? '');
}
