import { statSync } from 'node:fs';
import { join } from 'node:path';
import { usage } from '../core/errors.js';
import type { Problem } from '../core/files/yaml-text.js';
import { referencesOf, type TicketReferences } from '../core/references.js';
import { normaliseTicketRef, resolveTicketRef, shortIds } from '../core/ids.js';
import type { TicketRecord } from '../core/ticket/ticket-record.js';
import type { Status } from '../core/ticket/vocabulary.js';
import type { TicketScope } from '../core/reports/scope.js';
import { customerTime, type CustomerTime } from '../core/billing/from-tickets.js';
import type { IsoDate } from '../core/billing/types.js';
import { project, type TicketState } from '../core/ticket/projection.js';
import type { TicketIndex } from './ticket-index.js';
import { SortedIds } from '../core/sorted-ids.js';
import { takeEarlyNames } from './early-names.js';
import { ticketIdsAmong, ticketIdsIn } from './ticket-folder.js';
import { namesIfCurrent } from './ticket-signatures.js';
import { ticketParser, type TicketSummary } from './ticket-rows.js';
import { orThrow } from './yaml-files.js';
import { validatedOnce } from './validated-files.js';
import { atRunEnd, io, perRun } from '../io/context.js';
import { readHelpdeskText, UnreadableFile } from './helpdesk-files.js';

export const ticketFile = (id: string) => `tickets/${id}.yaml`;
/** The folder of a ticket's attachments, beside its file: the path follows from the id alone. */
export const attachmentDir = (id: string) => `tickets/${id}`;

/**
 * Ticket files are read through the index in .desk/ (store/ticket-index.ts) when it can be
 * used, and directly otherwise — without SQLite, or with DESK_NO_INDEX=1 to compare the two:
 * every function here answers the same either way.
 */
const indexes = perRun(() => new Map<string, Promise<TicketIndex | undefined>>());

export function ticketIndex(root: string): Promise<TicketIndex | undefined> {
  let index = indexes().get(root);
  if (!index) {
    index = openIndex(root);
    indexes().set(root, index);
  }
  return index;
}

async function openIndex(root: string): Promise<TicketIndex | undefined> {
  if (io().env.DESK_NO_INDEX) return undefined;
  let Sqlite: typeof import('better-sqlite3');
  try {
    Sqlite = (await import('better-sqlite3')).default;
  } catch {
    return undefined; // no SQLite on this machine: read the files
  }
  const { TicketIndex } = await import('./ticket-index.js');
  const index = await TicketIndex.open(root, Sqlite);
  atRunEnd(() => index.close());
  return index;
}

/**
 * Answers from the index, or from the files without one. An index found damaged while it is
 * read (a page of it overwritten, a truncated file) is deleted and built again, once.
 */
async function fromIndex<T>(
  root: string,
  read: (index: TicketIndex) => T | Promise<T>,
  files: () => Promise<T>,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const index = await ticketIndex(root);
    if (!index) return files();
    try {
      return await read(index);
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      if (attempt > 0 || typeof code !== 'string' || !code.startsWith('SQLITE_')) throw e;
      indexes().delete(root);
      index.discard();
    }
  }
}

export async function listTicketIds(root: string): Promise<string[]> {
  return ticketIdsIn(join(root, 'tickets'));
}

/**
 * Every ticket id, sorted. Names change only when the tickets folder does, so while it keeps its mtime
 * the list kept beside the index is current, and no file need be stat'ed or listed: resolving
 * an id then costs about the same for ten tickets and for a hundred thousand.
 */
export function ticketNames(root: string): Promise<SortedIds> {
  let names = namesByRoot().get(root);
  if (!names) {
    names = readNames(root);
    namesByRoot().set(root, names);
  }
  return names;
}

async function readNames(root: string): Promise<SortedIds> {
  const folder = join(root, 'tickets');
  const dir = statSync(folder, { throwIfNoEntry: false });
  const current = io().env.DESK_NO_INDEX ? undefined : namesIfCurrent(join(root, '.desk', 'tickets.sig'), dir);
  if (current) return current;
  const early = dir && (await takeEarlyNames(root, dir));
  return SortedIds.of(early ? ticketIdsAmong(early) : ticketIdsIn(folder));
}
const namesByRoot = perRun(() => new Map<string, Promise<SortedIds>>());

