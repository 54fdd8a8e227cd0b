import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { failed } from '../core/errors.js';
import { text } from '../i18n/keys.js';
import type { TicketRecord } from '../core/ticket/ticket-record.js';
import { ANALYZER_VERSION, analyzeWord, guessLanguage, tokenize } from '../kb/text.js';
import { makeSnippet, type Snippet } from '../kb/snippet.js';
import { LANGS } from '../kb/langs.js';
import { loadTickets, readTicket, ticketIndex } from './tickets.js';
import { io } from '../io/context.js';
import { BUILD_KEY } from './cache/build-key.js';

/**
 * `desk search` over tickets: `.desk/ticket-search.db`, an SQLite FTS5 table of every ticket's
 * words (title; description, messages, comments and solutions), analysed in German and English as
 * the knowledge base does (src/kb/text.ts), ranked by BM25 with the title weighing more. It is a
 * cache of the ticket files kept current through the ticket index: every ticket whose file
 * signature there differs from the one its words were taken from is read again. With
 * DESK_NO_INDEX=1 the same table is built in memory from the files, so both give the same answer.
 * This module owns the file alone; nothing else reads or writes it.
 */

const SCHEMA = 3;
/** Keyed on the build, as every cache in .desk/ (cache/build-key.ts). */
const KEY = `${SCHEMA}/${ANALYZER_VERSION}/${BUILD_KEY}`;
const TITLE_WEIGHT = 4;
const CHUNK = 1000;
const OPEN_FILES = 32;

type Db = BetterSqlite3.Database;

export interface TicketHit {
  id: string;
  score: number;
  title: string;
  status: string;
  customer: string;
  /** Where the best passage is: the title, or the text (description, messages, comments, solution). */
  field: 'title' | 'text';
  snippet: Snippet;
}

/** The words a ticket is found by, as plain text: what people wrote, not the bookkeeping. */
export function searchableText(t: TicketRecord): { title: string; text: string } {
  const parts = [t.state.description];
  for (const e of t.events) {
    if (e.type === 'message' || e.type === 'comment') parts.push(e.text);
    else if (e.type === 'resolved') parts.push(e.solution);
    else if (e.type === 'edited' && e.description) parts.push(e.description);
  }
  return { title: t.state.title, text: parts.filter(Boolean).join('\n') };
}

/** The index terms of `text` in both languages (a German ticket's English words are found too). */
function termsOf(text: string): string {
  const terms = new Set<string>();
  for (const { word } of tokenize(text)) {
    for (const lang of LANGS) {
      const term = analyzeWord(word, lang);
      if (term) terms.add(term);
    }
  }
  return [...terms].join(' ');
}

/** Each query word as the terms it may stand for, German or English; stop words drop out. */
export function queryTerms(query: string): string[][] {
  const words: string[][] = [];
  for (const { word } of tokenize(query)) {
    const variants = [...new Set(LANGS.map((lang) => analyzeWord(word, lang)).filter((t): t is string => !!t))];
    if (variants.length) words.push(variants);
  }
  return words;
}

const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;

async function sqlite(): Promise<typeof BetterSqlite3> {
  try {
    return (await import('better-sqlite3')).default;
  } catch {
    throw failed(text('store.noSqlite'));
  }
}

function create(db: Db): void {
  db.exec(`
    DROP TABLE IF EXISTS docs; DROP TABLE IF EXISTS fts; DROP TABLE IF EXISTS meta;
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE docs (n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, sig TEXT NOT NULL, title TEXT NOT NULL, status TEXT NOT NULL, customer TEXT NOT NULL);
    CREATE VIRTUAL TABLE fts USING fts5(title_terms, text_terms, text UNINDEXED, tokenize = 'unicode61 remove_diacritics 0');
  `);
  db.prepare("INSERT INTO meta (key, value) VALUES ('key', ?)").run(KEY);
}

/**
 * A ticket's row in fts has the rowid of its row in docs: the words of a ticket are replaced or
 * removed by that number, never by a scan of the whole text table (which made a first build at
 * 100,000 tickets quadratic).
 */
function statements(db: Db) {
  return {
    find: db.prepare('SELECT n FROM docs WHERE id = ?').pluck(),
    addDoc: db.prepare('INSERT INTO docs (id, sig, title, status, customer) VALUES (?, ?, ?, ?, ?)'),
    updateDoc: db.prepare('UPDATE docs SET sig = ?, title = ?, status = ?, customer = ? WHERE n = ?'),
    removeDoc: db.prepare('DELETE FROM docs WHERE n = ?'),
    addWords: db.prepare('INSERT INTO fts (rowid, title_terms, text_terms, text) VALUES (?, ?, ?, ?)'),
    removeWords: db.prepare('DELETE FROM fts WHERE rowid = ?'),
  };
}
type Statements = ReturnType<typeof statements>;

function put(sql: Statements, t: TicketRecord, sig: string): void {
  const { title, text } = searchableText(t);
  const known = sql.find.get(t.id) as number | undefined;
  let n: number;
  if (known === undefined)
    n = Number(sql.addDoc.run(t.id, sig, title, t.state.status, t.state.customer).lastInsertRowid);
  else {
    n = known;
    sql.updateDoc.run(sig, title, t.state.status, t.state.customer, n);
    sql.removeWords.run(n);
  }
  sql.addWords.run(n, termsOf(title), termsOf(text), text);
}

function remove(sql: Statements, id: string): void {
  const n = sql.find.get(id) as number | undefined;
  if (n === undefined) return;
  sql.removeWords.run(n);
  sql.removeDoc.run(n);
}

