/**
 * Which tickets can matter for a report (docs/reports.md#what-a-report-reads). Reports are pure
 * functions of every ticket; on a large helpdesk most tickets were closed long before anything
 * a report looks at, and reading them would change no figure. This says which ones can, from
 * what the ticket index keeps of each ticket: its customer, its status now, and its span.
 *
 * A ticket's span runs from the earliest to the latest instant it mentions: its receipt, every
 * event, every day time was logged for (cancelled entries too: they counted until cancelled).
 * A ticket whose span begins after a report's window did not exist in it, or did nothing in it;
 * a ticket whose span ended before the window already stood as it stands now, and unless it is
 * still in support's hands (then it is in every snapshot since) it counts in no period and no
 * snapshot the report looks at.
 */
import { activeContract } from '../billing/contracts.js';
import { addDays, daysInMonth, splitDate } from '../billing/dates.js';
import type { IsoDate } from '../billing/types.js';
import type { TicketRecord } from '../ticket/ticket-record.js';
import { IN_SUPPORT, type Status } from '../ticket/vocabulary.js';
import type { ReportName } from './index.js';
import type { ReportInput } from './input.js';
import { shiftPeriod, trendPeriods } from './period.js';
import { payPerUseSpans, quotaPeriods } from './sales.js';
import { TREND_PERIODS } from './satisfaction.js';

/** The earliest and latest instant (ms) a ticket mentions; a day worked counts as its midnight UTC. */
export interface TicketSpan {
  readonly from: number;
  readonly to: number;
}

export interface TicketScope {
  /** Only this customer's tickets. */
  readonly customer?: string;
  /** Tickets whose span begins after this instant (ms) cannot matter. */
  readonly until: number;
  /** Tickets whose span ends before this instant (ms), and no longer in support's hands, cannot matter. */
  readonly since: number;
  /** An earlier `since` for the tickets of some customers: billing looks back further for them. */
  readonly sinceFor: ReadonlyMap<string, number>;
  /** Only tickets rated (a feedback event) from `since` to `until`, whatever else they did. */
  readonly rated?: boolean;
}

/** What the index keeps of a ticket to tell whether it can matter. */
export interface ScopeFacts {
  readonly customer: string;
  readonly status: Status;
  readonly span: TicketSpan;
  /** From its first to its latest feedback event; none when never rated. */
  readonly rated?: TicketSpan;
}

export function ticketSpan(t: TicketRecord): TicketSpan {
  let from = Date.parse(t.state.receivedAt);
  let to = from;
  const mention = (ms: number) => {
    if (ms < from) from = ms;
    if (ms > to) to = ms;
  };
  for (const e of t.events) {
    mention(Date.parse(e.at));
    if (e.type === 'time-logged') mention(dayInstant(e.on));
  }
  return { from, to };
}

/**
 * A day worked as its midnight UTC. Reports compare days as text, so a day no calendar has (a
 * hand-edited 2026-02-99) counts as the real day it sorts next to (2026-02-28).
 */
function dayInstant(day: IsoDate): number {
  const [y, m, d] = splitDate(day);
  const month = Math.min(12, Math.max(1, m));
  const last = daysInMonth(y, month);
  return Date.UTC(y, month - 1, m > 12 ? last : m < 1 ? 1 : Math.min(last, Math.max(1, d)));
}

/** The first and the latest feedback event of a ticket (ms); undefined when it was never rated. */
export function ratedSpan(t: TicketRecord): TicketSpan | undefined {
  const at = t.events.filter((e) => e.type === 'feedback').map((e) => Date.parse(e.at));
  return at.length ? { from: Math.min(...at), to: Math.max(...at) } : undefined;
}

export function canMatter(scope: TicketScope, t: ScopeFacts): boolean {
  if (scope.customer !== undefined && t.customer !== scope.customer) return false;
  // the rating a report counts is the latest given by the as-of instant: one of these events
  if (scope.rated) return t.rated !== undefined && t.rated.from <= scope.until && t.rated.to >= scope.since;
  if (t.span.from > scope.until) return false;
  return (
    t.span.to >= Math.min(scope.since, scope.sinceFor.get(t.customer) ?? Infinity) || IN_SUPPORT.includes(t.status)
  );
}

/** What a scope needs of a report's input: everything known before the tickets are read. */
export type ScopeInput = Pick<ReportInput, 'asOf' | 'period' | 'customer' | 'customers'>;

const DAY = 86_400_000;
/**
 * Company-local days as instants, a day wider on each side: a local day lies within a day of
 * the same day in UTC in every time zone, and a day worked is kept as its midnight UTC.
 */
const dayStart = (day: IsoDate) => Date.parse(`${day}T00:00:00Z`) - DAY;
const dayEnd = (day: IsoDate) => Date.parse(`${addDays(day, 1)}T00:00:00Z`) + DAY;

/** The tickets report `name` can need for `input`; see docs/reports.md for what each report counts. */
export function reportScope(name: ReportName, input: ScopeInput): TicketScope {
  const asOf = input.asOf.at.getTime();
  const { period } = input;
  const one = input.customer === undefined ? {} : { customer: input.customer };
  // every report counts as of the as-of instant, and no day after the period's last counted one
  const until = Math.min(asOf, dayEnd(period.through));
  const scope = (since: number, sinceFor: ReadonlyMap<string, number> = new Map()): TicketScope => ({
    ...one,
    until,
    since,
    sinceFor,
  });
  switch (name) {
    case 'backlog':
      // open at the snapshot (the period's end, or the as-of instant): not closed before it
      return scope(Math.min(asOf, dayStart(period.to)));
    case 'sla':
    case 'resolution':
      // received, closed or resolved in the period
      return scope(dayStart(period.from));
    case 'hotspots':
      // received in the period or the one before; time logged on days in the period
      return scope(dayStart(shiftPeriod(period, 1, input.asOf.day).from));
    case 'satisfaction':
      // rated in the period or in the earlier periods of the trend
      return { ...scope(dayStart(trendPeriods(period, TREND_PERIODS, input.asOf.day)[0]!.from)), rated: true };
    case 'sales':
      // extension demand received in the period; each customer's time as far back as its signals settle
      return scope(dayStart(period.from), salesLookBack(input));
    case 'customer':
    case 'utilization':
      // the customer page lists ratings and hand-offs whenever they were, and utilization follows
      // contracts back to their start: every ticket recorded by the as-of instant
      return { ...one, until: asOf, since: -Infinity, sinceFor: new Map() };
  }
}

/** Per customer, the first day whose time its sales signals settle, as an instant (ms). */
function salesLookBack(input: ScopeInput): Map<string, number> {
  const day = input.period.through;
  const out = new Map<string, number>();
  for (const c of input.customers.values()) {
    const contract = activeContract(c, day);
    const quota = contract !== undefined && contract.kind !== 'none';
    // a commitment's carried-over hours chain from period to period since the contract began
    const first = quota
      ? contract.kind === 'commitment'
        ? contract.start
        : quotaPeriods(contract, day)[0]?.from
      : payPerUseSpans(c, day)[0]?.period.from;
    if (first !== undefined) out.set(c.id, dayStart(first));
  }
  return out;
}
