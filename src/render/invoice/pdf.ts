import {
  displayDate,
  displayHours,
  displayRange,
  groupIban,
  isLeitwegId,
  legalLine,
  WORDS,
  type InvoiceLine,
  type InvoiceRecord,
  type Language,
} from '../../core/invoice/index.js';
import { displayMoney } from '../../core/money.js';
import { facturXmp, pdfA, type PdfA } from '../pdf/pdfa.js';
import type { TextStyle } from '../pdf/typesetter.js';
import { countryName } from './countries.js';
import { forPdfDeep } from '../../core/safe-text/index.js';

/**
 * The invoice a person reads, as PDF/A-3b: letterhead and footer (with the legal details of
 * § 35a GmbHG) from the seller snapshot, the customer's language with its number and date
 * formats (1.234,50 € and 27.11.2026, or €1,234.50 and 27 November 2026). A table that runs
 * over a page carries its running total forward ("Übertrag") and every later page names the
 * invoice and its page. Group subtotals are net: VAT is computed once per category on the whole
 * invoice (BR-CO-17), so per-group VAT would not always add up to it. With `xml`, the e-invoice
 * is embedded as factur-x.xml (Factur-X / ZUGFeRD, profile EN 16931).
 */
const A4 = { width: 595.28, height: 841.89 };
const LEFT = 56;
const RIGHT = A4.width - 56;
/** Where the table stops on a page: below it the carry-forward line, then the footer. */
const CONTENT_BOTTOM = A4.height - 112;
const CONTINUATION_TOP = 70;
const COL = { pos: LEFT, desc: LEFT + 26, qty: 318, price: 388, amount: 462 };
const DESC_WIDTH = COL.qty - COL.desc - 8;
const GREY = '#555555';

const BODY: TextStyle = { size: 9 };
const SMALL: TextStyle = { size: 7.5, color: GREY };

export async function renderPdf(record: InvoiceRecord, xml?: string): Promise<Uint8Array> {
  // every text of the record (names, addresses, reasons) as a PDF may show it
  const r = forPdfDeep(record);
  const pdf = pdfA({ title: `${title(r)} ${r.number}`, author: r.seller.name, lang: r.language, date: r.issueDate });
  new InvoiceLayout(pdf, r).draw();
  if (xml !== undefined)
    pdf.attach(
      {
        name: 'factur-x.xml',
        content: new TextEncoder().encode(xml),
        mime: 'text/xml',
        relationship: 'Alternative',
        description: `${title(r)} ${r.number} (EN 16931)`,
      },
      facturXmp('factur-x.xml', 'EN 16931'),
    );
  return pdf.finish();
}

const title = (r: InvoiceRecord) =>
  r.type === 'credit-note' ? WORDS[r.language].creditNote : WORDS[r.language].invoice;

interface Group {
  advance: boolean;
  period: { from: string; to: string };
  lines: InvoiceLine[];
}

/** The lines grouped by what they bill: a period settled, or a period paid in advance. */
export function groupsOf(lines: readonly InvoiceLine[]): Group[] {
  const groups: Group[] = [];
  for (const l of lines) {
    const advance = l.kind === 'service-fee' || l.kind === 'commitment-minimum';
    const same = groups.find(
      (g) => g.advance === advance && g.period.from === l.period.from && g.period.to === l.period.to,
    );
    if (same) same.lines.push(l);
    else groups.push({ advance, period: { from: l.period.from, to: l.period.to }, lines: [l] });
  }
  return groups;
}

/** The days the lines bill, from the first to the last: periods settled without a charge are not in it. */
export function billedPeriod(r: InvoiceRecord): { from: string; to: string } {
  const from = r.lines.map((l) => l.period.from).reduce((a, b) => (b < a ? b : a));
  const to = r.lines.map((l) => l.period.to).reduce((a, b) => (b > a ? b : a));
  return { from, to };
}

