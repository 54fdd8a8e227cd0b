import type { Cents } from '../money.js';

/** An hour line as quantity × price = net: minutes (negative to take back), cents per hour, net cents. */
export interface HourLine {
  minutes: number;
  price: Cents;
  net: Cents;
}

/** An hour line already on an active invoice. */
export interface IssuedHourLine extends HourLine {
  number: string;
}

/** What a run adds for one charge: lines taking back what was billed (with the invoice they come from) and the line now due. */
export interface Reconciled {
  takeBack: (HourLine & { from: string })[];
  due?: HourLine;
}

const same = (a: HourLine, b: HourLine) => a.minutes === b.minutes && a.price === b.price && a.net === b.net;
const offsets = (a: HourLine, b: HourLine) => a.minutes === -b.minutes && a.price === b.price && a.net === -b.net;

/**
 * The lines that bring what active invoices billed for one charge (a period's overage, its
 * time outside the contract, …) to what the files say it is now. Every line is quantity × price,
 * so each is a valid invoice line and the sum comes out to the cent: what was billed is taken
 * back line by line and the charge is billed again whole, instead of billing a difference of
 * rounded amounts (3:30 h and then 4:30 h at 110.00/h are 385.00 and 495.00; 1:00 h is 110.00,
 * but at odd rates the rounded difference and the difference of the roundings part by a cent).
 */
export function reconcile(target: HourLine | undefined, issued: readonly IssuedHourLine[]): Reconciled {
  // a line taken back by a later one no longer counts
  const open = [...issued];
  for (let i = 0; i < open.length; i++) {
    const j = open.findIndex((other, k) => k > i && offsets(open[i]!, other));
    if (j > 0) {
      open.splice(j, 1);
      open.splice(i, 1);
      i--;
    }
  }
  const kept = target ? open.findIndex((l) => same(l, target)) : -1;
  const takeBack = open
    .filter((_, i) => i !== kept)
    .map((l) => ({ minutes: -l.minutes, price: l.price, net: -l.net, from: l.number }));
  return !target || kept >= 0 ? { takeBack } : { takeBack, due: target };
}
