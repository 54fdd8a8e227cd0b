import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { faultPoint } from './fault.js';

export const TMP_SUFFIX = '.desk-tmp';

/**
 * Writes a file so that readers see either the old or the new content, never half of it:
 * write a temporary file beside the target, flush it to disk, rename it over the target.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${randomBytes(6).toString('hex')}${TMP_SUFFIX}`);
  const handle = await open(tmp, 'wx');
  try {
    await handle.writeFile(content);
    faultPoint('mid-write');
    await handle.sync();
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
