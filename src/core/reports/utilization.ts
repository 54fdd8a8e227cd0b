/**
 * `desk report utilization`: how much of their quota or commitment the customers use
 * (Auslastung, docs/domain.md §7), over the last periods, with a projection of the current period from
 * the pace so far. Figures are the billing rules' own (../billing), so they match `desk usage`.
 */
import {
  activeContract,
  customerTime,
  entriesCountedFrom,
  firstDayRead,
  periodOf,
  periodsBetween,
  settle,
  type BillingPeriod,
  type CustomerTime,
  type Statement,
} from '../billing/index.js';
import type { IsoDate, LabelledRange } from '../billing/types.js';
import type { Minutes } from '../duration.js';
import { usage } from '../errors.js';
import { roundHalfUp, type Cents } from '../money.js';
import type { CommitmentContract, Customer, ServiceContract } from '../schema/customer.js';
import { reportHead, ticketsAt, type Report, type ReportInput } from './input.js';
import type { MetricDef } from './metrics.js';
import { daysBetween } from './period.js';
import { byText, groupBy, maxOf, percent } from './stats.js';

export interface UsagePoint {
  period: LabelledRange;
  /** Quota (service) or minimum plus carried-in hours (commitment) of the period. */
  included: Minutes;
  used: Minutes;
  percent: number | null;
  /** Overage (service) or excess (commitment): used beyond `included`. */
  over: Minutes;
}

export interface UtilizationRow {
  customer: string;
  name: string;
  projectLead?: string;
  salesRep?: string;
  contract: {
    id?: string;
    kind: 'service' | 'commitment';
    start: IsoDate;
    period: string;
    settlement?: 'per-period' | 'pooled';
  };
  current: UsagePoint & {
    /** The last day counted: the period's end or the report's day. */
    through: IsoDate;
    remaining: Minutes;
    /** What the overage or excess costs at the period's end (0 for pooled quota: settled with the window). */
    overAmount: Cents;
  };
  /** Pooled service contracts: the pool window up to the current period. */
  pool?: { window: LabelledRange; included: Minutes; used: Minutes; excess: Minutes; balance: Minutes };
  /** The current period's used minutes extrapolated to its end at the pace so far (calendar days). */
  projection: { elapsedDays: number; totalDays: number; used: Minutes; percent: number | null; over: Minutes };
  /** The last periods of the contract, oldest first, the current one last. */
  trend: UsagePoint[];
}

export interface UtilizationData {
  /** The day the current periods are taken at. */
  day: IsoDate;
  rows: UtilizationRow[];
  /** Customers whose time is billed per use on that day: nothing to utilise. */
  withoutQuota: { customer: string; name: string }[];
}

export const UTILIZATION_METRICS: readonly MetricDef[] = [
  {
    name: 'utilization.max',
    unit: 'percent',
    description: 'the highest use of a quota or commitment in the current period',
  },
  {
    name: 'utilization.projected',
    unit: 'percent',
    description: 'the highest projected use at the end of the current period',
  },
  {
    name: 'utilization.over',
    unit: 'count',
    description: 'customers over their quota or commitment in the current period',
  },
  { name: 'utilization.customers', unit: 'count', description: 'customers with a quota or commitment' },
];

export const TREND_PERIODS = 6;

type QuotaContract = ServiceContract | CommitmentContract;

export function utilizationReport(input: ReportInput): Report<UtilizationData> {
  const day = input.period.through;
  const customers = [...input.customers.values()]
    .filter((c) => input.customer === undefined || c.id === input.customer)
    .sort((a, b) => byText(a.id, b.id));
  // every customer's tickets as known at the report's instant, grouped once (500 customers each
  // filtering 100,000 tickets took seconds); `billable` when they are all that already
  const known = input.billable
    ? undefined
    : new Map(
        groupBy(
          ticketsAt(input.tickets, input.asOf.at).map((t) => t.state),
          (s) => s.customer,
        ),
      );
  const own = (id: string): CustomerTime => input.billable?.get(id) ?? customerTime(known?.get(id) ?? []);
  const rows: UtilizationRow[] = [];
  const withoutQuota: UtilizationData['withoutQuota'] = [];
  for (const customer of customers) {
    const contract = activeContract(customer, day);
    if (contract === undefined || contract.kind === 'none') {
      if (input.customer !== undefined) {
        throw usage(
          `customer ${customer.id} has no service contract or commitment on ${day}: there is no quota to measure`,
          `its time is billed per use; see it with desk usage ${customer.id}`,
        );
      }
      withoutQuota.push({ customer: customer.id, name: customer.name });
      continue;
    }
    rows.push(rowOf(customer, contract, own(customer.id), day, input));
  }
  return {
    ...reportHead('utilization', 'Utilisation of contracts', input),
    metrics: {
      'utilization.max': maxOf(rows.map((r) => r.current.percent)),
      'utilization.projected': maxOf(rows.map((r) => r.projection.percent)),
      'utilization.over': rows.filter((r) => r.current.over > 0).length,
      'utilization.customers': rows.length,
    },
    data: { day, rows, withoutQuota },
  };
}

