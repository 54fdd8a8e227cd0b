import { failed, invalid } from '../errors.js';
import { priceOfMinutes, type Cents } from '../money.js';
import type { Contract, Customer, ServiceContract } from '../schema/customer.js';
import { usageByActivity, usageByTicket } from './breakdown.js';
import { classifiedTime, DEFAULT_INCREMENT, type ClassifiedEntry } from './classify.js';
import { commitmentFigures } from './commitment.js';
import { explain } from './explain.js';
import { chargeLines } from './lines.js';
import { poolWindowOf, type PoolWindow } from './periods.js';
import { poolSettlement } from './pool.js';
import type { QuotaFigures, RateSource, RatedMinutes, Statement } from './statement.js';
import { partsOf } from './tally.js';
import { noBucketMinutes, type IsoDate, type LabelledRange, type TicketFacts, type TimeEntry } from './types.js';

export interface SettleInput {
  customer: Customer;
  /** The contract whose period this is (from periodOf/customerPeriodsBetween); undefined for days without one. */
  contract: Contract | undefined;
  period: LabelledRange;
  /** All effective entries of the customer, earlier periods included: caps, pools and carry-over look back. */
  entries: readonly TimeEntry[];
  tickets: readonly TicketFacts[];
  /** desk.yaml billing.listRate, the last resort for pay-per-use time. */
  listRate?: Cents;
  /** desk.yaml billing.increment, for days without a contract. */
  increment?: number;
}

/** The statement of one period: usage by bucket, the charges due at its end, and why. */
export function settle(input: SettleInput): Statement {
  const { customer, contract, period } = input;
  checkPeriod(customer, contract, period);
  const time = classifiedTime(input);
  const inPeriod = time.within(period);
  checkSameContract(inPeriod, contract);
  const parts = partsOf(inPeriod);
  const buckets = noBucketMinutes();
  for (const p of parts) buckets[p.bucket] += p.minutes;
  const hourly = contract?.kind === 'service' ? contract.hourlyRate : undefined;
  const rated = (minutes: number, rate: Cents | undefined): RatedMinutes =>
    rate === undefined ? { minutes, amount: 0 } : { minutes, rate, amount: priceOfMinutes(minutes, rate) };
  const ppu = payPerUseRate(input);
  if (buckets['pay-per-use'] > 0 && ppu === undefined) {
    throw invalid(
      `customer ${customer.id}: time without a contract in ${period.label} has no rate`,
      'set billing.listRate in desk.yaml or listRate for the customer',
    );
  }
  const draft: Omit<Statement, 'lines' | 'net' | 'explanation'> = {
    customer: customer.id,
    ...(contract && { contract: describe(customer, contract) }),
    period: { from: period.from, to: period.to, label: period.label },
    increment: contract?.increment ?? input.increment ?? DEFAULT_INCREMENT,
    entries: inPeriod.length,
    logged: inPeriod.reduce((sum, c) => sum + c.entry.minutes, 0),
    billed: inPeriod.reduce((sum, c) => sum + c.billed, 0),
    buckets,
    ...(contract?.kind === 'service' && { quota: quotaFigures(contract, buckets.quota) }),
    ...(contract?.kind === 'service' &&
      contract.settlement === 'pooled' && {
        pool: poolSettlement(contract, windowOf(contract, period), time, period.to),
      }),
    ...(contract?.kind === 'commitment' && { commitment: commitmentFigures(contract, period, time) }),
    beyondCap: rated(buckets['beyond-cap'], hourly),
    outsideContract: rated(buckets['outside-contract'], hourly),
    payPerUse: { ...rated(buckets['pay-per-use'], ppu?.rate), ...(ppu && { rateSource: ppu.source }) },
    byTicket: usageByTicket(inPeriod, input.tickets),
    byActivity: usageByActivity(inPeriod),
    parts,
  };
  const lines = chargeLines(draft);
  const net = lines.reduce((sum, l) => sum + l.amount, 0);
  return { ...draft, lines, net, explanation: explain({ ...draft, lines, net }, contract) };
}

/**
 * The first day whose time the statement of `period` reads: a commitment's carry-over chains
 * back to the contract's start, a pooled quota to its window's first day; other terms read the
 * period alone. (Earlier time of the same tickets still counts: the analysis cap spans a ticket.)
 */
export function firstDayRead(contract: Contract | undefined, period: LabelledRange): IsoDate {
  if (contract?.kind === 'commitment') return contract.start;
  if (contract?.kind === 'service' && contract.settlement === 'pooled') return windowOf(contract, period).from;
  return period.from;
}

function quotaFigures(contract: ServiceContract, used: number): QuotaFigures {
  const included = contract.includedHours;
  const overage = Math.max(0, used - included);
  return {
    included,
    used,
    remaining: Math.max(0, included - used),
    overage,
    overageRate: contract.overageRate,
    overageAmount: contract.settlement === 'per-period' ? priceOfMinutes(overage, contract.overageRate) : 0,
    settlement: contract.settlement,
  };
}

function payPerUseRate(input: SettleInput): { rate: Cents; source: RateSource } | undefined {
  if (input.contract?.kind === 'none' && input.contract.hourlyRate !== undefined)
    return { rate: input.contract.hourlyRate, source: 'contract' };
  if (input.contract !== undefined && input.contract.kind !== 'none') return undefined;
  if (input.customer.listRate !== undefined) return { rate: input.customer.listRate, source: 'customer' };
  return input.listRate === undefined ? undefined : { rate: input.listRate, source: 'desk' };
}

function describe(customer: Customer, contract: Contract): NonNullable<Statement['contract']> {
  return {
    index: customer.contracts.indexOf(contract),
    ...(contract.id !== undefined && { id: contract.id }),
    kind: contract.kind,
    start: contract.start,
    ...(contract.end !== undefined && { end: contract.end }),
  };
}

function windowOf(contract: ServiceContract, period: LabelledRange): PoolWindow {
  const window = poolWindowOf(contract, period.from);
  if (!window) throw failed(`no pool window holds ${period.from}`);
  return window;
}

function checkPeriod(customer: Customer, contract: Contract | undefined, period: LabelledRange): void {
  if (period.from > period.to) throw failed(`period ${period.label} ends before it starts`);
  if (contract && !customer.contracts.includes(contract))
    throw failed(`the contract starting ${contract.start} is not one of ${customer.id}'s`);
  if (contract && (period.from < contract.start || (contract.end !== undefined && period.to > contract.end))) {
    throw failed(
      `period ${period.label} is not within the contract starting ${contract.start}`,
      'settle the periods from customerPeriodsBetween',
    );
  }
}

/** A statement applies one contract's terms; time under another contract needs its own statement. */
function checkSameContract(inPeriod: readonly ClassifiedEntry[], contract: Contract | undefined): void {
  const stray = inPeriod.find((c) => c.contract !== contract);
  if (stray) {
    throw failed(
      `time on ${stray.entry.date} falls under another contract than the one settled`,
      'settle the periods from customerPeriodsBetween',
    );
  }
}
