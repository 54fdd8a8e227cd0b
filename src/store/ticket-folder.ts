import { readdirSync } from 'node:fs';
import { isTicketId, TICKET_ID_LENGTH } from '../core/ids.js';

const NAME_LENGTH = 'T-'.length + TICKET_ID_LENGTH + '.yaml'.length;

/**
 * The ids of the ticket files in `dir` (the tickets folder), sorted; none when there is no
 * folder yet.
 */
export function ticketIdsIn(dir: string): string[] {
  try {
    return ticketIdsAmong(readdirSync(dir));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return []; // no ticket yet
    throw e;
  }
}

/**
 * The ticket ids among a folder's names, sorted. readdir hands the names over already sorted by
 * byte (libuv sorts them in C), so sorting them again to be sure costs a few milliseconds at
 * 100,000 tickets, where sorting a folder's own order in JavaScript costs a hundred.
 */
export function ticketIdsAmong(names: readonly string[]): string[] {
  const ids: string[] = [];
  for (const name of names) {
    const id = name.length === NAME_LENGTH && name.endsWith('.yaml') ? name.slice(0, -5) : '';
    if (isTicketId(id)) ids.push(id);
  }
  return ids.sort();
}
