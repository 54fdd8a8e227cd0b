import type { TicketState, TimeEntryState } from '../ticket/projection.js';
import type { TicketFacts, TimeEntry } from './types.js';

/** What billing reads of a time entry. */
export type BillableEntry = Pick<TimeEntryState, 'id' | 'on' | 'minutes' | 'activity' | 'staff' | 'level' | 'nonBillable'>;

/** What billing reads of a ticket's state: its id, category, title and effective time entries. */
export type BillableTicket = Pick<TicketState, 'id' | 'category' | 'title'> & { timeEntries: readonly BillableEntry[] };

/** The effective time entries of tickets, as billing reads them. */
export function entriesOf(tickets: readonly BillableTicket[]): TimeEntry[] {
  return tickets.flatMap((t) =>
    t.timeEntries.map((e) => ({
      id: e.id,
      ticketId: t.id,
      date: e.on,
      minutes: e.minutes,
      activity: e.activity,
      staff: e.staff,
      level: e.level,
      ...(e.nonBillable !== undefined && { nonBillable: { reason: e.nonBillable } }),
    })),
  );
}

export function factsOf(tickets: readonly Pick<BillableTicket, 'id' | 'category' | 'title'>[]): TicketFacts[] {
  return tickets.map((t) => ({ id: t.id, category: t.category, title: t.title }));
}
