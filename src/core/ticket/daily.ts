/**
 * The dates of the daily loop (docs/workflow.md): when a ticket waiting on the customer comes back
 * to the work list, and when a resolved ticket nobody answered is closed as accepted by silence.
 */
import { addBusinessDays, localDate } from '../calendar/business-days.js';
import type { BusinessCalendar } from '../calendar/business-calendar.js';
import type { TicketEvent } from './events.js';
import type { TicketState } from './projection.js';

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
