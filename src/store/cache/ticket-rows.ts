import { billableEntry, type BillableEntry } from '../../core/billing/from-tickets.js';
import type { Problem } from '../../core/files/yaml-text.js';
import { referencesOf } from '../../core/references.js';
import { ratedSpan, ticketSpan } from '../../core/reports/scope.js';
import type { MoveConflict, TimeConflict } from '../../core/ticket/projection.js';
import type { parseTicket } from '../../core/ticket/ticket-file.js';
import { ticketFile } from '../../core/ticket/paths.js';
import { summaryOf, type TicketRecord, type TicketSummary } from '../../core/ticket/ticket-record.js';
import { IN_SUPPORT } from '../../core/ticket/vocabulary.js';
import { blobId, NO_BLOB, NO_HASH, rowHash, type Entry, type Signature } from './manifest.js';
import { readHelpdeskTextSync, UnreadableFile } from '../helpdesk-files.js';
import { keptTicket } from '../ticket-copies.js';

/**
 * What the ticket index keeps of one ticket file. The head: the summary lists show, what the
 * ticket names in other files (for `desk check`), or the problems of a file that does not parse.
 * The billing part: what billing reads, and nothing else, as an invoice run reads it of every
 * ticket (the whole head cost twice the time). The record: for tickets still in support's hands,
 * the whole ticket, so that reaction times need no file. Closed and handed-off tickets are read
 * from their file when a command needs more than these. All three are JSON texts whose hashes the
 * shard's manifest keeps (manifest.ts): a row is used only when it hashes as recorded.
 */
export interface Head {
  summary?: TicketSummary;
  /** Staff and articles the ticket names. */
  refs?: [string[], string[]];
  /** Set when the file does not parse: the ticket is left out, and said so, as without the index. */
  problems?: Problem[];
  /** What clones did apart that a person must settle (billing flags the time, `desk check` both). */
  timeConflicts?: TimeConflict[];
  moveConflicts?: MoveConflict[];
}

/** What billing reads of a ticket: category, title, the time entries that count and the conflicts among them. */
export type BillingPart = [
  category: TicketSummary['category'] | null,
  title: string,
  entries: PackedEntry[],
  timeConflicts: TimeConflict[] | null,
];

/** A time entry as the billing part keeps it: the billable fields in a fixed order, null for an absent one (half the text of the keyed object). */
export type PackedEntry = [
  id: string,
  on: string,
  minutes: number,
  activity: BillableEntry['activity'],
  staff: string,
  level: BillableEntry['level'],
  nonBillable: string | null,
  review: string | null,
];

function packEntry(e: BillableEntry): PackedEntry {
  return [e.id, e.on, e.minutes, e.activity, e.staff, e.level, e.nonBillable ?? null, e.review ?? null];
}

export function unpackEntry([
  id,
  on,
  minutes,
  activity,
  staff,
  level,
  nonBillable,
  review,
]: PackedEntry): BillableEntry {
  const entry: BillableEntry = { id, on, minutes, activity, staff, level };
  if (nonBillable !== null) entry.nonBillable = nonBillable;
  if (review !== null) entry.review = review;
  return entry;
}

export interface Row {
  id: string;
  head: string;
  billing: string | null;
  record: string | null;
  entry: Omit<Entry, 'sig' | 'atBase'>;
}

export type { TicketSummary };
export type TicketParser = typeof parseTicket;

/** The reader of ticket files, loaded when a file must be read: with zod, it is most of a small command's loading. */
export async function ticketParser(): Promise<TicketParser> {
  return (await import('../../core/ticket/ticket-file.js')).parseTicket;
}

/** Reads and parses one ticket file into its row; a file gone since it was stat'ed is a problem, seen so by the next command too. */
export function readRow(root: string, id: string, parse: TicketParser): Row {
  const read = ticketText(root, id);
  return typeof read === 'string' ? parsedRow(id, read, parse) : read;
}

