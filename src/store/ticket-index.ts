import { mkdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { Problem } from '../core/files/yaml-text.js';
import type { TicketReferences } from '../core/references.js';
import { canMatter, type TicketScope } from '../core/reports/scope.js';
import type { TicketRecord } from '../core/ticket/ticket-record.js';
import type { CustomerTime } from '../core/billing/from-tickets.js';
import type { IsoDate, TimeEntry } from '../core/billing/types.js';
import { IN_SUPPORT, type Activity, type Category, type Status } from '../core/ticket/vocabulary.js';
import { rowOf, ticketParser, type TicketParser, type TicketRow, type TicketSummary } from './ticket-rows.js';
import { takeEarlyStat } from './early-stat.js';
import { indexProgress } from './index-progress.js';
import { SortedIds, type IdList } from '../core/sorted-ids.js';
import { ticketIdsIn } from './ticket-folder.js';
import { newToken, readSignatures, writeSignatures, type Signatures } from './ticket-signatures.js';
import { allStatted, statChunks, statTicketFiles } from './ticket-stat.js';
import { readHelpdeskTextSync, UnreadableFile } from './helpdesk-files.js';

/**
 * The ticket index: `.desk/tickets.db`, an SQLite file of every ticket file's summary, time
 * entries (packed, as billing reads them) and (for tickets still in support's hands) whole record, each with the stat
 * signature (mtime, size, inode) of the file it was read from. It is a cache: before a command
 * reads it, every ticket file is stat'ed and the ones that changed, appeared or disappeared
 * since — a pull, a branch switch, a hand edit, another clone's merge — are read again. A file
 * changed within the last seconds is never trusted by its signature (git's "racy clean"
 * problem), a missing, unreadable or foreign index is rebuilt, and without SQLite desk reads
 * the files themselves (store/tickets.ts). The files stay the truth; nothing here is committed.
 */

const SCHEMA = 10;
/** Rows are projections: another desk version may project differently, so its index is not ours. */
const DESK_VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
/** A file modified this recently may change again within the same mtime tick: re-read it next time. */
const RACY_MS = 3000;
/** Below this many files to read, workers cost more than they save. */
const PARALLEL_FROM = 3000;

type Db = BetterSqlite3.Database;

interface Signature {
  mtime: number;
  size: number;
  ino: number;
}

export class TicketIndex {
  private constructor(
    private readonly db: Db,
    readonly root: string,
  ) {}

  /** Opens (creating or rebuilding as needed) and brings the index up to date with the files. */
  static async open(root: string, Sqlite: typeof BetterSqlite3): Promise<TicketIndex> {
    const path = join(root, '.desk', 'tickets.db');
    mkdirSync(join(root, '.desk'), { recursive: true });
    for (let attempt = 0; ; attempt++) {
      let db: Db | undefined;
      try {
        db = new Sqlite(path, { timeout: 15_000 });
        const index = new TicketIndex(prepare(db), root);
        await index.update();
        return index;
      } catch (e) {
        db?.close();
        // a broken or foreign file is a cache we cannot use: start it again, once
        if (attempt > 0 || !isSqliteError(e)) throw e;
        for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
      }
    }
  }

  /** Closes the database (the end of a run in a process that goes on: the tests). */
  close(): void {
    if (this.db.open) this.db.close();
  }

  /** Closes and deletes a damaged index: the next open builds it again from the files. */
  discard(): void {
    const path = this.db.name;
    this.db.close();
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
  }

  /** Stats every ticket file and reads again those whose signature changed. */
  private async update(): Promise<void> {
    const dir = join(this.root, 'tickets');
    const sigPath = `${this.db.name.replace(/\.db$/, '')}.sig`;
    // the folder first: a file added while we look changes it again, and the next command looks again
    const dirStat = statSync(dir, { throwIfNoEntry: false });
    const token = this.db.prepare("SELECT value FROM meta WHERE key = 'token'").pluck().get() as string | undefined;
    const saved = token ? readSignatures(sigPath) : undefined;
    const known = saved && saved.token === token ? saved : this.signaturesFromIndex(token ?? '');
    // an unchanged folder holds the same names: no need to list it
    const sameFolder = dirStat !== undefined && known.dir.mtime === dirStat.mtimeMs && known.dir.ino === dirStat.ino;
    const ids: IdList = sameFolder ? known.ids : ticketIdsIn(dir);
    const position = sameFolder ? undefined : positions(known.ids);
    // the stat calls may have been made already, while the command loaded (early-stat.ts)
    const early = await takeEarlyStat(this.root);
    const usable =
      early &&
      sameFolder &&
      saved === known &&
      early.token === saved.token &&
      early.dir.mtimeMs === dirStat.mtimeMs &&
      early.dir.ino === dirStat.ino;
    if (usable) statChunks(dir, ids, early);
    const fresh = usable && allStatted(ids, early) ? early : undefined;
    const now = fresh ? fresh.now : Date.now();
    const stats = fresh ? fresh.stats : statTicketFiles(dir, ids);
    // the usual case, a command after a command: every file as the signatures say, nothing to write
    if (sameFolder && saved === known && sameValues(stats, known.sigs)) return;
    const changed: { id: string; sig: Signature }[] = [];
    const present: string[] = [];
    const sigs = new Float64Array(ids.length * 3);
    for (let i = 0; i < ids.length; i++) {
      const id = ids.at(i)!;
      const [mtime, size, ino] = [stats[3 * i]!, stats[3 * i + 1]!, stats[3 * i + 2]!];
      if (Number.isNaN(mtime)) continue;
      const k = present.length;
      present.push(id);
      sigs[3 * k] = mtime;
      sigs[3 * k + 1] = size;
      sigs[3 * k + 2] = ino;
      const j = position ? position.get(id) : i;
      if (
        j === undefined ||
        known.sigs[3 * j] !== mtime ||
        known.sigs[3 * j + 1] !== size ||
        known.sigs[3 * j + 2] !== ino
      ) {
        changed.push({ id, sig: { mtime, size, ino } });
      }
    }
    const presentSet = present.length === known.ids.length && changed.length === 0 ? undefined : new Set(present);
    const removed = presentSet
      ? Array.from({ length: known.ids.length }, (_, j) => known.ids.at(j)!).filter((id) => !presentSet.has(id))
      : [];
    // a folder changed in this very tick may change again unseen: list it next time too
    const folder = {
      mtime: dirStat && now - dirStat.mtimeMs >= RACY_MS ? dirStat.mtimeMs : -1,
      ino: dirStat?.ino ?? 0,
    };
    // racily clean: a file written in this very tick may change again unseen; read it next time too
    for (let k = 0; k < present.length; k++) if (now - sigs[3 * k]! < RACY_MS) sigs[3 * k] = -1;
    if (changed.length === 0 && removed.length === 0) {
      if (saved?.token !== token || !sameFolder) await this.saveSignatures(sigPath, token, folder, present, sigs);
      return;
    }
    const sigOf = new Map(changed.map((c) => [c.id, c.sig]));
    const del = this.db.prepare('DELETE FROM tickets WHERE id = ?');
    const put = this.db.prepare(`INSERT OR REPLACE INTO tickets
      (id, mtime, size, ino, problems, status, level, customer, assignee, category, product, module, priority, title, received_at, updated_at, record, last_at, billing, refs, span_from, span_to, rated_from, rated_to, tags, closure)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const store = (row: TicketRow) => {
      const sig = sigOf.get(row.id)!;
      // racily clean: a file written in this very tick may change again unseen; read it next time too
      const mtime = now - sig.mtime < RACY_MS ? -1 : sig.mtime;
      const s = row.summary;
      put.run(
        row.id,
        mtime,
        sig.size,
        sig.ino,
        row.problems ? JSON.stringify(row.problems) : null,
        s?.status ?? null,
        s?.level ?? null,
        s?.customer ?? null,
        s?.assignee ?? null,
        s?.category ?? null,
        s?.product ?? null,
        s?.module ?? null,
        s?.priority ?? null,
        s?.title ?? null,
        s?.receivedAt ?? null,
        s?.updatedAt ?? null,
        row.record ?? null,
        row.lastAt ?? null,
        row.entries
          ? JSON.stringify(
              row.entries.map((e) => [e.id, e.on, e.minutes, e.activity, e.staff, e.level, e.nonBillable ?? null]),
            )
          : null,
        row.references ? JSON.stringify([row.references.staff, row.references.articles]) : null,
        row.span?.from ?? null,
        row.span?.to ?? null,
        row.rated?.from ?? null,
        row.rated?.to ?? null,
        s?.tags.length ? s.tags.join(' ') : null,
        s?.closure ?? null,
      );
    };
    // one transaction, written as the rows come in (from workers on a large rebuild), so that
    // memory holds a batch, not the helpdesk; another process sees the old index or the new one
    const next = newToken();
    this.db.exec('BEGIN IMMEDIATE');
    try {
      for (const id of removed) {
        del.run(id);
      }
      await this.read(
        changed.map((c) => c.id),
        (rows) => rows.forEach(store),
      );
      this.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('token', ?)").run(next);
      this.db.exec('COMMIT');
    } catch (e) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw e;
    }
    await this.saveSignatures(sigPath, next, folder, present, sigs);
  }

  /** The signatures as the index rows hold them, when the file beside it is missing or void. */
  private signaturesFromIndex(token: string): Signatures {
    const ids: string[] = [];
    const values: number[] = [];
    for (const r of this.db
      .prepare('SELECT id, mtime, size, ino FROM tickets ORDER BY id')
      .raw()
      .iterate() as IterableIterator<[string, number, number, number]>) {
      ids.push(r[0]);
      values.push(r[1], r[2], r[3]);
    }
    return { token, dir: { mtime: -1, ino: -1 }, ids: SortedIds.of(ids), sigs: Float64Array.from(values) };
  }

  private async saveSignatures(
    path: string,
    token: string | undefined,
    dir: Signatures['dir'],
    ids: string[],
    sigs: Float64Array,
  ): Promise<void> {
    let t = token;
    if (!t) {
      t = newToken();
      this.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('token', ?)").run(t);
    }
    // in id order, so that resolving an id is a binary search (ticketNames)
    const order = ids.map((_, i) => i).sort((a, b) => (ids[a]! < ids[b]! ? -1 : 1));
    const sorted = new Float64Array(ids.length * 3);
    order.forEach((from, to) => sorted.set(sigs.subarray(3 * from, 3 * from + 3), 3 * to));
    // a cache of a cache: when it cannot be written, the next command reads the index's own rows
    await writeSignatures(path, { token: t, dir, ids: order.map((i) => ids[i]!), sigs: sorted }).catch(() => undefined);
  }

  /** Reads and parses ticket files, many of them in worker threads, handing the rows on in batches. */
  private async read(ids: string[], take: (rows: TicketRow[]) => void): Promise<void> {
    const report = ids.length >= 2000 ? indexProgress() : undefined;
    if (ids.length < PARALLEL_FROM) {
      const parse = await ticketParser();
      for (let i = 0; i < ids.length; i += 500) {
        take(ids.slice(i, i + 500).map((id) => readRow(this.root, id, parse)));
        report?.(Math.min(ids.length, i + 500), ids.length);
      }
      return;
    }
    const { readInWorkers } = await import('./ticket-index-workers.js');
    await readInWorkers(this.root, ids, Math.max(1, Math.min(4, cpus().length)), take, report);
  }

  // ------------------------------------------------------------------ reading

  /** Files that do not parse, in file order. */
  problems(): Problem[] {
    const rows = this.db
      .prepare('SELECT problems FROM tickets WHERE problems IS NOT NULL ORDER BY id')
      .pluck()
      .all() as string[];
    return rows.flatMap((p) => JSON.parse(p) as Problem[]);
  }

  /** Summaries of the tickets in `statuses`. */
  summaries(statuses: readonly Status[]): TicketSummary[] {
    const sql = `SELECT id, title, customer, status, level, category, product, module, priority, assignee, received_at, updated_at, tags, closure FROM tickets
      WHERE problems IS NULL AND status IN (${statuses.map(() => '?').join(',')})`;
    return (
      this.db
        .prepare(sql)
        .raw()
        .all(...statuses) as (string | number | null)[][]
    ).map((r) => ({
      id: r[0] as string,
      title: r[1] as string,
      customer: r[2] as string,
      status: r[3] as Status,
      level: r[4] as 1 | 2,
      ...opt('category', r[5]),
      ...opt('product', r[6]),
      ...opt('module', r[7]),
      ...opt('priority', r[8]),
      ...opt('assignee', r[9]),
      receivedAt: r[10] as string,
      updatedAt: r[11] as string,
      tags: r[12] === null ? [] : (r[12] as string).split(' '),
      ...opt('closure', r[13]),
    })) as TicketSummary[];
  }

  /** What every ticket that parses names in other files, in id order. */
  references(): TicketReferences[] {
    const sql = 'SELECT id, customer, product, module, refs FROM tickets WHERE problems IS NULL ORDER BY id';
    return (this.db.prepare(sql).raw().all() as [string, string, string | null, string | null, string][]).map(
      ([id, customer, product, module, refs]) => {
        const [staff, articles] = JSON.parse(refs) as [string[], string[]];
        return { id, customer, ...opt('product', product), ...opt('module', module), staff, articles };
      },
    );
  }

  /** The whole record of each ticket in `statuses`, as kept for live tickets; undefined for others (read the file). */
  storedRecords(statuses: readonly Status[]): { records: TicketRecord[]; missing: string[] } {
    const sql = `SELECT id, record FROM tickets WHERE problems IS NULL AND status IN (${statuses.map(() => '?').join(',')})`;
    const records: TicketRecord[] = [];
    const missing: string[] = [];
    for (const [id, record] of this.db
      .prepare(sql)
      .raw()
      .iterate(...statuses) as IterableIterator<[string, string | null]>) {
      if (record === null) missing.push(id);
      else records.push(JSON.parse(record) as TicketRecord);
    }
    return { records, missing };
  }

  /** The tickets that can matter for a report (core/reports/scope.ts): records as kept, and the ids of those to read from their files. */
  inScope(scope: TicketScope): { records: TicketRecord[]; missing: string[] } {
    // a coarse cut the span index answers (a file that does not parse has no span), then the exact one
    const lowest = Math.min(scope.since, ...scope.sinceFor.values());
    const sql = `SELECT id, customer, status, span_from, span_to, rated_from, rated_to FROM tickets
      WHERE span_from <= ? AND (span_to >= ? OR status IN (${IN_SUPPORT.map(() => '?').join(',')})) ${scope.customer === undefined ? '' : 'AND customer = ?'}`;
    const rows = this.db
      .prepare(sql)
      .raw()
      .all(scope.until, lowest, ...IN_SUPPORT, ...(scope.customer === undefined ? [] : [scope.customer])) as [
      string,
      string,
      Status,
      number,
      number,
      number | null,
      number | null,
    ][];
    const record = this.db.prepare('SELECT record FROM tickets WHERE id = ?').pluck();
    const records: TicketRecord[] = [];
    const missing: string[] = [];
    for (const [id, customer, status, from, to, ratedFrom, ratedTo] of rows) {
      const rated = ratedFrom === null || ratedTo === null ? {} : { rated: { from: ratedFrom, to: ratedTo } };
      if (!canMatter(scope, { customer, status, span: { from, to }, ...rated })) continue;
      const kept = record.get(id) as string | null;
      if (kept === null) missing.push(id);
      else records.push(JSON.parse(kept) as TicketRecord);
    }
    return { records, missing };
  }

  /** The record kept for one ticket, if it is live. */
  storedRecord(id: string): TicketRecord | undefined {
    const record = this.db.prepare('SELECT record FROM tickets WHERE id = ? AND problems IS NULL').pluck().get(id) as
      | string
      | null
      | undefined;
    return record ? (JSON.parse(record) as TicketRecord) : undefined;
  }

  /**
   * What billing reads of the tickets of `customers` (all when undefined): per customer, each
   * ticket's id, category and title, and the effective time entries of its tickets, ticket by
   * ticket in the ticket's order — as customerTime makes them from the tickets' states.
   */
  billing(customers?: readonly string[]): Map<string, CustomerTime> {
    const where = customers ? `AND customer IN (${customers.map(() => '?').join(',')})` : '';
    return timeByCustomer(
      this.db
        .prepare(`SELECT ${BILLING} FROM tickets WHERE problems IS NULL ${where}`)
        .raw()
        .iterate(...(customers ?? [])) as Iterable<BillingRow>,
    );
  }

  /** As billing, for the tickets of the customers in `since` that mention a day on or after theirs. */
  billingSince(since: ReadonlyMap<string, IsoDate>): Map<string, CustomerTime> {
    // a day worked is in a ticket's span as its midnight UTC; the span index answers which
    // tickets qualify without reading a row (a file that does not parse has no span)
    const from = new Map([...since].map(([customer, day]) => [customer, Date.parse(`${day}T00:00:00Z`)]));
    const spans = this.db
      .prepare('SELECT id, customer, span_to FROM tickets WHERE span_to >= ?')
      .raw()
      .iterate(Math.min(...from.values())) as Iterable<[string, string, number]>;
    const ids: string[] = [];
    for (const [id, customer, to] of spans) if (to >= (from.get(customer) ?? Infinity)) ids.push(id);
    const row = this.db.prepare(`SELECT ${BILLING} FROM tickets WHERE id = ?`).raw();
    return timeByCustomer(ids.sort().map((id) => row.get(id) as BillingRow)); // in id order: the rows are stored so
  }

  /** The instant (ms) of the latest event of any ticket that parses; undefined without tickets. */
  latestEvent(): number | undefined {
    return (
      (this.db.prepare('SELECT MAX(last_at) FROM tickets WHERE problems IS NULL').pluck().get() as number | null) ??
      undefined
    );
  }

  /** Tickets with a time entry whose id is or starts with `ref`. */
  ticketsWithEntry(ref: string): string[] {
    // a coarse filter in SQL (LIKE ignores case), then the exact prefix test on the entries found
    const pattern = `%["${ref.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows = this.db
      .prepare("SELECT id, billing FROM tickets WHERE problems IS NULL AND billing LIKE ? ESCAPE '\\' ORDER BY id")
      .raw()
      .all(pattern) as [string, string][];
    return rows
      .filter(([, billing]) => (JSON.parse(billing) as Packed[]).some(([id]) => id.startsWith(ref)))
      .map(([id]) => id);
  }
}

/** An entry as packed by `store`: [id, on, minutes, activity, staff, level, nonBillable]. */
type Packed = [string, string, number, Activity, string, 1 | 2, string | null];

/** Appends the packed entries of ticket `ticketId` to `entries`, as entriesOf makes them. */
function unpackInto(entries: TimeEntry[], ticketId: string, billing: string): void {
  for (const [id, date, minutes, activity, staff, level, nonBillable] of JSON.parse(billing) as Packed[]) {
    entries.push(
      nonBillable === null
        ? { id, ticketId, date, minutes, activity, staff, level }
        : { id, ticketId, date, minutes, activity, staff, level, nonBillable: { reason: nonBillable } },
    );
  }
}

const BILLING = 'id, customer, category, title, billing';
type BillingRow = [string, string, Category | null, string, string | null];

/** Per customer, the facts and entries of its tickets, unpacked straight into the entries billing takes. */
function timeByCustomer(rows: Iterable<BillingRow>): Map<string, CustomerTime> {
  const byCustomer = new Map<string, CustomerTime>();
  for (const [id, customer, category, title, billing] of rows) {
    let time = byCustomer.get(customer);
    if (!time) {
      time = { entries: [], tickets: [] };
      byCustomer.set(customer, time);
    }
    time.tickets.push({ id, category: category ?? undefined, title });
    if (billing) unpackInto(time.entries, id, billing);
  }
  return byCustomer;
}

const opt = <K extends string>(key: K, value: unknown) =>
  value === null || value === undefined ? {} : { [key]: value };

export function readRow(root: string, id: string, parse: TicketParser): TicketRow {
  const file = `tickets/${id}.yaml`;
  try {
    return rowOf(parse, file, id, readHelpdeskTextSync(root, file));
  } catch (e) {
    if (e instanceof UnreadableFile) return { id, problems: [e.problem] };
    // deleted between the stat and the read: the next command sees it gone
    return { id, problems: [{ file, field: '(file)', message: `cannot be read: ${(e as Error).message}` }] };
  }
}

function positions(ids: IdList): Map<string, number> {
  const at = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) at.set(ids.at(i)!, i);
  return at;
}

function sameValues(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function prepare(db: Db): Db {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const version = db.pragma('user_version', { simple: true }) as number;
  const made =
    version === SCHEMA
      ? (db.prepare("SELECT value FROM meta WHERE key = 'desk'").pluck().get() as string | undefined)
      : undefined;
  if (version !== SCHEMA || made !== DESK_VERSION) {
    db.exec(`
      DROP TABLE IF EXISTS meta;
      DROP TABLE IF EXISTS tickets;
      DROP TABLE IF EXISTS entries;
      CREATE TABLE tickets (
        id TEXT PRIMARY KEY, mtime REAL NOT NULL, size INTEGER NOT NULL, ino INTEGER NOT NULL, problems TEXT,
        status TEXT, level INTEGER, customer TEXT, assignee TEXT, category TEXT, product TEXT, module TEXT, priority TEXT,
        title TEXT, received_at TEXT, updated_at TEXT, record TEXT, last_at REAL, billing TEXT, refs TEXT,
        span_from REAL, span_to REAL, rated_from REAL, rated_to REAL, tags TEXT, closure TEXT
      ) WITHOUT ROWID;
      CREATE INDEX tickets_status ON tickets (status);
      CREATE INDEX tickets_customer ON tickets (customer);
      CREATE INDEX tickets_problems ON tickets (id) WHERE problems IS NOT NULL;
      CREATE INDEX tickets_span ON tickets (span_from, span_to, status, customer, rated_from, rated_to);
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      PRAGMA user_version = ${SCHEMA};
    `);
    db.prepare("INSERT INTO meta (key, value) VALUES ('desk', ?)").run(DESK_VERSION);
  }
  return db;
}

function isSqliteError(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_');
}
