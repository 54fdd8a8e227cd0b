import { createHash, hash } from 'node:crypto';
import { STATUSES, type Status } from '../../core/ticket/vocabulary.js';
import { BUILD_KEY } from './build-key.js';

/**
 * The manifest of one shard folder of the ticket index (ticket-index.ts): for every ticket file in
 * it, the stat signature it was read with, what lists and reports select by (status, customer,
 * the span of instants it mentions), and the hashes its rows in the index must have. Kept as one
 * sealed binary value per shard: the manifests of 100,000 tickets load in milliseconds, where
 * reading the same from SQLite rows took longer than the stat calls they are compared with. A
 * manifest whose seal does not match (a byte changed on disk) is a damaged index.
 */
export interface Entry {
  id: string;
  sig: Signature;
  /** Undefined for a file that does not parse (its problems are in its row). */
  status: Status | undefined;
  customer: string;
  spanFrom: number;
  spanTo: number;
  ratedFrom: number;
  ratedTo: number;
  lastAt: number;
  /** SHA-256 (first 16 bytes) of the row's head, billing part and record (zeros: none). */
  headHash: Uint8Array;
  billingHash: Uint8Array;
  recordHash: Uint8Array;
  /** The git blob id (SHA-1) of the text the row was read from; zeros when it was not read. */
  blob: Uint8Array;
  /** Whether `blob` is the file's blob in the commit the index takes as its base (ticket-index.ts). */
  atBase: boolean;
}

/** What a file looked like when it was read; mtime -1 when it must be read again (changed too recently to trust). */
export interface Signature {
  mtime: number;
  ctime: number;
  size: number;
  ino: number;
}

const MAGIC = 'DTM3';
const HASHES = 3; // head, billing, record: in this order (StoredEntry's hash(k))
const ID = 14; // T- and 12 characters
const NUMS = 9;
const HASH = 16;
const BLOB = 20;
const SEAL = 32;
const NO_STATUS = 0x7f;
const AT_BASE = 0x80;

export const NO_HASH = Buffer.alloc(HASH);
export const NO_BLOB = Buffer.alloc(BLOB);

export function rowHash(text: string | null | undefined): Buffer {
  // the one-shot hash: an invoice run checks 100,000 rows, and a Hash object each cost a third more
  return text == null ? NO_HASH : hash('sha256', text, 'buffer').subarray(0, HASH);
}

/** The id git gives a file of this text (a blob's SHA-1), to compare with the ids of a commit's files. */
export function blobId(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest();
}

export function encodeManifest(entries: readonly Entry[]): Buffer {
  const n = entries.length;
  const customers = [...new Set(entries.map((e) => e.customer))];
  const customerAt = new Map(customers.map((c, i) => [c, i]));
  const names = Buffer.from(JSON.stringify(customers), 'utf8');
  const idsEnd = 8 + n * ID;
  const numsAt = Math.ceil(idsEnd / 8) * 8;
  const hashesAt = numsAt + n * NUMS * 8;
  const blobsAt = hashesAt + n * HASH * HASHES;
  const statusAt = blobsAt + n * BLOB;
  const customerIdx = statusAt + n;
  const namesAt = customerIdx + n * 2;
  const sealAt = namesAt + 4 + names.length;
  const buf = Buffer.alloc(sealAt + SEAL);
  buf.write(MAGIC, 0, 'latin1');
  buf.writeUInt32LE(n, 4);
  entries.forEach((e, i) => {
    buf.write(e.id, 8 + i * ID, 'latin1');
    const nums = [
      e.sig.mtime,
      e.sig.ctime,
      e.sig.size,
      e.sig.ino,
      e.spanFrom,
      e.spanTo,
      e.ratedFrom,
      e.ratedTo,
      e.lastAt,
    ];
    nums.forEach((v, k) => buf.writeDoubleLE(v, numsAt + (i * NUMS + k) * 8));
    // set, not copy: a hash made in a worker thread arrives as a plain Uint8Array
    [e.headHash, e.billingHash, e.recordHash].forEach((h, k) => buf.set(h, hashesAt + (i * HASHES + k) * HASH));
    buf.set(e.blob, blobsAt + i * BLOB);
    buf[statusAt + i] = (e.status === undefined ? NO_STATUS : STATUSES.indexOf(e.status)) | (e.atBase ? AT_BASE : 0);
    buf.writeUInt16LE(customerAt.get(e.customer)!, customerIdx + i * 2);
  });
  buf.writeUInt32LE(names.length, namesAt);
  names.copy(buf, namesAt + 4);
  seal(buf.subarray(0, sealAt)).copy(buf, sealAt);
  return buf;
}

