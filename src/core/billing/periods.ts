import type { Contract, Period, ServiceContract } from '../schema/customer.js';
import { addDays, addMonths, daysInMonth, maxDate, minDate, monthsFrom, splitDate } from './dates.js';
import type { DateRange, IsoDate, LabelledRange } from './types.js';

/** A billing period of one contract; `index` 0 is the period that starts on the contract's start. */
export interface BillingPeriod extends LabelledRange {
  index: number;
}

export interface PoolWindow extends LabelledRange {
  index: number;
  periods: BillingPeriod[];
}

const MONTHS: Record<Period, number> = { month: 1, quarter: 3, year: 12 };

/** Names calendar months, quarters and years the way users type them; anything else as a range. */
export function labelOf(range: DateRange): string {
  const [y, m, d] = splitDate(range.from);
  const [y2, m2, d2] = splitDate(range.to);
  if (d !== 1 || d2 !== daysInMonth(y2, m2) || y !== y2) return `${range.from}..${range.to}`;
  if (m === m2) return `${range.from.slice(0, 7)}`;
  if (m === 1 && m2 === 12) return String(y);
  if (m2 === m + 2 && m % 3 === 1) return `${y}-Q${(m + 2) / 3}`;
  return `${range.from}..${range.to}`;
}

/**
 * The `index`-th span of `months` months counted from the contract start, cut at the contract end.
 * Counting from the start (not chaining) keeps a contract starting on the 31st on the 31st.
 */
function span(contract: Contract, months: number, index: number): LabelledRange | undefined {
  const from = addMonths(contract.start, index * months);
  if (contract.end !== undefined && from > contract.end) return undefined;
  const natural = addDays(addMonths(contract.start, (index + 1) * months), -1);
  const to = contract.end === undefined ? natural : minDate(natural, contract.end);
  return { from, to, label: labelOf({ from, to }) };
}

function spanIndexOf(contract: Contract, months: number, iso: IsoDate): number {
  const guess = Math.floor(monthsFrom(contract.start, iso) / months);
  return iso < addMonths(contract.start, guess * months) ? guess - 1 : guess;
}

/** The contract period containing `iso`, or undefined when the contract does not cover that day. */
export function periodOf(contract: Contract, iso: IsoDate): BillingPeriod | undefined {
  if (iso < contract.start || (contract.end !== undefined && iso > contract.end)) return undefined;
  const index = spanIndexOf(contract, MONTHS[contract.period], iso);
  const range = span(contract, MONTHS[contract.period], index);
  return range && { ...range, index };
}

/** Every period of the contract that shares at least one day with `from`..`to`, in order. */
export function periodsBetween(contract: Contract, from: IsoDate, to: IsoDate): BillingPeriod[] {
  const first = maxDate(from, contract.start);
  const last = contract.end === undefined ? to : minDate(to, contract.end);
  if (first > last) return [];
  const months = MONTHS[contract.period];
  const periods: BillingPeriod[] = [];
  for (let index = spanIndexOf(contract, months, first); ; index++) {
    const range = span(contract, months, index);
    if (!range || range.from > last) return periods;
    periods.push({ ...range, index });
  }
}

/** Months per pool window; never shorter than a period, or a period would straddle two windows. */
export function poolWindowMonths(contract: ServiceContract): number {
  return Math.max(contract.poolWindow === 'quarter' ? 3 : 12, MONTHS[contract.period]);
}

/** The pool window (quarter of the contract, or contract year) containing `iso`, with its periods. */
export function poolWindowOf(contract: ServiceContract, iso: IsoDate): PoolWindow | undefined {
  if (periodOf(contract, iso) === undefined) return undefined;
  const months = poolWindowMonths(contract);
  const index = spanIndexOf(contract, months, iso);
  const range = span(contract, months, index);
  if (!range) return undefined;
  return { ...range, index, periods: periodsBetween(contract, range.from, range.to) };
}
