import type { Text } from '../../i18n/keys.js';
import type { Minutes } from '../duration.js';
import type { Cents } from '../money.js';
import type { Contract } from '../schema/customer.js';
import type { ActivityUsage, TicketUsage } from './breakdown.js';
import type { BilledPart } from './classify.js';
import type { CommitmentFigures } from './commitment.js';
import type { PoolSettlement } from './pool.js';
import type { BucketMinutes, ChargeLine, IsoDate, LabelledRange } from './types.js';

/** Quota of a service contract in one period. */
export interface QuotaFigures {
  included: Minutes;
  used: Minutes;
  remaining: Minutes;
  /** Minutes used beyond this period's quota. */
  overage: Minutes;
  overageRate: Cents;
  /** Billed with this statement: the overage under per-period settlement, 0 when pooled. */
  overageAmount: Cents;
  settlement: 'per-period' | 'pooled';
}

/** Minutes billed at one hourly rate; `rate` is absent where the bucket cannot occur. */
export interface RatedMinutes {
  minutes: Minutes;
  rate?: Cents;
  amount: Cents;
}

export type RateSource = 'contract' | 'customer' | 'desk';

/**
 * The usage and end-of-period charges of one period: what `desk usage` shows and what an
 * invoice run bills. Advance charges (fee, minimum hours) are not in it: see advanceCharges.
 */
export interface Statement {
  customer: string;
  /** `index` points into the customer's `contracts` list; absent when no contract is in force. */
  contract?: { index: number; id?: string; kind: Contract['kind']; start: IsoDate; end?: IsoDate };
  period: LabelledRange;
  /** Minutes every entry of the period is rounded up to. */
  increment: number;
  entries: number;
  logged: Minutes;
  /** Logged minutes rounded up per entry; the buckets add up to exactly this. */
  billed: Minutes;
  buckets: BucketMinutes;
  quota?: QuotaFigures;
  /** The pool window up to this period; it bills only when `closes`. */
  pool?: PoolSettlement;
  commitment?: CommitmentFigures;
  beyondCap: RatedMinutes;
  outsideContract: RatedMinutes;
  payPerUse: RatedMinutes & { rateSource?: RateSource };
  /** The charges this statement bills, all net. */
  lines: ChargeLine[];
  net: Cents;
  /** How the figures were reached, one sentence each, in the order a reader checks them. */
  explanation: Text[];
  byTicket: TicketUsage[];
  byActivity: ActivityUsage[];
  /** Every entry of the period with the bucket(s) its rounded minutes went to. */
  parts: BilledPart[];
}
