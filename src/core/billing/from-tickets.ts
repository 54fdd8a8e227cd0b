import type { TicketState, TimeEntryState } from '../ticket/projection.js';
import { describeTimeConflict } from '../ticket/time-ledger.js';
import type { IsoDate, TicketFacts, TimeEntry } from './types.js';

/** What billing reads of a time entry: these fields and no other (the ticket index keeps exactly them). */
export const BILLABLE_FIELDS = ['id', 'on', 'minutes', 'activity', 'staff', 'level', 'nonBillable', 'review'] as const;
export type BillableEntry = Pick<TimeEntryState, (typeof BILLABLE_FIELDS)[number]>;

/** An entry cut down to what billing reads. */
export function billableEntry(e: TimeEntryState): BillableEntry {
  return Object.fromEntries(BILLABLE_FIELDS.filter((k) => e[k] !== undefined).map((k) => [k, e[k]])) as BillableEntry;
}

/** What billing reads of a ticket's state: its id, category, title and effective time entries. */
export type BillableTicket = Pick<TicketState, 'id' | 'category' | 'title'> & {
  timeEntries: readonly BillableEntry[];
  timeConflicts?: TicketState['timeConflicts'];
};

/** One customer's time as billing reads it: the effective entries of its tickets, and their facts. */
export interface CustomerTime {
  entries: TimeEntry[];
  tickets: TicketFacts[];
}

export function customerTime(tickets: readonly BillableTicket[]): CustomerTime {
  return { entries: entriesOf(tickets), tickets: factsOf(tickets) };
}

/** The effective time entries of tickets, as billing reads them. */
export function entriesOf(tickets: readonly BillableTicket[]): TimeEntry[] {
  return tickets.flatMap((t) => t.timeEntries.map((e) => timeEntryOf(t.id, e)));
}

/** One entry of ticket `ticketId` as billing reads it. */
export function timeEntryOf(ticketId: string, e: BillableEntry): TimeEntry {
  const entry: TimeEntry = {
    id: e.id,
    ticketId,
    date: e.on,
    minutes: e.minutes,
    activity: e.activity,
    staff: e.staff,
    level: e.level,
  };
  // set only when present, as the ticket file has them: an invoice run makes a million of these
  if (e.nonBillable !== undefined) entry.nonBillable = { reason: e.nonBillable };
  if (e.review !== undefined) entry.review = e.review;
  return entry;
}

/**
 * The entries worked by `through` of the tickets with time on or after `from`: what settling the
 * periods from `from` on reads. A ticket without such time cannot change them, and one with it
 * keeps all its time, since the analysis cap is spent over the ticket's whole life.
 */
export function entriesCountedFrom(entries: readonly TimeEntry[], from: IsoDate, through: IsoDate): TimeEntry[] {
  const counted = new Set<string>();
  for (const e of entries) if (e.date >= from && e.date <= through) counted.add(e.ticketId);
  return entries.filter((e) => e.date <= through && counted.has(e.ticketId));
}

export function factsOf(
  tickets: readonly Pick<BillableTicket, 'id' | 'category' | 'title' | 'timeConflicts'>[],
): TicketFacts[] {
  return tickets.map((t) => {
    const contested = (t.timeConflicts ?? []).map(describeTimeConflict);
    return { id: t.id, category: t.category, title: t.title, ...(contested.length > 0 && { contested }) };
  });
}
