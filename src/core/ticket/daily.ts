/**
 * The dates of the daily loop (docs/workflow.md): when a ticket waiting on the customer comes back
 * to the work list, and when a resolved ticket nobody answered is closed as accepted by silence.
 */
import { usage } from '../errors.js';
import { parseDay } from '../time.js';
import { addBusinessDays, localDate } from '../calendar/business-days.js';
import type { BusinessCalendar } from '../calendar/business-calendar.js';
import type { EventPayload, TicketEvent } from './events.js';
import type { TicketState } from './projection.js';
import { text as said } from '../../i18n/keys.js';

export interface DailyRules {
  readonly calendar: BusinessCalendar;
  /** desk.yaml workflow.followUpDays: business days a `desk wait` without --until lasts. */
  readonly followUpDays: number;
  /** desk.yaml workflow.autoCloseDays: 0 = never. */
  readonly autoCloseDays: number;
}

/** The day a waiting ticket is due back: the day given to `desk wait --until`, else the default from desk.yaml. */
export function followUpDay(s: TicketState, rules: DailyRules): string | undefined {
  if (s.status !== 'waiting' || s.waitingSince === undefined) return undefined;
  return (
    s.followUpOn ??
    addBusinessDays(rules.calendar, localDate(rules.calendar, new Date(s.waitingSince)), rules.followUpDays)
  );
}

/** The customer wrote after the last resolution: that is an answer (maybe an objection), not silence. */
export function customerAnsweredResolution(s: TicketState, events: readonly TicketEvent[]): boolean {
  if (s.resolvedAt === undefined) return false;
  const since = Date.parse(s.resolvedAt);
  return events.some((e) => e.type === 'message' && e.direction === 'from-customer' && Date.parse(e.at) > since);
}

/**
 * The customer wrote and nobody has answered yet: after the solution (maybe an objection), or on
 * a ticket already reacted to (the answer to a question, a log file sent).
 */
export function customerAwaitsAnswer(s: TicketState, events: readonly TicketEvent[]): boolean {
  if (s.status === 'resolved') return customerAnsweredResolution(s, events);
  if (s.firstReaction === undefined) return false; // still unanswered as a whole
  let last: TicketEvent | undefined;
  for (const e of events) if (e.type === 'message') last = e;
  return last?.type === 'message' && last.direction === 'from-customer' && last.at > s.firstReaction.at;
}

/**
 * The day a resolved ticket closes as accepted by silence, unless the customer answers first;
 * undefined when it never will (not resolved, switched off, or the customer answered).
 */
export function silenceDay(s: TicketState, events: readonly TicketEvent[], rules: DailyRules): string | undefined {
  if (s.status !== 'resolved' || s.resolvedAt === undefined || rules.autoCloseDays === 0) return undefined;
  if (customerAnsweredResolution(s, events)) return undefined;
  return addBusinessDays(rules.calendar, localDate(rules.calendar, new Date(s.resolvedAt)), rules.autoCloseDays);
}

/** Whether `day` (ISO) has come as of `now`, in the company's time zone. */
export function dayHasCome(day: string, now: Date, calendar: BusinessCalendar): boolean {
  return localDate(calendar, now) >= day;
}

/** The closings by silence due as of `now`, one per ticket; none twice (a closed ticket is no longer resolved). */
export function silentClosings(
  tickets: readonly { id: string; state: TicketState; events: readonly TicketEvent[] }[],
  rules: DailyRules,
  now: Date,
): { id: string; payload: EventPayload<'closed'> }[] {
  return tickets.flatMap((t) => {
    const day = silenceDay(t.state, t.events, rules);
    if (day === undefined || !dayHasCome(day, now, rules.calendar)) return [];
    return [{ id: t.id, payload: { type: 'closed' as const, silentDays: rules.autoCloseDays } }];
  });
}

/**
 * The earliest day one of `tickets` closes by silence, or `from` if that is earlier (null: none
 * will). What a command keeps to know when it must look at every resolved ticket again.
 */
export function earliestSilenceDay(
  tickets: readonly { state: TicketState; events: readonly TicketEvent[] }[],
  rules: DailyRules,
  from: string | null,
): string | null {
  let earliest = from;
  for (const t of tickets) {
    const day = silenceDay(t.state, t.events, rules);
    if (day !== undefined && (earliest === null || day < earliest)) earliest = day;
  }
  return earliest;
}

/**
 * `desk wait --until`: a day (2026-12-01) or business days from today (3d; 2w = 10 business days).
 * Refuses days gone by, so a follow-up never comes back unseen.
 */
export function followUpFrom(given: string, today: string, calendar: BusinessCalendar): string {
  const text = given.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    // a day that does not exist (2026-02-30) is not a date, whatever it compares with
    parseDay(text, '--until');
    if (text <= today) throw usage(said('input.untilPast', { day: text, today }), said('input.untilPastHint'));
    return text;
  }
  const m = /^(\d+)\s*(d|w)$/i.exec(text);
  const n = m ? Number(m[1]) * (m[2]!.toLowerCase() === 'w' ? 5 : 1) : 0;
  if (!m || n < 1 || n > 250) throw usage(said('input.untilWhat', { given }), said('input.untilWhatHint'));
  return addBusinessDays(calendar, today, n);
}
