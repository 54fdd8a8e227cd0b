import { statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { locateHelpdesk } from './locate.js';
import { signaturesDescribe } from './ticket-signatures.js';
import { io, perRun } from '../io/context.js';

/**
 * A command naming a ticket resolves the id against every ticket's name. The names kept beside
 * the index serve while the tickets folder is unchanged; after a write (the last `desk log`
 * renamed its file into the folder) the folder must be listed, which at 100,000 tickets takes
 * about as long as loading the command. So it is listed at once, by libuv's thread pool, while
 * the command's modules load (started from cli/main.ts); ticketNames takes the result when the
 * folder still has the mtime and inode it had when the listing began, and lists it again
 * otherwise.
 */
interface EarlyNames {
  root: string;
  dir: { mtimeMs: number; ino: number };
  names: Promise<string[] | undefined>;
}

const started = perRun((): { pending?: EarlyNames } => ({}));

export function listTicketNamesEarly(cwd: string, repo: string | undefined): void {
  let root: string;
  try {
    root = locateHelpdesk(cwd, repo, undefined).root;
  } catch {
    return; // the command says what is wrong, or finds the helpdesk through git
  }
  const dir = statSync(join(root, 'tickets'), { throwIfNoEntry: false });
  if (!dir || (!io().env.DESK_NO_INDEX && signaturesDescribe(join(root, '.desk', 'tickets.sig'), dir))) return;
  started().pending = {
    root,
    dir: { mtimeMs: dir.mtimeMs, ino: dir.ino },
    names: readdir(join(root, 'tickets')).catch(() => undefined),
  };
}

/** The early listing of `root`'s tickets folder, once, if the folder is still as it was then. */
export async function takeEarlyNames(
  root: string,
  dir: { mtimeMs: number; ino: number },
): Promise<string[] | undefined> {
  const taken = started().pending;
  started().pending = undefined;
  return taken && taken.root === root && taken.dir.mtimeMs === dir.mtimeMs && taken.dir.ino === dir.ino
    ? taken.names
    : undefined;
}
