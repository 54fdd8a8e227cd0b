import { roundHalfUp, type Cents } from '../money.js';

/**
 * VAT on a net amount, rounded half up to the cent. The rate is taken to hundredths of a percent
 * as an integer first, so a rate like 7.7 never brings a float into the amount.
 */
export function vatOf(net: Cents, ratePercent: number): Cents {
  return roundHalfUp(net * Math.round(ratePercent * 100), 10_000);
}
