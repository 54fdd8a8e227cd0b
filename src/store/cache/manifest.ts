import { createHash, hash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { STATUSES, type Status } from '../../core/ticket/vocabulary.js';
import { BUILD_KEY } from './build-key.js';

/**
 * The manifest of one shard folder of the ticket index (ticket-index.ts): for every ticket file in
 * it, the stat signature it was read with, what lists and reports select by (status, customer,
 * the span of instants it mentions), and the hashes its rows in the index must have. Kept as one
 * sealed binary value per shard: the manifests of 100,000 tickets load in milliseconds, where
 * reading the same from SQLite rows took longer than the stat calls they are compared with. A
 * manifest whose seal does not match (a byte changed on disk) is a damaged index. The seal is
 * a CRC-32 over the build and the bytes, as for .desk/'s small files (sealed-file.ts): it guards
 * against damage, not against someone who can write .desk/ (and so the ticket files), and every
 * row a manifest vouches for is still checked against its SHA-256 when it is read. SHA-256 over
 * the 17 MB of manifests of 100,000 tickets took 20 ms of every command; CRC-32 takes 3.
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

const MAGIC = 'DTM5';
const HASHES = 3; // head, billing, record: in this order (StoredEntry's hash(k))
const ID = 14; // T- and 12 characters
const NUMS = 9;
const HASH = 16;
const BLOB = 20;
const SEAL = 4;
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
  const names = customers.map((c) => Buffer.from(c, 'utf8'));
  const idsEnd = 8 + n * ID;
  const numsAt = Math.ceil(idsEnd / 8) * 8;
  const hashesAt = numsAt + n * NUMS * 8;
  const blobsAt = hashesAt + n * HASH * HASHES;
  const statusAt = blobsAt + n * BLOB;
  const customerIdx = statusAt + n;
  const namesAt = customerIdx + n * 2;
  const textAt = namesAt + 4 + (names.length + 1) * 4;
  const sealAt = textAt + names.reduce((sum, b) => sum + b.length, 0);
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
  // the customers' names: their count, where each starts in the text (and where the text ends), the text
  buf.writeUInt32LE(names.length, namesAt);
  let at = 0;
  names.forEach((name, k) => {
    buf.writeUInt32LE(at, namesAt + 4 + k * 4);
    name.copy(buf, textAt + at);
    at += name.length;
  });
  buf.writeUInt32LE(at, namesAt + 4 + names.length * 4);
  seal(buf.subarray(0, sealAt)).copy(buf, sealAt);
  return buf;
}

/** The entries, in id order; undefined when the value is not a manifest this build sealed. */
export function decodeManifest(buf: Buffer): Entry[] | undefined {
  return openManifest(buf)?.entries();
}

/** The manifest, its seal checked; undefined when the value is not a manifest this build sealed. */
export function openManifest(buf: Buffer): StoredManifest | undefined {
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
  const count = buf.readUInt32LE(namesAt);
  const textAt = namesAt + 4 + (count + 1) * 4;
  if (textAt > sealAt || textAt + buf.readUInt32LE(textAt - 4) !== sealAt) return undefined;
  const names = new Array<string | undefined>(count);
  return new StoredManifest({ bytes: buf, numsAt, hashesAt, blobsAt, statusAt, customerIdx, namesAt, names }, n);
}

/**
 * One shard's manifest as stored, whose entries are made when asked: `desk list` wants the
 * thousand tickets in support among 100,000, chosen by one byte each. An object for every entry
 * was 100,000 objects that outlived V8's young generation, and copying them out of it took the
 * garbage collector longer than the rest of opening the index.
 */
export class StoredManifest {
  private made: Entry[] | undefined;

  constructor(
    private readonly l: Layout,
    readonly length: number,
  ) {}

  entries(): Entry[] {
    return (this.made ??= Array.from({ length: this.length }, (_, i) => new StoredEntry(this.l, i)));
  }

  entry(i: number): Entry {
    return this.made?.[i] ?? new StoredEntry(this.l, i);
  }

  id(i: number): string {
    return this.l.bytes.toString('latin1', 8 + i * ID, 8 + (i + 1) * ID);
  }

  /** Whether every entry was read from the text its file has in the index's base commit. */
  allAtBase(): boolean {
    const { bytes, statusAt } = this.l;
    for (let i = 0; i < this.length; i++) if ((bytes[statusAt + i]! & AT_BASE) === 0) return false;
    return true;
  }

  /** Adds to `counts` how many entries name each customer. */
  countCustomers(counts: Map<string, number>): void {
    const perName = new Array<number>(this.l.names.length).fill(0);
    for (let i = 0; i < this.length; i++) perName[this.l.bytes.readUInt16LE(this.l.customerIdx + i * 2)]!++;
    perName.forEach((n, k) => {
      if (n === 0) return;
      const name = customerName(this.l, k);
      counts.set(name, (counts.get(name) ?? 0) + n);
    });
  }

  /** fingerprintBlocks of the entries that parse: views of the columns when all of them do. */
  fingerprintBlocks(): Uint8Array[] {
    const { bytes, statusAt, hashesAt } = this.l;
    for (let i = 0; i < this.length; i++)
      if ((bytes[statusAt + i]! & ~AT_BASE) === NO_STATUS)
        return fingerprintBlocks(this.entries().filter((e) => e.status !== undefined));
    return [bytes.subarray(8, 8 + this.length * ID), bytes.subarray(hashesAt, hashesAt + this.length * HASHES * HASH)];
  }

  /**
   * Appends to `out` the entries whose status is one of `statuses` (undefined: the file does not
   * parse) and, given `customers` (their names as UTF-8), that name one of them. No name is
   * decoded: they are compared as bytes.
   */
  collectWithStatus(
    statuses: readonly (Status | undefined)[],
    customers: readonly Buffer[] | undefined,
    out: Entry[],
  ): void {
    const { bytes, statusAt, customerIdx } = this.l;
    const wanted = new Set(statuses.map((s) => (s === undefined ? NO_STATUS : STATUSES.indexOf(s))));
    const named = customers && this.indicesOf(customers);
    if (named?.size === 0) return;
    for (let i = 0; i < this.length; i++)
      if (wanted.has(bytes[statusAt + i]! & ~AT_BASE) && (!named || named.has(bytes.readUInt16LE(customerIdx + i * 2))))
        out.push(this.entry(i));
  }

  /** Where `customers` (UTF-8) stand among this manifest's names. */
  private indicesOf(customers: readonly Buffer[]): Set<number> {
    const { bytes, namesAt, names } = this.l;
    const textAt = namesAt + 4 + (names.length + 1) * 4;
    const found = new Set<number>();
    for (let k = 0; k < names.length; k++) {
      const from = textAt + bytes.readUInt32LE(namesAt + 4 + k * 4);
      const to = textAt + bytes.readUInt32LE(namesAt + 8 + k * 4);
      if (customers.some((c) => c.length === to - from && c.compare(bytes, from, to) === 0)) found.add(k);
    }
    return found;
  }
}

/**
 * What a fingerprint of all tickets (EntryShards.fingerprint) takes from one shard's entries that
 * parse: their ids, then their three row hashes, each as one block in id order. A stored
 * manifest keeps both as columns, so its blocks are views of its bytes: copying the 400,000
 * pieces one by one took tens of ms at 100,000 tickets, before every ticket search.
 */
export function fingerprintBlocks(entries: readonly Entry[]): Uint8Array[] {
  // laid out as encodeManifest lays out its columns, so that both give the same bytes
  const ids = Buffer.alloc(entries.length * ID);
  entries.forEach((e, i) => ids.write(e.id, i * ID, ID, 'latin1'));
  const hashes = Buffer.allocUnsafe(entries.length * HASHES * HASH);
  entries.forEach((e, i) =>
    [e.headHash, e.billingHash, e.recordHash].forEach((h, k) => hashes.set(h, (i * HASHES + k) * HASH)),
  );
  return [ids, hashes];
}

/** Where a decoded manifest keeps each column. */
interface Layout {
  bytes: Buffer;
  numsAt: number;
  hashesAt: number;
  blobsAt: number;
  statusAt: number;
  customerIdx: number;
  namesAt: number;
  /** The customers' names, each decoded when first asked for (a list reads a few of 100,000 entries). */
  names: (string | undefined)[];
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
    return customerName(this.l, this.l.bytes.readUInt16LE(this.l.customerIdx + this.i * 2));
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

  private num(k: number): number {
    return this.l.bytes.readDoubleLE(this.l.numsAt + (this.i * NUMS + k) * 8);
  }
}

const BUILD_CRC = crc32(BUILD_KEY);

/** The name of the manifest's `k`th customer. */
function customerName({ bytes, namesAt, names }: Layout, k: number): string {
  const textAt = namesAt + 4 + (names.length + 1) * 4;
  return (names[k] ??= bytes.toString(
    'utf8',
    textAt + bytes.readUInt32LE(namesAt + 4 + k * 4),
    textAt + bytes.readUInt32LE(namesAt + 8 + k * 4),
  ));
}

function seal(bytes: Buffer): Buffer {
  const out = Buffer.alloc(SEAL);
  out.writeUInt32LE(crc32(bytes, BUILD_CRC));
  return out;
}
