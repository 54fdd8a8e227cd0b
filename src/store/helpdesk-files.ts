import { constants, fstatSync, lstatSync, openSync, closeSync, readFileSync, type Stats } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DeskError } from '../core/errors.js';
import { decodeUtf8 } from '../core/files/utf8.js';
import type { Problem } from '../core/files/yaml-text.js';
import { perRun } from '../io/context.js';

/**
 * Files of the helpdesk are read through here. Only regular files, never through a symbolic link
 * (a link in tickets/ to /etc/passwd would be read and reported, a FIFO would hang the command),
 * and only valid UTF-8 (never replaced silently). A file that breaks this is refused by its path,
 * with what to do. Opening with O_NOFOLLOW and O_NONBLOCK and checking the open file costs
 * nothing over a plain read; the folders on the way are checked once per run.
 */
export class UnreadableFile extends DeskError {
  constructor(
    readonly file: string,
    readonly reason: string,
    hint: string,
  ) {
    super('invalid', `${file}: ${reason}`, hint);
  }

  /** As a problem, for commands that list what they skipped and for `desk check`. */
  get problem(): Problem {
    return { file: this.file, field: '(file)', message: this.reason };
  }
}

const FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
const LINK_HINT = 'desk reads only the files themselves: replace the link by the file, or remove it';

/** The text of `file` (relative to `root`, forward slashes). */
export async function readHelpdeskText(root: string, file: string): Promise<string> {
  checkFolders(root, file);
  const handle = await open(join(root, file), FLAGS).catch((e: unknown) => {
    throw refusal(file, e);
  });
  try {
    checkRegular(file, await handle.stat());
    return decoded(file, await handle.readFile());
  } finally {
    await handle.close();
  }
}

/**
 * The text of `file`, or undefined with its problem added to `problems`: for readers that list
 * what they skipped (a folder of tickets, invoices or articles) rather than stop at the first.
 */
export async function readHelpdeskTextOr(root: string, file: string, problems: Problem[]): Promise<string | undefined> {
  try {
    return await readHelpdeskText(root, file);
  } catch (e) {
    if (!(e instanceof UnreadableFile)) throw e;
    problems.push(e.problem);
    return undefined;
  }
}

/** As readHelpdeskTextOr, synchronously: for readers of many small files (tickets for a report). */
export function readHelpdeskTextSyncOr(root: string, file: string, problems: Problem[]): string | undefined {
  try {
    return readHelpdeskTextSync(root, file);
  } catch (e) {
    if (!(e instanceof UnreadableFile)) throw e;
    problems.push(e.problem);
    return undefined;
  }
}

/** The same, synchronously, for readers that run where nothing may wait (index builders). */
export function readHelpdeskTextSync(root: string, file: string): string {
  checkFolders(root, file);
  let fd: number;
  try {
    fd = openSync(join(root, file), FLAGS);
  } catch (e) {
    throw refusal(file, e);
  }
  try {
    checkRegular(file, fstatSync(fd));
    return decoded(file, readFileSync(fd));
  } finally {
    closeSync(fd);
  }
}

function decoded(file: string, bytes: Uint8Array): string {
  const text = decodeUtf8(bytes);
  if (text.ok) return text.text;
  throw new UnreadableFile(
    file,
    `is not valid UTF-8 at byte ${text.offset}`,
    'save the file as UTF-8 (your editor can convert it), then run desk check',
  );
}

function checkRegular(file: string, st: Stats): void {
  if (!st.isFile())
    throw new UnreadableFile(
      file,
      `is not a regular file (${kindOf(st)})`,
      'desk reads only regular files in the helpdesk: remove it',
    );
}

/** The folders between the helpdesk's root and the file (tickets/, a shard) are real folders, not links. */
const checkedFolders = perRun(() => new Set<string>());
function checkFolders(root: string, file: string): void {
  const seen = checkedFolders();
  for (let dir = dirname(file); dir !== '.' && dir !== '/' && dir !== ''; dir = dirname(dir)) {
    const key = join(root, dir);
    if (seen.has(key)) return; // checked, and so were the folders above it
    const st = lstatSync(key, { throwIfNoEntry: false });
    if (st?.isSymbolicLink())
      throw new UnreadableFile(dir, 'is a symbolic link, not a folder of the helpdesk', LINK_HINT);
    if (!st) return; // a missing folder: the open names the missing file
    seen.add(key);
  }
}

function refusal(file: string, e: unknown): unknown {
  const code = (e as { code?: string }).code;
  if (code === 'ELOOP') return new UnreadableFile(file, 'is a symbolic link', LINK_HINT);
  return e; // missing, no permission: as any read would say
}

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a file';
}

/** The folders of the helpdesk whose every entry desk may read. */
const DATA_FOLDERS = ['tickets', 'contracts', 'kb', 'invoices'];

/**
 * Links, pipes, sockets and devices anywhere in the helpdesk's folders, for `desk check`: the
 * readers refuse each when they meet it, and a listing skips what is no file, so without this
 * a planted pipe would go unnamed. One listing per folder; the entry types come with it.
 */
export async function oddEntries(root: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(join(root, dir), { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const path = `${dir}/${e.name}`;
      if (e.isDirectory()) await walk(path);
      else if (e.isSymbolicLink())
        problems.push({
          file: path,
          field: '(file)',
          message: 'is a symbolic link; desk reads only the files themselves',
        });
      else if (!e.isFile()) problems.push({ file: path, field: '(file)', message: 'is not a regular file; remove it' });
    }
  };
  for (const folder of DATA_FOLDERS) {
    const st = lstatSync(join(root, folder), { throwIfNoEntry: false });
    if (st?.isSymbolicLink())
      problems.push({ file: folder, field: '(file)', message: 'is a symbolic link, not a folder of the helpdesk' });
    else if (st?.isDirectory()) await walk(folder);
  }
  for (const file of ['desk.yaml']) {
    const st = lstatSync(join(root, file), { throwIfNoEntry: false });
    if (st?.isSymbolicLink()) problems.push({ file, field: '(file)', message: 'is a symbolic link' });
  }
  return problems;
}
