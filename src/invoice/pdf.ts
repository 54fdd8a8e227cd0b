import PDFDocument from 'pdfkit';
import {
  displayDate,
  displayHours,
  displayPeriod,
  WORDS,
  type InvoiceLine,
  type InvoiceRecord,
  type Language,
} from '../core/invoice/index.js';
import { displayMoney } from '../core/money.js';
import { vatBreakdownOf } from '../core/invoice/vat.js';
import { forPdf, forPdfDeep } from '../core/safe-text/index.js';

/**
 * The invoice a person reads: letterhead from desk.yaml, the customer's language, German number
 * and date formats for German (1.234,50 €, 27.11.2026). Built with pdfkit's standard fonts, so
 * nothing is embedded and the text stays extractable. The dates inside the file are the issue
 * date, so the same record always gives the same PDF.
 */
const A4 = { width: 595.28, height: 841.89 };
const LEFT = 56;
const RIGHT = A4.width - 56;
const BOTTOM = A4.height - 90;
const COL = { pos: LEFT, desc: LEFT + 28, qty: 330, price: 392, amount: 462 };
const GREY = '#555555';

const COUNTRIES: Record<Language, Record<string, string>> = {
  de: {
    DE: 'Deutschland',
    AT: 'Österreich',
    CH: 'Schweiz',
    NL: 'Niederlande',
    FR: 'Frankreich',
    IT: 'Italien',
    BE: 'Belgien',
    LU: 'Luxemburg',
    PL: 'Polen',
    DK: 'Dänemark',
    ES: 'Spanien',
    GB: 'Vereinigtes Königreich',
    US: 'USA',
  },
  en: {
    DE: 'Germany',
    AT: 'Austria',
    CH: 'Switzerland',
    NL: 'Netherlands',
    FR: 'France',
    IT: 'Italy',
    BE: 'Belgium',
    LU: 'Luxembourg',
    PL: 'Poland',
    DK: 'Denmark',
    ES: 'Spain',
    GB: 'United Kingdom',
    US: 'USA',
  },
};

