import { constants, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DeskError, usage } from '../core/errors.js';
import { text } from '../i18n/index.js';
import { io } from '../io/context.js';

const FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

/**
 * The bytes of a file the user names on the command line (`flag` undefined for an argument),
 * relative to the current folder. Opened without waiting and checked before it is read: a named
 * pipe would block the read until something writes to it — forever in a script — and a device
 * may never end. A file that cannot be opened (missing, no permission) is the caller's to name,
 * through `unreadable`; `before` may refuse it by its size before it is read.
 */
export async function readGivenFile(
  given: string,
  flag: string | undefined,
  unreadable: (e: NodeJS.ErrnoException) => DeskError,
  before?: (st: Stats) => void,
): Promise<Buffer> {
  const handle = await open(resolve(io().cwd, given), FLAGS).catch((e: NodeJS.ErrnoException) => {
    throw unreadable(e);
  });
  try {
    const st = await handle.stat();
    if (!st.isFile())
      throw usage(
        text('input.notAFile', { flag: flag ?? 'none', file: given, kind: kindOf(st) }),
        text('input.notAFileHint'),
      );
    before?.(st);
    return await handle.readFile().catch((e: NodeJS.ErrnoException) => {
      throw unreadable(e);
    });
  } finally {
    await handle.close();
  }
}

/** The same as text (UTF-8). */
export async function readGivenText(
  given: string,
  flag: string | undefined,
  unreadable: (e: NodeJS.ErrnoException) => DeskError,
): Promise<string> {
  return (await readGivenFile(given, flag, unreadable)).toString('utf8');
}

/** What a path that is no file is, for input.notAFile. */
export function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'folder';
  if (st.isFIFO()) return 'pipe';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  return 'other';
}
