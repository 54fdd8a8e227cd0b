import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { SortedIds } from '../core/sorted-ids.js';
import { writeFileAtomic } from './atomic-write.js';

/**
 * The stat signatures (mtime, size, inode) the ticket index was made from, and the tickets
 * folder's own, in one small binary file beside the index (.desk/tickets.sig): checking 100,000
 * files against it costs their stat calls and little else, where reading the signatures out of
 * SQLite took longer than the stats. It carries the token of the index state it describes; an
 * index with another token (an older copy put back, a crash between the two writes) makes it
 * void, and the signatures are read from the index itself.
 */
export interface Signatures {
  token: string;
  dir: { mtime: number; ino: number };
  /** Sorted; read as they lie in the file, without a string per id until one is asked for. */
  ids: SortedIds;
  /** mtime, size, ino of ids[i] at 3i, 3i+1, 3i+2. */
  sigs: Float64Array;
}

const MAGIC = 'DSG1';

export const newToken = () => randomBytes(12).toString('hex');

export function readSignatures(path: string): Signatures | undefined {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch {
    return undefined;
  }
  try {
    if (buf.toString('latin1', 0, 4) !== MAGIC) return undefined;
    const token = buf.toString('latin1', 4, 28);
    const dir = { mtime: buf.readDoubleLE(28), ino: buf.readDoubleLE(36) };
    const count = buf.readUInt32LE(44);
    const idBytes = buf.readUInt32LE(48);
    const idsEnd = 52 + idBytes;
    const ids = SortedIds.fromText(buf.toString('latin1', 52, idsEnd));
    const start = Math.ceil(idsEnd / 8) * 8;
    if (ids?.length !== count || buf.length !== start + count * 24) return undefined;
    const sigs = new Float64Array(buf.buffer.slice(buf.byteOffset + start, buf.byteOffset + start + count * 24));
    return { token, dir, ids, sigs };
  } catch {
    return undefined; // cut short or foreign: the index has the signatures too
  }
}

export async function writeSignatures(
  path: string,
  s: Omit<Signatures, 'ids'> & { ids: readonly string[] },
): Promise<void> {
  const idText = Buffer.from(s.ids.join('\n'), 'latin1');
  const idsEnd = 52 + idText.length;
  const start = Math.ceil(idsEnd / 8) * 8;
  const buf = Buffer.alloc(start + s.sigs.length * 8);
  buf.write(MAGIC, 0, 'latin1');
  buf.write(s.token.padEnd(24, ' ').slice(0, 24), 4, 'latin1');
  buf.writeDoubleLE(s.dir.mtime, 28);
  buf.writeDoubleLE(s.dir.ino, 36);
  buf.writeUInt32LE(s.ids.length, 44);
  buf.writeUInt32LE(idText.length, 48);
  idText.copy(buf, 52);
  Buffer.from(s.sigs.buffer, s.sigs.byteOffset, s.sigs.byteLength).copy(buf, start);
  await writeFileAtomic(path, buf);
}

/**
 * The ticket ids, sorted, when the signatures file describes the tickets folder as it is (same
 * mtime and inode: no file was added, removed or renamed since); undefined otherwise. Reads the
 * header first and then only the ids, not the signatures after them.
 */
export function namesIfCurrent(path: string, dir: { mtimeMs: number; ino: number } | undefined): SortedIds | undefined {
  return (
    dir &&
    withHeader(path, dir, (fd, head) => {
      const ids = Buffer.alloc(head.readUInt32LE(48));
      if (readSync(fd, ids, 0, ids.length, 52) !== ids.length) return undefined;
      const sorted = SortedIds.fromText(ids.toString('latin1'));
      return sorted?.length === head.readUInt32LE(44) ? sorted : undefined;
    })
  );
}

/** True when the signatures file describes the tickets folder as it is; only its header is read. */
export function signaturesDescribe(path: string, dir: { mtimeMs: number; ino: number }): boolean {
  return withHeader(path, dir, () => true) ?? false;
}

function withHeader<T>(
  path: string,
  dir: { mtimeMs: number; ino: number },
  read: (fd: number, head: Buffer) => T | undefined,
): T | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const head = Buffer.alloc(52);
    if (readSync(fd, head, 0, 52, 0) !== 52 || head.toString('latin1', 0, 4) !== MAGIC) return undefined;
    if (head.readDoubleLE(28) !== dir.mtimeMs || head.readDoubleLE(36) !== dir.ino) return undefined;
    return read(fd, head);
  } finally {
    closeSync(fd);
  }
}
