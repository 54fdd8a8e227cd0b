import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { factsOf, timeEntryOf, type BillableEntry, type CustomerTime } from '../../core/billing/from-tickets.js';
import type { IsoDate } from '../../core/billing/types.js';
import type { Problem } from '../../core/files/yaml-text.js';
import type { TicketReferences } from '../../core/references.js';
import { canMatter, type TicketScope } from '../../core/reports/scope.js';
import { groupBy } from '../../core/reports/stats.js';
import { shardOf, ticketFile, ticketIdOfPath, TICKETS_DIR } from '../../core/ticket/paths.js';
import { conflictsOf, type TicketConflicts } from '../../core/ticket/conflicts.js';
import type { TicketRecord } from '../../core/ticket/ticket-record.js';
import { STATUSES, type Status } from '../../core/ticket/vocabulary.js';
import { shardsIn, ticketIdsInShard } from '../ticket-folder.js';
import { BUILD_KEY } from './build-key.js';
import { text as textOf, type Text } from '../../i18n/keys.js';
import { renderIn } from '../../i18n/render.js';
import { cacheNotice, indexProgress } from './cache-events.js';
import { fileSystemNow, folderSignature, sameSignature, settled, signatureOf } from './change-detector.js';
import { EntryShards, type ShardEntries } from './entry-shards.js';
import {
  decodeManifest,
  encodeManifest,
  NO_BLOB,
  NO_HASH,
  openManifest,
  rowHash,
  StoredManifest,
  type Entry,
  type Signature,
} from './manifest.js';
import { io } from '../../io/context.js';
import {
  headCommit,
  refreshGitIndex,
  ticketBlobsAt,
  ticketBlobsChangedBetween,
  ticketFilesChangedSince,
} from './git-changes.js';
import {
  entryOf,
  readRows,
  unpackEntry,
  type BillingPart,
  type Head,
  type Row,
  type TicketSummary,
} from './ticket-rows.js';

/**
 * The ticket index: `.desk/tickets.db`, an SQLite file holding, per shard folder of tickets/, a
 * sealed manifest (manifest.ts: each file's signature, status, customer, spans and row hashes),
 * and per ticket its rows (ticket-rows.ts). It is a cache: before a command reads it, every
 * ticket file is stat'ed and compared with its signature (change-detector.ts), and what changed,
 * appeared or disappeared since — a pull, a branch switch, a hand edit, desk's own last write —
 * is read again. What it answers is proven to be what the files say: a manifest is used only
 * when its seal matches, a row only when it hashes as its manifest recorded, and a selection is
 * made from the manifests, never from an SQL index that a changed byte could leave short. A
 * manifest or row that fails its check, or a file SQLite cannot read, is a damaged index:
 * deleted, built again from the files, and said so in one line. An index of another build of
 * desk is built again the same way. The files stay the truth; nothing here is committed.
 */

const SCHEMA = 14;
/** Below this many files to read, worker threads cost more than they save. */
const PARALLEL_FROM = 3000;
/** Above this share of all rows, one pass over the table beats looking rows up one by one. */
const SCAN_FROM = 0.2;
/** From this many, and this share of, one customer's tickets, reading the customer's range of rows beats looking each up. */
const RANGE_FROM = 32;
const RANGE_SHARE = 0.2;
/**
 * Once more files than this had to be stat'ed (git could not vouch for them: changed since the
 * base commit, or read since), the base moves to HEAD. Moving it lists HEAD's ticket files
 * (~0.3 s at 100,000 tickets); a stat costs microseconds.
 */
const REBASE_FROM = 2000;
/**
 * Once git names more files than this, the base moves to HEAD along the commits made since:
 * only the files that differ between the two commits get a new mark, which costs a few folders'
 * manifests, not a listing of every file. Carrying a named file costs each later command about
 * 0.07 ms at 100,000 tickets (its folder's manifest decoded, the file stat'ed): 64 of them cost
 * less than moving the base does.
 */
const MOVE_FROM = 64;
/**
 * Below this many tickets git is not asked: stat'ing them all costs less than starting git
 * (DESK_INDEX_GIT_FROM sets it, for the tests of small helpdesks).
 */
const GIT_FROM = 5000;

type Db = BetterSqlite3.Database;

