import { closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ticketFile, TICKETS_DIR } from '../../core/ticket/paths.js';
import { IN_SUPPORT, STATUSES, type Status } from '../../core/ticket/vocabulary.js';
import { shardsIn, ticketIdsInShard } from '../ticket-folder.js';
import { cachesOff } from './caches-off.js';
import { fileSystemNow, folderSignature, sameSignature, settled, signatureOf } from './change-detector.js';
import type { Signature } from './manifest.js';
import { readSealed, writeSealed } from './sealed-file.js';

/** A ticket as offered on Tab: its id, with a word about it from the summary its file begins with. */
export interface TabTicket {
  id: string;
  status: Status | undefined;
  customer: string;
  title?: string;
}

interface Known extends TabTicket {
  sig: Signature;
}
/** Per shard folder: its signature, and the tickets in support's hands in it. */
type TabCache = Record<string, { dir: { mtime: number; ino: number }; tickets: Known[] }>;

const KEY = 'tab-tickets 1';
const inSupport = (s: Status | undefined) => s !== undefined && IN_SUPPORT.includes(s);

/**
 * The tickets still in support's hands, for completing an id on Tab (`.desk/tab-tickets.json`,
 * sealed). A whole command's check of every ticket file costs a stat per file (0.2 s at 100,000),
 * too slow for a key press; this cache keeps, per shard folder, the folder's signature and the
 * few tickets in it that are not closed or handed off, each with its file's signature. A Tab
 * stats the shard folders and those files: a folder whose names changed (every desk write, git
 * checkout and merge renames files into it) is read again, as is a listed file that changed
 * (an edit in place). A ticket closed by hand and reopened by an edit in place of its file, in
 * a folder nothing else changed, is the one thing seen late: it is offered once its folder
 * changes, and `desk show` takes its id typed out all the same. Signatures taken at or after
 * the stamp are not trusted (change-detector.ts). The first Tab of a clone reads every file's
 * summary once.
 */
export async function ticketsInSupport(root: string): Promise<TabTicket[]> {
  const deskDir = join(root, '.desk');
  const path = join(deskDir, 'tab-tickets.json');
  const off = cachesOff();
  const cached = off ? undefined : readSealed<TabCache>(path, KEY);
  if (!off) mkdirSync(deskDir, { recursive: true });
  const stamp = off ? Number.NEGATIVE_INFINITY : fileSystemNow(deskDir);
  const shards = shardsIn(root);
  const next: TabCache = {};
  let changed = !cached || Object.keys(cached).length !== shards.length;
  for (const shard of shards) {
    const dirStat = statSync(join(root, TICKETS_DIR, shard), { throwIfNoEntry: false });
    const was = cached?.[shard];
    const sameNames = was && was.dir.mtime !== -1 && dirStat?.mtimeMs === was.dir.mtime && dirStat.ino === was.dir.ino;
    if (sameNames) {
      const tickets = was.tickets.flatMap((t) => {
        const sig = signatureOf(statSync(join(root, ticketFile(t.id)), { throwIfNoEntry: false }));
        if (sig && t.sig.mtime !== -1 && sameSignature(sig, t.sig)) return [t];
        changed = true;
        return sig ? [readSummary(root, t.id, settled(sig, stamp))] : [];
      });
      next[shard] = { dir: was.dir, tickets: tickets.filter((t) => inSupport(t.status)) };
    } else {
      changed = true;
      const tickets = ticketIdsInShard(root, shard).flatMap((id) => {
        const sig = signatureOf(statSync(join(root, ticketFile(id)), { throwIfNoEntry: false }));
        return sig ? [readSummary(root, id, settled(sig, stamp))] : [];
      });
      next[shard] = { dir: folderSignature(dirStat, stamp), tickets: tickets.filter((t) => inSupport(t.status)) };
    }
  }
  if (changed && !off) await writeSealed(path, KEY, next);
  return Object.values(next).flatMap((s) => s.tickets.map(({ sig: _, ...t }) => t));
}

/** Every ticket of one shard folder, read from the files (a handful of bytes each). */
export function ticketsInShard(root: string, shard: string): TabTicket[] {
  return ticketIdsInShard(root, shard).map((id) => readSummary(root, id, undefined));
}

/** The summary block a ticket file begins with, written for people (core/ticket/ticket-record.ts). */
function readSummary(root: string, id: string, sig: Signature | undefined): Known {
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
    sig: sig ?? { mtime: -1, ctime: -1, size: -1, ino: -1 },
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