/** Opens the stored index and brings it up to date with the ticket index (and so with the files). */
async function current(root: string, Sqlite: typeof BetterSqlite3): Promise<Db | undefined> {
  const tickets = await ticketIndex(root);
  if (!tickets) return undefined;
  mkdirSync(join(root, '.desk'), { recursive: true });
  const path = join(root, '.desk', 'ticket-search.db');
  let db: Db;
  try {
    db = new Sqlite(path);
    db.pragma('journal_mode = WAL');
    const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").pluck().get();
    const key = hasMeta ? db.prepare("SELECT value FROM meta WHERE key = 'key'").pluck().get() : undefined;
    if (key !== KEY) create(db);
  } catch {
    // a damaged file: it is only a cache
    const { rmSync } = await import('node:fs');
    for (const s of ['', '-wal', '-shm']) rmSync(`${path}${s}`, { force: true });
    db = new Sqlite(path);
    db.pragma('journal_mode = WAL');
    create(db);
  }
  // nothing changed since the last search: one hash says so, without comparing 100,000 rows
  const all = tickets.fingerprintOfAll();
  if (db.prepare("SELECT value FROM meta WHERE key = 'tickets'").pluck().get() === all) return db;
  // what changed since: the ticket index's fingerprints of what it read from each file
  const prints = tickets.fingerprints();
  const docs = db.prepare('SELECT id, sig FROM docs').raw().all() as [string, string][];
  const known = new Map(docs);
  const changed = [...prints].filter(([id, sig]) => known.get(id) !== sig).map(([id, sig]) => ({ id, sig }));
  const removed = docs.map(([id]) => id).filter((id) => !prints.has(id));
  if (changed.length || removed.length) {
    const sql = statements(db);
    db.transaction(() => {
      for (const id of removed) remove(sql, id);
    })();
    // a few files open at a time, a chunk written at a time: a first build over 100,000 tickets
    // neither runs out of file handles nor holds every record in memory
    for (let from = 0; from < changed.length; from += CHUNK) {
      const chunk = changed.slice(from, from + CHUNK);
      const records: { record: TicketRecord; sig: string }[] = [];
      for (let i = 0; i < chunk.length; i += OPEN_FILES) {
        const part = chunk.slice(i, i + OPEN_FILES);
        records.push(
          ...(await Promise.all(part.map(async (c) => ({ record: await readTicket(root, c.id), sig: c.sig })))),
        );
      }
      db.transaction(() => {
        for (const { record, sig } of records) put(sql, record, sig);
      })();
    }
  }
  db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('tickets', ?)").run(all);
  return db;
}

/** The same table in memory, from the files alone (DESK_NO_INDEX=1, or to compare). */
async function fromFiles(root: string, Sqlite: typeof BetterSqlite3): Promise<Db> {
  const db = new Sqlite(':memory:');
  create(db);
  const { tickets } = await loadTickets(root);
  const sql = statements(db);
  db.transaction(() => {
    for (const t of tickets) put(sql, t, '');
  })();
  return db;
}

/**
 * The tickets matching every word of `query` (any of them when none matches all), best first;
 * `allowed` keeps those the filters let through. `total` counts them all, `hits` the first `limit`.
 */
export async function searchTickets(
  root: string,
  query: string,
  allowed: ((hit: { id: string; status: string; customer: string }) => boolean) | undefined,
  limit: number,
): Promise<{ hits: TicketHit[]; total: number }> {
  const words = queryTerms(query);
  if (words.length === 0) return { hits: [], total: 0 };
  const Sqlite = await sqlite();
  const db = (io().env.DESK_NO_INDEX ? undefined : await current(root, Sqlite)) ?? (await fromFiles(root, Sqlite));
  try {
    const group = (variants: string[]) => `(${variants.map(quote).join(' OR ')})`;
    // ids and ranks of every match, the text only of the hits shown: a frequent word matches
    // thousands of tickets, whose texts would cost more than the search
    const run = (joiner: string) =>
      db
        .prepare(
          `SELECT fts.rowid AS n, docs.id AS id, bm25(fts, ${TITLE_WEIGHT}, 1.0, 0) AS rank, docs.title AS title, docs.status AS status, docs.customer AS customer
           FROM fts JOIN docs ON docs.n = fts.rowid WHERE fts MATCH ? ORDER BY rank, docs.id`,
        )
        .all(`{title_terms text_terms} : (${words.map(group).join(joiner)})`) as {
        n: number;
        id: string;
        rank: number;
        title: string;
        status: string;
        customer: string;
      }[];
    let rows = run(' AND ');
    if (rows.length === 0 && words.length > 1) rows = run(' OR ');
    const kept = allowed ? rows.filter((r) => allowed(r)) : rows;
    const textOf = db.prepare('SELECT text FROM fts WHERE rowid = ?').pluck();
    const matched = new Set(words.flat());
    const hits = kept.slice(0, limit).map((r) => {
      const text = textOf.get(r.n) as string;
      const inTitle = makeSnippet(r.title, guessLanguage(r.title), matched);
      const inText = makeSnippet(text, guessLanguage(text), matched);
      const field: 'title' | 'text' = inText.matchedWords > 0 ? 'text' : 'title';
      return {
        id: r.id,
        // BM25 in SQLite is lower for better matches; people read higher as better
        score: Math.round(-r.rank * 1000) / 1000,
        title: r.title,
        status: r.status,
        customer: r.customer,
        field,
        // one line: a line break becomes a space, the same length, so the highlights stay in place
        snippet: {
          ...(field === 'text' ? inText : inTitle),
          text: (field === 'text' ? inText : inTitle).text.replace(/\s/g, ' '),
        },
      };
    });
    return { hits, total: kept.length };
  } finally {
    db.close();
  }
}
