import { createHash } from 'node:crypto';
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
  /** SHA-256 (first 16 bytes) of the row's head and of its record (zeros: none). */
  headHash: Uint8Array;
  recordHash: Uint8Array;
}

/** What a file looked like when it was read; mtime -1 when it must be read again (changed too recently to trust). */
export interface Signature {
  mtime: number;
  ctime: number;
  size: number;
  ino: number;
}

const MAGIC = 'DTM1';
const ID = 14; // T- and 12 characters
const NUMS = 9;
const HASH = 16;
const NO_STATUS = 255;

export const NO_HASH = Buffer.alloc(HASH);

export function rowHash(text: string | null | undefined): Buffer {
  return text == null ? NO_HASH : createHash('sha256').update(text).digest().subarray(0, HASH);
}

export function encodeManifest(entries: readonly Entry[]): Buffer {
  const n = entries.length;
  const customers = [...new Set(entries.map((e) => e.customer))];
  const customerAt = new Map(customers.map((c, i) => [c, i]));
  const names = Buffer.from(JSON.stringify(customers), 'utf8');
  const idsEnd = 8 + n * ID;
  const numsAt = Math.ceil(idsEnd / 8) * 8;
  const hashesAt = numsAt + n * NUMS * 8;
  const statusAt = hashesAt + n * HASH * 2;
  const customerIdx = statusAt + n;
  const namesAt = customerIdx + n * 2;
  const sealAt = namesAt + 4 + names.length;
  const buf = Buffer.alloc(sealAt + 32);
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
    buf.set(e.headHash, hashesAt + i * HASH * 2);
    buf.set(e.recordHash, hashesAt + i * HASH * 2 + HASH);
    buf[statusAt + i] = e.status === undefined ? NO_STATUS : STATUSES.indexOf(e.status);
    buf.writeUInt16LE(customerAt.get(e.customer)!, customerIdx + i * 2);
  });
  buf.writeUInt32LE(names.length, namesAt);
  names.copy(buf, namesAt + 4);
  seal(buf.subarray(0, sealAt)).copy(buf, sealAt);
  return buf;
}

/** The entries, in id order; undefined when the value is not a manifest this build sealed. */
export function decodeManifest(buf: Buffer): Entry[] | undefined {
  if (buf.length < 8 + 32 || buf.toString('latin1', 0, 4) !== MAGIC) return undefined;
  const sealAt = buf.length - 32;
  if (!seal(buf.subarray(0, sealAt)).equals(buf.subarray(sealAt))) return undefined;
  const n = buf.readUInt32LE(4);
  const numsAt = Math.ceil((8 + n * ID) / 8) * 8;
  const hashesAt = numsAt + n * NUMS * 8;
  const statusAt = hashesAt + n * HASH * 2;
  const customerIdx = statusAt + n;
  const namesAt = customerIdx + n * 2;
  if (namesAt + 4 > sealAt) return undefined;
  const customers = JSON.parse(buf.toString('utf8', namesAt + 4, namesAt + 4 + buf.readUInt32LE(namesAt))) as string[];
  const entries: Entry[] = [];
  for (let i = 0; i < n; i++) {
    const num = (k: number) => buf.readDoubleLE(numsAt + (i * NUMS + k) * 8);
    const status = buf[statusAt + i]!;
    entries.push(
      new StoredEntry(
        buf.toString('latin1', 8 + i * ID, 8 + (i + 1) * ID),
        { mtime: num(0), ctime: num(1), size: num(2), ino: num(3) },
        status === NO_STATUS ? undefined : STATUSES[status],
        customers[buf.readUInt16LE(customerIdx + i * 2)]!,
        num(4),
        num(5),
        num(6),
        num(7),
        num(8),
        buf,
        hashesAt + i * HASH * 2,
      ),
    );
  }
  return entries;
}

/**
 * A decoded entry whose hashes stay in the manifest's bytes until asked for: most commands
 * compare signatures and select by status or customer, and making two views per ticket of
 * 100,000 cost more than the rest of the decoding.
 */
class StoredEntry implements Entry {
  constructor(
    readonly id: string,
    readonly sig: Signature,
    readonly status: Status | undefined,
    readonly customer: string,
    readonly spanFrom: number,
    readonly spanTo: number,
    readonly ratedFrom: number,
    readonly ratedTo: number,
    readonly lastAt: number,
    private readonly bytes: Buffer,
    private readonly hashAt: number,
  ) {}

  get headHash(): Uint8Array {
    return this.bytes.subarray(this.hashAt, this.hashAt + HASH);
  }

  get recordHash(): Uint8Array {
    return this.bytes.subarray(this.hashAt + HASH, this.hashAt + HASH * 2);
  }
}

function seal(bytes: Buffer): Buffer {
  return createHash('sha256').update(BUILD_KEY).update(bytes).digest();
}
