import { rmSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import type { Article, ArticleProblem } from './article.js';
import { FIELDS } from './fields.js';
import { buildIndex, type ArticleInfo } from './search-index.js';
import { ANALYZER_VERSION } from './text.js';

/**
 * The stored knowledge-base index, `.desk/kb-index.db`: minisearch's inverted index cut into
 * one row per term (its postings in minisearch's serialised shape), one row per article (what
 * a hit shows and a filter reads, and its terms), and in `meta` what every query needs, each
 * as one value: the global figures, every article's short id, slug and field lengths, and the
 * fingerprints of the kb files it was built from. A query loads
 * only the rows it can reach (partial-index.ts); an edit rewrites only the rows of the terms
 * of the articles that changed, in one transaction. Snippet text is not stored: it is cut
 * from the few hits' files.
 */

type Db = BetterSqlite3.Database;

/** Bump when the tables or the form of a fingerprint change; analysis and field changes are part of the version too. */
const SCHEMA = 3;
const VERSION = `${SCHEMA}/${ANALYZER_VERSION}/${FIELDS.join(' ')}`;

/** minisearch's serialised postings of one term: field id → short document id → frequency. */
export type Postings = Record<string, Record<string, number>>;

export interface FileEntry { fingerprint: string; slug?: string; problems?: ArticleProblem[] }

/** What openKbIndex found changed in kb/: applied to the index as one transaction. */
export interface IndexChange {
  /** Every kb file's name and stats, as listingOf gives them. */
  listing: string;
  /** New or changed fingerprints of files, with their slug or their problems. */
  files: Map<string, FileEntry>;
  removedFiles: string[];
  /** Articles to (re)index. */
  articles: Article[];
  /** Articles that left the index: deleted, or broken since. */
  removedSlugs: string[];
}

/** The figures a score needs beside the postings: what minisearch keeps per index. */
export interface Figures {
  documentCount: number;
  nextId: number;
  /** Per field id, as minisearch averages it; null for a field no article has. */
  averageFieldLength: (number | null)[];
}

/**
 * What BM25 needs of every article, in short-id order, as columns: numbers stored as bytes and
 * slugs as lines are read many times faster than as many small JSON objects.
 */
export interface Scoring {
  shortIds: Int32Array;
  slugs: string[];
  /** FIELDS.length per article, as minisearch counts them; -1 for the other language's fields. */
  fieldLengths: Int32Array;
}

interface EditedScoring { shortIds: number[]; slugs: string[]; fieldLengths: number[] }

interface ArticleRow { slug: string; title: string; lang: string; products: string; audience: string | null }


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
        const created = fresh.transaction(() => {
          if (isCurrent(fresh)) return false;
          fresh.exec(`DROP TABLE IF EXISTS meta; DROP TABLE IF EXISTS files; DROP TABLE IF EXISTS docs; DROP TABLE IF EXISTS terms; DROP TABLE IF EXISTS scoring;
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE files (name TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, slug TEXT, problems TEXT);
            CREATE TABLE docs (short_id INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE, title TEXT NOT NULL, lang TEXT NOT NULL,
              products TEXT NOT NULL, audience TEXT, terms TEXT NOT NULL);
            CREATE TABLE scoring (short_ids BLOB NOT NULL, slugs TEXT NOT NULL, field_lengths BLOB NOT NULL);
            CREATE TABLE terms (term TEXT PRIMARY KEY, length INTEGER NOT NULL, df TEXT NOT NULL, postings TEXT NOT NULL) WITHOUT ROWID;
            CREATE INDEX terms_by_length ON terms (length);`);
          const figures: Figures = { documentCount: 0, nextId: 0, averageFieldLength: [] };
          fresh.prepare("INSERT INTO meta VALUES ('figures', ?), ('listing', ''), ('version', ?)").run(JSON.stringify(figures), VERSION);
          fresh.prepare("INSERT INTO scoring VALUES (x'', '', x'')").run();
          return true;
        }).immediate();
        return new KbIndexDb(db, created);
      } catch (e) {
        db?.close();
        if (attempt > 0 || !isSqliteError(e)) throw e;
        removeDbFiles(path);
      }
    }
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

  /** The kb files' fingerprints at the last update: when they are still the same, nothing changed. */
  listing(): string {
    return this.meta('listing');
  }

  /** Every kb file the index has seen, by name, with the fingerprint it was indexed at. */
  files(): Map<string, FileEntry> {
    const rows = this.db.prepare('SELECT name, fingerprint, slug, problems FROM files').all() as { name: string; fingerprint: string; slug: string | null; problems: string | null }[];
    return new Map(rows.map((r) => [r.name, {
      fingerprint: r.fingerprint,
      ...(r.slug === null ? {} : { slug: r.slug }),
      ...(r.problems === null ? {} : { problems: JSON.parse(r.problems) as ArticleProblem[] }),
    }]));
  }

  problems(): ArticleProblem[] {
    return (this.db.prepare('SELECT problems FROM files WHERE problems IS NOT NULL').pluck().all() as string[]).flatMap((p) => JSON.parse(p) as ArticleProblem[]);
  }

  figures(): Figures {
    return JSON.parse(this.meta('figures')) as Figures;
  }

  scoring(): Scoring {
    const row = this.db.prepare('SELECT short_ids, slugs, field_lengths FROM scoring').raw().get() as [Buffer, string, Buffer];
    return { shortIds: int32s(row[0]), slugs: row[1] === '' ? [] : row[1].split('\n'), fieldLengths: int32s(row[2]) };
  }

  article(slug: string): ArticleInfo | undefined {
    const row = this.db.prepare('SELECT slug, title, lang, products, audience FROM docs WHERE slug = ?').get(slug) as ArticleRow | undefined;
    if (!row) return undefined;
    const info: ArticleInfo = { slug: row.slug, title: row.title, lang: row.lang as ArticleInfo['lang'], products: JSON.parse(row.products) as string[] };
    return row.audience === null ? info : { ...info, audience: row.audience as NonNullable<ArticleInfo['audience']> };
  }

  private meta(key: string): string {
    return this.db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string;
  }

  /** Per field id, how many articles hold `term`; undefined for a term no article has. */
  documentFrequencies(term: string): Record<string, number> | undefined {
    const df = this.db.prepare('SELECT df FROM terms WHERE term = ?').pluck().get(term) as string | undefined;
    return df === undefined ? undefined : (JSON.parse(df) as Record<string, number>);
  }

  /** Serialised postings of these terms, of those the index has. */
  postingsOf(terms: Iterable<string>): [string, string][] {
    return this.db.prepare('SELECT term, postings FROM terms WHERE term IN (SELECT value FROM json_each(?))').raw().all(JSON.stringify([...terms])) as [string, string][];
  }

  /** Serialised postings of every term that starts with `prefix`: one range of the sorted keys. */
  postingsByPrefix(prefix: string): [string, string][] {
    return this.db.prepare('SELECT term, postings FROM terms WHERE term >= ? AND term < ?').raw().all(prefix, `${prefix}\u{10FFFF}`) as [string, string][];
  }

  /** The terms of this many characters (UTF-16 units, as minisearch counts): fuzzy candidates. */
  termsOfLength(min: number, max: number): string[] {
    return this.db.prepare('SELECT term FROM terms WHERE length BETWEEN ? AND ?').pluck().all(min, max) as string[];
  }

  /**
   * Removes the articles that left or changed and adds the changed ones, touching only the
   * rows of their terms. A changed article gets a new short id, as minisearch gives a
   * document added again; the figures are then worked out again from every article.
   */
  apply(change: IndexChange): void {
    this.db.transaction(() => {
      const stored = this.db.prepare('SELECT postings FROM terms WHERE term = ?').pluck();
      const edited = new Map<string, Postings>();
      const postings = (term: string): Postings => {
        let p = edited.get(term);
        if (!p) {
          const row = stored.get(term) as string | undefined;
          p = row === undefined ? {} : (JSON.parse(row) as Postings);
          edited.set(term, p);
        }
        return p;
      };
      const leaving = new Set([...change.removedSlugs, ...change.articles.map((a) => a.slug)]);
      const scoring = this.withdraw(leaving, postings);
      const nextId = this.add(change.articles, postings, scoring);
      this.writeTerms(edited);
      const deleteFile = this.db.prepare('DELETE FROM files WHERE name = ?');
      for (const name of change.removedFiles) deleteFile.run(name);
      const upsertFile = this.db.prepare('INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)');
      for (const [name, f] of change.files) upsertFile.run(name, f.fingerprint, f.slug ?? null, f.problems ? JSON.stringify(f.problems) : null);
      this.db.prepare('UPDATE scoring SET short_ids = ?, slugs = ?, field_lengths = ?').run(bytes(scoring.shortIds), scoring.slugs.join('\n'), bytes(scoring.fieldLengths));
      const update = this.db.prepare('UPDATE meta SET value = ? WHERE key = ?');
      update.run(JSON.stringify(recount(scoring, nextId)), 'figures');
      update.run(change.listing, 'listing');
    }).immediate();
  }

  /** Takes the articles out of the postings of the terms they had; returns the scoring of the rest. */
  private withdraw(slugs: ReadonlySet<string>, postings: (term: string) => Postings): EditedScoring {
    const docBySlug = this.db.prepare('SELECT short_id AS shortId, terms FROM docs WHERE slug = ?');
    const deleteDoc = this.db.prepare('DELETE FROM docs WHERE short_id = ?');
    for (const slug of slugs) {
      const doc = docBySlug.get(slug) as { shortId: number; terms: string } | undefined;
      if (!doc) continue;
      for (const term of doc.terms.split(' ')) {
        const p = postings(term);
        for (const [fieldId, docs] of Object.entries(p)) {
          delete docs[doc.shortId];
          if (Object.keys(docs).length === 0) delete p[fieldId];
        }
      }
      deleteDoc.run(doc.shortId);
    }
    const kept = this.scoring();
    const scoring: EditedScoring = { shortIds: [], slugs: [], fieldLengths: [] };
    kept.slugs.forEach((slug, i) => {
      if (slugs.has(slug)) return;
      scoring.shortIds.push(kept.shortIds[i]!);
      scoring.slugs.push(slug);
      for (let f = 0; f < FIELDS.length; f++) scoring.fieldLengths.push(kept.fieldLengths[i * FIELDS.length + f]!);
    });
    return scoring;
  }

  /**
   * minisearch indexes the articles on its own; their postings are merged in under short ids
   * after the last one given. Returns the next free short id.
   */
  private add(articles: Article[], postings: (term: string) => Postings, scoring: EditedScoring): number {
    const { nextId } = this.figures();
    const added = buildIndex(articles);
    const js = added.mini.toJSON();
    const termsOfDoc: string[][] = [];
    for (const [term, fields] of js.index) {
      const p = postings(term);
      for (const fieldId in fields) {
        const docs = fields[fieldId]!;
        const target = (p[fieldId] ??= {});
        for (const id in docs) {
          target[nextId + Number(id)] = docs[id]!;
          (termsOfDoc[Number(id)] ??= []).push(term);
        }
      }
    }
    const insertDoc = this.db.prepare('INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (const [id, slug] of Object.entries(js.documentIds) as [string, string][]) {
      const { title, lang, products, audience } = added.docs.get(slug)!;
      scoring.shortIds.push(nextId + Number(id));
      scoring.slugs.push(slug);
      scoring.fieldLengths.push(...FIELDS.map((_, fieldId) => js.fieldLength[id]![fieldId] ?? -1));
      insertDoc.run(nextId + Number(id), slug, title, lang, JSON.stringify(products), audience ?? null, [...new Set(termsOfDoc[Number(id)])].join(' '));
    }
    return nextId + js.nextId;
  }

  private writeTerms(edited: Map<string, Postings>): void {
    const upsertTerm = this.db.prepare('INSERT OR REPLACE INTO terms VALUES (?, ?, ?, ?)');
    const deleteTerm = this.db.prepare('DELETE FROM terms WHERE term = ?');
    // in key order, SQLite appends to its tree instead of splitting pages all over it
    for (const [term, p] of [...edited].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (Object.keys(p).length === 0) deleteTerm.run(term);
      else upsertTerm.run(term, term.length, JSON.stringify(Object.fromEntries(Object.entries(p).map(([f, docs]) => [f, Object.keys(docs).length]))), JSON.stringify(p));
    }
  }
}