/** A manifest or row that fails its check: the index is not what was written. */
export class IndexDamaged extends Error {
  override readonly name = 'IndexDamaged';
  constructor(readonly said: Text) {
    super(renderIn('en', said.key, said.values));
  }
}

export class TicketIndex {
  /** Every ticket file, shard by shard in id order, as the files are now. */
  private shards = new EntryShards([]);
  /** Per customer, how many of `entries` name it (counted when first asked, after the refresh). */
  private rowsByCustomer: Map<string, number> | undefined;

  private constructor(
    private readonly db: Db,
    readonly root: string,
  ) {}

  /** Every ticket file, in id order, as the files are now (made when first asked). */
  private get entries(): Entry[] {
    return this.shards.all();
  }

  /** Opens (creating or rebuilding as needed) and brings the index up to date with the files. */
  static async open(root: string, Sqlite: typeof BetterSqlite3): Promise<TicketIndex> {
    const deskDir = join(root, '.desk');
    const path = join(deskDir, 'tickets.db');
    mkdirSync(deskDir, { recursive: true });
    for (let attempt = 0; ; attempt++) {
      let db: Db | undefined;
      try {
        db = new Sqlite(path, { timeout: 15_000 });
        if (prepare(db) === 'foreign') cacheNotice(textOf('cache.otherBuild'));
        const index = new TicketIndex(db, root);
        await index.refresh(deskDir);
        return index;
      } catch (e) {
        db?.close();
        if (attempt > 0 || !isDamage(e)) throw e;
        damaged(path, e);
      }
    }
  }

  /** Closes the database (the end of a run in a process that goes on: the tests). */
  close(): void {
    if (this.db.open) this.db.close();
  }

  /** Closes and deletes a damaged index (said in one line): the next open builds it again from the files. */
  discard(reason: unknown): void {
    const path = this.db.name;
    this.close();
    damaged(path, reason);
  }

  // ------------------------------------------------------------------ keeping up with the files

  private async refresh(deskDir: string): Promise<void> {
    const stamp = fileSystemNow(deskDir); // before any stat: see change-detector.ts
    // git compares its index with the files on another core while the manifests are read and decoded
    const {
      base,
      manifests,
      meanwhile: gitSaysChanged,
    } = this.storedState((at) => (at ? ticketFilesChangedSince(this.root, at) : Promise.resolve(undefined)));
    const stored = decodeAll(manifests);
    const changedSinceBase = idsOfFiles(await gitSaysChanged);
    let statted = 0;
    // what git named although the index had read that file's text in the base commit: the blob then
    const namedAtBase = new Map<string, Uint8Array>();
    const namedShards = changedSinceBase && new Set([...changedSinceBase].map(shardOf));
    const onDisk = shardsIn(this.root);
    const changed: {
      shard: string;
      dir: { mtime: number; ino: number };
      kept: Entry[];
      read: { id: string; sig: Signature }[];
    }[] = [];
    const all: ShardEntries[] = [];
    for (const shard of onDisk) {
      const folder = join(this.root, TICKETS_DIR, shard);
      const dirStat = statSync(folder, { throwIfNoEntry: false });
      const before = stored.get(shard);
      stored.delete(shard);
      // an unchanged folder holds the same names: no need to list it
      const sameNames =
        before && before.dir.mtime !== -1 && dirStat?.mtimeMs === before.dir.mtime && dirStat.ino === before.dir.ino;
      // the same names, git names none of them, and each was read at the base: the whole folder
      // is as read, without making 100,000 ids into strings to ask about each
      if (sameNames && namedShards && !namedShards.has(shard) && before.manifest.allAtBase()) {
        all.push(before.manifest);
        continue;
      }
      const beforeEntries = before?.manifest.entries();
      const ids = sameNames ? beforeEntries!.map((e) => e.id) : ticketIdsInShard(this.root, shard);
      const known = sameNames ? undefined : new Map(beforeEntries?.map((e) => [e.id, e]));
      const kept: Entry[] = [];
      const read: { id: string; sig: Signature }[] = [];
      ids.forEach((id, i) => {
        const was = known ? known.get(id) : beforeEntries![i];
        // read from the text the file has in the base commit, and git sees no change since: still that text
        if (changedSinceBase && !changedSinceBase.has(id) && was?.atBase) return void kept.push(was);
        statted++;
        if (changedSinceBase && was?.atBase) namedAtBase.set(id, was.blob);
        const sig = signatureOf(statSync(join(this.root, ticketFile(id)), { throwIfNoEntry: false }));
        if (!sig) return; // gone since the folder was listed
        if (was && was.sig.mtime !== -1 && sameSignature(was.sig, sig)) kept.push(was);
        else read.push({ id, sig });
      });
      const dir = folderSignature(dirStat, stamp);
      if (read.length || kept.length !== (before?.manifest.length ?? -1) || !before || dir.mtime !== before.dir.mtime)
        changed.push({ shard, dir, kept, read });
      // all kept, none read: the stored manifest's own entries, which it can select from by its bytes
      else all.push(before.manifest);
    }
    const gone = [...stored.keys()]; // shard folders no longer there
    const reread = changed.reduce((n, c) => n + c.read.length, 0);
    if (changed.length > 0 || gone.length > 0) await this.update(changed, gone, all, stamp);
    else this.shards = new EntryShards(all);
    const { env } = io();
    if (this.shards.length < Number(env.DESK_INDEX_GIT_FROM ?? GIT_FROM)) return;
    const rebaseFrom = Number(env.DESK_INDEX_REBASE_FROM ?? REBASE_FROM);
    // the files hold what they held at the base, yet git named them: its own index has stale stat
    // data (the folder was copied or restored), and stays so until a git command refreshes it
    if (namedAtBase.size > rebaseFrom && this.unchangedOf(namedAtBase) > rebaseFrom) await refreshGitIndex(this.root);
    if (base ? statted > rebaseFrom : statted > 0) await this.rebase(base, reread > rebaseFrom);
    else if (base && changedSinceBase && changedSinceBase.size > Number(env.DESK_INDEX_MOVE_FROM ?? MOVE_FROM))
      await this.moveBase(base);
  }

