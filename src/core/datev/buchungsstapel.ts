import type { DateRange, IsoDate } from '../billing/types.js';
import { usage } from '../errors.js';
import { text as say } from '../../i18n/keys.js';
import type { InvoiceRecord, VatTreatment } from '../invoice/types.js';
import type { Payment } from '../payments/types.js';
import type { DeskConfig } from '../schema/config.js';
import type { Customer } from '../schema/customer.js';
import { oneLine } from '../safe-text/index.js';

/**
 * DATEV-Format 7.00 ("EXTF"), data category 21 Buchungsstapel, format version 13: what tax
 * advisors import into DATEV Rechnungswesen. A CSV file: semicolon-separated, text in double
 * quotes, amounts with a decimal comma and no sign, CR LF line ends, ISO 8859-1. Line 1 is the
 * header record (31 fields), line 2 the column names, then one booking per line (125 fields).
 * desk books each invoice and credit note on the customer's debtor account against the revenue
 * account of its VAT treatment, and each payment on the bank account against the debtor.
 */
export const FORMAT = { version: 700, category: 21, name: 'Buchungsstapel', formatVersion: 13 } as const;

/** The 125 column names of Buchungsstapel format version 13, in order. */
export const COLUMNS: readonly string[] = [
  'Umsatz (ohne Soll/Haben-Kz)',
  'Soll/Haben-Kennzeichen',
  'WKZ Umsatz',
  'Kurs',
  'Basis-Umsatz',
  'WKZ Basis-Umsatz',
  'Konto',
  'Gegenkonto (ohne BU-Schlüssel)',
  'BU-Schlüssel',
  'Belegdatum',
  'Belegfeld 1',
  'Belegfeld 2',
  'Skonto',
  'Buchungstext',
  'Postensperre',
  'Diverse Adressnummer',
  'Geschäftspartnerbank',
  'Sachverhalt',
  'Zinssperre',
  'Beleglink',
  ...Array.from({ length: 8 }, (_, i) => [`Beleginfo - Art ${i + 1}`, `Beleginfo - Inhalt ${i + 1}`]).flat(),
  'KOST1 - Kostenstelle',
  'KOST2 - Kostenstelle',
  'Kost-Menge',
  'EU-Land u. UStID (Bestimmung)',
  'EU-Steuersatz (Bestimmung)',
  'Abw. Versteuerungsart',
  'Sachverhalt L+L',
  'Funktionsergänzung L+L',
  'BU 49 Hauptfunktionstyp',
  'BU 49 Hauptfunktionsnummer',
  'BU 49 Funktionsergänzung',
  ...Array.from({ length: 20 }, (_, i) => [
    `Zusatzinformation - Art ${i + 1}`,
    `Zusatzinformation- Inhalt ${i + 1}`,
  ]).flat(),
  'Stück',
  'Gewicht',
  'Zahlweise',
  'Forderungsart',
  'Veranlagungsjahr',
  'Zugeordnete Fälligkeit',
  'Skontotyp',
  'Auftragsnummer',
  'Buchungstyp',
  'USt-Schlüssel (Anzahlungen)',
  'EU-Mitgliedstaat (Anzahlungen)',
  'Sachverhalt L+L (Anzahlungen)',
  'EU-Steuersatz (Anzahlungen)',
  'Erlöskonto (Anzahlungen)',
  'Herkunft-Kz',
  'Buchungs GUID',
  'KOST-Datum',
  'SEPA-Mandatsreferenz',
  'Skontosperre',
  'Gesellschaftername',
  'Beteiligtennummer',
  'Identifikationsnummer',
  'Zeichnernummer',
  'Postensperre bis',
  'Bezeichnung SoBil-Sachverhalt',
  'Kennzeichen SoBil-Buchung',
  'Festschreibung',
  'Leistungsdatum',
  'Datum Zuord. Steuerperiode',
  'Fälligkeit',
  'Generalumkehr (GU)',
  'Steuersatz',
  'Land',
  'Abrechnungsreferenz',
  'BVV-Position',
  'EU-Mitgliedstaat u. UStID (Ursprung)',
  'EU-Steuersatz (Ursprung)',
  'Abw. Skontokonto',
];

/** Revenue accounts per VAT treatment and the bank account, in the two standard charts. */
export const ACCOUNTS = {
  SKR03: { domestic: 8400, 'reverse-charge': 8336, 'outside-scope': 8338, bank: 1200 },
  SKR04: { domestic: 4400, 'reverse-charge': 4336, 'outside-scope': 4338, bank: 1800 },
} as const;

export interface Booking {
  amount: number;
  side: 'S' | 'H';
  account: number;
  contra: number;
  date: IsoDate;
  document: string;
  text: string;
  /** Field 40: the buyer's country and VAT id for reverse-charge revenue (ZM). */
  euVatId?: string;
  /** Field 115: the last day of the service. */
  serviceDate?: IsoDate;
  dueDate?: IsoDate;
}

export interface DatevInput {
  config: DeskConfig;
  customers: ReadonlyMap<string, Customer>;
  records: readonly InvoiceRecord[];
  payments: readonly Payment[];
  period: DateRange & { label: string };
  /** When the file is made (header field 6); the only clock reading, and a parameter. */
  createdAt: Date;
  exportedBy: string;
}

