import { usage } from '../core/errors.js';
import { text } from '../i18n/keys.js';
import type { Problem } from '../core/files/yaml-text.js';
import { referencesOf, type TicketReferences } from '../core/references.js';
import { normaliseTicketRef, resolveTicketRef, shortIds } from '../core/ids.js';
import type { TicketRecord } from '../core/ticket/ticket-record.js';
import type { Status } from '../core/ticket/vocabulary.js';
import type { TicketScope } from '../core/reports/scope.js';
import { customerTime, type CustomerTime } from '../core/billing/from-tickets.js';
import type { IsoDate } from '../core/billing/types.js';
import type { OverfullDay } from '../core/ticket/time-rules.js';
import type { TicketState } from '../core/ticket/projection.js';
import { conflictsOf, type TicketConflicts } from '../core/ticket/conflicts.js';
import type { TicketIndex } from './cache/ticket-index.js';
import { cachesOff } from './cache/caches-off.js';
import { shardsIn, ticketIdsIn, ticketIdsInShard } from './ticket-folder.js';
import { SHARD_LENGTH, shardOf, ticketFile } from '../core/ticket/paths.js';
import { ticketParser, type TicketSummary } from './cache/ticket-rows.js';
import { orThrow } from './yaml-files.js';
import { keepTicket, keptTicket } from './ticket-copies.js';
import { atRunEnd, perRun } from '../io/context.js';
import { readHelpdeskText, readHelpdeskTextSyncOr } from './helpdesk-files.js';

export { attachmentDir, ticketFile } from '../core/ticket/paths.js';

/**
 * Ticket files are read through the index in .desk/ (cache/ticket-index.ts) when it can be
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

/** The index if a command of this run opened it already (so it is up to date with the files), without opening one. */
async function indexOpenedThisRun(root: string): Promise<TicketIndex | undefined> {
  return (
    (await indexes()
      .get(root)
      ?.catch(() => undefined)) ?? undefined
  );
}

async function openIndex(root: string): Promise<TicketIndex | undefined> {
  if (cachesOff()) return undefined;
  let Sqlite: typeof import('better-sqlite3');
  try {
    Sqlite = (await import('better-sqlite3')).default;
  } catch {
    return undefined; // no SQLite on this machine: read the files
  }
  const { TicketIndex, isDiskFull } = await import('./cache/ticket-index.js');
  let index: TicketIndex;
  try {
    index = await TicketIndex.open(root, Sqlite);
  } catch (e) {
    if (isDiskFull(e)) return undefined; // the index is a cache: without room for it, read the files
    throw e;
  }
  atRunEnd(() => index.close());
  return index;
}

/**
 * Answers from the index, or from the files without one. An index found damaged while it is
 * read (a row that does not hash as recorded, a page SQLite cannot read) is deleted and built
 * again, once, and the answer comes from the new one.
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
      const { isDamage, isDiskFull } = await import('./cache/ticket-index.js');
      if (isDiskFull(e)) return files();
      if (attempt > 0 || !isDamage(e)) throw e;
      indexes().delete(root);
      index.discard(e);
    }
  }
}

export async function listTicketIds(root: string): Promise<string[]> {
  return ticketIdsIn(root);
}

/**
 * The ids starting with `prefix` (`T-` and at least one character). A ticket's folder follows
 * from the first two characters of its id, so an id a person typed is looked for in one folder
 * of about a hundred names, whatever the size of the helpdesk.
 */
export function idsStartingWith(root: string, prefix: string): string[] {
  const lead = prefix.slice(2, 2 + SHARD_LENGTH);
  const shards = lead.length === SHARD_LENGTH ? [lead] : shardsIn(root).filter((s) => s.startsWith(lead));
  return shards.flatMap((shard) => ticketIdsInShard(root, shard)).filter((id) => id.startsWith(prefix));
}

/** The full id a person meant by `ref`; unknown and ambiguous refs are refused with the candidates. */
export async function resolveTicketId(root: string, ref: string): Promise<string> {
  const prefix = normaliseTicketRef(ref);
  if (!prefix) throw usage(text('input.notTicketId', { input: ref }), text('input.notTicketIdHint'));
  const found = resolveTicketRef(prefix, idsStartingWith(root, prefix));
  if (found.kind === 'found') return found.id;
  if (found.kind === 'none') throw usage(text('errors.noTicket', { id: prefix }), text('errors.noTicketHint'));
  const short = await shortIdsOf(root, found.matches.slice(0, 10));
  const shown = found.matches.slice(0, 10).map((id) => short.get(id) ?? id);
  throw usage(
    text('errors.ambiguous', { ref, ids: `${shown.join(', ')}${found.matches.length > 10 ? ', …' : ''}` }),
    text('errors.ambiguousHint'),
  );
}

