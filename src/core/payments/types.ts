import type { IsoDate } from '../billing/types.js';
import type { Cents } from '../money.js';

/** How money reached an invoice: a bank transfer (or any payment), or a credit note's credit set off. */
export const PAYMENT_KINDS = ['transfer', 'offset'] as const;
export type PaymentKind = (typeof PAYMENT_KINDS)[number];

/**
 * One payment, as recorded by `desk payment add` or imported from a bank statement: a file
 * `payments/<year>/<id>.yaml` of its own, so two clones recording payments never touch the
 * same file. Positive amounts came in; a negative one went back to the customer (a refund).
 * An imported payment nobody could match has no invoice until a person assigns it.
 */
export interface Payment {
  id: string;
  date: IsoDate;
  amount: Cents;
  kind: PaymentKind;
  /** The invoice it pays; absent while an imported payment is unmatched. */
  invoice?: string;
  customer?: string;
  /** kind offset: the credit note whose credit pays the invoice. */
  creditNote?: string;
  /** The remittance information (Verwendungszweck) or what the person typed. */
  reference?: string;
  /** Who paid, as the bank names them. */
  payer?: string;
  /** Imported: the statement entry it came from, which makes a second import recognise it. */
  bank?: { account?: string; entry: string; statement?: string };
}
