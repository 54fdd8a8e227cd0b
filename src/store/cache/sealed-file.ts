import { readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { writeFileAtomic } from '../atomic-write.js';
import { BUILD_KEY } from './build-key.js';

/**
 * A small cache file of .desk/ (a validated copy of a file, the public holidays, what a Tab
 * offers from desk.yaml and the customers' files): its key, a seal and the JSON of its value, one
 * per line. The seal names the build
 * that wrote it and the CRC-32 of the key and the value text: a copy of another build or for
 * another key does not open, nor one cut short or with a byte changed (a CRC-32 catches every
 * change of up to 32 bits in a row, and all but one in four billion others), and whoever asked
 * computes the value again from the files. Nothing is trusted that the seal does not cover. A
 * CRC rather than a cryptographic hash: these files guard against accidents, not against someone
 * who can write .desk/ (and so the files themselves), and loading Node's crypto cost a Tab more
 * than all its reading.
 */
export function readSealed<T>(path: string, key: string): T | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined; // not written yet
  }
  const first = text.indexOf('\n');
  const second = text.indexOf('\n', first + 1);
  if (first < 0 || second < 0) return undefined;
  const value = text.slice(second + 1);
  if (text.slice(0, first) !== key || text.slice(first + 1, second) !== seal(key, value)) return undefined;
  try {
    return JSON.parse(value) as T;
  } catch {
    return undefined;
  }
}

/** Writes the sealed copy; a clone whose .desk/ cannot be written still works, without it. */
export async function writeSealed(path: string, key: string, value: unknown): Promise<void> {
  const json = JSON.stringify(value);
  await writeFileAtomic(path, `${key}\n${seal(key, json)}\n${json}`, { flush: false }).catch(() => undefined);
}

function seal(key: string, value: string): string {
  return `${BUILD_KEY} crc32:${crc32(value, crc32(`${key}\n`)).toString(16)}`;
}
