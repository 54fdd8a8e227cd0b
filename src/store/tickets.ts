import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { usage } from '../core/errors.js';
import type { Problem } from '../core/files/yaml-text.js';
import { isTicketId, normaliseTicketRef, resolveTicketRef, shortIds } from '../core/ids.js';
import { parseTicket, type TicketRecord } from '../core/ticket/ticket-file.js';
import { orThrow } from './yaml-files.js';

export const ticketFile = (id: string) => `tickets/${id}.yaml`;

export async function listTicketIds(root: string): Promise<string[]> {
  const names = await readdir(join(root, 'tickets')).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith('.yaml')).map((n) => n.slice(0, -5)).filter(isTicketId);
}

/** The full id a person meant by `ref`; unknown and ambiguous refs are refused with the candidates. */
export async function resolveTicketId(root: string, ref: string): Promise<string> {
  const prefix = normaliseTicketRef(ref);
  const ids = await listTicketIds(root);
  const found = resolveTicketRef(prefix, ids);
  if (found.kind === 'found') return found.id;
  if (found.kind === 'none') throw usage(`no ticket ${prefix}`, 'see the ticket ids with `desk list --all`');
  const short = shortIds(ids);
  const shown = found.matches.slice(0, 10).map((id) => short.get(id) ?? id);
  throw usage(`${ref} is ambiguous: it matches ${shown.join(', ')}${found.matches.length > 10 ? ', …' : ''}`, 'type more characters of the id');
}

export async function readTicket(root: string, id: string): Promise<TicketRecord> {
  const file = ticketFile(id);
  return orThrow(parseTicket(file, await readFile(join(root, file), 'utf8'), id));
}

/** Every ticket that parses; broken files are reported, not fatal, so the rest still list. */
export async function loadTickets(root: string): Promise<{ tickets: TicketRecord[]; problems: Problem[] }> {
  const ids = await listTicketIds(root);
  const tickets: TicketRecord[] = [];
  const problems: Problem[] = [];
  await Promise.all(
    ids.map(async (id) => {
      const file = ticketFile(id);
      const parsed = parseTicket(file, await readFile(join(root, file), 'utf8'), id);
      if (parsed.ok) tickets.push(parsed.value);
      else problems.push(...parsed.problems);
    }),
  );
  return { tickets, problems };
}

/** The short form people use for `id`, given every id in the helpdesk. */
export async function shortIdOf(root: string, id: string): Promise<string> {
  const ids = await listTicketIds(root);
  return shortIds(ids.includes(id) ? ids : [...ids, id]).get(id) ?? id;
}
