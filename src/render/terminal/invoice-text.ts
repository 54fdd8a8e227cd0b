// texts.js, not the invoice index: `desk usage` prints hours with it and must not load the invoice
// file schema (and zod) to do so
import { displayHours } from '../../core/invoice/texts.js';
import type { InvoiceRecord } from '../../core/invoice/index.js';
import { displayMoney } from '../../core/money.js';
import type { OpenItem } from '../../core/payments/index.js';
import { paint, table } from './style.js';
import { forTerminalLine as line } from '../../core/safe-text/index.js';
import { language, t } from '../../i18n/index.js';
import { formatDay } from '../../i18n/format.js';

/** Money as the reader writes it: `€1,428.00`, German `1.428,00 €`. */
export const eur = (cents: number) => displayMoney(cents, language());
const day = (d: string) => formatDay(d);

export type InvoiceStatus = 'active' | 'cancelled' | 'credit-note';

/** One line per document for `desk invoice list`. */
export function invoiceTable(
  rows: readonly { record: InvoiceRecord; status: InvoiceStatus; note: string; item?: OpenItem | undefined }[],
): string {
  return table(
    rows.map(({ record: r, status, note, item }) => [
      r.number,
      day(r.issueDate),
      t('moneyTerminal.documentType', { type: r.type }),
      r.customer,
      `${day(r.period.from)}..${day(r.period.to)}`,
      eur(r.totals.net),
      eur(r.totals.gross),
      item ? eur(item.open) : '',
      [
        status === 'cancelled' ? paint.yellow(line(note)) : line(note),
        item && item.status !== 'cancelled' ? t('moneyTerminal.itemStatus', { status: item.status }) : '',
        item && item.daysOverdue > 0 ? paint.red(t('moneyTerminal.daysOverdue', { count: item.daysOverdue })) : '',
      ]
        .filter(Boolean)
        .join(', '),
    ]),
    t('moneyTerminal.listHeader').split('|'),
  );
}

/** An invoice as staff read it in the terminal: every line with its period, tickets and entries. */
export function invoiceText(r: InvoiceRecord, status?: string): string {
  const lang = language();
  const out = [
    paint.bold(
      t('moneyTerminal.invoiceHead', {
        type: r.type,
        number: r.number,
        buyer: line(r.buyer.name),
        customer: r.customer,
      }),
    ),
    t('moneyTerminal.invoiceFacts', {
      issued: day(r.issueDate),
      due: r.dueDate ? t('moneyTerminal.dueOn', { day: day(r.dueDate) }) : '',
      from: day(r.period.from),
      to: day(r.period.to),
      language: r.language,
      vat: r.vatTreatment,
      format: r.format,
    }),
    ...(r.cancels
      ? [
          t('moneyTerminal.cancels', {
            number: r.cancels.number,
            day: day(r.cancels.issueDate),
            reason: line(r.cancels.reason),
          }),
        ]
      : []),
    ...(status ? [status] : []),
    '',
    table(
      r.lines.map((l, i) => [
        String(i + 1),
        line(l.name),
        l.minutes === undefined ? '1' : displayHours(l.minutes, lang),
        eur(l.unitPrice),
        eur(l.net),
        `${l.vatCategory} ${l.vatRate}%`,
      ]),
      t('moneyTerminal.linesHeader').split('|'),
    ),
    '',
    t('moneyTerminal.totals', {
      net: eur(r.totals.net),
      vat: eur(r.totals.vat),
      breakdown: r.vatBreakdown
        .map(
          (b) =>
            ` (${t('moneyTerminal.vatOn', { category: b.category, rate: b.rate, taxable: eur(b.taxable), tax: eur(b.tax) })})`,
        )
        .join(''),
      gross: paint.bold(eur(r.totals.gross)),
    }),
  ];
  const traced = r.lines.filter((l) => l.tickets.length > 0);
  if (traced.length > 0) {
    out.push('', paint.bold(t('moneyTerminal.behindTheLines')));
    for (const l of traced)
      out.push(
        `  ${l.key}`,
        `    ${t('moneyTerminal.lineTickets', { list: l.tickets.join(', ') })}`,
        `    ${t('moneyTerminal.lineEntries', { list: l.entries.join(', ') })}`,
      );
  }
  const first = r.settlements.filter((s) => !s.corrects);
  const again = r.settlements.filter((s) => s.corrects);
  if (first.length > 0) out.push('', t('moneyTerminal.settles', { list: first.map((s) => s.period.label).join(', ') }));
  if (again.length > 0)
    out.push(
      t('moneyTerminal.settlesLate', {
        list: again
          .map((s) => `${s.period.label} (${t('moneyTerminal.after', { list: s.corrects!.join(', ') })})`)
          .join(', '),
      }),
    );
  if (r.notes.length > 0) out.push('', ...r.notes.map(line));
  if (r.files.length > 0) out.push('', t('moneyTerminal.files', { list: r.files.join(', ') }));
  return out.join('\n');
}
