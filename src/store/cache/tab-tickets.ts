import { closeSync, mkdirSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { isTicketId } from '../../core/ids.js';
import { shardOf, ticketFile, TICKETS_DIR } from '../../core/ticket/paths.js';
import { IN_SUPPORT, STATUSES, type Status } from '../../core/ticket/vocabulary.js';
import { findGitDir } from '../git-dir.js';
import { shardsIn, ticketIdsInShard } from '../ticket-folder.js';
import { cachesOff } from './caches-off.js';
import { fileSystemNow, settled } from './change-detector.js';
import { writeFileAtomic } from '../atomic-write.js';
import { BUILD_KEY } from './build-key.js';

/** A ticket as offered on Tab: its id, with a word about it from the summary its file begins with. */
export interface TabTicket {
  id: string;
  status: Status | undefined;
  customer: string;
  title?: string;
}

/** A file's signature as four numbers (mtime, ctime, size, inode): compact, as a Tab reads them all. */
type Sig = [number, number, number, number];
/** A ticket in support's hands as offered (its description made when read), with its file's signature. */
type Row = [id: string, status: Status, description: string, sig: Sig];
interface TabCache {
  /** The signature of git's index (.git/index) when the folders were last compared; null: not trusted. */
  index: Sig | null;
  /** Read without their descriptions (empty) until `describe` fills them in. */
  tickets: Row[];
  /** Fills in the descriptions; false when their line is damaged. */
  describe: () => boolean;
  /** Per shard folder, its mtime and inode when its names were read (mtime -1: read again); read only when the index moved. */
  shards: () => Record<string, [number, number]>;
}

const KEY = 'tab-tickets 5';
const UNTRUSTED: Sig = [-1, -1, -1, -1];
const inSupport = (s: Status | undefined): s is Status => s !== undefined && IN_SUPPORT.includes(s);

/**
 * The tickets still in support's hands whose id begins with `typed`, for completing an id on Tab
 * (`.desk/tab-tickets`, keyed on the build). A whole command's check of every ticket file costs a
 * stat per file (0.2 s at 100,000), too slow for a key press. This cache keeps the few tickets
 * not closed or handed off, each with its file's signature, and per shard folder the folder's
 * signature.
 *
 * Every ticket offered is checked against its file: one whose file changed is read again, one
 * whose file is gone is dropped; those the typed word rules out are neither checked nor offered
 * (kept as they were, for a later Tab to check). New names in the folders are looked for when
 * git's index changed since the last Tab — every desk write stages its files, and every checkout,
 * merge, pull and reset writes the index — by comparing every shard folder's signature and
 * reading the folders whose names changed. What is seen late is only what neither desk nor git
 * made: a ticket file copied in by hand, or a closed ticket reopened by an edit in place, until
 * the next commit or checkout; `desk show` takes its id typed out all the same. Signatures taken
 * at or after the stamp are not trusted (change-detector.ts). The first Tab of a clone reads
 * every file's summary once.
 */
export async function ticketsInSupport(
  root: string,
  typed = '',
  described = true,
): Promise<{ id: string; description?: string }[]> {
  const deskDir = join(root, '.desk');
  const path = join(deskDir, 'tab-tickets');
  const off = cachesOff();
  const cached = off ? undefined : readCache(path, described);
  if (!off) mkdirSync(deskDir, { recursive: true });
  const stamp = off ? Number.NEGATIVE_INFINITY : fileSystemNow(deskDir);
  const index = indexSignature(root);
  const namesKept = Boolean(cached?.index && index && sameSig(cached.index, index));
  let changed = !namesKept;
  const shards = namesKept ? undefined : compareShards(root, cached?.shards(), stamp);
  const rows: Row[] = shards?.read ?? [];
  const offered: Row[] = rows.filter((row) => row[0].startsWith(typed));
  // the tickets kept: each one offered checked against its file
  for (const row of cached?.tickets ?? []) {
    const id = row[0];
    if (shards && (shards.readIds.has(id) || !shards.sigs[shardOf(id)])) continue;
    if (!id.startsWith(typed)) {
      rows.push(row); // not offered now, so not checked: kept as it was
      continue;
    }
    // joined by hand: path.join for each of a thousand files is a good part of a Tab (root is absolute)
    const st = statSync(`${root}${sep}${ticketFile(id)}`, { throwIfNoEntry: false });
    const sig = row[3];
    if (
      st?.isFile() &&
      sig[0] !== -1 &&
      st.mtimeMs === sig[0] &&
      st.ctimeMs === sig[1] &&
      st.size === sig[2] &&
      st.ino === sig[3]
    ) {
      rows.push(row);
      offered.push(row);
      continue;
    }
    changed = true;
    const again = st?.isFile() ? readRow(root, id, stamp) : undefined;
    if (!again) continue;
    rows.push(again);
    offered.push(again);
  }
  if (changed) {
    rows.sort(offerOrder);
    offered.sort(offerOrder);
  }
  // the descriptions are needed to write the rows again; damaged, they are left for a Tab that shows them to rebuild
  if (changed && !off && (!cached || described || cached.describe()))
    await writeCache(path, {
      index: index ? settledSig(index, stamp) : null,
      tickets: rows,
      describe: () => true,
      shards: () => shards?.sigs ?? cached!.shards(),
    });
  return offered.map(([id, , description]) => (described ? { id, description } : { id }));
}

/**
 * Every shard folder compared with the signature it had: those whose names may have changed are
 * read whole (their tickets in support's hands returned as rows, their ids as read).
 */
function compareShards(root: string, was: Record<string, [number, number]> | undefined, stamp: number) {
  const sigs: Record<string, [number, number]> = {};
  const read: Row[] = [];
  const readIds = new Set<string>();
  for (const shard of shardsIn(root)) {
    const st = statSync(join(root, TICKETS_DIR, shard), { throwIfNoEntry: false });
    const before = was?.[shard];
    const same = st && before && before[0] !== -1 && st.mtimeMs === before[0] && st.ino === before[1];
    sigs[shard] = st && st.mtimeMs < stamp && st.ctimeMs < stamp ? [st.mtimeMs, st.ino] : [-1, st?.ino ?? -1];
    if (same) continue;
    for (const id of ticketIdsInShard(root, shard)) {
      readIds.add(id); // read here, not kept from the cache
      const row = readRow(root, id, stamp);
      if (row) read.push(row);
    }
  }
  return { sigs, read, readIds };
}

/**
 * The cache as five lines: the key, the build, the JSON of what every Tab reads (git's index
 * signature and the rows without their descriptions), the JSON of the descriptions (read only
 * for a shell that shows them: bash does not), and the JSON of the shard folders' signatures
 * (read only when the index moved). Read as bytes, and only the lines needed decoded: a Tab's
 * time goes with the bytes it turns into text. Unsealed, unlike the other small caches
 * (sealed-file.ts): their checksum, and loading the library that computes it, cost a Tab more
 * than all its reading, and nothing here is offered on the cache's word alone. A file of another
 * build, cut short or unparsable is not read at all; a row whose signature was damaged fails the
 * check against its ticket's file and is read again from it.
 */
function readCache(path: string, described: boolean): TabCache | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined; // not written yet
  }
  const ends = [bytes.indexOf(10)];
  for (let i = 1; i < 4 && ends[i - 1]! >= 0; i++) ends.push(bytes.indexOf(10, ends[i - 1]! + 1));
  if (ends.some((end) => end < 0) || bytes.indexOf(10, ends[3]! + 1) >= 0) return undefined;
  const line = (i: number) => bytes.toString('utf8', i === 0 ? 0 : ends[i - 1]! + 1, ends[i] ?? bytes.length);
  if (line(0) !== KEY || line(1) !== BUILD_KEY) return undefined;
  try {
    const { index, tickets } = JSON.parse(line(2)) as { index: Sig | null; tickets: [string, Status, Sig][] };
    if ((index !== null && !isSig(index)) || !Array.isArray(tickets) || !tickets.every(isRow)) return undefined;
    const rows = tickets.map(([id, status, sig]): Row => [id, status, '', sig]);
    const describe = () => {
      let descriptions: unknown;
      try {
        descriptions = JSON.parse(line(3));
      } catch {
        return false;
      }
      if (!Array.isArray(descriptions) || descriptions.length !== rows.length) return false;
      if (!descriptions.every((d) => typeof d === 'string')) return false;
      rows.forEach((row, i) => (row[2] = descriptions[i] as string));
      return true;
    };
    if (described && !describe()) return undefined;
    const shards = () => {
      try {
        return JSON.parse(line(4)) as Record<string, [number, number]>;
      } catch {
        return {}; // every folder read again
      }
    };
    return { index, tickets: rows, describe, shards };
  } catch {
    return undefined;
  }
}

