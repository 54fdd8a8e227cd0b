import { displayHours, type InvoiceRecord } from '../../core/invoice/index.js';
import { displayMoney } from '../../core/money.js';
import type { OpenItem } from '../../core/payments/index.js';
import { paint, table } from './style.js';
import { forTerminalLine as line } from '../../core/safe-text/index.js';

const eur = (cents: number) => displayMoney(cents, 'en');

export type InvoiceStatus = 'active' | 'cancelled' | 'credit-note';

/** One line per document for `desk invoice list`. */
export function invoiceTable(
  rows: readonly { record: InvoiceRecord; status: InvoiceStatus; note: string; item?: OpenItem | undefined }[],
): string {
  return table(
    rows.map(({ record: r, status, note, item }) => [
      r.number,
      r.issueDate,
      r.type === 'credit-note' ? 'credit note' : 'invoice',
      r.customer,
      `${r.period.from}..${r.period.to}`,
      eur(r.totals.net),
      eur(r.totals.gross),
      item ? eur(item.open) : '',
      [
        status === 'cancelled' ? paint.yellow(line(note)) : line(note),
        item && item.status !== 'cancelled' ? item.status : '',
        item && item.daysOverdue > 0 ? paint.red(`${item.daysOverdue} days overdue`) : '',
      ]
        .filter(Boolean)
        .join(', '),
    ]),
    ['NUMBER', 'DATE', 'TYPE', 'CUSTOMER', 'PERIOD', 'NET', 'GROSS', 'OPEN', 'STATUS'],
  );
}

/** An invoice as staff read it in the terminal: every line with its period, tickets and entries. */
export function invoiceText(r: InvoiceRecord, status?: string): string {
  const kind = r.type === 'credit-note' ? 'Credit note' : 'Invoice';
  const out = [
    paint.bold(`${kind} ${r.number} — ${line(r.buyer.name)} (${r.customer})`),
    `issued ${r.issueDate}${r.dueDate ? `, due ${r.dueDate}` : ''}; service ${r.period.from} – ${r.period.to}; ${r.language}; ${r.vatTreatment}; e-invoice ${r.format}`,
    ...(r.cancels ? [`cancels ${r.cancels.number} of ${r.cancels.issueDate}: ${line(r.cancels.reason)}`] : []),
    ...(status ? [status] : []),
    '',
    table(
      r.lines.map((l, i) => [
        String(i + 1),
        line(l.name),
        l.minutes === undefined ? '1' : displayHours(l.minutes, 'en'),
        eur(l.unitPrice),
        eur(l.net),
        `${l.vatCategory} ${l.vatRate}%`,
      ]),
      ['#', 'LINE', 'QTY', 'PRICE', 'NET', 'VAT'],
    ),
    '',
    `Net ${eur(r.totals.net)}, VAT ${eur(r.totals.vat)}${r.vatBreakdown.map((b) => ` (${b.category} ${b.rate}% on ${eur(b.taxable)}: ${eur(b.tax)})`).join('')}, total ${paint.bold(eur(r.totals.gross))}`,
  ];
  const traced = r.lines.filter((l) => l.tickets.length > 0);
  if (traced.length > 0) {
    out.push('', paint.bold('Behind the lines'));
    for (const l of traced)
      out.push(`  ${l.key}`, `    tickets ${l.tickets.join(', ')}`, `    entries ${l.entries.join(', ')}`);
  }
  const first = r.settlements.filter((s) => !s.corrects);
  const again = r.settlements.filter((s) => s.corrects);
  if (first.length > 0) out.push('', `Settles: ${first.map((s) => s.period.label).join(', ')}`);
  if (again.length > 0)
    out.push(
      `Settles late (time that reached periods billed before): ${again.map((s) => `${s.period.label} (after ${s.corrects!.join(', ')})`).join(', ')}`,
    );
  if (r.notes.length > 0) out.push('', ...r.notes.map(line));
  if (r.files.length > 0) out.push('', `Files: ${r.files.join(', ')}`);
  return out.join('\n');
}
