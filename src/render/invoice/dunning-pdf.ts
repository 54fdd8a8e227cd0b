import { letterTitle, type DunningLetter } from '../../core/dunning/index.js';
import { displayDate, groupIban, legalLine, type SellerSnapshot } from '../../core/invoice/index.js';
import { displayMoney } from '../../core/money.js';
import { forPdfDeep } from '../../core/safe-text/index.js';
import { pdfA } from '../pdf/pdfa.js';
import type { TextStyle } from '../pdf/typesetter.js';
import { countryName } from './countries.js';

/** The letter a reminder is, as PDF/A-3b in the customer's language, with the footer of an invoice. */
const LEFT = 56;
const RIGHT = 595.28 - 56;
const GREY = '#555555';
const BODY: TextStyle = { size: 10 };

export interface LetterParties {
  seller: SellerSnapshot;
  buyer: { name: string; address: { street: string; postalCode: string; city: string; country: string } };
  /** The date of the first letter, which later letters refer to. */
  firstDate?: string;
}

function body(l: DunningLetter, firstDate: string | undefined): string[] {
  const de = l.language === 'de';
  const d = (iso: string) => displayDate(iso, l.language);
  const eur = (c: number) => displayMoney(c, l.language);
  if (de)
    return [
      'Sehr geehrte Damen und Herren,',
      l.stage === 1
        ? `sicher haben Sie es nur übersehen: Unsere Rechnung ${l.invoice} vom ${d(l.invoiceDate)} über ${eur(l.gross)} war am ${d(l.dueDate)} fällig. Davon sind heute noch ${eur(l.open)} offen.`
        : `trotz unserer Zahlungserinnerung vom ${d(firstDate ?? l.date)} ist unsere Rechnung ${l.invoice} vom ${d(l.invoiceDate)} noch nicht vollständig bezahlt.`,
      `Bitte überweisen Sie ${eur(l.total)} bis zum ${d(l.payBy)} unter Angabe der Rechnungsnummer ${l.invoice}. Sollten Sie inzwischen gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.`,
    ];
  return [
    'Dear Sir or Madam,',
    l.stage === 1
      ? `you may have overlooked it: our invoice ${l.invoice} of ${d(l.invoiceDate)} for ${eur(l.gross)} was due on ${d(l.dueDate)}. ${eur(l.open)} of it is still open today.`
      : `despite our payment reminder of ${d(firstDate ?? l.date)}, our invoice ${l.invoice} of ${d(l.invoiceDate)} has not been paid in full.`,
    `Please transfer ${eur(l.total)} by ${d(l.payBy)}, quoting the invoice number ${l.invoice}. If you have paid in the meantime, please disregard this letter.`,
  ];
}