/** One customer's utilisation on `day`, from its tickets as known at the report's instant; undefined without a quota. */
export function utilizationOf(
  customer: Customer,
  own: CustomerTime,
  day: IsoDate,
  input: ReportInput,
): UtilizationRow | undefined {
  const contract = activeContract(customer, day);
  return contract === undefined || contract.kind === 'none' ? undefined : rowOf(customer, contract, own, day, input);
}

function rowOf(
  customer: Customer,
  contract: QuotaContract,
  own: CustomerTime,
  day: IsoDate,
  input: ReportInput,
): UtilizationRow {
  const current = periodOf(contract, day) as BillingPeriod;
  const periods = trendOf(contract, day);
  // time worked after the day looked at does not count, whatever was logged since
  const entries = entriesCountedFrom(own.entries, firstDayRead(contract, periods[0]!), day);
  const tickets = own.tickets; // one array for all periods: the entries are then classified once
  const statementOf = (period: BillingPeriod) =>
    settle({
      customer,
      contract,
      period,
      entries,
      tickets,
      listRate: input.billing.listRate,
      increment: input.billing.increment,
    });
  const statements = periods.map(statementOf);
  const now = statements[statements.length - 1] as Statement;
  const point = pointOf(now);
  const totalDays = daysBetween(current.from, current.to);
  const elapsedDays = daysBetween(current.from, day);
  const projected = elapsedDays >= totalDays ? point.used : roundHalfUp(point.used * totalDays, elapsedDays);
  const pool = now.pool;
  return {
    customer: customer.id,
    name: customer.name,
    ...(customer.projectLead && { projectLead: customer.projectLead }),
    ...(customer.salesRep && { salesRep: customer.salesRep }),
    contract: {
      ...(contract.id !== undefined && { id: contract.id }),
      kind: contract.kind,
      start: contract.start,
      period: contract.period,
      ...(contract.kind === 'service' && { settlement: contract.settlement }),
    },
    current: {
      ...point,
      through: day,
      remaining: Math.max(0, point.included - point.used),
      overAmount: now.quota?.overageAmount ?? now.commitment?.excessAmount ?? 0,
    },
    ...(pool && {
      pool: {
        window: pool.window,
        included: pool.included,
        used: pool.used,
        excess: pool.excess,
        balance: pool.included - pool.used,
      },
    }),
    projection: {
      elapsedDays,
      totalDays,
      used: projected,
      percent: percent(projected, point.included),
      over: Math.max(0, projected - point.included),
    },
    trend: statements.map(pointOf),
  };
}

/** The first day whose time can change `customer`'s row on `day`; undefined without a quota. */
export function utilizationLookBack(customer: Customer, day: IsoDate): IsoDate | undefined {
  const contract = activeContract(customer, day);
  // the oldest period of the trend reads back furthest
  return contract === undefined || contract.kind === 'none'
    ? undefined
    : firstDayRead(contract, trendOf(contract, day)[0]!);
}

/** The last periods of the contract up to the one holding `day`, oldest first. */
const trendOf = (contract: QuotaContract, day: IsoDate): BillingPeriod[] =>
  periodsBetween(contract, contract.start, day).slice(-TREND_PERIODS);

function pointOf(s: Statement): UsagePoint {
  const included = s.quota?.included ?? s.commitment?.available ?? 0;
  const used = s.quota?.used ?? s.commitment?.used ?? 0;
  return { period: s.period, included, used, percent: percent(used, included), over: Math.max(0, used - included) };
}
