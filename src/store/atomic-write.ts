import { execFile } from 'node:child_process';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { faultPoint } from './fault.js';

export const TMP_SUFFIX = '.desk-tmp';

/**
 * Writes a file so that readers see either the old or the new content, never half of it:
 * write a temporary file beside the target, flush it to disk, rename it over the target.
 */
export async function writeFileAtomic(
  path: string,
  content: string | Uint8Array,
  o: { flush?: boolean; folderMade?: boolean } = {},
): Promise<void> {
  if (!o.folderMade) await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${randomBytes(6).toString('hex')}${TMP_SUFFIX}`);
  const handle = await open(tmp, 'wx');
  try {
    await handle.writeFile(content);
    faultPoint('mid-write');
    if (o.flush !== false) await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/**
 * Flushes the file system holding `path` to disk once (syncfs, through coreutils' `sync -f`):
 * after writing thousands of files without a flush each, one call instead of thousands. Where
 * `sync -f` is missing or fails, each of `files` is flushed on its own, as writeFileAtomic does.
 */
export async function flushFileSystem(path: string, files: readonly string[]): Promise<void> {
  const once = await new Promise<boolean>((resolve) => execFile('sync', ['-f', path], (error) => resolve(!error)));
  if (once) return;
  let next = 0;
  const flusher = async () => {
    while (next < files.length) {
      const handle = await open(files[next++]!, 'r').catch(() => undefined);
      if (!handle) continue;
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(16, files.length) }, flusher));
}