/** The bookings of the period, or the reason there can be none (missing numbers, listed at once). */
export function datevBookings(i: DatevInput): Booking[] {
  const datev = i.config.datev;
  if (!datev) throw usage(say('moneyTerminal.datevMissing'), say('moneyTerminal.datevMissingHint'));
  const chart = ACCOUNTS[datev.chart];
  const revenue = (t: VatTreatment) => datev.revenue[t] ?? chart[t];
  const bank = datev.bankAccount ?? chart.bank;
  const inPeriod = (d: IsoDate) => d >= i.period.from && d <= i.period.to;
  const documents = i.records.filter((r) => inPeriod(r.issueDate));
  const payments = i.payments.filter((p) => p.kind === 'transfer' && p.invoice && p.customer && inPeriod(p.date));
  const missing = [...new Set([...documents.map((r) => r.customer), ...payments.map((p) => p.customer!)])]
    .filter((c) => i.customers.get(c)?.debtorNumber === undefined)
    .sort();
  if (missing.length)
    throw usage(
      say('moneyTerminal.noDebtorNumber', {
        customers: missing.join(', '),
        fields: missing.map((c) => `contracts/${c}.yaml: debtorNumber`).join(', '),
      }),
      say('moneyTerminal.noDebtorNumberHint'),
    );
  const debtor = (c: string) => i.customers.get(c)!.debtorNumber!;
  const out: Booking[] = [];
  for (const r of documents) {
    const credit = r.type === 'credit-note';
    out.push({
      amount: r.totals.gross,
      side: credit ? 'H' : 'S',
      account: debtor(r.customer),
      contra: revenue(r.vatTreatment),
      date: r.issueDate,
      document: r.number,
      text: `${credit ? 'Storno' : 'Rechnung'} ${r.number} ${r.buyer.name}`,
      ...(r.vatTreatment === 'reverse-charge' && r.buyer.vatId && { euVatId: r.buyer.vatId }),
      serviceDate: r.deliveryDate,
      ...(r.dueDate && { dueDate: r.dueDate }),
    });
  }
  for (const p of payments) {
    // money in: the bank is debited (S), the customer's account credited
    out.push({
      amount: Math.abs(p.amount),
      side: p.amount > 0 ? 'S' : 'H',
      account: bank,
      contra: debtor(p.customer!),
      date: p.date,
      document: p.invoice!,
      text: `${p.amount > 0 ? 'Zahlung' : 'Erstattung'} ${p.invoice} ${p.payer ?? ''}`.trim(),
    });
  }
  return out.sort((a, b) => (a.date === b.date ? a.document.localeCompare(b.document) : a.date < b.date ? -1 : 1));
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
const ymd = (d: IsoDate) => d.replace(/-/g, '');
const ddmm = (d: IsoDate) => `${d.slice(8, 10)}${d.slice(5, 7)}`;
const ddmmyyyy = (d: IsoDate) => `${d.slice(8, 10)}${d.slice(5, 7)}${d.slice(0, 4)}`;
const amount = (cents: number) => `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
/**
 * Outside text (a customer's name, a payer's as the bank passed it on) as ISO 8859-1 can hold it,
 * cut to DATEV's field length: one line without controls or bidi controls first (a C1 control such
 * as NEL is a Latin-1 character, and some readers break a record at it), then no semicolon.
 */
const latin1 = (s: string, max: number) =>
  [...oneLine(s).replace(/;/g, ' ')]
    .map((c) => (c.codePointAt(0)! <= 0xff ? c : '?'))
    .join('')
    .slice(0, max);
/** Belegfeld 1: up to 36 characters of letters, digits and $ & % * + - /. */
const documentField = (s: string) => s.replace(/[^0-9A-Za-z$&%*+\-/]/g, '').slice(0, 36);

/** The whole file as text (the caller writes it as ISO 8859-1). */
export function buchungsstapel(i: DatevInput): string {
  const datev = i.config.datev!;
  const bookings = datevBookings(i);
  const fiscalYear =
    Number(i.period.from.slice(0, 4)) - (Number(i.period.from.slice(5, 7)) < datev.fiscalYearStart ? 1 : 0);
  const created = i.createdAt
    .toISOString()
    .replace(/[-:TZ.]/g, '')
    .slice(0, 17);
  const header = [
    quote('EXTF'),
    FORMAT.version,
    FORMAT.category,
    quote(FORMAT.name),
    FORMAT.formatVersion,
    created,
    '',
    quote('RE'),
    quote(latin1(i.exportedBy, 25)),
    quote(''),
    datev.consultant,
    datev.client,
    `${fiscalYear}${String(datev.fiscalYearStart).padStart(2, '0')}01`,
    datev.accountLength,
    ymd(i.period.from),
    ymd(i.period.to),
    quote(latin1(`desk ${i.period.label}`, 30)),
    quote(''),
    1,
    0,
    0,
    quote('EUR'),
    '',
    quote(''),
    '',
    '',
    quote(datev.chart === 'SKR03' ? '03' : '04'),
    '',
    '',
    quote(''),
    quote(''),
  ];
  const rows = bookings.map((b) => {
    const row: string[] = COLUMNS.map(() => '');
    row[0] = amount(b.amount);
    row[1] = quote(b.side);
    row[2] = quote('EUR');
    row[6] = String(b.account);
    row[7] = String(b.contra);
    row[9] = ddmm(b.date);
    row[10] = quote(documentField(b.document));
    row[13] = quote(latin1(b.text, 60));
    if (b.euVatId) row[39] = quote(b.euVatId.replace(/\s/g, ''));
    if (b.serviceDate) row[114] = ddmmyyyy(b.serviceDate);
    if (b.dueDate) row[116] = ddmmyyyy(b.dueDate);
    return row.join(';');
  });
  return [header.join(';'), COLUMNS.map(quote).join(';'), ...rows].map((l) => `${l}\r\n`).join('');
}
