import type { Contract, Customer } from '../schema/customer.js';
import { addDays, addMonths, daysInMonth, maxDate, minDate, splitDate, isoOf } from './dates.js';
import { labelOf, periodsBetween, type BillingPeriod } from './periods.js';
import type { DateRange, LabelledRange } from './types.js';

/** A span billed under one set of rules: a contract period, or a calendar month with no contract. */
export interface RulesPeriod {
  contract: Contract | undefined;
  period: BillingPeriod | LabelledRange;
}

/**
 * Cuts a user range (`--period 2026-Q4`) into the spans a statement can be made for. Contract
 * periods are kept whole even where they reach outside the range, since a quota belongs to a
 * whole period; days under no contract are billed per calendar month, cut to the range.
 */
export function customerPeriodsBetween(customer: Customer, range: DateRange): RulesPeriod[] {
  const contracts = [...customer.contracts].sort((a, b) => (a.start < b.start ? -1 : 1));
  const spans: RulesPeriod[] = [];
  let cursor = range.from;
  for (const contract of contracts) {
    if (contract.end !== undefined && contract.end < cursor) continue;
    if (contract.start > range.to) break;
    if (contract.start > cursor) spans.push(...uncovered({ from: cursor, to: addDays(contract.start, -1) }));
    for (const period of periodsBetween(contract, range.from, range.to)) spans.push({ contract, period });
    if (contract.end === undefined) return spans;
    cursor = maxDate(cursor, addDays(contract.end, 1));
  }
  if (cursor <= range.to) spans.push(...uncovered({ from: cursor, to: range.to }));
  return spans;
}

function uncovered(range: DateRange): RulesPeriod[] {
  const spans: RulesPeriod[] = [];
  for (let from = range.from; from <= range.to; ) {
    const [y, m] = splitDate(from);
    const to = minDate(isoOf(y, m, daysInMonth(y, m)), range.to);
    spans.push({ contract: undefined, period: { from, to, label: labelOf({ from, to }) } });
    from = addMonths(isoOf(y, m, 1), 1);
  }
  return spans;
}
