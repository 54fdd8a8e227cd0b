import type { Cents } from '../money.js';
import type { Minutes } from '../duration.js';
import type { Activity, Category, Level } from '../ticket/vocabulary.js';
import type { Text } from '../../i18n/keys.js';

/** A company-local calendar day, `2026-10-31`. Billing never needs the time of day. */
export type IsoDate = string;

/** Both ends inclusive, because contracts and invoices name their last day, not the day after. */
export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

export interface LabelledRange extends DateRange {
  /** `2026-10`, `2026-Q4`, `2026`, or `2026-01-15..2026-02-14` when not calendar-aligned. */
  label: string;
}

/**
 * One effective time entry: corrections (cancelled, replaced) are already applied by the ticket
 * projection. Billing reads no events, so it cannot disagree with the ticket about what counts.
 */
export interface TimeEntry {
  id: string;
  ticketId: string;
  date: IsoDate;
  minutes: Minutes;
  activity: Activity;
  staff: string;
  level: Level;
  nonBillable?: { reason: string };
  /** Why a person must look at the entry before it is billed (a forgotten work session), until confirmed. */
  review?: string;
}

export interface TicketFacts {
  id: string;
  category?: Category;
  title?: string;
  /** Corrections of one entry made apart in two clones that nobody has confirmed yet, one sentence each. */
  contested?: Text[];
}

export const BUCKETS = [
  'quota',
  'commitment',
  'beyond-cap',
  'outside-contract',
  'pay-per-use',
  'non-billable',
] as const;
export type Bucket = (typeof BUCKETS)[number];
export type BucketMinutes = Record<Bucket, Minutes>;

export const noBucketMinutes = (): BucketMinutes => ({
  quota: 0,
  commitment: 0,
  'beyond-cap': 0,
  'outside-contract': 0,
  'pay-per-use': 0,
  'non-billable': 0,
});

export type ChargeKind =
  | 'service-fee'
  | 'commitment-minimum'
  | 'overage'
  | 'pool-excess'
  | 'commitment-excess'
  | 'beyond-cap'
  | 'outside-contract'
  | 'pay-per-use';

/** One billable line; an invoice adds VAT per line category, so lines stay net. */
export interface ChargeLine {
  kind: ChargeKind;
  period: LabelledRange;
  description: string;
  /** Absent for flat fees. */
  minutes?: Minutes;
  /** Cents per hour; absent for flat fees. */
  rate?: Cents;
  amount: Cents;
}
