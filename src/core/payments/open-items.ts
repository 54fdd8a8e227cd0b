import { daysBetween } from '../billing/dates.js';
import type { IsoDate } from '../billing/types.js';
import { cancelledNumbers } from '../invoice/ledger.js';
import type { InvoiceRecord } from '../invoice/types.js';
import type { Cents } from '../money.js';
import type { Payment } from './types.js';

export const ITEM_STATUSES = ['open', 'part-paid', 'paid', 'credit', 'cancelled'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/**
 * An invoice as an open item (offener Posten): what it asked for, what came in, what its credit
 * note took back, and what is left. `open` above zero: the customer owes it; below zero: the
 * customer has that much credit (paid twice, or paid and then cancelled).
 */
export interface OpenItem {
  number: string;
  customer: string;
  issueDate: IsoDate;
  dueDate?: IsoDate;
  gross: Cents;
  /** Payments and offsets in, less credit of this invoice set off against another. */
  paid: Cents;
  /** The gross of the credit note that cancelled it. */
  credited: Cents;
  open: Cents;
  status: ItemStatus;
  /** Days past the due date while something is open; 0 otherwise. */
  daysOverdue: number;
}

/** Every invoice (credit notes are read as what they take back) with what is open on `today`. */
export function openItems(records: readonly InvoiceRecord[], payments: readonly Payment[], today: IsoDate): OpenItem[] {
  const cancelledBy = cancelledNumbers(records);
  const creditNotes = new Map(records.filter((r) => r.type === 'credit-note').map((r) => [r.number, r]));
  const paid = new Map<string, Cents>();
  const add = (number: string | undefined, cents: Cents) => {
    if (number !== undefined) paid.set(number, (paid.get(number) ?? 0) + cents);
  };
  for (const p of payments) {
    if (p.date > today) continue;
    add(p.invoice, p.amount);
    // an offset draws on the credit of the invoice its credit note cancelled
    if (p.kind === 'offset' && p.creditNote) add(creditNotes.get(p.creditNote)?.cancels?.number, -p.amount);
  }
  return records
    .filter((r) => r.type === 'invoice')
    .map((r) => {
      const note = cancelledBy.get(r.number);
      const credited = note && note.issueDate <= today ? note.totals.gross : 0;
      const money = paid.get(r.number) ?? 0;
      const open = r.totals.gross - money - credited;
      const status: ItemStatus =
        open < 0 ? 'credit' : open === 0 ? (credited > 0 ? 'cancelled' : 'paid') : money > 0 ? 'part-paid' : 'open';
      const daysOverdue = open > 0 && r.dueDate && r.dueDate < today ? daysBetween(r.dueDate, today) : 0;
      return {
        number: r.number,
        customer: r.customer,
        issueDate: r.issueDate,
        ...(r.dueDate && { dueDate: r.dueDate }),
        gross: r.totals.gross,
        paid: money,
        credited,
        open,
        status,
        daysOverdue,
      };
    });
}

/** What a customer owes (positive) or has in credit (negative): the sum of its open items. */
export function balanceOf(items: readonly OpenItem[], customer: string): Cents {
  return items.filter((i) => i.customer === customer).reduce((sum, i) => sum + i.open, 0);
}