class InvoiceLayout {
  private readonly lang: Language;
  private readonly w: (typeof WORDS)[Language];
  private readonly sign: number;
  private y = 0;
  /** Net of the lines drawn so far: what a page break carries forward. */
  private carried = 0;

  constructor(
    private readonly pdf: PdfA,
    private readonly r: InvoiceRecord,
  ) {
    this.lang = r.language;
    this.w = WORDS[r.language];
    this.sign = r.type === 'credit-note' ? -1 : 1;
  }

  private eur(cents: number): string {
    return displayMoney(this.sign * cents, this.lang);
  }

  private text(s: string, x: number, y: number, style: TextStyle, width: number, align?: 'left' | 'right'): number {
    return this.pdf.text.draw(s, x, y, style, { width, ...(align && { align }) });
  }

  draw(): void {
    this.letterhead();
    this.titleBlock();
    this.table();
    this.totals();
    this.paragraphs();
    this.pageFurniture();
  }

  private letterhead(): void {
    const { r } = this;
    const s = r.seller;
    this.text(s.name, LEFT, 50, { size: 16, style: 'bold' }, 280);
    const contact = [s.address.street, `${s.address.postalCode} ${s.address.city}`, s.phone, s.email, s.website]
      .filter((x): x is string => Boolean(x))
      .join('\n');
    this.text(contact, 350, 52, { size: 8, color: GREY }, RIGHT - 350, 'right');
    this.text(
      `${s.name} · ${s.address.street} · ${s.address.postalCode} ${s.address.city}`,
      LEFT,
      136,
      { size: 6.5, color: GREY },
      255,
    );
    const b = r.buyer;
    const country = b.address.country === s.address.country ? undefined : countryName(b.address.country, this.lang);
    const recipient = [b.name, b.address.street, `${b.address.postalCode} ${b.address.city}`, country]
      .filter(Boolean)
      .join('\n');
    const recipientEnd = this.text(recipient, LEFT, 150, { size: 10 }, 250);

    const w = this.w;
    const reference: [string, string][] =
      b.buyerReference === b.id
        ? []
        : [[isLeitwegId(b.buyerReference) ? w.leitwegId : w.buyerReference, b.buyerReference]];
    const facts: [string, string][] = [
      [w.number, r.number],
      [w.date, displayDate(r.issueDate, this.lang)],
      [w.servicePeriod, displayRange(billedPeriod(r), this.lang)],
      [w.customerNo, b.id],
      ...reference,
      ...(b.vatId ? [[w.buyerVatId, b.vatId] as [string, string]] : []),
      ...(r.dueDate ? [[w.due, displayDate(r.dueDate, this.lang)] as [string, string]] : []),
    ];
    // each row as high as its taller cell, so a long value wraps instead of running into the next row
    let y = 150;
    const labelX = 318;
    const valueX = 408;
    for (const [label, value] of facts) {
      const a = this.text(label, labelX, y + 1, { size: 8, color: GREY }, valueX - labelX - 4);
      const c = this.text(value, valueX, y, { size: 9 }, RIGHT - valueX, 'right');
      y = Math.max(a, c) + 2;
    }
    this.y = Math.max(y, recipientEnd, 215) + 22;
  }

  private titleBlock(): void {
    const { r, w } = this;
    this.y = this.text(`${title(r)} ${r.number}`, LEFT, this.y, { size: 14, style: 'bold' }, RIGHT - LEFT) + 6;
    if (r.cancels) {
      const line = `${w.cancels(r.cancels.number, displayDate(r.cancels.issueDate, this.lang))}. ${w.reason}: ${r.cancels.reason}`;
      this.y = this.text(line, LEFT, this.y, BODY, RIGHT - LEFT) + 8;
    }
  }

