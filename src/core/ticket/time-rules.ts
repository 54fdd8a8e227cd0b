import { describeDuration } from '../duration.js';
import { text } from '../../i18n/keys.js';
import { refused, usage } from '../errors.js';
import { localDay } from '../time.js';
import { compareEvents } from './event-order.js';
import type { EventPayload, TicketEvent } from './events.js';
import { TimeLedger } from './time-ledger.js';
import type { TicketState, TimeEntryState } from './projection.js';
import { CHANGE_REQUEST_LIMIT_MINUTES, isSupport, type Activity } from './vocabulary.js';

export interface TimeInput {
  minutes: number;
  activity: Activity;
  /** Company-local day the work was done. */
  on: string;
  staff: string;
  note?: string;
  nonBillable?: string;
  replaces?: string;
  review?: string;
}

const MAX_ENTRY = 24 * 60;

/** What a time entry is checked against besides the ticket. */
export interface TimeContext {
  /** The company-local date: no time is logged on a later day. */
  today: string;
  timeZone: string;
  /** The kind of the customer's contract in force on a day, if any. */
  contractOn?: (day: string) => 'service' | 'commitment' | 'none' | undefined;
}

/**
 * Whether this time may be logged on the ticket (docs/domain.md §2–4), as the event to record. Time
 * on a day an invoice has settled is not refused: the next run bills it as a late charge.
 */
export function decideTimeEntry(s: TicketState, input: TimeInput, ctx: TimeContext): EventPayload<'time-logged'> {
  const { today } = ctx;
  if (input.minutes <= 0) throw usage(text('time.zero'), text('time.zeroHint'));
  if (input.minutes > MAX_ENTRY)
    throw usage(text('time.overADay', { duration: describeDuration(input.minutes) }), text('time.overADayHint'));
  if (input.on > today) throw usage(text('time.future', { on: input.on, today }), text('time.futureHint'));
  const received = localDay(new Date(s.receivedAt), ctx.timeZone);
  if (input.on < received)
    throw usage(text('time.beforeReceived', { on: input.on, id: s.id, received }), text('time.beforeReceivedHint'));
  // a commitment buys changes and enhancements of the installed software too (docs/billing.md §5): a
  // change request handed off to the project lead is still worked, and counted, under it
  const committedChange = s.category === 'change-request' && ctx.contractOn?.(input.on) === 'commitment';
  if (!committedChange && (s.status === 'handed-off' || (s.category && !isSupport(s.category)))) {
    throw refused(
      text('time.notSupport', {
        id: s.id,
        target: s.handoff?.target ?? 'none',
        to: s.handoff?.to ?? 'none',
      }),
      text('time.notSupportHint'),
    );
  }
  if (input.activity === 'change' && s.category === 'change-request' && s.status !== 'handed-off') {
    if (s.estimateMinutes === undefined)
      throw refused(text('time.notEstimated', { id: s.id }), `desk estimate ${s.id} 4h`);
    if (s.estimateMinutes > CHANGE_REQUEST_LIMIT_MINUTES)
      throw refused(
        text('time.overLimit', { id: s.id, estimate: describeDuration(s.estimateMinutes) }),
        `desk handoff ${s.id} --to project-lead --reason …`,
      );
    if (!s.approvedBy)
      throw refused(text('time.notApproved', { id: s.id }), text('workflow.notApprovedHint', { id: s.id }));
  }
  const replaces = input.replaces === undefined ? undefined : requireEntry(s, input.replaces).id;
  return { type: 'time-logged', ...input, replaces };
}

/**
 * A person's day holds at most 24 hours of time logged on one ticket: `after` is the ticket as it
 * would be with the new entry (a replaced entry no longer counts). Across tickets the same limit is
 * `desk check`'s (overfullDays): summing a day over every ticket would make each `desk log` read
 * the time of the whole helpdesk.
 */
export function requireDayFits(after: TicketState, staff: string, on: string): void {
  requireDayRoom(after, staff, on, 0);
}

/** The same limit before a new entry of `minutes` (no replacement) is added to `s`: a work session's. */
export function requireDayRoom(s: TicketState, staff: string, on: string, minutes: number): void {
  const logged = s.timeEntries.filter((e) => e.staff === staff && e.on === on).reduce((sum, e) => sum + e.minutes, 0);
  const total = logged + minutes;
  if (total > MAX_ENTRY)
    throw usage(text('time.dayOverfull', { staff, total: describeDuration(total), on }), text('time.dayOverfullHint'));
}

/** A person's day with more than 24 hours logged on all tickets together, and the tickets holding that time. */
export interface OverfullDay {
  staff: string;
  on: string;
  minutes: number;
  tickets: string[];
}

/** The days on which someone has more than 24 hours logged, counting the entries that count on every ticket. */
export function overfullDays(
  tickets: Iterable<{ id: string; entries: readonly { staff: string; on: string; minutes: number }[] }>,
): OverfullDay[] {
  const days = new Map<string, OverfullDay>();
  for (const t of tickets)
    for (const e of t.entries) {
      const key = `${e.staff} ${e.on}`;
      const day = days.get(key) ?? { staff: e.staff, on: e.on, minutes: 0, tickets: [] };
      day.minutes += e.minutes;
      if (day.tickets.at(-1) !== t.id) day.tickets.push(t.id);
      days.set(key, day);
    }
  return [...days.values()].filter((d) => d.minutes > MAX_ENTRY).map((d) => ({ ...d, tickets: d.tickets.sort() }));
}

/** An entry of the ticket by its id or an unambiguous prefix of it. */
export function requireEntry(s: TicketState, ref: string): TimeEntryState {
  const matches = s.timeEntries.filter((t) => t.id === ref || t.id.startsWith(ref));
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) throw usage(text('time.noEntry', { id: s.id, ref }), text('time.noEntryHint'));
  throw usage(
    text('time.severalEntries', { ref, count: matches.length, id: s.id, entries: matches.map((m) => m.id).join(', ') }),
  );
}

/** Cancelling an entry, also one an invoice billed: the next run takes it back as a correction. */
export function decideCancel(s: TicketState, ref: string, reason: string | undefined): EventPayload<'time-cancelled'> {
  const entry = requireEntry(s, ref);
  return { type: 'time-cancelled', entry: entry.id, reason };
}

/**
 * `desk log --confirm REF`: a person has looked at time and confirms what counts — an entry
 * marked for review, or the result of corrections made apart in two clones.
 */
export function decideConfirm(
  s: TicketState,
  events: readonly TicketEvent[],
  ref: string,
  note: string | undefined,
): EventPayload<'time-confirmed'> {
  const found = TimeLedger.of([...events].sort(compareEvents)).confirmable(ref);
  if (!found) {
    const entry = s.timeEntries.find((t) => t.id === ref || t.id.startsWith(ref));
    throw refused(
      entry ? text('time.nothingToConfirm', { entry: entry.id }) : text('time.noneToConfirm', { id: s.id, ref }),
      text('time.confirmHint'),
    );
  }
  return { type: 'time-confirmed', entry: found.confirms, ...(note && { note }) };
}