export async function renderPdf(r: InvoiceRecord): Promise<Uint8Array> {
  const at = new Date(`${r.issueDate}T12:00:00Z`);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 50, bottom: 40, left: LEFT, right: 56 },
    bufferPages: true,
    compress: true,
    lang: r.language === 'de' ? 'de-DE' : 'en-GB',
    info: {
      Title: `${title(r)} ${r.number}`,
      Author: forPdf(r.seller.name),
      Subject: forPdf(r.buyer.name),
      CreationDate: at,
      ModDate: at,
      Producer: 'desk',
      Creator: 'desk',
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  // every text of the record (names, addresses, reasons) as a PDF may show it
  draw(doc, forPdfDeep(r));
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

const title = (r: InvoiceRecord) =>
  r.type === 'credit-note' ? WORDS[r.language].creditNote : WORDS[r.language].invoice;

function draw(doc: PDFKit.PDFDocument, r: InvoiceRecord): void {
  const lang = r.language;
  const w = WORDS[lang];
  const sign = r.type === 'credit-note' ? -1 : 1;
  const eur = (cents: number) => displayMoney(sign * cents, lang);
  const s = r.seller;

  // letterhead
  doc.font('Helvetica-Bold').fontSize(16).fillColor('black').text(s.name, LEFT, 50, { width: 280 });
  doc.font('Helvetica').fontSize(8).fillColor(GREY);
  const contact = [s.address.street, `${s.address.postalCode} ${s.address.city}`, s.phone, s.email, s.website].filter(
    (x): x is string => Boolean(x),
  );
  doc.text(contact.join('\n'), 380, 52, { width: RIGHT - 380, align: 'right' });

  // recipient
  doc
    .fontSize(7)
    .text(`${s.name} · ${s.address.street} · ${s.address.postalCode} ${s.address.city}`, LEFT, 135, { width: 260 });
  const b = r.buyer;
  const country =
    b.address.country === s.address.country ? undefined : (COUNTRIES[lang][b.address.country] ?? b.address.country);
  doc
    .font('Helvetica')
    .fontSize(10)
    .fillColor('black')
    .text(
      [b.name, b.address.street, `${b.address.postalCode} ${b.address.city}`, country].filter(Boolean).join('\n'),
      LEFT,
      150,
      { width: 260 },
    );

  // facts
  const facts: [string, string][] = [
    [w.number, r.number],
    [w.date, displayDate(r.issueDate, lang)],
    [w.servicePeriod, displayPeriod(r.period, lang)],
    [w.customerNo, b.id],
    ...(b.buyerReference !== b.id ? [[w.buyerReference, b.buyerReference] as [string, string]] : []),
    ...(b.vatId ? [[w.buyerVatId, b.vatId] as [string, string]] : []),
    ...(r.dueDate ? [[w.due, displayDate(r.dueDate, lang)] as [string, string]] : []),
  ];
  let y = 150;
  for (const [label, value] of facts) {
    doc.fontSize(8).fillColor(GREY).text(label, 340, y, { width: 95 });
    doc
      .fontSize(9)
      .fillColor('black')
      .text(value, 435, y, { width: RIGHT - 435, align: 'right' });
    y += 13;
  }

  // title
  y = Math.max(y, 215) + 25;
  doc
    .font('Helvetica-Bold')
    .fontSize(14)
    .text(`${title(r)} ${r.number}`, LEFT, y);
  y += 22;
  if (r.cancels) {
    doc
      .font('Helvetica')
      .fontSize(9)
      .text(
        `${w.cancels(r.cancels.number, displayDate(r.cancels.issueDate, lang))}. ${w.reason}: ${r.cancels.reason}`,
        LEFT,
        y,
        { width: RIGHT - LEFT },
      );
    y = doc.y + 8;
  }

  // lines, grouped by what they bill: a period settled, or a period paid in advance
  y = header(doc, w, y);
  let pos = 0;
  for (const group of groupsOf(r.lines)) {
    y = room(doc, w, y, 30);
    doc
      .font('Helvetica-Bold')
      .fontSize(9)
      .fillColor('black')
      .text(`${group.advance ? w.advance : w.settlement} ${displayPeriod(group.period, lang)}`, COL.desc, y, {
        width: COL.qty - COL.desc - 8,
      });
    y = doc.y + 4;
    for (const l of group.lines) {
      pos += 1;
      const notes = [l.detail, l.tickets.length ? `${w.tickets}: ${l.tickets.join(', ')}` : undefined]
        .filter((x): x is string => Boolean(x))
        .join('\n');
      doc.font('Helvetica').fontSize(9);
      const height =
        doc.heightOfString(l.name, { width: COL.qty - COL.desc - 8 }) +
        (notes ? doc.fontSize(7.5).heightOfString(notes, { width: COL.qty - COL.desc - 8 }) + 2 : 0);
      y = room(doc, w, y, height + 6);
      doc.font('Helvetica').fontSize(9).fillColor('black');
      doc.text(String(pos), COL.pos, y, { width: 24 });
      doc.text(l.name, COL.desc, y, { width: COL.qty - COL.desc - 8 });
      const after = doc.y;
      doc.text(l.minutes === undefined ? `1 ${w.unitPeriod}` : displayHours(l.minutes, lang), COL.qty, y, {
        width: COL.price - COL.qty - 4,
        align: 'right',
      });
      doc.text(displayMoney(l.unitPrice, lang), COL.price, y, { width: COL.amount - COL.price - 4, align: 'right' });
      doc.text(eur(l.net), COL.amount, y, { width: RIGHT - COL.amount, align: 'right' });
      y = after;
      if (notes) {
        doc
          .fontSize(7.5)
          .fillColor(GREY)
          .text(notes, COL.desc, y + 1, { width: COL.qty - COL.desc - 8 });
        y = doc.y;
      }
      y += 6;
    }
    if (r.lines.length > group.lines.length) {
      // the figures of one settlement or advance on their own, as the customer's statement shows them
      const net = group.lines.reduce((sum, l) => sum + l.net, 0);
      const vat = vatBreakdownOf(group.lines).reduce((sum, v) => sum + v.tax, 0);
      y = room(doc, w, y, 16);
      doc
        .font('Helvetica-Oblique')
        .fontSize(8)
        .fillColor(GREY)
        .text(w.subtotal(eur(net), eur(vat), eur(net + vat)), COL.desc, y, { width: RIGHT - COL.desc, align: 'right' });
      y = doc.y + 8;
    }
  }

  // totals
  y = room(doc, w, y, 80);
  doc.moveTo(COL.qty, y).lineTo(RIGHT, y).lineWidth(0.5).strokeColor('#999999').stroke();
  y += 6;
  const total = (label: string, value: string, bold = false) => {
    doc
      .font(bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(9)
      .fillColor('black');
    doc.text(label, COL.desc, y, { width: COL.amount - COL.desc - 4, align: 'right' });
    doc.text(value, COL.amount, y, { width: RIGHT - COL.amount, align: 'right' });
    y += 14;
  };
  total(w.net, eur(r.totals.net));
  for (const v of r.vatBreakdown) {
    const label =
      v.category === 'AE'
        ? w.vatAE
        : v.category === 'O'
          ? w.vatO
          : w.vat(String(v.rate).replace('.', lang === 'de' ? ',' : '.'), eur(v.taxable));
    total(label, eur(v.tax));
  }
  total(w.gross, eur(r.totals.gross), true);
  y += 8;

  // notes, terms, bank
  const ids = [s.vatId && `${w.vatId} ${s.vatId}`, s.taxNumber && `${w.taxNumber} ${s.taxNumber}`]
    .filter(Boolean)
    .join(' · ');
  const paragraphs = [
    ...(r.cancels ? r.notes.slice(1) : r.notes), // a credit note's first note is printed under its title
    r.paymentTerms.replace(/#(SKONTO|VERZUG)#[^\n]*\n/g, ''),
    r.type === 'invoice'
      ? `${w.bank}: ${[s.bank.name, `IBAN ${s.bank.iban}`, s.bank.bic && `BIC ${s.bank.bic}`].filter(Boolean).join(' · ')} · ${w.reference}: ${r.number}`
      : undefined,
  ].filter((p): p is string => Boolean(p));
  doc.font('Helvetica').fontSize(9).fillColor('black');
  for (const p of paragraphs) {
    y = room(doc, w, y, doc.heightOfString(p, { width: RIGHT - LEFT }) + 6, false);
    doc.text(p, LEFT, y, { width: RIGHT - LEFT });
    y = doc.y + 6;
  }

  // footer on every page
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const footer = [
      `${s.name} · ${s.address.street} · ${s.address.postalCode} ${s.address.city}`,
      ids,
      `IBAN ${s.bank.iban}${s.bank.bic ? ` · BIC ${s.bank.bic}` : ''}`,
    ]
      .filter(Boolean)
      .join('\n');
    doc
      .font('Helvetica')
      .fontSize(7)
      .fillColor(GREY)
      .text(footer, LEFT, A4.height - 70, { width: RIGHT - LEFT - 60, lineBreak: true, height: 40 });
    doc.text(`${w.page} ${i + 1}/${range.count}`, RIGHT - 60, A4.height - 70, { width: 60, align: 'right' });
  }
}

function header(doc: PDFKit.PDFDocument, w: (typeof WORDS)[Language], y: number): number {
  doc.font('Helvetica-Bold').fontSize(8).fillColor(GREY);
  doc.text(w.pos, COL.pos, y, { width: 24 });
  doc.text(w.description, COL.desc, y, { width: 200 });
  doc.text(w.quantity, COL.qty, y, { width: COL.price - COL.qty - 4, align: 'right' });
  doc.text(w.unitPrice, COL.price, y, { width: COL.amount - COL.price - 4, align: 'right' });
  doc.text(w.amount, COL.amount, y, { width: RIGHT - COL.amount, align: 'right' });
  y += 12;
  doc.moveTo(LEFT, y).lineTo(RIGHT, y).lineWidth(0.5).strokeColor('#999999').stroke();
  return y + 6;
}

/** A new page (with the table header again) when `needed` points do not fit. */
function room(doc: PDFKit.PDFDocument, w: (typeof WORDS)[Language], y: number, needed: number, table = true): number {
  if (y + needed <= BOTTOM) return y;
  doc.addPage();
  return table ? header(doc, w, 60) : 60;
}

interface Group {
  advance: boolean;
  period: { from: string; to: string };
  lines: InvoiceLine[];
}

function groupsOf(lines: readonly InvoiceLine[]): Group[] {
  const groups: Group[] = [];
  for (const l of lines) {
    const advance = l.kind === 'service-fee' || l.kind === 'commitment-minimum';
    const last = groups.find(
      (g) => g.advance === advance && g.period.from === l.period.from && g.period.to === l.period.to,
    );
    if (last) last.lines.push(l);
    else groups.push({ advance, period: { from: l.period.from, to: l.period.to }, lines: [l] });
  }
  return groups;
}
