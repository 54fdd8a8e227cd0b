import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isTicketId } from '../core/ids.js';
import { isShardName, shardOf, ticketIdOfFlatPath, TICKETS_DIR } from '../core/ticket/paths.js';

/**
 * The ids of the ticket files in the tickets folder of `root` (`tickets/<S>/<ID>.yaml`,
 * core/ticket/paths.ts), sorted; none when there is no folder yet. A file in a shard folder
 * its id does not belong to is no ticket file: its path would not follow from its id.
 */
export function ticketIdsIn(root: string): string[] {
  const ids: string[] = [];
  for (const shard of shardsIn(root)) ids.push(...ticketIdsInShard(root, shard));
  return ids; // shards in order, each sorted: the whole list is sorted
}

/** The shard folders of the tickets folder, sorted. */
export function shardsIn(root: string): string[] {
  return namesIn(join(root, TICKETS_DIR)).filter(isShardName).sort();
}

/**
 * The ticket ids in one shard folder, sorted. readdir hands the names over sorted by byte
 * (libuv sorts them in C); sorting them again to be sure costs next to nothing.
 */
export function ticketIdsInShard(root: string, shard: string): string[] {
  const ids: string[] = [];
  for (const name of namesIn(join(root, TICKETS_DIR, shard))) {
    const id = name.endsWith('.yaml') ? name.slice(0, -5) : '';
    if (isTicketId(id) && shardOf(id) === shard) ids.push(id);
  }
  return ids.sort();
}

/** Ticket files left in the flat layout of format 1 (`tickets/<ID>.yaml`): the ids, sorted. */
export function flatTicketIdsIn(root: string): string[] {
  return namesIn(join(root, TICKETS_DIR))
    .map((name) => ticketIdOfFlatPath(`${TICKETS_DIR}/${name}`))
    .filter((id): id is string => id !== undefined)
    .sort();
}

function namesIn(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return []; // no ticket yet
    throw e;
  }
}