/** The full id a person meant by `ref`; unknown and ambiguous refs are refused with the candidates. */
export async function resolveTicketId(root: string, ref: string): Promise<string> {
  const prefix = normaliseTicketRef(ref);
  const ids = (await ticketNames(root)).startingWith(prefix);
  const found = resolveTicketRef(prefix, ids);
  if (found.kind === 'found') return found.id;
  if (found.kind === 'none') throw usage(`no ticket ${prefix}`, 'see the ticket ids with `desk list --all`');
  const short = await shortIdsOf(root, found.matches.slice(0, 10));
  const shown = found.matches.slice(0, 10).map((id) => short.get(id) ?? id);
  throw usage(
    `${ref} is ambiguous: it matches ${shown.join(', ')}${found.matches.length > 10 ? ', …' : ''}`,
    'type more characters of the id',
  );
}

/**
 * One ticket, validated once per version of its file (validated-files.ts). What is kept is the
 * validated event log; the state is projected from it again, which is cheap and keeps the copy
 * half the size.
 */
export async function readTicket(root: string, id: string): Promise<TicketRecord> {
  const file = ticketFile(id);
  const text = await readHelpdeskText(root, file);
  const { events } = orThrow(
    await validatedOnce(root, file, text, async () => {
      const parsed = (await ticketParser())(file, text, id);
      return parsed.ok ? { ok: true, value: { events: parsed.value.events } } : parsed;
    }),
  );
  return { id, events, state: project(id, events) };
}

/** Every ticket that parses; broken files are reported, not fatal, so the rest still list. */
export async function loadTickets(root: string): Promise<{ tickets: TicketRecord[]; problems: Problem[] }> {
  return readTickets(root, await listTicketIds(root));
}

async function readTickets(
  root: string,
  ids: readonly string[],
): Promise<{ tickets: TicketRecord[]; problems: Problem[] }> {
  const tickets: TicketRecord[] = [];
  const problems: Problem[] = [];
  const parseTicket = await ticketParser();
  // a few files at a time: all of them at once runs out of file handles on a large helpdesk
  let next = 0;
  const reader = async () => {
    while (next < ids.length) {
      const id = ids[next++]!;
      const file = ticketFile(id);
      let text: string;
      try {
        text = await readHelpdeskText(root, file);
      } catch (e) {
        if (!(e instanceof UnreadableFile)) throw e;
        problems.push(e.problem);
        continue;
      }
      const parsed = parseTicket(file, text, id);
      if (parsed.ok) tickets.push(parsed.value);
      else problems.push(...parsed.problems);
    }
  };
  await Promise.all(Array.from({ length: 32 }, reader));
  return { tickets, problems };
}

/** The short form people use for `id`, given every id in the helpdesk. */
export async function shortIdOf(root: string, id: string): Promise<string> {
  return (await shortIdsOf(root, [id])).get(id) ?? id;
}

/** The short forms of `ids` among every id in the helpdesk (an id not there yet counts as if it were). */
export async function shortIdsOf(root: string, ids: readonly string[]): Promise<Map<string, string>> {
  const all = await ticketNames(root);
  // only neighbours in sorted order can share a prefix (core/ids.ts)
  return new Map(
    ids.map((id) => {
      const at = all.lowerBound(id);
      const near = [all.at(at - 1), all.at(all.at(at) === id ? at + 1 : at)].filter(
        (x): x is string => x !== undefined,
      );
      return [id, shortIds([...near, id]).get(id) ?? id];
    }),
  );
}

/** What lists show of the tickets in `statuses`, and the files that did not parse. */
export async function ticketSummaries(
  root: string,
  statuses: readonly Status[],
): Promise<{ summaries: TicketSummary[]; problems: Problem[] }> {
  return fromIndex(
    root,
    (index) => ({ summaries: index.summaries(statuses), problems: index.problems() }),
    async () => {
      const { tickets, problems } = await loadTickets(root);
      return { summaries: tickets.map((t) => t.state).filter((s) => statuses.includes(s.status)), problems };
    },
  );
}