/** The entries, in id order; undefined when the value is not a manifest this build sealed. */
export function decodeManifest(buf: Buffer): Entry[] | undefined {
  if (buf.length < 8 + SEAL || buf.toString('latin1', 0, 4) !== MAGIC) return undefined;
  const sealAt = buf.length - SEAL;
  if (!seal(buf.subarray(0, sealAt)).equals(buf.subarray(sealAt))) return undefined;
  const n = buf.readUInt32LE(4);
  const numsAt = Math.ceil((8 + n * ID) / 8) * 8;
  const hashesAt = numsAt + n * NUMS * 8;
  const blobsAt = hashesAt + n * HASH * HASHES;
  const statusAt = blobsAt + n * BLOB;
  const customerIdx = statusAt + n;
  const namesAt = customerIdx + n * 2;
  if (namesAt + 4 > sealAt) return undefined;
  const layout: Layout = {
    bytes: buf,
    numsAt,
    hashesAt,
    blobsAt,
    statusAt,
    customerIdx,
    customers: JSON.parse(buf.toString('utf8', namesAt + 4, namesAt + 4 + buf.readUInt32LE(namesAt))) as string[],
  };
  const entries: Entry[] = new Array<Entry>(n);
  for (let i = 0; i < n; i++) entries[i] = new StoredEntry(layout, i);
  return entries;
}

/**
 * One hash of the ids and three hashes of `entries`: equal while no ticket file changed what was
 * read from it. Written into one buffer and hashed once: 400,000 small updates and the views of
 * each entry's hashes took tens of ms at 100,000 tickets, before every ticket search.
 */
export function fingerprintOf(entries: readonly Entry[]): string {
  const each = ID + HASHES * HASH;
  const buf = Buffer.allocUnsafe(entries.length * each);
  entries.forEach((e, i) => {
    const at = i * each;
    if (e instanceof StoredEntry) e.copyIdAndHashes(buf, at);
    else {
      buf.write(e.id.padEnd(ID), at, ID, 'latin1');
      [e.headHash, e.billingHash, e.recordHash].forEach((h, k) => buf.set(h, at + ID + k * HASH));
    }
  });
  return hash('sha256', buf, 'base64url');
}

/** Where a decoded manifest keeps each column. */
interface Layout {
  bytes: Buffer;
  numsAt: number;
  hashesAt: number;
  blobsAt: number;
  statusAt: number;
  customerIdx: number;
  customers: string[];
}

/**
 * A decoded entry that reads each field from the manifest's bytes when asked: a command selects
 * by one or two fields (status, customer, the latest event), and making every field of 100,000
 * tickets as objects cost more than all the rest of opening the index.
 */
class StoredEntry implements Entry {
  private idText: string | undefined = undefined;

  constructor(
    private readonly l: Layout,
    private readonly i: number,
  ) {}

  get id(): string {
    return (this.idText ??= this.l.bytes.toString('latin1', 8 + this.i * ID, 8 + (this.i + 1) * ID));
  }

  get status(): Status | undefined {
    const status = this.l.bytes[this.l.statusAt + this.i]! & ~AT_BASE;
    return status === NO_STATUS ? undefined : STATUSES[status];
  }

  get atBase(): boolean {
    return (this.l.bytes[this.l.statusAt + this.i]! & AT_BASE) !== 0;
  }

  get customer(): string {
    return this.l.customers[this.l.bytes.readUInt16LE(this.l.customerIdx + this.i * 2)]!;
  }

  get sig(): Signature {
    return { mtime: this.num(0), ctime: this.num(1), size: this.num(2), ino: this.num(3) };
  }

  get spanFrom(): number {
    return this.num(4);
  }

  get spanTo(): number {
    return this.num(5);
  }

  get ratedFrom(): number {
    return this.num(6);
  }

  get ratedTo(): number {
    return this.num(7);
  }

  get lastAt(): number {
    return this.num(8);
  }

  get headHash(): Uint8Array {
    return this.hash(0);
  }

  get billingHash(): Uint8Array {
    return this.hash(1);
  }

  get recordHash(): Uint8Array {
    return this.hash(2);
  }

  get blob(): Uint8Array {
    const from = this.l.blobsAt + this.i * BLOB;
    return this.l.bytes.subarray(from, from + BLOB);
  }

  private hash(k: number): Uint8Array {
    const from = this.l.hashesAt + (this.i * HASHES + k) * HASH;
    return this.l.bytes.subarray(from, from + HASH);
  }

  /** Writes the id and the three hashes to `to` at `at`, as fingerprintOf lays them out. */
  copyIdAndHashes(to: Buffer, at: number): void {
    const { bytes, hashesAt } = this.l;
    bytes.copy(to, at, 8 + this.i * ID, 8 + (this.i + 1) * ID);
    const from = hashesAt + this.i * HASHES * HASH;
    bytes.copy(to, at + ID, from, from + HASHES * HASH);
  }

  private num(k: number): number {
    return this.l.bytes.readDoubleLE(this.l.numsAt + (this.i * NUMS + k) * 8);
  }
}

function seal(bytes: Buffer): Buffer {
  return createHash('sha256').update(BUILD_KEY).update(bytes).digest();
}
