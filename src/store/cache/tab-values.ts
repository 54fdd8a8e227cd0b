import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cachesOff } from './caches-off.js';
import { fileSystemNow } from './change-detector.js';
import { readSealed, writeSealed } from './sealed-file.js';

/** mtime, ctime, size, inode; mtime -1: to be read again. */
type Sig = [number, number, number, number];
type Kept = Record<string, { sig: Sig; value: unknown }>;

const KEY = 'tab-values 1';

/**
 * What a Tab offers from a few files of the helpdesk — the staff and products of desk.yaml, the
 * company name of each customer's file — kept per file with the file's signature in
 * `.desk/tab-values.json` (sealed, keyed on the build): reading them means loading the YAML
 * library, which alone costs a key press more than all the rest. Each file is stat'ed on every
 * Tab and read again when its signature moved, so what is offered is what the file says now.
 * `derive` turns a file's text into what is kept; `undefined` for a file that cannot be read.
 */
export async function fromFiles<T>(
  root: string,
  files: readonly string[],
  derive: (text: string) => Promise<T> | T,
): Promise<Map<string, T | undefined>> {
  const off = cachesOff();
  const deskDir = join(root, '.desk');
  const path = join(deskDir, 'tab-values.json');
  const kept = (off ? undefined : readSealed<Kept>(path, KEY)) ?? {};
  if (!off) mkdirSync(deskDir, { recursive: true });
  // the file system's time before any file is stat'ed (change-detector.ts)
  const stamp = off ? Number.NEGATIVE_INFINITY : fileSystemNow(deskDir);
  let changed = false;
  const out = new Map<string, T | undefined>();
  for (const file of files) {
    const st = statSync(`${root}/${file}`, { throwIfNoEntry: false });
    const was = kept[file];
    if (st?.isFile() && was && was.sig[0] !== -1 && sameAs(was.sig, st)) {
      out.set(file, was.value as T);
      continue;
    }
    let text: string | undefined;
    try {
      text = st?.isFile() ? readFileSync(`${root}/${file}`, 'utf8') : undefined;
    } catch {
      text = undefined;
    }
    const value = text === undefined ? undefined : await derive(text);
    out.set(file, value);
    if (off || !st?.isFile() || value === undefined) continue;
    changed = true;
    // written at or after the stamp: not trusted, read again next time (change-detector.ts)
    const settled = st.mtimeMs < stamp && st.ctimeMs < stamp;
    kept[file] = { sig: [settled ? st.mtimeMs : -1, st.ctimeMs, st.size, st.ino], value };
  }
  if (changed) await writeSealed(path, KEY, kept);
  return out;
}

const sameAs = (sig: Sig, st: { mtimeMs: number; ctimeMs: number; size: number; ino: number }) =>
  sig[0] === st.mtimeMs && sig[1] === st.ctimeMs && sig[2] === st.size && sig[3] === st.ino;