/** What every ticket that parses names in other files (in id order), and the files that did not parse. */
export async function ticketReferences(root: string): Promise<{ references: TicketReferences[]; problems: Problem[] }> {
  return fromIndex(
    root,
    (index) => ({ references: index.references(), problems: index.problems() }),
    async () => {
      const { tickets, problems } = await loadTickets(root);
      return { references: tickets.map(referencesOf).sort((a, b) => (a.id < b.id ? -1 : 1)), problems };
    },
  );
}

/** The whole records of the tickets in `statuses` (the live ones from the index, others from their files). */
export async function ticketsIn(
  root: string,
  statuses: readonly Status[],
): Promise<{ tickets: TicketRecord[]; problems: Problem[] }> {
  return fromIndex(
    root,
    async (index) => {
      const { records, missing } = index.storedRecords(statuses);
      const read = await Promise.all(missing.map((id) => readTicket(root, id)));
      return { tickets: [...records, ...read], problems: index.problems() };
    },
    async () => {
      const { tickets, problems } = await loadTickets(root);
      return { tickets: tickets.filter((t) => statuses.includes(t.state.status)), problems };
    },
  );
}

/**
 * The tickets that can matter for a report (core/reports/scope.ts): chosen through the index,
 * the live ones' records from it, the others from their files. Without the index every ticket.
 */
export async function ticketsInScope(
  root: string,
  scope: TicketScope,
): Promise<{ tickets: TicketRecord[]; problems: Problem[] }> {
  return fromIndex(
    root,
    async (index) => {
      const { records, missing } = index.inScope(scope);
      const read = await readTickets(root, missing);
      return { tickets: [...records, ...read.tickets], problems: [...index.problems(), ...read.problems] };
    },
    () => loadTickets(root),
  );
}

/**
 * What billing reads of the tickets of `customers` (every customer when undefined): per
 * customer its tickets' ids, categories, titles and effective time entries.
 */
export async function billingTickets(
  root: string,
  customers?: readonly string[],
): Promise<{ byCustomer: Map<string, CustomerTime>; problems: Problem[] }> {
  return fromIndex(
    root,
    (index) => ({ byCustomer: index.billing(customers), problems: index.problems() }),
    async () => {
      const { tickets, problems } = await loadTickets(root);
      const states = new Map<string, TicketState[]>();
      for (const { state: s } of tickets) {
        if (customers && !customers.includes(s.customer)) continue;
        const list = states.get(s.customer) ?? [];
        list.push(s);
        states.set(s.customer, list);
      }
      return { byCustomer: new Map([...states].map(([customer, own]) => [customer, customerTime(own)])), problems };
    },
  );
}

/**
 * What billing reads of the tickets of the customers in `since` with time on or after their day
 * (and maybe some without), when every ticket's events are as they were at `at` (none recorded
 * later): a report as of `at` then needs no event. Undefined without the index, or when a
 * ticket changed after `at` — the report reads the files then.
 */
export async function billableAsOf(
  root: string,
  at: Date,
  since: ReadonlyMap<string, IsoDate>,
): Promise<{ byCustomer: Map<string, CustomerTime>; problems: Problem[] } | undefined> {
  return fromIndex(
    root,
    (index) =>
      (index.latestEvent() ?? 0) <= at.getTime()
        ? { byCustomer: index.billingSince(since), problems: index.problems() }
        : undefined,
    async () => undefined,
  );
}

/** The tickets with a time entry whose id is or starts with `ref`. */
export async function ticketsWithEntry(root: string, ref: string): Promise<string[]> {
  return fromIndex(
    root,
    (index) => index.ticketsWithEntry(ref),
    async () => {
      const { tickets } = await loadTickets(root);
      return tickets
        .filter((t) => t.state.timeEntries.some((e) => e.id === ref || e.id.startsWith(ref)))
        .map((t) => t.id)
        .sort();
    },
  );
}