  /** How many of the files in `blobs` (id: blob id then) the index now holds as read from that same text. */
  private unchangedOf(blobs: ReadonlyMap<string, Uint8Array>): number {
    let same = 0;
    for (const e of this.entries) {
      const then = blobs.get(e.id);
      if (then && Buffer.from(then).equals(e.blob)) same++;
    }
    return same;
  }

  private async update(
    changed: {
      shard: string;
      dir: { mtime: number; ino: number };
      kept: Entry[];
      read: { id: string; sig: Signature }[];
    }[],
    gone: string[],
    all: ShardEntries[],
    stamp: number,
  ): Promise<void> {
    const toRead = changed.flatMap((c) => c.read);
    const sigOf = new Map(toRead.map((r) => [r.id, r.sig]));
    const fresh = new Map<string, Entry>();
    const put = this.db.prepare(
      'INSERT OR REPLACE INTO tickets (customer, id, head, billing, record) VALUES (?, ?, ?, ?, ?)',
    );
    const drop = this.db.prepare('DELETE FROM tickets WHERE customer = ? AND id = ?');
    // the customer each ticket's row is kept under now: a file that names another customer moves its row
    const keptUnder = new Map<string, string>();
    for (const shard of [...changed.map((c) => c.shard), ...gone])
      for (const e of this.manifestOf(shard)) keptUnder.set(e.id, e.customer);
    // one transaction, written as the rows come in (from workers on a large rebuild), so that
    // memory holds a batch, not the helpdesk; another process sees the old index or the new one
    this.db.exec('BEGIN IMMEDIATE');
    try {
      await this.read(
        toRead.map((r) => r.id),
        (rows) => {
          for (const row of rows) {
            const was = keptUnder.get(row.id);
            if (was !== undefined && was !== row.entry.customer) drop.run(was, row.id);
            put.run(row.entry.customer, row.id, row.head, row.billing, row.record);
            fresh.set(row.id, entryOf(row, settled(sigOf.get(row.id)!, stamp)));
          }
        },
      );
      const setManifest = this.db.prepare(
        'INSERT OR REPLACE INTO shards (shard, dir_mtime, dir_ino, manifest) VALUES (?, ?, ?, ?)',
      );
      for (const c of changed) {
        const entries = [...c.kept, ...c.read.map((r) => fresh.get(r.id)!)].sort((a, b) => (a.id < b.id ? -1 : 1));
        const present = new Set(entries.map((e) => e.id));
        for (const e of this.manifestOf(c.shard)) if (!present.has(e.id)) drop.run(e.customer, e.id);
        setManifest.run(c.shard, c.dir.mtime, c.dir.ino, encodeManifest(entries));
        all.push(entries);
      }
      for (const shard of gone) {
        for (const e of this.manifestOf(shard)) drop.run(e.customer, e.id);
        this.db.prepare('DELETE FROM shards WHERE shard = ?').run(shard);
      }
      this.db.exec('COMMIT');
    } catch (e) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw e;
    }
    const firstId = (s: ShardEntries) => (s.length === 0 ? '' : s instanceof StoredManifest ? s.id(0) : s[0]!.id);
    this.shards = new EntryShards(all.sort((a, b) => (firstId(a) < firstId(b) ? -1 : 1)));
  }

  /**
   * Moves the base to HEAD, unless it is there: each entry is marked by whether the text it was
   * read from is the file in HEAD (equal blob ids), so that git can vouch for it from now on. A git
   * that cannot say leaves the base where it was.
   */
  private async rebase(base: string | undefined, readAgain: boolean): Promise<void> {
    const commit = await headCommit(this.root);
    // at HEAD already, a new base spares only files read again (which lost their mark), not those
    // changed in the work tree since
    if (!commit || (commit === base && !readAgain)) return;
    const blobs = await ticketBlobsAt(this.root, commit);
    if (blobs) this.mark(commit, () => (e) => atBase(e, blobs.get(ticketFile(e.id))));
  }

  /**
   * Moves the base to HEAD along the commits made since it: a file that is the same in both
   * commits keeps its mark, a file that differs is marked against its blob in HEAD. Git compares
   * the two trees and skips every folder they share, so a few hundred files changed since cost
   * what their folders do, not a listing of 100,000 (rebase). With the base no longer there (a
   * reset, then git gc), nothing moves, and the files stat'ed pile up until a rebase.
   */
  private async moveBase(base: string): Promise<void> {
    const commit = await headCommit(this.root);
    if (!commit || commit === base) return;
    const moved = await ticketBlobsChangedBetween(this.root, base, commit);
    if (!moved) return;
    const blobOf = new Map<string, string | undefined>();
    for (const [path, blob] of moved) {
      const id = ticketIdOfPath(path);
      if (id) blobOf.set(id, blob);
    }
    const shards = new Set([...blobOf.keys()].map(shardOf));
    const marked = (e: Entry) => (blobOf.has(e.id) ? atBase(e, blobOf.get(e.id)) : e);
    this.mark(commit, (shard) => (shards.has(shard) ? marked : undefined), base);
  }

  /**
   * Makes `commit` the base: each shard's entries marked again by `markIn(shard)` (none: the shard
   * stays as stored). The manifests are read again under the write lock, so that what another
   * process wrote meanwhile is what is marked; `from`, when given, must still be the stored base.
   */
  private mark(commit: string, markIn: (shard: string) => ((e: Entry) => Entry) | undefined, from?: string): void {
    try {
      this.db.exec('BEGIN IMMEDIATE');
      const stored = this.storedState();
      if (from !== undefined && stored.base !== from) return void this.db.exec('ROLLBACK');
      const setManifest = this.db.prepare('UPDATE shards SET manifest = ? WHERE shard = ?');
      for (const [shard, { manifest }] of decodeAll(stored.manifests)) {
        const marked = markIn(shard);
        if (marked) setManifest.run(encodeManifest(manifest.entries().map(marked)), shard);
      }
      this.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('git-base', ?)").run(commit);
      this.db.exec('COMMIT');
    } catch {
      // a base is a saving, not an answer: busy, read-only or damaged, the index stays as it is
      // (what it answers was checked when it was read) and the next command tries again
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
    }
  }

  /**
   * The base commit and every shard's manifest as stored, read as one snapshot (a rebase writes
   * both). `meanwhile` is started with the base before the manifests are read, so that what it
   * starts (git's comparison) runs while SQLite hands over their 17 MB at 100,000 tickets.
   */
  private storedState<T>(meanwhile?: (base: string | undefined) => T): {
    base: string | undefined;
    manifests: [string, number, number, Buffer][];
    meanwhile: T | undefined;
  } {
    return this.db.transaction(() => {
      const base = this.db.prepare("SELECT value FROM meta WHERE key = 'git-base'").pluck().get() as string | undefined;
      const started = meanwhile?.(base);
      const manifests = this.db.prepare('SELECT shard, dir_mtime, dir_ino, manifest FROM shards').raw().all() as [
        string,
        number,
        number,
        Buffer,
      ][];
      return { base, manifests, meanwhile: started };
    })();
  }

  private manifestOf(shard: string): Entry[] {
    const manifest = this.db.prepare('SELECT manifest FROM shards WHERE shard = ?').pluck().get(shard) as
      | Buffer
      | undefined;
    return (manifest && decodeManifest(manifest)) || [];
  }

  /** Reads and parses ticket files, many of them in worker threads, handing the rows on in batches. */
  private async read(ids: string[], take: (rows: Row[]) => void): Promise<void> {
    const report = ids.length >= 2000 ? indexProgress() : undefined;
    if (ids.length < PARALLEL_FROM) {
      for (let i = 0; i < ids.length; i += 500) {
        take(await readRows(this.root, ids.slice(i, i + 500)));
        report?.(Math.min(ids.length, i + 500), ids.length);
      }
      return;
    }
    const { readInWorkers } = await import('./ticket-index-workers.js');
    await readInWorkers(this.root, ids, Math.max(1, Math.min(4, cpus().length)), take, report);
  }

  // ------------------------------------------------------------------ rows, checked

  /** The heads of `entries`, each checked against its manifest's hash. */
  private heads(entries: readonly Entry[]): Head[] {
    const heads = new Array<Head>(entries.length);
    this.eachRow(entries, 'head', (text, at) => (heads[at] = JSON.parse(text) as Head));
    return heads;
  }

  private records(entries: readonly Entry[]): TicketRecord[] {
    const records = new Array<TicketRecord>(entries.length);
    this.eachRow(entries, 'record', (text, at) => (records[at] = JSON.parse(text) as TicketRecord));
    return records;
  }

  /**
   * Hands `visit` the text of each entry's row in `column` with the entry's place in `entries`,
   * after checking it against the manifest's hash: one customer's rows in id order (the table's
   * own order, which the queries ask for, so SQLite sorts nothing). One row at a time, so that a
   * caller keeping only part of each (billing, of 100,000 rows) never holds them all.
   */
  private eachRow(
    entries: readonly Entry[],
    column: 'head' | 'billing' | 'record',
    visit: (text: string, at: number) => void,
  ): void {
    const hashOf = (e: Entry): Uint8Array => e[`${column}Hash`];
    const take = (at: number, text: string | null | undefined): void => {
      if (typeof text !== 'string' || !rowHash(text).equals(hashOf(entries[at]!)))
        throw new IndexDamaged(textOf('cache.columnChanged', { column, id: entries[at]!.id }));
      visit(text, at);
    };
    // every wanted row must be met, once
    const rowsOf = (found: Iterable<[string, string | null]>, wanted: Map<string, number>): void => {
      for (const [id, text] of found) {
        const at = wanted.get(id);
        if (at === undefined) continue;
        take(at, text);
        wanted.delete(id);
      }
      if (wanted.size > 0) throw new IndexDamaged(textOf('cache.rowsMissing', { count: wanted.size }));
    };
    if (entries.length >= SCAN_FROM * this.shards.length) {
      // one pass over the table
      const all = this.db.prepare(`SELECT id, ${column} FROM tickets ORDER BY customer, id`).raw();
      return rowsOf(
        all.iterate() as IterableIterator<[string, string | null]>,
        new Map(entries.map((e, i) => [e.id, i])),
      );
    }
    // the rows are kept by customer: most of one customer's tickets (a statement) are one range of
    // the table, read in one pass; a few of them (those a list shows) are looked up one by one
    const get = this.db.prepare(`SELECT ${column} FROM tickets WHERE customer = ? AND id = ?`).pluck();
    const range = this.db.prepare(`SELECT id, ${column} FROM tickets WHERE customer = ? ORDER BY id`).raw();
    const positions = entries.map((_, at) => at);
    for (const [customer, ats] of groupBy(positions, (at) => entries[at]!.customer)) {
      if (ats.length < RANGE_FROM || ats.length < RANGE_SHARE * this.rowsPerCustomer().get(customer)!)
        for (const at of ats) take(at, get.get(customer, entries[at]!.id) as string | null | undefined);
      else
        rowsOf(
          range.iterate(customer) as IterableIterator<[string, string | null]>,
          new Map(ats.map((at) => [entries[at]!.id, at])),
        );
    }
  }

  /** How many rows the table keeps under each customer (those of files that do not parse under ''). */
  private rowsPerCustomer(): Map<string, number> {
    return (this.rowsByCustomer ??= this.shards.customerCounts());
  }

  // ------------------------------------------------------------------ reading

  /** Files that do not parse, in file order. */
  problems(): Problem[] {
    return this.heads(this.shards.withStatus([undefined])).flatMap((h) => h.problems ?? []);
  }

  /** Summaries of the tickets in `statuses`. */
  summaries(statuses: readonly Status[]): TicketSummary[] {
    return this.heads(this.withStatus(statuses)).map((h) => h.summary!);
  }

  /** What every ticket that parses names in other files, in id order. */
  references(): TicketReferences[] {
    return this.heads(this.entries.filter((e) => e.status !== undefined)).map(({ summary: s, refs }) => ({
      id: s!.id,
      customer: s!.customer,
      ...(s!.product !== undefined && { product: s!.product }),
      ...(s!.module !== undefined && { module: s!.module }),
      staff: refs![0],
      articles: refs![1],
    }));
  }

  /** The whole record of each ticket in `statuses`, as kept for live tickets; the ids of the others (read their files). */
  storedRecords(statuses: readonly Status[]): { records: TicketRecord[]; missing: string[] } {
    return this.split(this.withStatus(statuses));
  }

  /**
   * As storedRecords, for the tickets whose latest event is at or after `since` (ms): what changed
   * lately, chosen by the manifest without reading a row of the others.
   */
  storedRecordsSince(statuses: readonly Status[], since: number): { records: TicketRecord[]; missing: string[] } {
    return this.split(this.withStatus(statuses).filter((e) => e.lastAt >= since));
  }

  /** The tickets that can matter for a report (core/reports/scope.ts): records as kept, and the ids of those to read from their files. */
  inScope(scope: TicketScope): { records: TicketRecord[]; missing: string[] } {
    return this.split(
      this.entries.filter(
        (e) =>
          e.status !== undefined &&
          canMatter(scope, {
            customer: e.customer,
            status: e.status,
            span: { from: e.spanFrom, to: e.spanTo },
            ...(!Number.isNaN(e.ratedFrom) && { rated: { from: e.ratedFrom, to: e.ratedTo } }),
          }),
      ),
    );
  }

  /**
   * What billing reads of the tickets of `customers` (all when undefined): per customer, each
   * ticket's id, category and title, and the effective time entries, ticket by ticket in id order.
   */
  billing(customers?: readonly string[]): Map<string, CustomerTime> {
    return this.timeByCustomer(this.shards.withStatus(STATUSES, customers && new Set(customers)));
  }

  /** As billing, for the tickets of the customers in `since` that mention a day on or after theirs. */
  billingSince(since: ReadonlyMap<string, IsoDate>): Map<string, CustomerTime> {
    // a day worked is in a ticket's span as its midnight UTC
    const from = new Map([...since].map(([customer, day]) => [customer, Date.parse(`${day}T00:00:00Z`)]));
    return this.timeByCustomer(
      this.entries.filter((e) => e.status !== undefined && e.spanTo >= (from.get(e.customer) ?? Infinity)),
    );
  }

  /**
   * Per customer in `since`, one hash of the rows billingSince would read for it (each ticket's
   * id and head hash, from the manifest): equal while none of those tickets changed what billing
   * reads, so what was computed from them can be kept (cache/per-customer.ts). No row is read.
   */
  billingSinceFingerprints(since: ReadonlyMap<string, IsoDate>): Map<string, string> {
    // the bytes gathered per customer and hashed once: a hash call per ticket cost more than the choosing
    const parts = new Map([...since.keys()].map((c) => [c, [Buffer.from(`${since.get(c)}\0`)] as Uint8Array[]]));
    const from = new Map([...since].map(([customer, day]) => [customer, Date.parse(`${day}T00:00:00Z`)]));
    for (const e of this.entries)
      if (e.status !== undefined && e.spanTo >= (from.get(e.customer) ?? Infinity))
        parts.get(e.customer)!.push(Buffer.from(e.id, 'latin1'), e.billingHash);
    return new Map(
      [...parts].map(([c, bytes]) => [c, createHash('sha256').update(Buffer.concat(bytes)).digest('base64url')]),
    );
  }

  /**
   * The ids next to `id` in sorted order among the ticket files as the index last saw them (this
   * run), `id` itself left out: the only ones that can share a prefix with it (core/ids.ts).
   */
  neighboursOf(id: string): string[] {
    return this.shards.neighboursOf(id);
  }

  /** The instant (ms) of the latest event of any ticket that parses; undefined without tickets. */
  latestEvent(): number | undefined {
    let latest: number | undefined;
    for (const e of this.entries)
      if (e.status !== undefined && (latest === undefined || e.lastAt > latest)) latest = e.lastAt;
    return latest;
  }

  /** One hash of every fingerprint: equal while no ticket file changed what was read from it. */
  fingerprintOfAll(): string {
    return this.shards.fingerprint();
  }

  /**
   * Per ticket file that parses, a fingerprint of what was read from it (the hashes of its
   * rows): another cache built from the same files (ticket-search.ts) knows by it which tickets
   * changed, without a stat call or a racy window of its own.
   */
  fingerprints(): Map<string, string> {
    const prints = new Map<string, string>();
    for (const e of this.entries)
      if (e.status !== undefined)
        prints.set(e.id, Buffer.concat([e.headHash, e.billingHash, e.recordHash]).toString('base64url'));
    return prints;
  }

  /** The tickets holding something clones did apart that a person must settle, in id order. */
  conflicts(): { id: string; conflicts: TicketConflicts }[] {
    const out: { id: string; conflicts: TicketConflicts }[] = [];
    for (const h of this.heads(this.entries.filter((e) => e.status !== undefined))) {
      const conflicts = conflictsOf({ timeConflicts: h.timeConflicts ?? [], moveConflicts: h.moveConflicts ?? [] });
      if (conflicts) out.push({ id: h.summary!.id, conflicts });
    }
    return out;
  }

  /** Every ticket's time entries that count, for the days `desk check` sums over all tickets. */
  timeEntriesByTicket(): { id: string; entries: BillableEntry[] }[] {
    const parsing = this.entries.filter((e) => e.status !== undefined);
    const out = new Array<{ id: string; entries: BillableEntry[] }>(parsing.length);
    this.eachRow(parsing, 'billing', (text, at) => {
      out[at] = { id: parsing[at]!.id, entries: (JSON.parse(text) as BillingPart)[2].map(unpackEntry) };
    });
    return out;
  }

  /** Tickets with a time entry whose id is or starts with `ref`, in id order. */
  ticketsWithEntry(ref: string): string[] {
    const parsing = this.entries.filter((e) => e.status !== undefined);
    const has = new Array<boolean>(parsing.length).fill(false);
    this.eachRow(parsing, 'billing', (text, at) => {
      has[at] = (JSON.parse(text) as BillingPart)[2].some(([id]) => id.startsWith(ref));
    });
    return parsing.filter((_, at) => has[at]).map((e) => e.id);
  }

  private withStatus(statuses: readonly Status[]): Entry[] {
    return this.shards.withStatus(statuses);
  }

  private split(entries: readonly Entry[]): { records: TicketRecord[]; missing: string[] } {
    const kept = entries.filter((e) => !NO_HASH.equals(e.recordHash));
    return {
      records: this.records(kept),
      missing: entries.filter((e) => NO_HASH.equals(e.recordHash)).map((e) => e.id),
    };
  }

  /**
   * Per customer, its tickets' facts and effective time entries, ticket by ticket in id order (as
   * eachRow hands one customer's rows), made straight from each billing part as it is read.
   */
  private timeByCustomer(entries: readonly Entry[]): Map<string, CustomerTime> {
    const byCustomer = new Map<string, CustomerTime>();
    this.eachRow(entries, 'billing', (text, at) => {
      const [category, title, packed, timeConflicts] = JSON.parse(text) as BillingPart;
      const { id, customer } = entries[at]!;
      let time = byCustomer.get(customer);
      if (!time) byCustomer.set(customer, (time = { entries: [], tickets: [] }));
      time.tickets.push(
        ...factsOf([{ id, title, ...(category !== null && { category }), ...(timeConflicts && { timeConflicts }) }]),
      );
      for (const p of packed) time.entries.push(timeEntryOf(id, unpackEntry(p)));
    });
    return byCustomer;
  }
}

