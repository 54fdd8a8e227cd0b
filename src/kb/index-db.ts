import { rmSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import { analyseArticle, type ArticleInfo } from './analysed-article.js';
import type { Article, ArticleProblem } from './article.js';
import { KINDS } from './fields.js';
import type { Lang } from './langs.js';
import { STRIDE, appendPosting, withoutArticles } from './postings.js';
import { ANALYZER_VERSION } from './text.js';
import { BUILD_KEY } from '../store/cache/build-key.js';

/**
 * The stored knowledge-base index, `.desk/kb-index.db`, in a format of its own: one row per
 * language and term with its postings (postings.ts, as bytes), one row per article (what a hit
 * shows and a filter reads, and its terms, to take its postings out again), every article's
 * field lengths as one value, and in `meta` the figures BM25F needs (article count and summed
 * field lengths per language, as whole numbers, so edits cannot drift from a rebuild) and the
 * fingerprints of the kb files it was built from. A query loads only the rows it reaches; an
 * edit rewrites only the rows of the terms of the articles that changed, in one transaction.
 * Snippet text is not stored: it is cut from the few hits' files.
 */

type Db = BetterSqlite3.Database;

/**
 * Bump when the tables or the form of a fingerprint change; the analysis has its own version.
 * Keyed on the build too, as every cache in .desk/ (store/cache/build-key.ts): code that analyses
 * or ranks differently never reads an index another build wrote.
 */
const SCHEMA = 6;
const VERSION = `${SCHEMA}/${ANALYZER_VERSION}/${KINDS.join(' ')}/${BUILD_KEY}`;

export interface FileEntry {
  fingerprint: string;
  slug?: string;
  problems?: ArticleProblem[];
}

/**
 * The kb folder as the index last saw it: the folder's signature (article-files.ts), and every
 * file's name and stats, those written too recently to trust marked so that they never compare
 * equal. While the folder and all stats are the same, nothing changed.
 */
export interface Listing {
  folder: string;
  names: readonly string[];
  stats: Float64Array;
}

/** What openKbIndex found changed in kb/: applied to the index as one transaction. */
export interface IndexChange {
  listing: Listing;
  /** New or changed fingerprints of files, with their slug or their problems. */
  files: Map<string, FileEntry>;
  removedFiles: string[];
  /** Articles to (re)index. */
  articles: Article[];
  /** Articles that left the index: deleted, or broken since. */
  removedSlugs: string[];
}

/** Per language: how many articles, and the sum of each field kind's length over them. */
export interface Figures {
  nextId: number;
  langs: Record<Lang, { count: number; sums: number[] }>;
}

interface ArticleRow {
  slug: string;
  title: string;
  lang: string;
  products: string;
  audience: string | null;
}

const emptyFigures = (): Figures => ({
  nextId: 0,
  langs: { de: { count: 0, sums: KINDS.map(() => 0) }, en: { count: 0, sums: KINDS.map(() => 0) } },
});

export class KbIndexDb {
  private constructor(
    private readonly db: Db,
    /** True when the file was new, damaged or foreign: every article has to be indexed. */
    readonly empty: boolean,
  ) {}

  /**
   * Opens the index, creating it or starting it again when it is not this version's. A file
   * SQLite cannot read is deleted and created afresh, once.
   */
  static open(path: string, Sqlite: typeof BetterSqlite3): KbIndexDb {
    for (let attempt = 0; ; attempt++) {
      let db: Db | undefined;
      try {
        db = new Sqlite(path, { timeout: 15_000 });
        if (isCurrent(db)) return new KbIndexDb(db, false);
        const fresh = db;
        // another command may be starting it at the same time: the first one does
        const created = fresh
          .transaction(() => {
            if (isCurrent(fresh)) return false;
            fresh.exec(`DROP TABLE IF EXISTS meta; DROP TABLE IF EXISTS files; DROP TABLE IF EXISTS docs;
              DROP TABLE IF EXISTS terms; DROP TABLE IF EXISTS scoring; DROP TABLE IF EXISTS lengths;
              DROP TABLE IF EXISTS listing;
              CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
              CREATE TABLE listing (folder TEXT NOT NULL, names TEXT NOT NULL, stats BLOB NOT NULL);
              CREATE TABLE files (name TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, slug TEXT, problems TEXT);
              CREATE INDEX files_with_problems ON files (name) WHERE problems IS NOT NULL;
              CREATE TABLE docs (short_id INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE, title TEXT NOT NULL, lang TEXT NOT NULL,
                products TEXT NOT NULL, audience TEXT, terms TEXT NOT NULL);
              CREATE TABLE lengths (field_lengths BLOB NOT NULL);
              CREATE TABLE terms (lang TEXT NOT NULL, term TEXT NOT NULL, length INTEGER NOT NULL, postings BLOB NOT NULL,
                PRIMARY KEY (lang, term)) WITHOUT ROWID;
              CREATE INDEX terms_by_length ON terms (lang, length);`);
            fresh
              .prepare("INSERT INTO meta VALUES ('figures', ?), ('version', ?)")
              .run(JSON.stringify(emptyFigures()), VERSION);
            fresh.prepare("INSERT INTO lengths VALUES (x'')").run();
            fresh.prepare("INSERT INTO listing VALUES ('', '', x'')").run();
            return true;
          })
          .immediate();
        return new KbIndexDb(db, created);
      } catch (e) {
        db?.close();
        if (attempt > 0 || !isSqliteError(e)) throw e;
        removeDbFiles(path);
      }
    }
  }

  private readonly statements = new Map<string, BetterSqlite3.Statement>();

  /** Prepared once per index: a search asks the same few questions many times. */
  private stmt(sql: string): BetterSqlite3.Statement {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }

  get path(): string {
    return this.db.name;
  }

  close(): void {
    this.db.close();
  }

  /** Closes and deletes a damaged index: the next command builds it again. */
  discard(): void {
    this.db.close();
    removeDbFiles(this.path);
  }

  /** Runs `read` on one snapshot: a command updating the index meanwhile cannot mix in. */
  read<T>(read: () => T): T {
    return this.db.transaction(read)();
  }

  /** The kb folder at the last update: while it is still the same, nothing changed. */
  listing(): Listing {
    const row = this.stmt('SELECT folder, names, stats FROM listing').get() as { folder: string; names: string; stats: Buffer };
    if (row.stats.length % 8 !== 0) throw new DamagedIndexError('the listing of kb/ is not whole');
    const stats = new Float64Array(new Uint8Array(row.stats).buffer);
    const names = row.names === '' ? [] : row.names.split('/');
    if (stats.length !== names.length * 2) throw new DamagedIndexError('the listing of kb/ does not match its names');
    return { folder: row.folder, names, stats };
  }

  /** Every kb file the index has seen, by name, with the fingerprint it was indexed at. */
  files(): Map<string, FileEntry> {
    const rows = this.db.prepare('SELECT name, fingerprint, slug, problems FROM files').all() as {
      name: string;
      fingerprint: string;
      slug: string | null;
      problems: string | null;
    }[];
    return new Map(
      rows.map((r) => [
        r.name,
        {
          fingerprint: r.fingerprint,
          ...(r.slug === null ? {} : { slug: r.slug }),
          ...(r.problems === null ? {} : { problems: JSON.parse(r.problems) as ArticleProblem[] }),
        },
      ]),
    );
  }

  /** Read on every search: the few files with problems are found through their own index, not among 10,000 rows. */
  problems(): ArticleProblem[] {
    return (this.stmt('SELECT problems FROM files WHERE problems IS NOT NULL').pluck().all() as string[]).flatMap(
      (p) => JSON.parse(p) as ArticleProblem[],
    );
  }

  figures(): Figures {
    return JSON.parse(this.meta('figures')) as Figures;
  }

  /** Every article's field lengths, KINDS.length per short id; zeros for ids no longer used. */
  fieldLengths(): Int32Array {
    return int32s(this.db.prepare('SELECT field_lengths FROM lengths').pluck().get() as Buffer);
  }

  article(shortId: number): ArticleInfo | undefined {
    const row = this.stmt('SELECT slug, title, lang, products, audience FROM docs WHERE short_id = ?').get(shortId) as
      | ArticleRow
      | undefined;
    if (!row) return undefined;
    const info: ArticleInfo = {
      slug: row.slug,
      title: row.title,
      lang: row.lang as Lang,
      products: JSON.parse(row.products) as string[],
    };
    return row.audience === null ? info : { ...info, audience: row.audience as NonNullable<ArticleInfo['audience']> };
  }

  private meta(key: string): string {
    return this.stmt('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string;
  }

  postings(lang: Lang, term: string): Int32Array | undefined {
    const bytes = this.stmt('SELECT postings FROM terms WHERE lang = ? AND term = ?').pluck().get(lang, term) as unknown;
    if (bytes === undefined) return undefined;
    if (!Buffer.isBuffer(bytes) || bytes.length % (4 * STRIDE) !== 0) throw new DamagedIndexError(`the postings of "${term}" are not whole`);
    return int32s(bytes);
  }

  /** Bytes of the term's postings, without reading them: a document frequency is that over the stride. */
  postingsSize(lang: Lang, term: string): number {
    return (this.stmt('SELECT length(postings) FROM terms WHERE lang = ? AND term = ?').pluck().get(lang, term) as number | undefined) ?? 0;
  }

  /** Terms that start with `prefix`: one range of the sorted keys. */
  termsWithPrefix(lang: Lang, prefix: string): string[] {
    return this.stmt('SELECT term FROM terms WHERE lang = ? AND term >= ? AND term < ?')
      .pluck()
      .all(lang, prefix, `${prefix}\u{10FFFF}`) as string[];
  }

  /** Terms of this many characters (UTF-16 units) that start with `first`: fuzzy candidates. */
  termsOfLength(lang: Lang, first: string, min: number, max: number): string[] {
    return this.stmt('SELECT term FROM terms WHERE lang = ? AND term >= ? AND term < ? AND length BETWEEN ? AND ?')
      .pluck()
      .all(lang, first, `${first}\u{10FFFF}`, min, max) as string[];
  }

  /**
   * Removes the articles that left or changed and adds the changed ones, touching only the
   * rows of their terms. A changed article gets a new short id, after every other one, so
   * postings stay sorted by appending. `progress` hears of each article indexed.
   */
  apply(change: IndexChange, progress?: (done: number, total: number) => void): void {
    this.db
      .transaction(() => {
        const stored = this.stmt('SELECT postings FROM terms WHERE lang = ? AND term = ?').pluck();
        const edited = new Map<string, number[]>();
        const postings = (lang: string, term: string): number[] => {
          const key = `${lang}\t${term}`;
          let p = edited.get(key);
          if (!p) {
            const row = stored.get(lang, term) as Buffer | undefined;
            p = row === undefined ? [] : Array.from(int32s(row));
            edited.set(key, p);
          }
          return p;
        };
        const figures = this.figures();
        const lengths = Array.from(this.fieldLengths());
        const leaving = new Set([...change.removedSlugs, ...change.articles.map((a) => a.slug)]);
        this.withdraw(leaving, figures, lengths, postings);
        const insertDoc = this.stmt('INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?, ?)');
        change.articles.forEach((article, i) => {
          const a = analyseArticle(article);
          const shortId = figures.nextId++;
          const { lang } = a.info;
          for (const [term, counts] of a.counts) appendPosting(postings(lang, term), shortId, counts);
          lengths.push(...a.lengths);
          figures.langs[lang].count += 1;
          a.lengths.forEach((n, k) => (figures.langs[lang].sums[k]! += n));
          const { slug, title, products, audience } = a.info;
          insertDoc.run(shortId, slug, title, lang, JSON.stringify(products), audience ?? null, [...a.counts.keys()].join(' '));
          progress?.(i + 1, change.articles.length);
        });
        this.writeTerms(edited);
        const deleteFile = this.db.prepare('DELETE FROM files WHERE name = ?');
        for (const name of change.removedFiles) deleteFile.run(name);
        const upsertFile = this.db.prepare('INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)');
        for (const [name, f] of change.files)
          upsertFile.run(name, f.fingerprint, f.slug ?? null, f.problems ? JSON.stringify(f.problems) : null);
        this.db.prepare('UPDATE lengths SET field_lengths = ?').run(bytes(lengths));
        this.db.prepare('UPDATE meta SET value = ? WHERE key = ?').run(JSON.stringify(figures), 'figures');
        const { folder, names, stats } = change.listing;
        // names cannot hold "/"
        this.db
          .prepare('UPDATE listing SET folder = ?, names = ?, stats = ?')
          .run(folder, names.join('/'), Buffer.from(stats.buffer, stats.byteOffset, stats.byteLength));
      })
      .immediate();
  }

  /** Takes the articles out of the postings of the terms they had, and out of the figures. */
  private withdraw(slugs: ReadonlySet<string>, figures: Figures, lengths: number[], postings: (lang: string, term: string) => number[]): void {
    const docBySlug = this.db.prepare('SELECT short_id AS shortId, lang, terms FROM docs WHERE slug = ?');
    const deleteDoc = this.db.prepare('DELETE FROM docs WHERE short_id = ?');
    for (const slug of slugs) {
      const doc = docBySlug.get(slug) as { shortId: number; lang: Lang; terms: string } | undefined;
      if (!doc) continue;
      const leaving = new Set([doc.shortId]);
      for (const term of doc.terms.split(' ')) {
        const p = postings(doc.lang, term);
        const kept = withoutArticles(p, leaving);
        p.length = 0;
        for (const n of kept) p.push(n);
      }
      const own = figures.langs[doc.lang];
      own.count -= 1;
      for (let k = 0; k < KINDS.length; k++) {
        own.sums[k]! -= lengths[doc.shortId * KINDS.length + k]!;
        lengths[doc.shortId * KINDS.length + k] = 0;
      }
      deleteDoc.run(doc.shortId);
    }
  }

  private writeTerms(edited: Map<string, number[]>): void {
    const upsertTerm = this.db.prepare('INSERT OR REPLACE INTO terms VALUES (?, ?, ?, ?)');
    const deleteTerm = this.db.prepare('DELETE FROM terms WHERE lang = ? AND term = ?');
    // in key order, SQLite appends to its tree instead of splitting pages all over it
    for (const [key, p] of [...edited].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const [lang, term] = key.split('\t') as [string, string];
      if (p.length === 0) deleteTerm.run(lang, term);
      else upsertTerm.run(lang, term, term.length, bytes(p));
    }
  }
}

/** Written by this version, and whole: an index missing a part is started again. */
function isCurrent(db: Db): boolean {
  const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
  if (!['meta', 'files', 'docs', 'lengths', 'terms', 'listing'].every((t) => tables.has(t))) return false;
  const keys = new Set(db.prepare('SELECT key FROM meta').pluck().all() as string[]);
  return (
    keys.has('figures') &&
    (db.prepare('SELECT count(*) FROM lengths').pluck().get() as number) === 1 &&
    (db.prepare('SELECT count(*) FROM listing').pluck().get() as number) === 1 &&
    db.prepare("SELECT value FROM meta WHERE key = 'version'").pluck().get() === VERSION
  );
}

/** Little-endian as the machine writes them: the index is a cache of this machine's. */
function bytes(numbers: ArrayLike<number>): Buffer {
  const ints = Int32Array.from(numbers);
  return Buffer.from(ints.buffer, ints.byteOffset, ints.byteLength);
}

/** Copied: SQLite's bytes need not be aligned for an Int32Array over them. */
function int32s(blob: Buffer): Int32Array {
  return new Int32Array(new Uint8Array(blob).buffer);
}

/** A value in the index that this version cannot have written: the file is removed and rebuilt. */
export class DamagedIndexError extends Error {}

export function isSqliteError(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_');
}

function removeDbFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

