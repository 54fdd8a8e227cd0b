import type { Problem } from '../core/files/yaml-text.js';
import { referencesOf, type TicketReferences } from '../core/references.js';
import { ratedSpan, ticketSpan, type TicketSpan } from '../core/reports/scope.js';
import type { TimeEntryState } from '../core/ticket/projection.js';
import type { parseTicket } from '../core/ticket/ticket-file.js';
import { summaryOf, type TicketRecord, type TicketSummary } from '../core/ticket/ticket-record.js';
import { IN_SUPPORT } from '../core/ticket/vocabulary.js';
import { conflictsOf, type TicketConflicts } from '../core/ticket/conflicts.js';

/**
 * What the ticket index keeps of one ticket file: the fields lists filter and sort by, the
 * time entries billing reads, and — for tickets still in support's hands — the whole record,
 * so that reaction times need no file. Closed and handed-off tickets are read from their file
 * when a command needs more than this.
 */
export interface TicketRow {
  id: string;
  /** Set when the file does not parse: the ticket is left out, and said so, as without the index. */
  problems?: Problem[];
  summary?: TicketSummary;
  entries?: TimeEntryState[];
  /** JSON of the whole record, for the tickets IN_SUPPORT. */
  record?: string;
  /** The instant of the ticket's latest event (ms): reports as of a later instant need none of its events. */
  lastAt?: number;
  /** From the earliest to the latest instant the ticket mentions: which reports it can matter for. */
  span?: TicketSpan;
  /** From the first to the latest feedback event, for the reports that count ratings. */
  rated?: TicketSpan;
  /** What the ticket names in other files, for `desk check`. */
  references?: TicketReferences;
  /** What clones did apart to the ticket that a person must settle, for `desk check` and billing. */
  conflicts?: TicketConflicts;
}

export type { TicketSummary };

export type TicketParser = typeof parseTicket;

/** The reader of ticket files, loaded when a file must be read: with zod, it is most of a small command's loading. */
export async function ticketParser(): Promise<TicketParser> {
  return (await import('../core/ticket/ticket-file.js')).parseTicket;
}

export function rowOf(parse: TicketParser, file: string, id: string, text: string): TicketRow {
  const parsed = parse(file, text, id);
  if (!parsed.ok) return { id, problems: parsed.problems };
  return rowOfRecord(parsed.value);
}

export function rowOfRecord(t: TicketRecord): TicketRow {
  const s = t.state;
  const summary = summaryOf(s);
  const lastAt = Math.max(Date.parse(s.openedAt), Date.parse(s.updatedAt));
  return {
    id: t.id,
    summary,
    entries: s.timeEntries,
    lastAt,
    span: ticketSpan(t),
    rated: ratedSpan(t),
    references: referencesOf(t),
    conflicts: conflictsOf(s),
    ...(IN_SUPPORT.includes(s.status) && { record: JSON.stringify(t) }),
  };
}
