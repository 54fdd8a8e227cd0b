import { formatDuration, type Minutes } from '../duration.js';
import type { Contract, Customer, ServiceContract } from '../schema/customer.js';
import type { Category } from '../ticket/vocabulary.js';
import { ClassifiedTime } from './classified-time.js';
import { contractsInOrder } from './contracts.js';
import type { Bucket, TicketFacts, TimeEntry } from './types.js';

/**
 * What a service contract does not include (docs/domain.md §4.1): change requests and any change to the
 * installation, problems not caused by the software, data problems from misuse, and new software
 * (new modules, project work), which support only hands off but may have spent time qualifying.
 */
export const NOT_INCLUDED: readonly Category[] = [
  'change-request',
  'data-problem',
  'infrastructure',
  'new-development',
  'project-work',
];

export interface BilledPart {
  entry: TimeEntry;
  bucket: Bucket;
  /** Rounded minutes of the entry that fall into this bucket. */
  minutes: Minutes;
  why: string;
}

export interface ClassifiedEntry {
  entry: TimeEntry;
  contract: Contract | undefined;
  /** The logged minutes rounded up to the increment; the parts add up to exactly this. */
  billed: Minutes;
  parts: BilledPart[];
}

export interface ClassifyInput {
  customer: Customer;
  /** All effective entries of the customer's tickets, not only one period's: the cap spans a ticket's life. */
  entries: readonly TimeEntry[];
  tickets: readonly TicketFacts[];
  /** Increment when no contract is in force (desk.yaml billing.increment). */
  increment?: number;
}

/** desk.yaml's own default, for callers that pass no desk configuration. */
export const DEFAULT_INCREMENT = 15;

/** Rounds up per started increment: 0:20 → 0:30 with 15. */
export function roundUp(minutes: Minutes, increment: number): Minutes {
  return Math.ceil(minutes / increment) * increment;
}

export const chronological = (a: TimeEntry, b: TimeEntry) =>
  a.date === b.date ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.date < b.date ? -1 : 1;

/**
 * Puts every rounded minute of every entry into exactly one bucket. Entries are walked in
 * chronological order (date, then id) because the L2 analysis cap is consumed in that order.
 * Only included analysis consumes the cap: time already billed in full (pay-per-use, outside
 * the contract) or given away does not use up what the contract includes.
 */
export function classifyEntries(input: ClassifyInput): readonly ClassifiedEntry[] {
  return classifiedTime(input).entries;
}

/** The classified entries of `input`, looked up by date range (see ClassifiedTime). */
export function classifiedTime(input: ClassifyInput): ClassifiedTime {
  // settling several periods of one customer classifies the same entries each time: once is
  // enough. One customer's result is kept, not every customer's: a run over hundreds of them
  // settles each in turn, and a million classified entries held at once cost memory, not time.
  const memo = last;
  if (
    memo &&
    memo.entries === input.entries &&
    memo.customer === input.customer &&
    memo.tickets === input.tickets &&
    memo.increment === input.increment
  )
    return memo.result;
  const result = new ClassifiedTime(classify(input));
  last = {
    entries: input.entries,
    customer: input.customer,
    tickets: input.tickets,
    increment: input.increment,
    result,
  };
  return result;
}

/** The latest result, by the very input arrays it was computed from (inputs are never changed in place). */
let last:
  | {
      entries: readonly TimeEntry[];
      customer: Customer;
      tickets: readonly TicketFacts[];
      increment: number | undefined;
      result: ClassifiedTime;
    }
  | undefined;

function classify(input: ClassifyInput): ClassifiedEntry[] {
  const tickets = new Map(input.tickets.map((t) => [t.id, t]));
  const capUsed = new Map<string, Minutes>();
  const contractOn = contractsInOrder(input.customer);
  return [...input.entries].sort(chronological).map((entry) => {
    const contract = contractOn(entry.date);
    const billed = roundUp(entry.minutes, contract?.increment ?? input.increment ?? DEFAULT_INCREMENT);
    const whole = (bucket: Bucket, why: string): ClassifiedEntry => ({
      entry,
      contract,
      billed,
      parts: [{ entry, bucket, minutes: billed, why }],
    });
    if (entry.nonBillable) return whole('non-billable', `goodwill: ${entry.nonBillable.reason}`);
    if (contract === undefined || contract.kind === 'none')
      return whole('pay-per-use', contract ? 'no-contract terms' : 'no contract in force');
    if (contract.kind === 'commitment') return whole('commitment', 'service hours of the commitment');
    const category = tickets.get(entry.ticketId)?.category;
    return { entry, contract, billed, parts: serviceParts(contract, entry, category, billed, capUsed) };
  });
}

function serviceParts(
  contract: ServiceContract,
  entry: TimeEntry,
  category: Category | undefined,
  billed: Minutes,
  capUsed: Map<string, Minutes>,
): BilledPart[] {
  const whole = (bucket: Bucket, why: string) => [{ entry, bucket, minutes: billed, why }];
  if (category !== undefined && NOT_INCLUDED.includes(category)) {
    return whole('outside-contract', `category ${category} is not included in the service contract`);
  }
  if (entry.activity === 'change')
    return whole('outside-contract', 'changes to the installation are not included in the service contract');
  if (entry.level !== 2 || entry.activity !== 'analysis') return whole('quota', 'included in the service contract');
  const used = capUsed.get(entry.ticketId) ?? 0;
  const within = Math.max(0, Math.min(billed, contract.analysisCap - used));
  capUsed.set(entry.ticketId, used + within);
  const cap = formatDuration(contract.analysisCap);
  if (within === billed) return whole('quota', `L2 analysis within the ${cap} cap per ticket`);
  const beyond: BilledPart = {
    entry,
    bucket: 'beyond-cap',
    minutes: billed - within,
    why: `L2 analysis beyond the ${cap} cap per ticket`,
  };
  if (within === 0) return [beyond];
  return [{ entry, bucket: 'quota', minutes: within, why: `L2 analysis within the ${cap} cap per ticket` }, beyond];
}
