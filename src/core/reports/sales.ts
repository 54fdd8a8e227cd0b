/**
 * `desk report sales`: signals for the sales reps (docs/domain.md §1.8, §1.10): who outgrows their
 * contract, who would be better off with one, who barely uses theirs, and which products
 * customers want extended (docs/reports.md#sales).
 */
import {
  activeContract,
  customerPeriodsBetween,
  entriesOf,
  factsOf,
  periodsBetween,
  settle,
  type BillingPeriod,
  type RulesPeriod,
} from '../billing/index.js';
import { addDays, addMonths, daysInMonth, isoOf, splitDate } from '../billing/dates.js';
import type { IsoDate, LabelledRange } from '../billing/types.js';
import type { Minutes } from '../duration.js';
import type { Cents } from '../money.js';
import type { Contract, Customer } from '../schema/customer.js';
import type { TicketState } from '../ticket/projection.js';
import type { Category } from '../ticket/vocabulary.js';
import { dayOf, inPeriod, reportHead, ticketsAt, type Report, type ReportInput } from './input.js';
import type { MetricDef } from './metrics.js';
import { byText, groupBy, percent } from './stats.js';
import type { UsagePoint } from './utilization.js';

export const SIGNAL_PERIODS = 3;
/** Over quota in at least this many of the last SIGNAL_PERIODS complete periods: offer a bigger contract. */
export const UPSELL_MIN_PERIODS = 2;
export const DEMAND_CATEGORIES = [
  'change-request',
  'feature-idea',
  'new-development',
  'project-work',
] as const satisfies readonly Category[];

interface CustomerRef {
  customer: string;
  name: string;
  salesRep?: string;
}

export interface QuotaSignal extends CustomerRef {
  contract: string;
  /** The last complete periods of the contract in force, oldest first. */
  periods: UsagePoint[];
  overCount: number;
  included: Minutes;
  used: Minutes;
  percent: number | null;
}

export interface ContractCandidate extends CustomerRef {
  months: LabelledRange[];
  /** Pay-per-use minutes and amount billed in those months. */
  minutes: Minutes;
  amount: Cents;
  /** What the entry contract would have cost in the same months. */
  offerCost: Cents;
}

export interface Demand {
  product: string;
  byCategory: Record<(typeof DEMAND_CATEGORIES)[number], number>;
  total: number;
  /** Second Level's estimates of the change requests among them. */
  estimateMinutes: Minutes;
  customers: string[];
  tickets: string[];
}

export interface SalesData {
  day: IsoDate;
  upsell: QuotaSignal[];
  /** The entry offer the candidates are compared with: the cheapest monthly service contract in force. */
  offer?: { customer: string; contract?: string; fee: Cents; includedHours: Minutes };
  candidates: ContractCandidate[];
  atRisk: QuotaSignal[];
  demand: Demand[];
}

export const SALES_METRICS: readonly MetricDef[] = [
  {
    name: 'sales.upsell',
    unit: 'count',
    description: `customers over quota in ${UPSELL_MIN_PERIODS} or more of the last ${SIGNAL_PERIODS} complete periods`,
  },
  {
    name: 'sales.candidates',
    unit: 'count',
    description: 'customers without a contract whose billed time would have paid for the entry contract',
  },
  { name: 'sales.at-risk', unit: 'count', description: 'customers using under a third of their quota or commitment' },
  {
    name: 'sales.demand',
    unit: 'count',
    description: 'requests for changes, features, new development or project work received in the period',
  },
];

export function salesReport(input: ReportInput): Report<SalesData> {
  const day = input.period.through;
  const tickets = ticketsAt(input.tickets, input.asOf.at);
  const customers = [...input.customers.values()]
    .filter((c) => input.customer === undefined || c.id === input.customer)
    .sort((a, b) => byText(a.id, b.id));
  // grouped once: hundreds of customers each filtering every ticket cost seconds at 100,000 tickets
  const byCustomer = new Map(groupBy(tickets, (t) => t.state.customer).map(([c, own]) => [c, own.map((t) => t.state)]));
  const stateOf = (c: Customer) => byCustomer.get(c.id) ?? [];
  const quota = customers.flatMap((c) => quotaSignal(c, stateOf(c), day, input) ?? []);
  const offer = entryOffer([...input.customers.values()], day);
  const candidates = offer ? customers.flatMap((c) => candidate(c, stateOf(c), day, offer.fee, input) ?? []) : [];
  const demand = demandOf(
    tickets
      .map((t) => t.state)
      .filter(
        (s) =>
          (input.customer === undefined || s.customer === input.customer) &&
          inPeriod(dayOf(s.receivedAt, input.timeZone), input.period),
      ),
  );
  const upsell = quota.filter((q) => q.overCount >= UPSELL_MIN_PERIODS);
  const atRisk = quota.filter((q) => q.included > 0 && q.used * 3 < q.included);
  return {
    ...reportHead('sales', 'Sales signals', input),
    metrics: {
      'sales.upsell': upsell.length,
      'sales.candidates': candidates.length,
      'sales.at-risk': atRisk.length,
      'sales.demand': demand.reduce((sum, d) => sum + d.total, 0),
    },
    data: { day, upsell, ...(offer && { offer }), candidates, atRisk, demand },
  };
}

