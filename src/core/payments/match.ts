import type { IsoDate } from '../billing/types.js';
import type { InvoiceRecord } from '../invoice/types.js';
import type { Cents } from '../money.js';
import { openItems, type OpenItem } from './open-items.js';
import type { Payment } from './types.js';

/** One booked line of a bank statement, as the parsers (CAMT.053, MT940) read it. */
export interface BankEntry {
  /** What identifies the entry across imports: the bank's reference, or its facts when it gives none. */
  key: string;
  account?: string;
  date: IsoDate;
  /** Always positive; `credit` says the direction. */
  amount: Cents;
  credit: boolean;
  /** Booked, not pending (only booked entries are money received). */
  booked: boolean;
  /** Remittance information (Verwendungszweck), end-to-end reference and creditor reference, joined. */
  reference: string;
  payer?: string;
}

export interface Matched {
  entry: BankEntry;
  /** One payment per invoice it pays (a collective transfer can pay several); none when unmatched. */
  payments: Omit<Payment, 'id'>[];
  how: 'number' | 'numbers' | 'amount' | 'unmatched';
}

export interface Import {
  matched: Matched[];
  /** Entries imported before (by their key). */
  known: BankEntry[];
  /** Money going out, and entries not booked yet: no payments received. */
  skipped: BankEntry[];
}

/** Letters and digits only, upper case: "RE 2026/0066" and "re-2026-0066" read alike. */
const squash = (s: string) => s.toUpperCase().replace(/[^0-9A-Z]/g, '');

/**
 * Which invoice each received payment pays: first by the invoice numbers its remittance
 * information names (one, or several whose open amounts it pays exactly), then, naming none,
 * by its amount when exactly one open invoice is open by that much. Everything else is left
 * for a person (`desk payment assign`). Bank lines split invoice numbers across lines and
 * write them with spaces or slashes, so both sides are compared as letters and digits only.
 */
export function matchEntries(
  entries: readonly BankEntry[],
  records: readonly InvoiceRecord[],
  payments: readonly Payment[],
  importedKeys: ReadonlySet<string>,
  today: IsoDate,
): Import {
  const out: Import = { matched: [], known: [], skipped: [] };
  // open amounts as they stand, lowered by what this import has matched so far
  const items = new Map(openItems(records, payments, today).map((o) => [o.number, { ...o }]));
  const numbers = [...items.keys()].sort((a, b) => squash(b).length - squash(a).length);
  for (const entry of entries) {
    if (importedKeys.has(entry.key)) {
      out.known.push(entry);
      continue;
    }
    if (!entry.credit || !entry.booked) {
      out.skipped.push(entry);
      continue;
    }
    const text = squash(entry.reference);
    const named: OpenItem[] = [];
    let rest = text;
    for (const n of numbers) {
      const s = squash(n);
      if (s && rest.includes(s)) {
        named.push(items.get(n)!);
        rest = rest.replace(s, ''); // RE20260066 must not also count as RE2026006
      }
    }
    const base = {
      date: entry.date,
      kind: 'transfer' as const,
      reference: entry.reference,
      ...(entry.payer && { payer: entry.payer }),
    };
    const bank = { ...(entry.account && { account: entry.account }), entry: entry.key };
    const pay = (o: OpenItem, amount: Cents): Omit<Payment, 'id'> => {
      items.get(o.number)!.open -= amount;
      return { ...base, amount, invoice: o.number, customer: o.customer, bank };
    };
    if (named.length === 1) {
      out.matched.push({ entry, payments: [pay(named[0]!, entry.amount)], how: 'number' });
      continue;
    }
    if (named.length > 1 && named.reduce((s, o) => s + Math.max(o.open, 0), 0) === entry.amount) {
      out.matched.push({ entry, payments: named.filter((o) => o.open > 0).map((o) => pay(o, o.open)), how: 'numbers' });
      continue;
    }
    if (named.length === 0) {
      const candidates = [...items.values()].filter((o) => o.open === entry.amount);
      if (candidates.length === 1) {
        out.matched.push({ entry, payments: [pay(candidates[0]!, entry.amount)], how: 'amount' });
        continue;
      }
    }
    out.matched.push({ entry, payments: [], how: 'unmatched' });
  }
  return out;
}