  private tableHeader(): void {
    const { w } = this;
    const head: TextStyle = { size: 8, style: 'bold', color: GREY };
    const y = this.y;
    this.text(w.pos, COL.pos, y, head, 24);
    this.text(w.description, COL.desc, y, head, DESC_WIDTH);
    this.text(w.quantity, COL.qty, y, head, COL.price - COL.qty - 4, 'right');
    this.text(w.unitPrice, COL.price, y, head, COL.amount - COL.price - 4, 'right');
    this.text(w.amount, COL.amount, y, head, RIGHT - COL.amount, 'right');
    this.y = y + 12;
    this.rule(LEFT, this.y);
    this.y += 5;
  }

  private rule(from: number, y: number): void {
    this.pdf.doc.moveTo(from, y).lineTo(RIGHT, y).lineWidth(0.5).strokeColor('#999999').stroke();
  }

  /** A carry-forward row: label right-aligned in the description, the running net as amount. */
  private carryRow(): void {
    const style: TextStyle = { size: 8.5, style: 'italic' };
    this.text(this.w.carried, COL.desc, this.y, style, COL.amount - COL.desc - 4, 'right');
    this.text(this.eur(this.carried), COL.amount, this.y, style, RIGHT - COL.amount, 'right');
    this.y += 14;
  }

  /** Room for `needed` points, or a new page: the running total carried from the bottom to the top of the next. */
  private room(needed: number, table: boolean): void {
    if (this.y + needed <= CONTENT_BOTTOM) return;
    if (table) {
      this.y += 2;
      this.rule(COL.qty, this.y);
      this.y += 3;
      this.carryRow();
    }
    this.pdf.doc.addPage();
    this.y = CONTINUATION_TOP;
    if (table) {
      this.tableHeader();
      this.carryRow();
    }
  }

  private lineHeight(l: InvoiceLine): { height: number; notes: string } {
    const t = this.pdf.text;
    const notes = [l.detail, l.tickets.length ? `${this.w.tickets}: ${l.tickets.join(', ')}` : undefined]
      .filter((x): x is string => Boolean(x))
      .join('\n');
    const height = t.height(l.name, BODY, DESC_WIDTH) + (notes ? t.height(notes, SMALL, DESC_WIDTH) + 1 : 0) + 5;
    return { height, notes };
  }

  private table(): void {
    const { r, w } = this;
    const t = this.pdf.text;
    this.tableHeader();
    const groups = groupsOf(r.lines);
    const subtotals = r.lines.length > 1 && groups.length > 1;
    const headingStyle: TextStyle = { size: 9, style: 'bold' };
    const subtotalHeight = 18;
    let pos = 0;
    for (const group of groups) {
      const heading = `${group.advance ? w.advance : w.settlement} ${displayRange(group.period, this.lang)}`;
      const headingHeight = t.height(heading, headingStyle, DESC_WIDTH) + 3;
      for (const [i, l] of group.lines.entries()) {
        pos += 1;
        const { height, notes } = this.lineHeight(l);
        const last = i === group.lines.length - 1;
        // a heading never ends a page, a subtotal never starts one: each stays with its neighbouring line
        this.room((i === 0 ? headingHeight : 0) + height + (last && subtotals ? subtotalHeight : 0), true);
        if (i === 0) this.y = this.text(heading, COL.desc, this.y, headingStyle, DESC_WIDTH) + 3;
        const y = this.y;
        this.text(String(pos), COL.pos, y, BODY, 24);
        const after = this.text(l.name, COL.desc, y, BODY, DESC_WIDTH);
        const quantity = l.minutes === undefined ? `1 ${w.unitPeriod}` : displayHours(l.minutes, this.lang);
        this.text(quantity, COL.qty, y, BODY, COL.price - COL.qty - 4, 'right');
        this.text(displayMoney(l.unitPrice, this.lang), COL.price, y, BODY, COL.amount - COL.price - 4, 'right');
        this.text(this.eur(l.net), COL.amount, y, BODY, RIGHT - COL.amount, 'right');
        this.y = notes ? this.text(notes, COL.desc, after + 1, SMALL, DESC_WIDTH) : after;
        this.y += 5;
        this.carried += l.net;
      }
      if (subtotals) {
        const net = group.lines.reduce((sum, l) => sum + l.net, 0);
        const style: TextStyle = { size: 8.5, style: 'italic', color: GREY };
        const label = w.subtotalOf(
          `${group.advance ? w.advance : w.settlement} ${displayRange(group.period, this.lang)}`,
        );
        this.text(label, COL.desc, this.y, style, COL.amount - COL.desc - 4, 'right');
        this.text(this.eur(net), COL.amount, this.y, style, RIGHT - COL.amount, 'right');
        this.y += subtotalHeight - 4;
      }
    }
  }

