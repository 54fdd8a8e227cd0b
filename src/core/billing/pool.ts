import type { Cents } from '../money.js';
import { priceOfMinutes } from '../money.js';
import type { Minutes } from '../duration.js';
import type { ServiceContract } from '../schema/customer.js';
import type { ClassifiedTime } from './classified-time.js';
import { classifiedTime, type ClassifyInput } from './classify.js';
import type { PoolWindow } from './periods.js';
import type { IsoDate, LabelledRange } from './types.js';

export interface PoolPeriodUse {
  period: LabelledRange;
  included: Minutes;
  used: Minutes;
}

/**
 * The balance of a pool window (Mischkalkulation): periods over and under their quota offset each
 * other, and only the net excess of the whole window is billed, once, when the window closes.
 */
export interface PoolSettlement {
  window: LabelledRange;
  /** The window's periods up to the one asked about; all of them once the window closes. */
  periods: PoolPeriodUse[];
  included: Minutes;
  used: Minutes;
  /** Net minutes over the pooled quota so far; never negative, because unused quota is not refunded. */
  excess: Minutes;
  rate: Cents;
  /** What the excess costs; billed only when `closes` is true. */
  amount: Cents;
  /** True when the periods counted reach the window's last day. */
  closes: boolean;
}

/** The pool window as it stands at the end of the period ending `upTo` (default: the window end). */
export function poolSettlement(
  contract: ServiceContract,
  window: PoolWindow,
  time: ClassifiedTime,
  upTo?: IsoDate,
): PoolSettlement {
  const last = upTo ?? window.to;
  const periods = window.periods
    .filter((p) => p.from <= last)
    .map((p) => ({
      period: { from: p.from, to: p.to, label: p.label },
      included: contract.includedHours,
      used: time.minutesIn('quota', p),
    }));
  const included = periods.reduce((sum, p) => sum + p.included, 0);
  const used = periods.reduce((sum, p) => sum + p.used, 0);
  const excess = Math.max(0, used - included);
  return {
    window: { from: window.from, to: window.to, label: window.label },
    periods,
    included,
    used,
    excess,
    rate: contract.overageRate,
    amount: priceOfMinutes(excess, contract.overageRate),
    closes: last >= window.to,
  };
}

/** Settles a whole pool window from the customer's time entries. */
export function settlePoolWindow(
  input: ClassifyInput & { contract: ServiceContract; window: PoolWindow },
): PoolSettlement {
  return poolSettlement(input.contract, input.window, classifiedTime(input));
}
