import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { failed } from '../core/errors.js';
import { text } from '../i18n/keys.js';
import { io } from '../io/context.js';
import { ownerRuns, ownerText, parseOwner, type Owner } from './owner.js';

export { isAlive } from './owner.js';

/** A lock file that says nothing (its writer died between creating and filling it) is stale after this. */
const SILENT_MS = 5000;

/**
 * One writer at a time per clone: a script and a person running desk together must not
 * interleave read-modify-write cycles. The lock file names its owner (owner.ts), so a lock left
 * by a killed process, or from before a reboot, is taken over instead of blocking forever.
 *
 * The owner is written to a file of its own first, which is then linked to `.desk/lock`: the
 * lock exists whole or not at all, so a full disk leaves no empty lock behind, only an error
 * saying what to free.
 */
export async function withLock<T>(deskDir: string, fn: () => Promise<T>): Promise<T> {
  await mkdir(deskDir, { recursive: true });
  const path = join(deskDir, 'lock');
  const timeoutMs = Number(io().env.DESK_LOCK_TIMEOUT_MS ?? 10_000);
  const started = Date.now();
  const mine = ownerText();
  for (;;) {
    if (await take(path, mine)) break;
    const holder = await lockHolder(path);
    if (holder.state === 'stale') {
      await takeOverStale(path, holder.text);
      continue;
    }
    if (Date.now() - started > timeoutMs) {
      throw failed(text('store.busy', { pid: String(holder.owner?.pid ?? '?') }), text('store.busyHint', { path }));
    }
    await new Promise((r) => setTimeout(r, 25 + Math.random() * 50));
  }
  try {
    return await fn();
  } finally {
    await rm(path, { force: true });
  }
}

/** True when the lock was taken; false when someone holds it. */
async function take(path: string, text: string): Promise<boolean> {
  const own = `${path}.${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await writeFile(own, text, { flag: 'wx' });
  } catch (e) {
    await rm(own, { force: true });
    throw noSpace(e, path) ?? e;
  }
  try {
    await link(own, path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw noSpace(e, path) ?? e;
  } finally {
    await rm(own, { force: true });
  }
}

function noSpace(e: unknown, path: string) {
  const code = (e as NodeJS.ErrnoException).code;
  if (code !== 'ENOSPC' && code !== 'EDQUOT') return undefined;
  return failed(text('store.diskFull', { path }), text('store.diskFullHint'));
}

/** Who holds the lock at `path`, and whether they still run. */
export async function lockHolder(
  path: string,
): Promise<{ state: 'free' | 'live' | 'stale'; owner?: Owner; text: string }> {
  let text: string;
  let written: number;
  try {
    // read synchronously: a reader that finds no lock (the usual case: a search, a show) then
    // never loads Node's promise-based file functions, which cost it a few milliseconds
    text = readFileSync(path, 'utf8');
    written = statSync(path).mtimeMs;
  } catch {
    return { state: 'free', text: '' };
  }
  const owner = parseOwner(text);
  if (!owner) return { state: Date.now() - written > SILENT_MS ? 'stale' : 'live', text };
  return { state: ownerRuns(owner, written) ? 'live' : 'stale', owner, text };
}

/**
 * Removes a dead owner's lock without removing a live one: two commands may find the same dead
 * lock, and the slower must not delete the lock the faster has just taken. Moving the file aside
 * is atomic; if what was moved is not the dead owner's, it is put back.
 */
async function takeOverStale(path: string, deadText: string): Promise<void> {
  const aside = `${path}.stale-${process.pid}`;
  try {
    await rename(path, aside);
  } catch {
    return; // someone else moved it first
  }
  const moved = await readFile(aside, 'utf8').catch(() => '');
  if (moved !== deadText) await link(aside, path).catch(() => undefined); // a live lock: restore it unless replaced
  await rm(aside, { force: true });
}
