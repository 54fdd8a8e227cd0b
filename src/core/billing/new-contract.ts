import type { Minutes } from '../duration.js';
import type { Cents } from '../money.js';
import { contractSchema, type Contract, type Customer } from '../schema/customer.js';
import { contractProblems } from './contracts.js';
import { addDays } from './dates.js';

/** A contract as its file writes it: amounts and hours as people wrote them ("1200.00", "4h"). */
export type RawContract = Record<string, unknown>;

/** The terms a contract may take from the one before it; dates, id and note are its own. */
const TERMS: Record<Contract['kind'], readonly string[]> = {
  service: [
    'period',
    'fee',
    'includedHours',
    'overageRate',
    'hourlyRate',
    'settlement',
    'poolWindow',
    'increment',
    'analysisCap',
    'reactionTimes',
    'resolutionTimes',
    'calendar',
  ],
  commitment: ['period', 'minimumHours', 'rate', 'unused', 'increment', 'reactionTimes', 'resolutionTimes', 'calendar'],
  none: ['period', 'hourlyRate', 'increment'],
};

/** The terms every contract of a kind must state; a renewal may inherit them. */
export const REQUIRED: Record<Contract['kind'], readonly string[]> = {
  service: ['fee', 'includedHours', 'overageRate', 'hourlyRate'],
  commitment: ['minimumHours', 'rate'],
  none: [],
};

export interface NewContractInput {
  customer: Customer;
  /** The customer file's contracts as written, in the same order as `customer.contracts`. */
  written: readonly RawContract[];
  kind: Contract['kind'];
  start: string;
  /** The terms given for the new contract (flags), as written. */
  given: RawContract;
  /** desk.yaml's billing defaults for new contracts. */
  defaults: { increment?: number; analysisCap?: Minutes; listRate?: Cents };
}

export interface NewContractPlan {
  /** The contract to write, as written. */
  written: RawContract;
  contract: Contract;
  /** Terms taken from the contract before it (a renewal). */
  inherited: string[];
  /** Terms taken from desk.yaml's billing defaults. */
  fromDesk: string[];
  /** The open-ended contract before it, which now ends the day before it starts. */
  endPrevious?: { index: number; end: string };
}

/** Which contract a new one starting on `start` renews: the latest one of the same kind starting before it. */
export function renewedBy(
  customer: Customer,
  kind: Contract['kind'],
  start: string,
): { index: number; contract: Contract } | undefined {
  let found: { index: number; contract: Contract } | undefined;
  customer.contracts.forEach((contract, index) => {
    if (contract.start < start && (!found || contract.start > found.contract.start)) found = { index, contract };
  });
  return found && found.contract.kind === kind ? found : undefined;
}

/**
 * A change of terms is a new contract from a date (docs/billing.md §2): it keeps every term of the
 * contract it renews that it does not change — a new fee must not silently drop the reaction
 * times — and a contract without one takes desk.yaml's billing defaults. Checked with the
 * whole history; `problems` are what would make the customer file invalid.
 */
export function planNewContract(input: NewContractInput): NewContractPlan | { problems: string[] } {
  const { customer, kind, start, given } = input;
  const renewed = renewedBy(customer, kind, start);
  const base = renewed ? (input.written[renewed.index] ?? {}) : {};
  const written: RawContract = { kind, start };
  const inherited: string[] = [];
  const fromDesk: string[] = [];
  for (const [key, value] of Object.entries(given)) if (value !== undefined) written[key] = value;
  for (const key of TERMS[kind]) {
    if (written[key] !== undefined || base[key] === undefined) continue;
    written[key] = base[key];
    inherited.push(key);
  }
  // a renewal keeps the terms of the contract it renews, defaults included; a first contract takes desk.yaml's
  const d = renewed ? {} : input.defaults;
  if (written.increment === undefined && d.increment !== undefined && d.increment !== 15) {
    written.increment = d.increment;
    fromDesk.push('increment');
  }
  if (kind === 'service' && written.analysisCap === undefined && d.analysisCap !== undefined) {
    written.analysisCap = hoursText(d.analysisCap);
    fromDesk.push('analysisCap');
  }
  const parsed = contractSchema.safeParse(written);
  if (!parsed.success)
    return {
      problems: parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') : 'contract'}: ${i.message}`),
    };
  const open = customer.contracts.findIndex((c) => c.end === undefined && c.start < start);
  const endPrevious = open >= 0 ? { index: open, end: addDays(start, -1) } : undefined;
  const history = customer.contracts.map((c, i) => (i === open ? { ...c, end: endPrevious!.end } : c));
  const problems = contractProblems({ ...customer, contracts: [...history, parsed.data] }, input.defaults.listRate);
  if (problems.length > 0) return { problems: problems.map((p) => `${p.field}: ${p.message}`) };
  return { written, contract: parsed.data, inherited, fromDesk, ...(endPrevious && { endPrevious }) };
}

/** 360 → "6h", 390 → "6h30m": hours as a contract file writes them. */
function hoursText(minutes: Minutes): string {
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)}h${rest ? `${rest}m` : ''}`;
}
