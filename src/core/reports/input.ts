/**
 * What every report reads: the files of the helpdesk as plain data, and when it looks. Reports
 * are pure functions of this, so the same repository and `--as-of` give the same figures.
 */
import type { CustomerTime } from '../billing/from-tickets.js';
import type { IsoDate } from '../billing/types.js';
import type { CalendarConfig } from '../calendar/index.js';
import type { Cents } from '../money.js';
import type { Payment } from '../payments/types.js';
import type { InvoiceRecord } from '../invoice/types.js';
import type { Product, StaffMember } from '../schema/config.js';
import type { Customer } from '../schema/customer.js';
import { slaBook, type SlaBook } from '../sla/index.js';
import type { HolidayMemory } from '../calendar/holidays.js';
import { project } from '../ticket/projection.js';
import type { TicketRecord } from '../ticket/ticket-record.js';
import type { MetricValues } from './metrics.js';
import { endOfDay, type AsOf, type ReportPeriod } from './period.js';
import { byText } from './stats.js';
import { localDay } from '../time.js';

export interface ReportInput {
  readonly asOf: AsOf;
  readonly period: ReportPeriod;
  /** `--customer`, or the customer of `desk report customer C`. */
  readonly customer?: string;
  readonly timeZone: string;
  readonly calendar: CalendarConfig;
  /** Public holidays remembered between runs (store/holiday-cache.ts): the same dates, without the holiday library. */
  readonly holidays?: HolidayMemory;
  readonly staff: readonly StaffMember[];
  readonly products: readonly Product[];
  readonly billing: { readonly listRate?: Cents; readonly increment: number };
  /** desk.yaml reviews.everyMonths: a contract customer not reviewed for longer is flagged (customer report). */
  readonly reviewEveryMonths?: number;
  /** Every ticket as in its file; reports cut them at the as-of instant themselves. */
  readonly tickets: readonly TicketRecord[];
  readonly customers: ReadonlyMap<string, Customer>;
  readonly invoices: readonly InvoiceRecord[];
  /** Payments received (for the customer report's open items); none when not read. */
  readonly payments?: readonly Payment[];
  /** The short form of every ticket id, as people type them. */
  readonly short: ReadonlyMap<string, string>;
  /**
   * Set instead of `tickets` when no ticket has an event after the as-of instant: what billing
   * reads of each customer's tickets (from the ticket index), enough for the utilization report
   * (the tickets with time since its utilizationLookBack at least).
   */
  readonly billable?: ReadonlyMap<string, CustomerTime>;
}

/** What every report returns: its figures as plain data, and the metrics `--fail-*` checks. */
export interface Report<Data = unknown> {
  readonly report: string;
  readonly title: string;
  readonly asOf: string;
  readonly period: { from: IsoDate; to: IsoDate; label: string; through: IsoDate; partial: boolean };
  readonly customer?: string;
  readonly metrics: MetricValues;
  readonly data: Data;
}

export function reportHead(name: string, title: string, input: ReportInput): Omit<Report, 'metrics' | 'data'> {
  const { from, to, label, through, partial } = input.period;
  return {
    report: name,
    title,
    asOf: input.asOf.label,
    period: { from, to, label, through, partial },
    ...(input.customer && { customer: input.customer }),
  };
}

/**
 * The tickets as they stood at `at`: those recorded by then, each with only the events recorded
 * by then, in id order. A report "as of" a past day sees what was known that day.
 */
export function ticketsAt(tickets: readonly TicketRecord[], at: Date): TicketRecord[] {
  const limit = at.getTime();
  const out: TicketRecord[] = [];
  for (const t of tickets) {
    const events = t.events.filter((e) => Date.parse(e.at) <= limit);
    if (events[0]?.type !== 'opened') continue;
    out.push(events.length === t.events.length ? t : { id: t.id, events, state: project(t.id, events) });
  }
  return out.sort((a, b) => byText(a.id, b.id));
}

/** The instant a snapshot (backlog, open tickets) is taken: the as-of instant or the period's end, whichever is first. */
export function snapshotAt(input: ReportInput): Date {
  const end = endOfDay(input.period.to, input.timeZone);
  return end.getTime() < input.asOf.at.getTime() ? end : input.asOf.at;
}

/** The company-local day of an instant stored in a ticket. */
export function dayOf(iso: string, timeZone: string): IsoDate {
  return localDay(new Date(iso), timeZone);
}

/** Within the counted days of the period: from its first day through the as-of day. */
export const inPeriod = (day: IsoDate, period: ReportPeriod) => day >= period.from && day <= period.through;

/** The tickets of one customer when the report is for one; all otherwise. */
export function forCustomer<T extends { state: { customer: string } }>(
  tickets: readonly T[],
  customer: string | undefined,
): T[] {
  return customer === undefined ? [...tickets] : tickets.filter((t) => t.state.customer === customer);
}

/** Reaction and resolution terms, built once per report (calendars are expensive to build). */
export function slaBookOf(input: ReportInput): SlaBook {
  return slaBook(input.calendar, input.holidays);
}

export const staffName = (input: ReportInput, id: string) => input.staff.find((s) => s.id === id)?.name ?? id;
