import type { Minutes } from '../duration.js';
import { priceOfMinutes, type Cents } from '../money.js';
import type { CommitmentContract } from '../schema/customer.js';
import type { ClassifiedTime } from './classified-time.js';
import { periodsBetween } from './periods.js';
import type { DateRange } from './types.js';

/** How a commitment period came out: minimum paid in advance, excess billed at the period end. */
export interface CommitmentFigures {
  minimum: Minutes;
  /** Unused minimum of the previous period, under `unused: carry-over`; used before this period's own. */
  carriedIn: Minutes;
  available: Minutes;
  used: Minutes;
  excess: Minutes;
  rate: Cents;
  excessAmount: Cents;
  /** This period's own minimum left unused. */
  unused: Minutes;
  carriedOut: Minutes;
  /** Unused own minimum not carried over, plus carried-in hours that expire unused. */
  forfeited: Minutes;
  policy: CommitmentContract['unused'];
}

/**
 * Carried-over hours live for one further period only, and are consumed first: the customer
 * never pays for the same hour twice, and the company's open liability stays one period long.
 * Nothing carries past the contract's end into another contract with other terms.
 */
export function commitmentFigures(
  contract: CommitmentContract,
  period: DateRange,
  time: ClassifiedTime,
): CommitmentFigures {
  let carriedIn = 0;
  let figures: CommitmentFigures | undefined;
  for (const p of periodsBetween(contract, contract.start, period.to)) {
    const closesContract = contract.end !== undefined && p.to >= contract.end;
    figures = periodFigures(contract, carriedIn, time.minutesIn('commitment', p), closesContract);
    carriedIn = figures.carriedOut;
  }
  return figures ?? periodFigures(contract, 0, 0, false);
}

function periodFigures(
  contract: CommitmentContract,
  carriedIn: Minutes,
  used: Minutes,
  closesContract: boolean,
): CommitmentFigures {
  const minimum = contract.minimumHours;
  const available = minimum + carriedIn;
  const excess = Math.max(0, used - available);
  const fromOwn = Math.min(minimum, Math.max(0, used - carriedIn));
  const unused = minimum - fromOwn;
  const carriedOut = contract.unused === 'carry-over' && !closesContract ? unused : 0;
  const expired = Math.max(0, carriedIn - used);
  return {
    minimum,
    carriedIn,
    available,
    used,
    excess,
    rate: contract.rate,
    excessAmount: priceOfMinutes(excess, contract.rate),
    unused,
    carriedOut,
    forfeited: unused - carriedOut + expired,
    policy: contract.unused,
  };
}
