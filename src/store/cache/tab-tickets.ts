import { closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { shardOf, ticketFile, TICKETS_DIR } from '../../core/ticket/paths.js';
import { IN_SUPPORT, STATUSES, type Status } from '../../core/ticket/vocabulary.js';
import { findGitDir } from '../git-dir.js';
import { shardsIn, ticketIdsInShard } from '../ticket-folder.js';
import { cachesOff } from './caches-off.js';
import { fileSystemNow, settled } from './change-detector.js';
import { readSealed, writeSealed } from './sealed-file.js';

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
  /** Per shard folder, its mtime and inode when its names were read (mtime -1: read again). */
  shards: Record<string, [number, number]>;
  tickets: Row[];
}

const KEY = 'tab-tickets 3';
const UNTRUSTED: Sig = [-1, -1, -1, -1];
const inSupport = (s: Status | undefined): s is Status => s !== undefined && IN_SUPPORT.includes(s);

/**
 * The tickets still in support's hands, for completing an id on Tab (`.desk/tab-tickets.json`,
 * sealed, keyed on the build). A whole command's check of every ticket file costs a stat per
 * file (0.2 s at 100,000), too slow for a key press. This cache keeps the few tickets not closed
 * or handed off, each with its file's signature, and per shard folder the folder's signature.
 *
 * Every ticket offered is checked against its file: one whose file changed is read again, one
 * whose file is gone is dropped. New names in the folders are looked for when git's index
 * changed since the last Tab — every desk write stages its files, and every checkout, merge,
 * pull and reset writes the index — by comparing every shard folder's signature and reading the
 * folders whose names changed. What is seen late is only what neither desk nor git made: a
 * ticket file copied in by hand, or a closed ticket reopened by an edit in place, until the next
 * commit or checkout; `desk show` takes its id typed out all the same. Signatures taken at or
 * after the stamp are not trusted (change-detector.ts). The first Tab of a clone reads every
 * file's summary once.
 */
export async function ticketsInSupport(root: string): Promise<{ id: string; description: string }[]> {
  const deskDir = join(root, '.desk');
  const path = join(deskDir, 'tab-tickets.json');
  const off = cachesOff();
  const cached = off ? undefined : readSealed<TabCache>(path, KEY);
  if (!off) mkdirSync(deskDir, { recursive: true });
  const stamp = off ? Number.NEGATIVE_INFINITY : fileSystemNow(deskDir);
  const index = indexSignature(root);
  const namesKept = Boolean(cached?.index && index && sameSig(cached.index, index));
  let changed = !namesKept;
  const shards = namesKept ? cached!.shards : {};
  const rows: Row[] = [];
  const dropped = new Set<string>();
  // the folders, when their names may have changed: those whose signature moved are read whole
  if (!namesKept)
    for (const shard of shardsIn(root)) {
      const st = statSync(join(root, TICKETS_DIR, shard), { throwIfNoEntry: false });
      const was = cached?.shards[shard];
      const same = st && was && was[0] !== -1 && st.mtimeMs === was[0] && st.ino === was[1];
      shards[shard] = st && st.mtimeMs < stamp && st.ctimeMs < stamp ? [st.mtimeMs, st.ino] : [-1, st?.ino ?? -1];
      if (same) continue;
      for (const id of ticketIdsInShard(root, shard)) {
        dropped.add(id); // read here, not kept from the cache
        const row = readRow(root, id, stamp);
        if (row) rows.push(row);
      }
    }
  // the tickets kept: each checked against its file
  for (const row of cached?.tickets ?? []) {
    const id = row[0];
    if (dropped.has(id) || (!namesKept && !shards[shardOf(id)])) continue;
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
      continue;
    }
    changed = true;
    const again = st?.isFile() ? readRow(root, id, stamp) : undefined;
    if (again) rows.push(again);
  }
  if (changed) rows.sort(offerOrder);
  if (changed && !off)
    await writeSealed(path, KEY, {
      index: index ? settledSig(index, stamp) : null,
      shards,
      tickets: rows,
    } satisfies TabCache);
  return rows.map(([id, , description]) => ({ id, description }));
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
