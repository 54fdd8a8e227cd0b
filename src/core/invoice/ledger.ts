import type { IsoDate } from '../billing/types.js';
import { settlementKey } from './charges.js';
import { numberGaps } from './numbering.js';
import type { InvoiceLine, InvoiceRecord } from './types.js';

/**
 * What the issued documents say, read back: which invoices still stand, what they billed and
 * which periods they closed. Issued files are never changed, so a cancellation is a credit note
 * that names the invoice it cancels.
 */
export function cancelledNumbers(records: readonly InvoiceRecord[]): Map<string, InvoiceRecord> {
  return new Map(records.filter((r) => r.type === 'credit-note' && r.cancels).map((r) => [r.cancels!.number, r]));
}

/** Invoices not cancelled by a credit note. */
export function activeInvoices(records: readonly InvoiceRecord[]): InvoiceRecord[] {
  const cancelled = cancelledNumbers(records);
  return records.filter((r) => r.type === 'invoice' && !cancelled.has(r.number));
}

export function billedKeys(records: readonly InvoiceRecord[]): Set<string> {
  return new Set(activeInvoices(records).flatMap((r) => r.lines.map((l) => l.key)));
}

export function settledKeys(records: readonly InvoiceRecord[]): Set<string> {
  return new Set(
    activeInvoices(records).flatMap((r) => r.settlements.map((s) => settlementKey(r.customer, s.contract, s.period))),
  );
}

/** A line of an active invoice, with the number of the invoice it is on. */
export interface BilledLine {
  number: string;
  line: InvoiceLine;
}

/** What active invoices bill one customer: their lines by charge key, and who settled which period with which entries. */
export interface CustomerLedger {
  lines: Map<string, BilledLine[]>;
  settled: Map<string, { numbers: string[]; entries: Set<string> }>;
}

const EMPTY_LEDGER: CustomerLedger = { lines: new Map(), settled: new Map() };

/** Per customer, what the active invoices bill and settle (read once for a whole run). */
export function ledgersByCustomer(records: readonly InvoiceRecord[]): (customer: string) => CustomerLedger {
  const out = new Map<string, CustomerLedger>();
  for (const r of activeInvoices(records)) {
    let own = out.get(r.customer);
    if (!own) out.set(r.customer, (own = { lines: new Map(), settled: new Map() }));
    for (const line of r.lines) {
      const list = own.lines.get(line.key) ?? [];
      list.push({ number: r.number, line });
      own.lines.set(line.key, list);
    }
    for (const s of r.settlements) {
      const key = settlementKey(r.customer, s.contract, s.period);
      const known = own.settled.get(key) ?? { numbers: [], entries: new Set<string>() };
      if (!known.numbers.includes(r.number)) known.numbers.push(r.number);
      for (const id of s.entries) known.entries.add(id);
      own.settled.set(key, known);
    }
  }
  return (customer) => out.get(customer) ?? EMPTY_LEDGER;
}

/** The active invoices that settled a period one of `days` falls in, for the customer: time there is billed late. */
export function invoicesSettling(
  records: readonly InvoiceRecord[],
  customer: string,
  days: readonly IsoDate[],
): string[] {
  return activeInvoices(records)
    .filter(
      (r) =>
        r.customer === customer &&
        r.settlements.some((s) => days.some((day) => s.period.from <= day && day <= s.period.to)),
    )
    .map((r) => r.number);
}

/**
 * The last day of the latest period an active invoice settled for the customer. Time dated on
 * or before it may no longer be logged or corrected: it was billed, or billed as not there. Later
 * periods depend on earlier ones (the analysis cap, pools, carry-over), so one cancelled invoice
 * in the middle does not reopen its period while a later settlement stands.
 */
export function closedUntil(records: readonly InvoiceRecord[], customer: string): IsoDate | undefined {
  let last: IsoDate | undefined;
  for (const r of activeInvoices(records)) {
    if (r.customer !== customer) continue;
    for (const s of r.settlements) if (last === undefined || s.period.to > last) last = s.period.to;
  }
  return last;
}

/** The latest issue date of any document: a run or cancellation may not be dated before it. */
export function lastIssueDate(records: readonly InvoiceRecord[]): IsoDate | undefined {
  return records.reduce<IsoDate | undefined>(
    (max, r) => (max === undefined || r.issueDate > max ? r.issueDate : max),
    undefined,
  );
}

export function numbersOfYear(records: readonly InvoiceRecord[], year: string): string[] {
  return records.filter((r) => r.issueDate.startsWith(`${year}-`)).map((r) => r.number);
}

/** What `desk check` says about the issued documents as a whole: gaps in the numbers, dangling cancellations. */
export function ledgerProblems(
  records: readonly InvoiceRecord[],
  numberFormat: string,
): { file: string; field: string; message: string }[] {
  const out: { file: string; field: string; message: string }[] = [];
  const byNumber = new Map(records.map((r) => [r.number, r]));
  for (const year of new Set(records.map((r) => r.issueDate.slice(0, 4)))) {
    const gaps = numberGaps(numberFormat, Number(year), numbersOfYear(records, year));
    if (gaps.length > 0)
      out.push({
        file: `invoices/${year}`,
        field: 'number',
        message: `numbers missing: ${gaps.join(', ')}; invoice numbers are gapless per year`,
      });
  }
  for (const r of records) {
    if (!r.cancels) continue;
    const file = `invoices/${r.issueDate.slice(0, 4)}/${r.number}.yaml`;
    const original = byNumber.get(r.cancels.number);
    if (!original)
      out.push({ file, field: 'cancels.number', message: `cancels ${r.cancels.number}, which was never issued` });
    else if (original.type !== 'invoice')
      out.push({ file, field: 'cancels.number', message: `${r.cancels.number} is a credit note, not an invoice` });
  }
  return out;
}