/** The ticket ids of files git named (any other path, such as an attachment's, names none). */
function idsOfFiles(files: Set<string> | undefined): Set<string> | undefined {
  if (!files) return undefined;
  const ids = new Set<string>();
  for (const file of files) {
    const id = ticketIdOfPath(file);
    if (id) ids.add(id);
  }
  return ids;
}

/** Every shard's manifest; a manifest that fails its seal is a damaged index. */
function decodeAll(
  rows: [string, number, number, Buffer][],
): Map<string, { dir: { mtime: number; ino: number }; manifest: StoredManifest }> {
  const out = new Map<string, { dir: { mtime: number; ino: number }; manifest: StoredManifest }>();
  for (const [shard, mtime, ino, bytes] of rows) {
    const manifest = openManifest(bytes);
    if (!manifest) throw new IndexDamaged(textOf('cache.manifestSeal', { shard }));
    out.set(shard, { dir: { mtime, ino }, manifest });
  }
  return out;
}

/** The entry, marked by whether it was read from the text whose blob id is `blob` (hex; none: not in the commit). */
function atBase(e: Entry, blob: string | undefined): Entry {
  return {
    id: e.id,
    sig: e.sig,
    status: e.status,
    customer: e.customer,
    spanFrom: e.spanFrom,
    spanTo: e.spanTo,
    ratedFrom: e.ratedFrom,
    ratedTo: e.ratedTo,
    lastAt: e.lastAt,
    headHash: e.headHash,
    billingHash: e.billingHash,
    recordHash: e.recordHash,
    blob: e.blob,
    atBase: blob !== undefined && !NO_BLOB.equals(e.blob) && Buffer.from(e.blob).toString('hex') === blob,
  };
}

