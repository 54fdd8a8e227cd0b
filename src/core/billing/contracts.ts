import { invalid } from '../errors.js';
import { text, type Key, type Values } from '../../i18n/keys.js';
import { renderIn } from '../../i18n/render.js';
import type { Cents } from '../money.js';
import type { Contract, Customer } from '../schema/customer.js';
import { addDays, overlaps } from './dates.js';
import type { DateRange, IsoDate } from './types.js';

export interface ContractProblem {
  /** Path into the customer file, e.g. `contracts[1].start`. */
  field: string;
  message: string;
}

const FOREVER = '9999-12-31';
const rangeOf = (c: Contract): DateRange => ({ from: c.start, to: c.end ?? FOREVER });
const at = (i: number) => `contracts[${i}]`;
/** A problem's message in English, as files, the cache and --json keep it; `desk check` says it again in the reader's language. */
const english = (key: Key, values?: Values) => renderIn('en', key, values);

/**
 * The contract in force on `iso`, if any. Two contracts on one day is a broken file, not a choice
 * billing may make silently, so it throws and points at `desk check`.
 */
export function activeContract(customer: Customer, iso: IsoDate): Contract | undefined {
  const active = customer.contracts.filter((c) => iso >= c.start && (c.end === undefined || iso <= c.end));
  if (active.length > 1) {
    throw invalid(
      text('schemaDesk.contractsAtOnce', { customer: customer.id, count: active.length, day: iso }),
      text('schemaDesk.contractsAtOnceHint'),
    );
  }
  return active[0];
}

/**
 * activeContract for days asked in ascending order, as classifying a customer's entries does:
 * the answer changes only on a day a contract starts or after one ends, so it is looked up
 * again only there (and throws there, as activeContract does, when two contracts overlap).
 */
export function contractsInOrder(customer: Customer): (iso: IsoDate) => Contract | undefined {
  const changes = customer.contracts
    .flatMap((c) => (c.end === undefined ? [c.start] : [c.start, addDays(c.end, 1)]))
    .sort();
  let current: Contract | undefined;
  let until: IsoDate = '';
  return (iso) => {
    if (iso >= until) {
      current = activeContract(customer, iso);
      until = changes.find((day) => day > iso) ?? FOREVER;
    }
    return current;
  };
}

/**
 * Everything in a customer's contract history that billing cannot resolve. Consecutive contracts
 * must follow without a gap: a customer who leaves gets a `kind: none` contract, so that every
 * day after the first contract has exactly one set of rules and a forgotten renewal shows up here.
 */
export function contractProblems(customer: Customer, deskListRate?: Cents): ContractProblem[] {
  const problems: ContractProblem[] = [];
  const contracts = customer.contracts.map((contract, index) => ({ contract, index }));
  for (const { contract: c, index: i } of contracts) {
    if (c.end !== undefined && c.end < c.start) {
      problems.push({
        field: `${at(i)}.end`,
        message: english('schemaDesk.contractEnds', { end: c.end, start: c.start }),
      });
    }
    if (
      c.kind === 'none' &&
      c.hourlyRate === undefined &&
      customer.listRate === undefined &&
      deskListRate === undefined
    ) {
      problems.push({
        field: `${at(i)}.hourlyRate`,
        message: english('schemaDesk.contractNoRate'),
      });
    }
    if (c.kind === 'service' && c.settlement === 'pooled' && c.poolWindow === 'quarter' && c.period === 'year') {
      problems.push({
        field: `${at(i)}.poolWindow`,
        message: english('schemaDesk.contractPoolWindow', { window: c.poolWindow, period: c.period }),
      });
    }
  }
  const valid = contracts.filter(({ contract: c }) => c.end === undefined || c.end >= c.start);
  for (const [n, a] of valid.entries()) {
    for (const b of valid.slice(n + 1)) {
      if (overlaps(rangeOf(a.contract), rangeOf(b.contract))) {
        const later = a.contract.start > b.contract.start ? a : b;
        const other = later === a ? b : a;
        problems.push({
          field: `${at(later.index)}.start`,
          message: english('schemaDesk.contractOverlaps', { other: at(other.index) }),
        });
      }
    }
  }
  const ordered = [...valid].sort((x, y) => (x.contract.start < y.contract.start ? -1 : 1));
  for (const [n, next] of ordered.entries()) {
    const prev = ordered[n - 1];
    if (prev?.contract.end === undefined) continue;
    const expected = addDays(prev.contract.end, 1);
    if (next.contract.start > expected) {
      problems.push({
        field: `${at(next.index)}.start`,
        message: english('schemaDesk.contractGap', {
          from: expected,
          to: addDays(next.contract.start, -1),
          previous: at(prev.index),
        }),
      });
    }
  }
  return problems;
}