const isSig = (sig: unknown): sig is Sig =>
  Array.isArray(sig) && sig.length === 4 && sig.every((n) => typeof n === 'number');
const isRow = (row: unknown): row is [string, Status, Sig] =>
  Array.isArray(row) &&
  typeof row[0] === 'string' &&
  isTicketId(row[0]) &&
  inSupport(row[1] as Status) &&
  isSig(row[2]);

async function writeCache(path: string, cache: TabCache): Promise<void> {
  const { index, tickets } = cache;
  const text = [
    KEY,
    BUILD_KEY,
    JSON.stringify({ index, tickets: tickets.map(([id, status, , sig]) => [id, status, sig]) }),
    JSON.stringify(tickets.map(([, , description]) => description)),
    JSON.stringify(cache.shards()),
  ].join('\n');
  // a clone whose .desk/ cannot be written still works, without it
  await writeFileAtomic(path, text).catch(() => undefined);
}

/** In support's hands the longest first (new, open, escalated, …), then by id. */
const offerOrder = (a: Row, b: Row) =>
  STATUSES.indexOf(a[1]) - STATUSES.indexOf(b[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** Every ticket of one shard folder, read from the files (a handful of bytes each). */
export function ticketsInShard(root: string, shard: string): TabTicket[] {
  return ticketIdsInShard(root, shard).map((id) => readSummary(root, id));
}

/** git's index, whose signature moves whenever desk or git changes which files there are. */
function indexSignature(root: string): Sig | undefined {
  const git = findGitDir(root);
  if (typeof git === 'string') return undefined; // a linked work tree, GIT_DIR: the folders are compared every time
  const st = statSync(join(git.gitDir, 'index'), { throwIfNoEntry: false });
  return st?.isFile() ? [st.mtimeMs, st.ctimeMs, st.size, st.ino] : undefined;
}

const sameSig = (a: Sig, b: Sig) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];

function settledSig(sig: Sig, stamp: number): Sig | null {
  const s = settled({ mtime: sig[0], ctime: sig[1], size: sig[2], ino: sig[3] }, stamp);
  return s.mtime === -1 ? null : sig;
}

/** The row of a ticket still in support's hands, with its file's signature; undefined otherwise. */
function readRow(root: string, id: string, stamp: number): Row | undefined {
  const st = statSync(join(root, ticketFile(id)), { throwIfNoEntry: false });
  if (!st?.isFile()) return undefined;
  const t = readSummary(root, id);
  if (!inSupport(t.status)) return undefined;
  const sig: Sig = st.mtimeMs < stamp && st.ctimeMs < stamp ? [st.mtimeMs, st.ctimeMs, st.size, st.ino] : UNTRUSTED;
  return [id, t.status, describeTicket(t), sig];
}

/** How a ticket is described on Tab: `Lohnexport bricht ab (open, acme)`. */
export function describeTicket(t: TabTicket): string {
  const about = [t.status, t.customer].filter(Boolean).join(', ');
  return [t.title, about && `(${about})`].filter(Boolean).join(' ');
}

/** The summary block a ticket file begins with, written for people (core/ticket/ticket-record.ts). */
function readSummary(root: string, id: string): TabTicket {
  const head = firstBytes(join(root, ticketFile(id)), 1024);
  const field = (name: string) => {
    const v = new RegExp(`^  ${name}:[ \\t]*(.+)$`, 'm').exec(head)?.[1];
    return v === undefined ? undefined : unquote(v);
  };
  const status = field('status');
  return {
    id,
    title: field('title'),
    customer: field('customer') ?? '',
    status: (STATUSES as readonly string[]).includes(status ?? '') ? (status as Status) : undefined,
  };
}

function unquote(v: string): string {
  const s = v.trim();
  if (s.startsWith('"')) {
    try {
      return JSON.parse(s) as string;
    } catch {
      return s.slice(1, -1);
    }
  }
  return s.startsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s;
}

/** The first `n` bytes of a file as text (a summary block, a name line); empty when unreadable. */
export function firstBytes(path: string, n: number): string {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(n);
    return buf.toString('utf8', 0, readSync(fd, buf, 0, n, 0));
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
