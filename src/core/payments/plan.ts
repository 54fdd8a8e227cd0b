import type { IsoDate } from '../billing/types.js';
import { usage, refused } from '../errors.js';
import type { InvoiceRecord } from '../invoice/types.js';
import { displayMoney, type Cents } from '../money.js';
import { openItems } from './open-items.js';
import type { Payment } from './types.js';

export interface PaymentInput {
  id: string;
  number: string;
  amount: Cents;
  date: IsoDate;
  today: IsoDate;
  reference?: string;
  /** Pay with the credit of this credit note instead of money. */
  creditNote?: string;
  records: readonly InvoiceRecord[];
  payments: readonly Payment[];
}

/** A payment on an invoice, refused when it cannot be one; `note` says what it leaves open. */
export function planPayment(i: PaymentInput): { payment: Payment; note: string; left: Cents } {
  const invoice = i.records.find((r) => r.number === i.number);
  if (!invoice) throw usage(`no invoice ${i.number}`, 'desk invoice list --open shows what is open');
  if (invoice.type !== 'invoice')
    throw usage(
      `${i.number} is a credit note`,
      'record the payment on an invoice; a credit note is set off with --credit-note',
    );
  if (i.amount === 0)
    throw usage('--amount: zero is no payment', 'e.g. --amount 1428.00 (negative for money paid back)');
  if (i.date > i.today) throw refused(`--date ${i.date} is after today`, 'record a payment once it has arrived');
  if (i.date < invoice.issueDate)
    throw usage(`--date ${i.date} is before ${i.number} was issued (${invoice.issueDate})`, 'check the date');
  let creditNote: string | undefined;
  if (i.creditNote !== undefined) {
    const note = i.records.find((r) => r.number === i.creditNote);
    if (!note || note.type !== 'credit-note')
      throw usage(`--credit-note: ${i.creditNote} is no credit note`, 'desk invoice list shows the credit notes');
    if (note.customer !== invoice.customer)
      throw usage(`--credit-note: ${i.creditNote} is ${note.customer}'s, ${i.number} is ${invoice.customer}'s`);
    if (i.amount < 0) throw usage('--amount: a credit is set off with a positive amount');
    const cancelled = openItems(i.records, i.payments, i.today).find((o) => o.number === note.cancels?.number);
    const credit = cancelled ? -cancelled.open : 0;
    if (i.amount > credit)
      throw refused(
        `${i.creditNote} leaves a credit of ${displayMoney(Math.max(credit, 0))}, less than ${displayMoney(i.amount)}`,
        'a credit note first offsets the invoice it cancels; only what was paid on that one is left to set off',
      );
    creditNote = note.number;
  }
  const payment: Payment = {
    id: i.id,
    date: i.date,
    amount: i.amount,
    kind: creditNote ? 'offset' : 'transfer',
    invoice: invoice.number,
    customer: invoice.customer,
    ...(creditNote && { creditNote }),
    ...(i.reference !== undefined && { reference: i.reference }),
  };
  const after = openItems(i.records, [...i.payments, payment], i.today).find((o) => o.number === invoice.number)!;
  const note =
    after.open === 0
      ? `${invoice.number} is paid`
      : after.open > 0
        ? `${displayMoney(after.open)} of ${invoice.number} is still open`
        : `${invoice.number} is overpaid: ${displayMoney(-after.open)} credit for ${invoice.customer}`;
  // `note` is what --json has always said (English); `left` lets the terminal say it in the reader's language
  return { payment, note, left: after.open };
}
