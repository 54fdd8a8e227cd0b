import type { IsoDate } from '../billing/types.js';
import { usage, refused } from '../errors.js';
import { text as say } from '../../i18n/keys.js';
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
  if (!invoice)
    throw usage(say('moneyTerminal.noInvoice', { number: i.number }), say('moneyTerminal.noInvoiceOpenHint'));
  if (invoice.type !== 'invoice')
    throw usage(say('moneyTerminal.isCreditNote', { number: i.number }), say('moneyTerminal.isCreditNoteHint'));
  if (i.amount === 0) throw usage(say('moneyTerminal.zeroAmount'), say('moneyTerminal.zeroAmountHint'));
  if (i.date > i.today)
    throw refused(say('moneyTerminal.paymentDateFuture', { day: i.date }), say('moneyTerminal.paymentDateFutureHint'));
  if (i.date < invoice.issueDate)
    throw usage(
      say('moneyTerminal.paymentBeforeIssue', { day: i.date, number: i.number, issued: invoice.issueDate }),
      say('moneyTerminal.checkDate'),
    );
  let creditNote: string | undefined;
  if (i.creditNote !== undefined) {
    const note = i.records.find((r) => r.number === i.creditNote);
    if (!note || note.type !== 'credit-note')
      throw usage(say('moneyTerminal.noCreditNote', { number: i.creditNote }), say('moneyTerminal.noCreditNoteHint'));
    if (note.customer !== invoice.customer)
      throw usage(
        say('moneyTerminal.otherCustomers', {
          note: i.creditNote,
          noteCustomer: note.customer,
          number: i.number,
          customer: invoice.customer,
        }),
      );
    if (i.amount < 0) throw usage(say('moneyTerminal.creditPositive'));
    const cancelled = openItems(i.records, i.payments, i.today).find((o) => o.number === note.cancels?.number);
    const credit = cancelled ? -cancelled.open : 0;
    if (i.amount > credit)
      throw refused(
        say('moneyTerminal.creditTooSmall', {
          note: i.creditNote,
          credit: displayMoney(Math.max(credit, 0)),
          amount: displayMoney(i.amount),
        }),
        say('moneyTerminal.creditTooSmallHint'),
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