export async function renderLetterPdf(letter: DunningLetter, parties: LetterParties): Promise<Uint8Array> {
  const { seller: s, buyer: b } = forPdfDeep(parties);
  const l = letter;
  const de = l.language === 'de';
  const eur = (c: number) => displayMoney(c, l.language);
  const title = letterTitle(l);
  const pdf = pdfA({ title: `${title} ${l.invoice}`, author: s.name, lang: l.language, date: l.date });
  const t = pdf.text;
  t.draw(s.name, LEFT, 50, { size: 16, style: 'bold' }, { width: 280 });
  const contact = [s.address.street, `${s.address.postalCode} ${s.address.city}`, s.phone, s.email]
    .filter(Boolean)
    .join('\n');
  t.draw(contact, 350, 52, { size: 8, color: GREY }, { width: RIGHT - 350, align: 'right' });
  t.draw(
    `${s.name} · ${s.address.street} · ${s.address.postalCode} ${s.address.city}`,
    LEFT,
    136,
    { size: 6.5, color: GREY },
    { width: 255 },
  );
  const country = b.address.country === s.address.country ? undefined : countryName(b.address.country, l.language);
  t.draw(
    [b.name, b.address.street, `${b.address.postalCode} ${b.address.city}`, country].filter(Boolean).join('\n'),
    LEFT,
    150,
    { size: 10 },
    { width: 250 },
  );
  t.draw(
    `${de ? 'Datum' : 'Date'}: ${displayDate(l.date, l.language)}`,
    350,
    150,
    { size: 9 },
    { width: RIGHT - 350, align: 'right' },
  );
  let y = 250;
  y =
    t.draw(
      `${title}: ${de ? 'Rechnung' : 'Invoice'} ${l.invoice}`,
      LEFT,
      y,
      { size: 14, style: 'bold' },
      { width: RIGHT - LEFT },
    ) + 14;
  const paragraphs = body(l, parties.firstDate);
  y = t.draw(paragraphs[0]!, LEFT, y, BODY, { width: RIGHT - LEFT }) + 8;
  y = t.draw(paragraphs[1]!, LEFT, y, BODY, { width: RIGHT - LEFT }) + 12;
  const rows: [string, string][] = [
    [
      de
        ? `Rechnung ${l.invoice} vom ${displayDate(l.invoiceDate, 'de')}`
        : `Invoice ${l.invoice} of ${displayDate(l.invoiceDate, 'en')}`,
      eur(l.gross),
    ],
    ...(l.paid !== 0
      ? [[de ? 'bereits bezahlt oder gutgeschrieben' : 'paid or credited', eur(-l.paid)] as [string, string]]
      : []),
    [de ? 'offen' : 'open', eur(l.open)],
    ...(l.fees > 0 ? [[de ? 'Mahngebühren' : 'Reminder fees', eur(l.fees)] as [string, string]] : []),
    ...(l.interest > 0 && l.interestDetail
      ? [
          [
            de
              ? `Verzugszinsen (§ 288 Abs. 2 BGB) ${l.interestDetail.segments.map((x) => `${String(x.rate).replace('.', ',')} %`).join(' / ')} p. a., ${l.interestDetail.days} Tage`
              : `Default interest (§ 288(2) BGB) ${l.interestDetail.segments.map((x) => `${x.rate} %`).join(' / ')} p.a., ${l.interestDetail.days} days`,
            eur(l.interest),
          ] as [string, string],
        ]
      : []),
  ];
  for (const [label, value] of rows) {
    t.draw(label, LEFT + 20, y, BODY, { width: 330 });
    t.draw(value, 400, y, BODY, { width: RIGHT - 400, align: 'right' });
    y += 15;
  }
  pdf.doc.moveTo(400, y).lineTo(RIGHT, y).lineWidth(0.5).strokeColor('#999999').stroke();
  y += 5;
  t.draw(de ? 'zu zahlen' : 'to pay', LEFT + 20, y, { size: 10, style: 'bold' }, { width: 330 });
  t.draw(eur(l.total), 400, y, { size: 10, style: 'bold' }, { width: RIGHT - 400, align: 'right' });
  y += 26;
  y = t.draw(paragraphs[2]!, LEFT, y, BODY, { width: RIGHT - LEFT }) + 8;
  const bank = [s.bank.name, `IBAN ${groupIban(s.bank.iban)}`, s.bank.bic && `BIC ${s.bank.bic}`]
    .filter(Boolean)
    .join(' · ');
  y = t.draw(`${de ? 'Bankverbindung' : 'Bank details'}: ${bank}`, LEFT, y, BODY, { width: RIGHT - LEFT }) + 20;
  y = t.draw(de ? 'Mit freundlichen Grüßen' : 'Kind regards', LEFT, y, BODY, { width: RIGHT - LEFT }) + 4;
  t.draw(`${s.contactName}\n${s.name}`, LEFT, y, BODY, { width: RIGHT - LEFT });
  const ids = [
    s.vatId && `${de ? 'USt-IdNr.' : 'VAT id'} ${s.vatId}`,
    s.taxNumber && `${de ? 'Steuernummer' : 'Tax number'} ${s.taxNumber}`,
  ]
    .filter(Boolean)
    .join(' · ');
  const footer = [
    `${s.name} · ${s.address.street} · ${s.address.postalCode} ${s.address.city}`,
    legalLine(s.legal, l.language),
    ids,
    bank,
  ]
    .filter(Boolean)
    .join('\n');
  t.draw(footer, LEFT, 841.89 - 80, { size: 7, color: GREY }, { width: RIGHT - LEFT });
  return pdf.finish();
}
