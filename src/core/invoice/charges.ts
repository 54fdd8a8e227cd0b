import { splitDate, isoOf, minDate } from '../billing/dates.js';
import {
  advanceCharges,
  classifiedTime,
  customerPeriodsBetween,
  entriesCountedFrom,
  firstDayRead,
  partsOf,
  settle,
  type BilledPart,
  type Bucket,
  type ClassifiedTime,
  type RulesPeriod,
  type ChargeKind,
  type ChargeLine,
  type IsoDate,
  type TicketFacts,
  type TimeEntry,
} from '../billing/index.js';
import { DeskError } from '../errors.js';
import type { Cents } from '../money.js';
import type { Contract, Customer } from '../schema/customer.js';
import type { ContractRef, Settlement } from './types.js';

/** What billing needs to know about one customer. */
export interface CustomerBilling {
  customer: Customer;
  /** All effective time entries of the customer's tickets. */
  entries: readonly TimeEntry[];
  tickets: readonly TicketFacts[];
  listRate?: Cents;
  increment?: number;
}

export interface DueInput extends CustomerBilling {
  /** The run date: advance charges of periods started by then, settlements of periods ended before. */
  date: IsoDate;
  /** desk.yaml invoices.since: periods starting earlier were billed outside desk. */
  since?: IsoDate;
  /** Charge keys on active (not cancelled) invoices. */
  billed: ReadonlySet<string>;
  /** Settlement keys (customer/contract/period) on active invoices. */
  settled: ReadonlySet<string>;
}

export interface DueCharge extends ChargeLine {
  key: string;
  contract?: ContractRef;
  tickets: string[];
  entries: string[];
}

export interface DueCharges {
  charges: DueCharge[];
  settlements: Settlement[];
  /** A period that cannot be settled (a rate is missing), with the reason. */
  problems: string[];
}

export const contractRefOf = (c: Contract | undefined): ContractRef | undefined =>
  c && { start: c.start, ...(c.id !== undefined && { id: c.id }) };

/** customer/contract start (or none)/from..to — a period billed under one set of rules. */
export const settlementKey = (
  customer: string,
  contract: ContractRef | undefined,
  period: { from: string; to: string },
) => `${customer}/${contract?.start ?? 'none'}/${period.from}..${period.to}`;

/** The charge key: (customer, contract, period, kind). */
export const chargeKey = (
  customer: string,
  contract: ContractRef | undefined,
  period: { from: string; to: string },
  kind: ChargeKind,
) => `${settlementKey(customer, contract, period)}/${kind}`;

/** The buckets whose time a charge bills, to trace each line back to its time entries. */
const BUCKETS_OF: Partial<Record<ChargeKind, Bucket>> = {
  overage: 'quota',
  'pool-excess': 'quota',
  'commitment-excess': 'commitment',
  'beyond-cap': 'beyond-cap',
  'outside-contract': 'outside-contract',
  'pay-per-use': 'pay-per-use',
};

/**
 * Everything due for one customer on the run date that no active invoice has billed yet:
 * advance charges of every period that has started, and the end-of-period charges of every
 * period that has ended and is not settled — a missed month is simply still due.
 */
export function dueCharges(input: DueInput): DueCharges {
  const { customer, date } = input;
  const firstDays = [...customer.contracts.map((c) => c.start), ...input.entries.map((e) => e.date)];
  if (firstDays.length === 0) return { charges: [], settlements: [], problems: [] };
  const [y, m] = splitDate(firstDays.reduce(minDate));
  const since = input.since ?? '0000-01-01';
  const spans = customerPeriodsBetween(customer, { from: isoOf(y, m, 1), to: date }).filter(
    ({ period }) => period.from >= since,
  );
  const settles = ({ contract, period }: RulesPeriod) =>
    period.to < date && !input.settled.has(settlementKey(customer.id, contractRefOf(contract), period));
  // only the tickets with time the periods settled here read: on a long history most were billed long since
  const reads = spans.filter(settles).map(({ contract, period }) => firstDayRead(contract, period));
  const counted = {
    ...input,
    entries: reads.length === 0 ? [] : entriesCountedFrom(input.entries, reads.reduce(minDate), date),
  };
  const time = classifiedTime(counted);
  const charges: DueCharge[] = [];
  const settlements: Settlement[] = [];
  const problems: string[] = [];
  for (const span of spans) {
    const { contract, period } = span;
    const ref = contractRefOf(contract);
    const label = { from: period.from, to: period.to, label: period.label };
    if (contract && period.from <= date) {
      for (const line of advanceCharges(contract, label)) add(line, ref, [], []);
    }
    if (!settles(span)) continue;
    try {
      const statement = settle({ ...counted, contract, period: label });
      settlements.push({
        ...(ref && { contract: ref }),
        period: label,
        entries: unique(statement.parts.map((p) => p.entry.id)),
      });
      for (const line of statement.lines) {
        const behind = tracedParts(time, line);
        add(line, ref, unique(behind.map((p) => p.entry.ticketId)).sort(), unique(behind.map((p) => p.entry.id)));
      }
    } catch (e) {
      if (!(e instanceof DeskError)) throw e;
      problems.push(`contracts/${customer.id}.yaml: ${period.label}: ${e.message}${e.hint ? ` (${e.hint})` : ''}`);
    }
  }
  return { charges, settlements, problems };

  function add(line: ChargeLine, ref: ContractRef | undefined, tickets: string[], entries: string[]) {
    const key = chargeKey(customer.id, ref, line.period, line.kind);
    if (input.billed.has(key)) return;
    charges.push({ ...line, key, ...(ref && { contract: ref }), tickets, entries });
  }
}

function tracedParts(time: ClassifiedTime, line: ChargeLine): BilledPart[] {
  const bucket = BUCKETS_OF[line.kind];
  return partsOf(time.within(line.period)).filter((p) => p.bucket === bucket);
}

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];
