import { link, mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { failed } from '../core/errors.js';
import { io } from '../io/context.js';

/**
 * One writer at a time per clone: a script and a person running desk together must not
 * interleave read-modify-write cycles. The lock file holds the owner's pid, so a lock left by a
 * killed process is taken over instead of blocking forever.
 */
export async function withLock<T>(deskDir: string, fn: () => Promise<T>): Promise<T> {
  await mkdir(deskDir, { recursive: true });
  const path = join(deskDir, 'lock');
  const timeoutMs = Number(io().env.DESK_LOCK_TIMEOUT_MS ?? 10_000);
  const started = Date.now();
  for (;;) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = Number(await readFile(path, 'utf8').catch(() => ''));
      if (owner && !isAlive(owner)) {
        await takeOverStale(path, owner);
        continue;
      }
      if (Date.now() - started > timeoutMs) {
        throw failed(
          `the helpdesk is busy: another desk command (pid ${owner || '?'}) is writing to it`,
          `retry in a moment; if no desk command is running, delete ${path}`,
        );
      }
      await new Promise((r) => setTimeout(r, 25 + Math.random() * 50));
    }
  }
  try {
    return await fn();
  } finally {
    await rm(path, { force: true });
  }
}

/**
 * Removes a dead owner's lock without removing a live one: two commands may find the same dead
 * lock, and the slower must not delete the lock the faster has just taken. Moving the file aside
 * is atomic; if what was moved is not the dead owner's, it is put back.
 */
async function takeOverStale(path: string, deadOwner: number): Promise<void> {
  const aside = `${path}.stale-${process.pid}`;
  try {
    await rename(path, aside);
  } catch {
    return; // someone else moved it first
  }
  const moved = Number(await readFile(aside, 'utf8').catch(() => ''));
  if (moved !== deadOwner) await link(aside, path).catch(() => undefined); // a live lock: restore it unless replaced
  await rm(aside, { force: true });
}

/** Whether a process runs (EPERM: it runs, but as another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
