import { statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { usage } from '../core/errors.js';
import { text } from '../i18n/index.js';
import { io } from '../io/context.js';

/**
 * Checks a file the user names for desk to write (`flag` the option), before anything is
 * computed: a folder there, or a file where a folder on the way should be, would otherwise
 * fail only at the write, with the system's words. Folders that do not exist yet are made by
 * the write. `example` is a file name to suggest in place of a folder.
 */
export function checkOutputFile(given: string, flag: string, example: string): void {
  const path = resolve(io().cwd, given);
  if (statOf(path)?.isDirectory())
    throw usage(
      text('input.outIsFolder', { flag, out: given, example }),
      text('input.outIsFolderHint', { flag, example }),
    );
  for (let dir = dirname(path); dir !== dirname(dir); dir = dirname(dir)) {
    const st = statOf(dir);
    if (!st) continue;
    if (st.isDirectory()) return;
    throw usage(text('input.outBelowFile', { flag, out: given, file: dir }), text('input.outBelowFileHint'));
  }
}

/** Undefined where nothing is, or where a file on the way makes the path impossible (ENOTDIR). */
function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