  private totals(): void {
    const { r, w } = this;
    const rows: [string, string, boolean][] = [[w.net, this.eur(r.totals.net), false]];
    for (const v of r.vatBreakdown) {
      const label =
        v.category === 'AE'
          ? w.vatAE
          : v.category === 'O'
            ? w.vatO
            : w.vat(String(v.rate).replace('.', this.lang === 'de' ? ',' : '.'), this.eur(v.taxable));
      rows.push([label, this.eur(v.tax), false]);
    }
    rows.push([w.gross, this.eur(r.totals.gross), true]);
    this.room(rows.length * 14 + 10, true);
    this.y += 2;
    this.rule(COL.qty, this.y);
    this.y += 6;
    for (const [label, value, bold] of rows) {
      const style: TextStyle = { size: 9, style: bold ? 'bold' : 'regular' };
      this.text(label, COL.desc, this.y, style, COL.amount - COL.desc - 4, 'right');
      this.text(value, COL.amount, this.y, style, RIGHT - COL.amount, 'right');
      this.y += 14;
    }
    this.y += 8;
  }

  private paragraphs(): void {
    const { r, w } = this;
    const s = r.seller;
    const bank = [s.bank.name, `IBAN ${groupIban(s.bank.iban)}`, s.bank.bic && `BIC ${s.bank.bic}`]
      .filter(Boolean)
      .join(' · ');
    const paragraphs = [
      ...(r.cancels ? r.notes.slice(1) : r.notes), // a credit note's first note is printed under its title
      r.paymentTerms.replace(/#(SKONTO|VERZUG)#[^\n]*\n/g, ''),
      r.type === 'invoice' ? `${w.bank}: ${bank} · ${w.reference}: ${r.number}` : undefined,
    ].filter((p): p is string => Boolean(p));
    for (const p of paragraphs) {
      this.room(this.pdf.text.height(p, BODY, RIGHT - LEFT) + 6, false);
      this.y = this.text(p, LEFT, this.y, BODY, RIGHT - LEFT) + 6;
    }
  }

  /** Footer with the legal details on every page; later pages also name the invoice at the top. */
  private pageFurniture(): void {
    const { r, w } = this;
    const s = r.seller;
    const doc = this.pdf.doc;
    const ids = [s.vatId && `${w.vatId} ${s.vatId}`, s.taxNumber && `${w.taxNumber} ${s.taxNumber}`]
      .filter(Boolean)
      .join(' · ');
    const footer = [
      `${s.name} · ${s.address.street} · ${s.address.postalCode} ${s.address.city}`,
      legalLine(s.legal, this.lang),
      ids,
      [s.bank.name, `IBAN ${groupIban(s.bank.iban)}`, s.bank.bic && `BIC ${s.bank.bic}`].filter(Boolean).join(' · '),
    ]
      .filter(Boolean)
      .join('\n');
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const page = w.pageOf(i + 1, range.count);
      this.text(footer, LEFT, A4.height - 80, { size: 7, color: GREY }, RIGHT - LEFT - 70);
      this.text(page, RIGHT - 70, A4.height - 80, { size: 7, color: GREY }, 70, 'right');
      if (i > range.start) {
        this.text(`${title(r)} ${r.number} · ${r.buyer.name}`, LEFT, 44, { size: 8, color: GREY }, 330);
        this.text(page, RIGHT - 150, 44, { size: 8, color: GREY }, 150, 'right');
        this.rule(LEFT, 58);
      }
    }
  }
}
