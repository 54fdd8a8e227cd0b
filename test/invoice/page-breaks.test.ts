import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acmeService, entry, ticket } from '../billing/fixtures.js';
import { withTotals, type InvoiceRecord, type Language } from '../../src/core/invoice/index.js';
import type { TimeEntry } from '../../src/core/billing/index.js';
import { renderPdf } from '../../src/render/invoice/pdf.js';
import { billing, invoiceable, Ledger } from './fixtures.js';
import { PdfFile, requireTools } from './pdf-tools.js';

/**
 * Invoices of 1, 15, 40 and 200 lines in German and English, rendered and read back as text and
 * word boxes (pdftotext) and as images (pdftoppm). What a reader must find: every line once, no
 * word printed over another, a heading never alone at a page's end nor a subtotal alone at the
 * top of the next, the running total carried forward at each page break and equal to the lines
 * before it, the invoice number and "page x of y" on every later page, the totals on one page.
 */
function invoiceWith(lines: number, lang: Language): InvoiceRecord {
  // a catch-up run over many months: each month a fee, a settlement with overage and work out of scope
  const months = Math.ceil(lines / 3) + 1;
  const start = new Date(Date.UTC(2026, 7 - months, 1)).toISOString().slice(0, 10);
  const entries: TimeEntry[] = [];
  for (let m = 0; m < months; m++) {
    const day = new Date(Date.UTC(2026, 7 - months + m, 5)).toISOString().slice(0, 10);
    entries.push(entry('T-1', day, '11:00'), entry('T-2', day, '1:10'));
  }
  const customer = invoiceable('dorn', [acmeService({ start })], {
    name: 'Dorn Haustechnik GmbH & Co. KG',
    invoiceLanguage: lang,
  });
  const ledger = new Ledger(() => [
    billing(customer, entries, [ticket('T-1', 'question'), ticket('T-2', 'data-problem')]),
  ]);
  const [full] = ledger.run('2026-08-01');
  expect(full!.lines.length).toBeGreaterThanOrEqual(lines);
  const { vatBreakdown: _v, totals: _t, ...rest } = full!;
  return withTotals({ ...rest, lines: full!.lines.slice(0, lines) });
}

const WORDS = {
  de: {
    carried: 'Übertrag',
    subtotal: 'Zwischensumme',
    page: (p: number, n: number) => `Seite ${p} von ${n}`,
    title: 'Rechnung',
    gross: 'Gesamtbetrag',
    net: 'Nettobetrag',
  },
  en: {
    carried: 'Carried forward',
    subtotal: 'Subtotal',
    page: (p: number, n: number) => `Page ${p} of ${n}`,
    title: 'Invoice',
    gross: 'Total',
    net: 'Net amount',
  },
};

/** "1.234,50 €" or "€1,234.50" in cents. */
function cents(s: string, lang: Language): number {
  const digits = lang === 'de' ? s.replace(/[.\s€]/g, '').replace(',', '.') : s.replace(/[,\s€]/g, '');
  const [w, f = '0'] = digits.split('.');
  return Number(w) * 100 + Number(f.padEnd(2, '0'));
}

describe.each([
  [1, 'de'],
  [15, 'de'],
  [40, 'de'],
  [200, 'de'],
  [1, 'en'],
  [15, 'en'],
  [40, 'en'],
  [200, 'en'],
] as const)('an invoice of %i lines in %s', (count, lang) => {
  let record: InvoiceRecord;
  let pdf: PdfFile;
  let pages: string[];
  const w = WORDS[lang];
  const amount = lang === 'de' ? '-?[\\d.]+,\\d\\d €' : '-?€[\\d,]+\\.\\d\\d';
  beforeAll(async () => {
    requireTools();
    record = invoiceWith(count, lang);
    pdf = new PdfFile(await renderPdf(record));
    pages = pdf.pages();
  });
  afterAll(() => pdf?.cleanup());

  it('shows every line once, in order, and renders every page', () => {
    const numbers = pages
      .join('\n')
      .split('\n')
      .map((l) => /^\s{0,3}(\d{1,3})\s+[A-Z]/.exec(l)?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number);
    expect(numbers).toEqual(record.lines.map((_, i) => i + 1));
    const images = pdf.images();
    expect(images).toHaveLength(pages.length);
    expect(Number(pdf.info().Pages)).toBe(pages.length);
    if (count === 1) expect(pages).toHaveLength(1);
    if (count === 200) expect(pages.length).toBeGreaterThan(5);
  });

  it('prints no word over another and nothing outside the page', () => {
    const words = pdf.words();
    for (let p = 1; p <= pages.length; p++) {
      const on = words.filter((x) => x.page === p);
      for (const a of on) {
        expect(a.x0).toBeGreaterThanOrEqual(0);
        expect(a.x1).toBeLessThanOrEqual(595.28);
        expect(a.y1).toBeLessThanOrEqual(841.89);
      }
      for (let i = 0; i < on.length; i++)
        for (let j = i + 1; j < on.length; j++) {
          const a = on[i]!;
          const b = on[j]!;
          const overlap =
            Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.5 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0.5;
          if (overlap) expect.fail(`page ${p}: "${a.text}" overlaps "${b.text}"`);
        }
    }
  });

  it('names the invoice and "page x of y" on every later page, and every page in its footer', () => {
    pages.forEach((text, i) => {
      expect(text).toContain(w.page(i + 1, pages.length));
      if (i > 0) expect(text).toContain(`${w.title} ${record.number} · ${record.buyer.name}`);
    });
  });

  it('carries the running total forward at every page break, equal to the lines above it', () => {
    const lineAmounts = record.lines.map((l) => l.net);
    let seen = 0;
    pages.forEach((text, i) => {
      const rows = text.split('\n');
      const carries = rows
        .filter((r) => r.trim().startsWith(w.carried))
        .map((r) => cents(new RegExp(amount).exec(r)![0], lang));
      const lineRows = rows.filter((l) => /^\s{0,3}\d{1,3}\s+[A-Z]/.test(l)).length;
      if (i > 0 && i < pages.length && carries.length > 0)
        expect(carries[0]).toBe(lineAmounts.slice(0, seen).reduce((a, b) => a + b, 0));
      seen += lineRows;
      const last = i < pages.length - 1 && pages[i + 1]!.includes(w.carried);
      if (last) expect(carries[carries.length - 1]).toBe(lineAmounts.slice(0, seen).reduce((a, b) => a + b, 0));
    });
    if (count >= 40) expect(pages.some((p) => p.includes(w.carried))).toBe(true);
  });

  it('keeps a subtotal with its group and the totals together', () => {
    for (const text of pages) {
      const rows = text.split('\n').filter((r) => r.trim() !== '');
      // after the page's own header rows, the first row of the table is never a subtotal
      const firstTable = rows.findIndex((r) => /^\s{0,3}\d{1,3}\s+[A-Z]/.test(r) || r.includes(w.subtotal));
      if (firstTable >= 0) expect(rows[firstTable]).not.toContain(w.subtotal);
    }
    const withTotals = pages.filter((p) => p.includes(w.gross));
    expect(withTotals).toHaveLength(1);
    expect(withTotals[0]).toContain(w.net);
    const gross = new RegExp(`${w.gross}\\s+(${amount})`).exec(withTotals[0]!)![1]!;
    expect(cents(gross, lang)).toBe(record.totals.gross);
  });
});
