/**
 * `desk report hotspots`: where problems concentrate (Problemschwerpunkte, docs/domain.md §1.5), for
 * development and project leads: requests by product/module and category against the previous
 * period, the customers with the most requests, and problems that keep coming back.
 */
import type { TicketRecord } from '../ticket/ticket-record.js';
import { dayOf, forCustomer, inPeriod, reportHead, ticketsAt, type Report, type ReportInput } from './input.js';
import type { MetricDef } from './metrics.js';
import { shiftPeriod, type ReportPeriod } from './period.js';
import { byText, groupBy } from './stats.js';

export interface HotspotRow {
  /** `product/module`, `product`, or `(no product)`. */
  area: string;
  category: string;
  current: number;
  previous: number;
  change: number;
}

export interface CustomerVolume {
  customer: string;
  name: string;
  current: number;
  previous: number;
  /** Minutes logged on the customer's tickets on days in the period. */
  minutes: number;
}

export interface Recurring {
  /** `article` – one knowledge-base article solved several requests; `customer` – one customer reported the same kind of problem again. */
  kind: 'article' | 'customer';
  key: string;
  count: number;
  tickets: string[];
  customers: string[];
}

export interface HotspotsData {
  previous: { from: string; to: string; label: string };
  received: number;
  receivedBefore: number;
  rows: HotspotRow[];
  customers: CustomerVolume[];
  recurring: Recurring[];
}

export const HOTSPOTS_METRICS: readonly MetricDef[] = [
  { name: 'hotspots.received', unit: 'count', description: 'requests received in the period' },
  {
    name: 'hotspots.rise',
    unit: 'count',
    description: 'the biggest rise of one product/module and category against the previous period',
  },
  {
    name: 'hotspots.recurring',
    unit: 'count',
    description:
      'recurring problems: articles used for 2+ requests, and a customer reporting the same kind of problem 2+ times',
  },
];

export const TOP_CUSTOMERS = 10;

const areaOf = (t: TicketRecord) =>
  t.state.product ? (t.state.module ? `${t.state.product}/${t.state.module}` : t.state.product) : '(no product)';
const categoryOf = (t: TicketRecord) => t.state.category ?? '(unqualified)';

function receivedIn(tickets: readonly TicketRecord[], period: ReportPeriod, timeZone: string): TicketRecord[] {
  return tickets.filter((t) => inPeriod(dayOf(t.state.receivedAt, timeZone), period));
}

export function hotspotsReport(input: ReportInput): Report<HotspotsData> {
  const all = forCustomer(ticketsAt(input.tickets, input.asOf.at), input.customer);
  const previousPeriod = shiftPeriod(input.period, 1, input.asOf.day);
  const now = receivedIn(all, input.period, input.timeZone);
  const before = receivedIn(all, previousPeriod, input.timeZone);
  const key = (t: TicketRecord) => `${areaOf(t)}\u0000${categoryOf(t)}`;
  const counts = (ts: TicketRecord[]) => new Map(groupBy(ts, key).map(([k, g]) => [k, g.length]));
  const [cur, prev] = [counts(now), counts(before)];
  const rows = [...new Set([...cur.keys(), ...prev.keys()])].map((k) => {
    const [area = '', category = ''] = k.split('\u0000');
    const [current, previous] = [cur.get(k) ?? 0, prev.get(k) ?? 0];
    return { area, category, current, previous, change: current - previous };
  });
  rows.sort(
    (a, b) => b.change - a.change || b.current - a.current || byText(a.area, b.area) || byText(a.category, b.category),
  );
  const recurring = recurringProblems(now);
  return {
    ...reportHead('hotspots', 'Problem hotspots', input),
    metrics: {
      'hotspots.received': now.length,
      'hotspots.rise': rows.length ? Math.max(0, rows[0]?.change ?? 0) : null,
      'hotspots.recurring': recurring.length,
    },
    data: {
      previous: { from: previousPeriod.from, to: previousPeriod.to, label: previousPeriod.label },
      received: now.length,
      receivedBefore: before.length,
      rows,
      customers: topCustomers(now, before, all, input),
      recurring,
    },
  };
}

function topCustomers(
  now: TicketRecord[],
  before: TicketRecord[],
  all: TicketRecord[],
  input: ReportInput,
): CustomerVolume[] {
  const prev = new Map(groupBy(before, (t) => t.state.customer).map(([c, g]) => [c, g.length]));
  const minutes = new Map<string, number>();
  for (const t of all) {
    for (const e of t.state.timeEntries)
      if (inPeriod(e.on, input.period)) minutes.set(t.state.customer, (minutes.get(t.state.customer) ?? 0) + e.minutes);
  }
  return groupBy(now, (t) => t.state.customer)
    .map(([customer, g]) => ({
      customer,
      name: input.customers.get(customer)?.name ?? customer,
      current: g.length,
      previous: prev.get(customer) ?? 0,
      minutes: minutes.get(customer) ?? 0,
    }))
    .sort((a, b) => b.current - a.current || b.minutes - a.minutes || byText(a.customer, b.customer))
    .slice(0, TOP_CUSTOMERS);
}

function recurringProblems(now: TicketRecord[]): Recurring[] {
  const ids = (ts: TicketRecord[]) => ts.map((t) => t.id);
  const customersOf = (ts: TicketRecord[]) => [...new Set(ts.map((t) => t.state.customer))].sort(byText);
  const byArticle = groupBy(
    now.flatMap((t) => t.state.kbLinks.map((slug) => ({ slug, t }))),
    (x) => x.slug,
  ).map(([slug, xs]) => ({
    kind: 'article' as const,
    key: slug,
    count: xs.length,
    tickets: ids(xs.map((x) => x.t)),
    customers: customersOf(xs.map((x) => x.t)),
  }));
  const byCustomer = groupBy(
    now.filter((t) => t.state.category !== undefined),
    (t) => `${t.state.customer}: ${areaOf(t)} ${categoryOf(t)}`,
  ).map(([k, ts]) => ({
    kind: 'customer' as const,
    key: k,
    count: ts.length,
    tickets: ids(ts),
    customers: customersOf(ts),
  }));
  return [...byArticle, ...byCustomer]
    .filter((r) => r.count >= 2)
    .sort((a, b) => b.count - a.count || byText(a.kind, b.kind) || byText(a.key, b.key));
}
