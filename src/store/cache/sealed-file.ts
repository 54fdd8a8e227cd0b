import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../atomic-write.js';
import { BUILD_KEY } from './build-key.js';

/**
 * A small cache file of .desk/ (a validated copy of a file, the public holidays): its key, a seal
 * and the JSON of its value, one per line. The seal is the SHA-256 of the build, the key and the
 * value text: a copy of another build, for another key, cut short or with a single byte changed
 * does not open, and whoever asked computes the value again from the files. Nothing is trusted
 * that the seal does not cover.
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
  await writeFileAtomic(path, `${key}\n${seal(key, json)}\n${json}`).catch(() => undefined);
}

function seal(key: string, value: string): string {
  return createHash('sha256').update(BUILD_KEY).update('\n').update(key).update('\n').update(value).digest('base64url');
}