/**
 * The figures as minisearch would hold them had it added the articles in short-id order: it
 * averages a field's length over all articles so far, those without the field included in the
 * count (minisearch's addFieldLength). Worked out from scratch, so a long series of edits
 * cannot drift from what a rebuild gives.
 */
function recount(scoring: EditedScoring, nextId: number): Figures {
  const averageFieldLength: (number | null)[] = [];
  for (let count = 0; count < scoring.shortIds.length; count++) {
    for (let fieldId = 0; fieldId < FIELDS.length; fieldId++) {
      const length = scoring.fieldLengths[count * FIELDS.length + fieldId]!;
      if (length < 0) continue;
      averageFieldLength[fieldId] = ((averageFieldLength[fieldId] ?? 0) * count + length) / (count + 1);
    }
  }
  return { documentCount: scoring.shortIds.length, nextId, averageFieldLength: Array.from(averageFieldLength, (a) => a ?? null) };
}

/** Written by this version, and whole: an index missing a part is started again. */
function isCurrent(db: Db): boolean {
  const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
  if (!['meta', 'files', 'docs', 'scoring', 'terms'].every((t) => tables.has(t))) return false;
  const keys = new Set(db.prepare('SELECT key FROM meta').pluck().all() as string[]);
  return ['figures', 'listing'].every((k) => keys.has(k))
    && (db.prepare('SELECT count(*) FROM scoring').pluck().get() as number) === 1
    && db.prepare("SELECT value FROM meta WHERE key = 'version'").pluck().get() === VERSION;
}

function bytes(numbers: number[]): Buffer {
  return Buffer.from(Int32Array.from(numbers).buffer);
}

/** Copied: SQLite's bytes need not be aligned for an Int32Array over them. */
function int32s(blob: Buffer): Int32Array {
  return new Int32Array(Uint8Array.from(blob).buffer);
}

export function isSqliteError(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_');
}

function removeDbFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}