const refOf = (c: Customer): CustomerRef => ({
  customer: c.id,
  name: c.name,
  ...(c.salesRep && { salesRep: c.salesRep }),
});

function quotaSignal(
  customer: Customer,
  own: TicketState[],
  day: IsoDate,
  input: ReportInput,
): QuotaSignal | undefined {
  const contract = activeContract(customer, day);
  if (contract === undefined || contract.kind === 'none') return undefined;
  const entries = entriesOf(own).filter((e) => e.date <= day);
  const complete = quotaPeriods(contract, day);
  if (complete.length === 0) return undefined;
  const periods = complete.map((period: BillingPeriod) => {
    const s = settle({
      customer,
      contract,
      period,
      entries,
      tickets: factsOf(own),
      listRate: input.billing.listRate,
      increment: input.billing.increment,
    });
    const included = s.quota?.included ?? s.commitment?.available ?? 0;
    const used = s.quota?.used ?? s.commitment?.used ?? 0;
    return { period: s.period, included, used, percent: percent(used, included), over: Math.max(0, used - included) };
  });
  const included = periods.reduce((sum, p) => sum + p.included, 0);
  const used = periods.reduce((sum, p) => sum + p.used, 0);
  return {
    ...refOf(customer),
    contract: contract.id ?? contract.kind,
    periods,
    overCount: periods.filter((p) => p.over > 0).length,
    included,
    used,
    percent: percent(used, included),
  };
}

/** The last SIGNAL_PERIODS periods of `contract` complete on `day`, oldest first: what quota signals settle. */
export function quotaPeriods(contract: Contract, day: IsoDate): BillingPeriod[] {
  return periodsBetween(contract, contract.start, day)
    .filter((p) => p.to <= day)
    .slice(-SIGNAL_PERIODS);
}

/** The cheapest monthly service contract in force on `day`: what a customer without one would be offered first. */
function entryOffer(customers: Customer[], day: IsoDate): SalesData['offer'] {
  let best: SalesData['offer'];
  for (const c of [...customers].sort((a, b) => byText(a.id, b.id))) {
    const k = activeContract(c, day);
    if (k?.kind !== 'service' || k.period !== 'month') continue;
    if (!best || k.fee < best.fee)
      best = {
        customer: c.id,
        ...(k.id !== undefined && { contract: k.id }),
        fee: k.fee,
        includedHours: k.includedHours,
      };
  }
  return best;
}

/** The last SIGNAL_PERIODS complete calendar months up to `day`. */
function lastMonths(day: IsoDate): LabelledRange[] {
  const [y, m, d] = splitDate(day);
  const last = d === daysInMonth(y, m) ? isoOf(y, m, 1) : addMonths(isoOf(y, m, 1), -1);
  return Array.from({ length: SIGNAL_PERIODS }, (_, i) => {
    const from = addMonths(last, i - (SIGNAL_PERIODS - 1));
    return { from, to: addDays(addMonths(from, 1), -1), label: from.slice(0, 7) };
  });
}

/** The spans without a contract (none, or `kind: none`) touching the last months: what a first-contract candidate is billed for. */
export function payPerUseSpans(customer: Customer, day: IsoDate): RulesPeriod[] {
  const months = lastMonths(day);
  const range = { from: (months[0] as LabelledRange).from, to: (months[months.length - 1] as LabelledRange).to };
  return customerPeriodsBetween(customer, range).filter(
    (span) => span.contract === undefined || span.contract.kind === 'none',
  );
}

function candidate(
  customer: Customer,
  own: TicketState[],
  day: IsoDate,
  fee: Cents,
  input: ReportInput,
): ContractCandidate | undefined {
  const contract = activeContract(customer, day);
  if (contract !== undefined && contract.kind !== 'none') return undefined;
  const months = lastMonths(day);
  const entries = entriesOf(own).filter((e) => e.date <= day);
  let minutes = 0;
  let amount = 0;
  for (const span of payPerUseSpans(customer, day)) {
    const s = settle({
      customer,
      contract: span.contract,
      period: span.period,
      entries,
      tickets: factsOf(own),
      listRate: input.billing.listRate,
      increment: input.billing.increment,
    });
    minutes += s.payPerUse.minutes;
    amount += s.payPerUse.amount;
  }
  const offerCost = fee * months.length;
  if (amount === 0 || amount < offerCost) return undefined;
  return { ...refOf(customer), months, minutes, amount, offerCost };
}

function demandOf(states: TicketState[]): Demand[] {
  const wanted = states.filter(
    (s) => s.category !== undefined && (DEMAND_CATEGORIES as readonly string[]).includes(s.category),
  );
  return groupBy(wanted, (s) => s.product ?? '(no product)')
    .map(([product, group]) => {
      const byCategory = Object.fromEntries(
        DEMAND_CATEGORIES.map((c) => [c, group.filter((s) => s.category === c).length]),
      ) as Demand['byCategory'];
      return {
        product,
        byCategory,
        total: group.length,
        estimateMinutes: group.reduce((sum, s) => sum + (s.estimateMinutes ?? 0), 0),
        customers: [...new Set(group.map((s) => s.customer))].sort(byText),
        tickets: group.map((s) => s.id),
      };
    })
    .sort((a, b) => b.total - a.total || byText(a.product, b.product));
}
