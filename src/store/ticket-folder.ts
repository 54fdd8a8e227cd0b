import { readdirSync } from 'node:fs';
import { isTicketId } from '../core/ids.js';

/**
 * The ids of the ticket files in `dir` (the tickets folder), sorted; none when there is no
 * folder yet. readdir hands the names over already sorted by byte (libuv sorts them in C), so
 * sorting them again to be sure costs a few milliseconds at 100,000 tickets, where sorting the
 * folder's own order in JavaScript costs a hundred.
 */
export function ticketIdsIn(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return []; // no ticket yet
    throw e;
  }
  const ids: string[] = [];
  for (const name of names) {
    const id = name.endsWith('.yaml') ? name.slice(0, -5) : '';
    if (isTicketId(id)) ids.push(id);
  }
  return ids.sort();
}