/**
 * Like readRow, but a text validated before (desk's own write, a ticket shown) is taken from its
 * kept copy (ticket-copies.ts), and the parser, with zod most of a small command's loading, is
 * loaded only for a text that has none.
 */
export async function readRows(root: string, ids: readonly string[]): Promise<Row[]> {
  let parse: TicketParser | undefined;
  const rows: Row[] = [];
  for (const id of ids) {
    const read = ticketText(root, id);
    if (typeof read !== 'string') rows.push(read);
    else {
      const kept = keptTicket(root, id, read);
      rows.push(kept ? rowOfRecord(kept, blobId(read)) : parsedRow(id, read, (parse ??= await ticketParser())));
    }
  }
  return rows;
}

/** The text of a ticket's file, or the problem row of a file that cannot be read (a link, a pipe, not UTF-8, gone). */
function ticketText(root: string, id: string): string | Row {
  const file = ticketFile(id);
  try {
    return readHelpdeskTextSync(root, file);
  } catch (e) {
    if (e instanceof UnreadableFile) return problemRow(id, [e.problem], NO_BLOB);
    return problemRow(id, [{ file, field: '(file)', message: `cannot be read: ${(e as Error).message}` }], NO_BLOB);
  }
}

function parsedRow(id: string, text: string, parse: TicketParser): Row {
  const parsed = parse(ticketFile(id), text, id);
  const blob = blobId(text);
  return parsed.ok ? rowOfRecord(parsed.value, blob) : problemRow(id, parsed.problems, blob);
}

/** The row of a parsed ticket; `blob` is the git blob id of the text it was parsed from (zeros: unknown). */
export function rowOfRecord(t: TicketRecord, blob: Uint8Array = NO_BLOB): Row {
  const s = t.state;
  const refs = referencesOf(t);
  const head = JSON.stringify({
    summary: summaryOf(s),
    refs: [refs.staff, refs.articles],
    ...(s.timeConflicts.length > 0 && { timeConflicts: s.timeConflicts }),
    ...(s.moveConflicts.length > 0 && { moveConflicts: s.moveConflicts }),
  } satisfies Head);
  const billing = JSON.stringify([
    s.category ?? null,
    s.title,
    s.timeEntries.map((e) => packEntry(billableEntry(e))),
    s.timeConflicts.length > 0 ? s.timeConflicts : null,
  ] satisfies BillingPart);
  const record = IN_SUPPORT.includes(s.status) ? JSON.stringify(t) : null;
  const span = ticketSpan(t);
  const rated = ratedSpan(t);
  return {
    id: t.id,
    head,
    billing,
    record,
    entry: {
      id: t.id,
      status: s.status,
      customer: s.customer,
      spanFrom: span.from,
      spanTo: span.to,
      ratedFrom: rated?.from ?? Number.NaN,
      ratedTo: rated?.to ?? Number.NaN,
      lastAt: Math.max(Date.parse(s.openedAt), Date.parse(s.updatedAt)),
      headHash: rowHash(head),
      billingHash: rowHash(billing),
      recordHash: rowHash(record),
      blob,
    },
  };
}

function problemRow(id: string, problems: Problem[], blob: Uint8Array): Row {
  const head = JSON.stringify({ problems } satisfies Head);
  const none = Number.NaN;
  return {
    id,
    head,
    billing: null,
    record: null,
    entry: {
      id,
      status: undefined,
      customer: '',
      spanFrom: none,
      spanTo: none,
      ratedFrom: none,
      ratedTo: none,
      lastAt: none,
      headHash: rowHash(head),
      billingHash: NO_HASH,
      recordHash: NO_HASH,
      blob,
    },
  };
}

/** The manifest entry of a row read from a file with signature `sig` (not known to be at the base until the base is moved). */
export const entryOf = (row: Row, sig: Signature): Entry => ({ ...row.entry, sig, atBase: false });