/** Opens the schema; `foreign` when the file held an index of another build or schema (now emptied). */
function prepare(db: Db): 'ok' | 'new' | 'foreign' {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const version = db.pragma('user_version', { simple: true }) as number;
  const made =
    version === SCHEMA
      ? (db.prepare("SELECT value FROM meta WHERE key = 'build'").pluck().get() as string | undefined)
      : undefined;
  if (version === SCHEMA && made === BUILD_KEY) return 'ok';
  const had = version !== 0;
  db.exec(`
    DROP TABLE IF EXISTS meta;
    DROP TABLE IF EXISTS tickets;
    DROP TABLE IF EXISTS shards;
    DROP TABLE IF EXISTS entries;
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE shards (shard TEXT PRIMARY KEY, dir_mtime REAL NOT NULL, dir_ino REAL NOT NULL, manifest BLOB NOT NULL);
    CREATE TABLE tickets (customer TEXT NOT NULL, id TEXT NOT NULL, head TEXT NOT NULL, billing TEXT, record TEXT, PRIMARY KEY (customer, id)) WITHOUT ROWID;
    PRAGMA user_version = ${SCHEMA};
  `);
  db.prepare("INSERT INTO meta (key, value) VALUES ('build', ?)").run(BUILD_KEY);
  return had ? 'foreign' : 'new';
}

/** Whether `e` says the index file is not what was written: SQLite cannot read it, or a check failed. */
export function isDamage(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  return e instanceof IndexDamaged || (typeof code === 'string' && code.startsWith('SQLITE_') && !isDiskFull(e));
}

/** SQLite could not write for want of space (or the disk failed it): not damage, and the files can still be read. */
export function isDiskFull(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  return code === 'SQLITE_FULL' || (typeof code === 'string' && code.startsWith('SQLITE_IOERR'));
}

function damaged(path: string, reason: unknown): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
  cacheNotice(textOf('cache.damaged', { why: reason instanceof IndexDamaged ? reason.said : 'none' }));
}