/** One ticket, validated once per version of its file (ticket-copies.ts). */
export async function readTicket(root: string, id: string): Promise<TicketRecord> {
  const file = ticketFile(id);
  const text = await readHelpdeskText(root, file);
  const kept = keptTicket(root, id, text);
  if (kept) return kept;
  const record = orThrow((await ticketParser())(file, text, id));
  await keepTicket(root, record, text);
  return record;
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
  // read one by one, synchronously: a report reads tens of thousands of small files, and each
  // asynchronous read (open, stat, read, close through the thread pool) cost four times a synchronous one
  for (const id of ids) {
    const file = ticketFile(id);
    const text = readHelpdeskTextSyncOr(root, file, problems);
    if (text === undefined) continue;
    const parsed = parseTicket(file, text, id);
    if (parsed.ok) tickets.push(parsed.value);
    else problems.push(...parsed.problems);
  }
  return { tickets, problems };
}

/** The short form people use for `id`, given every id in the helpdesk. */
export async function shortIdOf(root: string, id: string): Promise<string> {
  return (await shortIdsOf(root, [id])).get(id) ?? id;
}

/**
 * The short forms of `ids` among every id in the helpdesk (an id not there yet counts as if it
 * were). A short form is at least SHORT_ID_LENGTH characters after `T-`, more than the two that
 * name a folder, so only ids of the same folder can share it (core/ids.ts).
 */
export async function shortIdsOf(root: string, ids: readonly string[]): Promise<Map<string, string>> {
  const short = new Map<string, string>();
  // a list of a thousand tickets names most folders: the index this run brought up to date knows
  // each id's neighbours, where listing each folder again cost a tenth of `desk list` at 100,000
  const index = ids.length > 1 ? await indexOpenedThisRun(root) : undefined;
  if (index) {
    for (const id of ids) short.set(id, shortIds([id, ...index.neighboursOf(id)]).get(id)!);
    return short;
  }
  const byShard = new Map<string, string[]>();
  for (const id of ids) byShard.set(shardOf(id), [...(byShard.get(shardOf(id)) ?? []), id]);
  for (const [shard, own] of byShard) {
    const all = shortIds([...new Set([...ticketIdsInShard(root, shard), ...own])]);
    for (const id of own) short.set(id, all.get(id) ?? id);
  }
  return short;
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
 * The whole records of the tickets in `statuses` changed at or after `since`: the index picks
 * them by each ticket's latest event, so the others' rows are not read at all.
 */
export async function ticketsInSince(
  root: string,
  statuses: readonly Status[],
  since: Date,
): Promise<{ tickets: TicketRecord[]; problems: Problem[] }> {
  const recent = (t: TicketRecord) =>
    Math.max(Date.parse(t.state.openedAt), Date.parse(t.state.updatedAt)) >= since.getTime();
  return fromIndex(
    root,
    async (index) => {
      const { records, missing } = index.storedRecordsSince(statuses, since.getTime());
      const read = await Promise.all(missing.map((id) => readTicket(root, id)));
      return { tickets: [...records, ...read].filter(recent), problems: index.problems() };
    },
    async () => {
      const { tickets, problems } = await loadTickets(root);
      return { tickets: tickets.filter((t) => statuses.includes(t.state.status) && recent(t)), problems };
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

/**
 * What billing reads of the tickets of the customers in `since` whose span reaches their day:
 * the usage of a current period without the tickets that ended before it (through the index;
 * without it, every ticket of those customers).
 */
export async function billingSinceTickets(
  root: string,
  since: ReadonlyMap<string, IsoDate>,
): Promise<{ byCustomer: Map<string, CustomerTime>; problems: Problem[] }> {
  return fromIndex(
    root,
    (index) => ({ byCustomer: index.billingSince(since), problems: index.problems() }),
    () => billingTickets(root, [...since.keys()]),
  );
}

/**
 * Per customer in `since`, a fingerprint of what billingSinceTickets reads for it (index.ts
 * billingSinceFingerprints); undefined without the index.
 */
export async function billingSinceFingerprints(
  root: string,
  since: ReadonlyMap<string, IsoDate>,
): Promise<Map<string, string> | undefined> {
  return fromIndex(
    root,
    (index) => index.billingSinceFingerprints(since),
    async () => undefined,
  );
}

/** The tickets holding something clones did apart that a person must settle (conflicts.ts), in id order. */
export async function ticketsInConflict(root: string): Promise<{ id: string; conflicts: TicketConflicts }[]> {
  return fromIndex(
    root,
    (index) => index.conflicts(),
    async () => {
      const { tickets } = await loadTickets(root);
      return tickets
        .map((t) => ({ id: t.id, conflicts: conflictsOf(t.state) }))
        .filter((t): t is { id: string; conflicts: TicketConflicts } => t.conflicts !== undefined)
        .sort((a, b) => (a.id < b.id ? -1 : 1));
    },
  );
}

/** The days on which someone has more than 24 hours logged on all tickets together (desk check). */
export async function overfullStaffDays(root: string): Promise<OverfullDay[]> {
  const { overfullDays } = await import('../core/ticket/time-rules.js'); // only desk check asks
  return fromIndex(
    root,
    async (index) => overfullDays(index.timeEntriesByTicket()),
    async () =>
      overfullDays((await loadTickets(root)).tickets.map((t) => ({ id: t.id, entries: t.state.timeEntries }))),
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
