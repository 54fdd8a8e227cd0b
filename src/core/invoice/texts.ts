import { formatMoney, displayMoney, type Cents } from '../money.js';
import { daysInMonth, splitDate } from '../billing/dates.js';
import type { ChargeKind, DateRange } from '../billing/types.js';
import type { Language } from './types.js';

const MONTHS: Record<Language, string[]> = {
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** `27.11.2026` (de) or `27 November 2026` (en). */
export function displayDate(iso: string, lang: Language): string {
  const [y, m, d] = splitDate(iso);
  return lang === 'de'
    ? `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`
    : `${d} ${MONTHS.en[m - 1]} ${y}`;
}

/** `Oktober 2026`, `Q3 2026`, `2026`, or the two days of a range that is none of those. */
export function displayPeriod(range: DateRange, lang: Language): string {
  const [y, m, d] = splitDate(range.from);
  const [y2, m2, d2] = splitDate(range.to);
  const whole = d === 1 && d2 === daysInMonth(y2, m2) && y === y2;
  if (whole && m === m2) return `${MONTHS[lang][m - 1]} ${y}`;
  if (whole && m % 3 === 1 && m2 === m + 2) return `Q${(m + 2) / 3} ${y}`;
  if (whole && m === 1 && m2 === 12) return String(y);
  return `${displayDate(range.from, lang)} – ${displayDate(range.to, lang)}`;
}

/**
 * A range as a person names it: `Oktober 2026`, `Oktober – Dezember 2026`, `Dezember 2026 –
 * Januar 2027`, or the two days when it is not made of whole months. Unlike `displayPeriod`,
 * never a bare year or quarter, which a reader could take for something else.
 */
export function displayRange(range: DateRange, lang: Language): string {
  const [y, m, d] = splitDate(range.from);
  const [y2, m2, d2] = splitDate(range.to);
  if (d !== 1 || d2 !== daysInMonth(y2, m2)) return `${displayDate(range.from, lang)} – ${displayDate(range.to, lang)}`;
  const names = MONTHS[lang];
  if (y === y2 && m === m2) return `${names[m - 1]} ${y}`;
  if (y === y2) return `${names[m - 1]} – ${names[m2 - 1]} ${y}`;
  return `${names[m - 1]} ${y} – ${names[m2 - 1]} ${y2}`;
}

/** An IBAN in groups of four, as it is printed (DIN 5008): DE02 1203 0000 0000 2020 51. */
export function groupIban(iban: string): string {
  return iban.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * A Leitweg-ID (the routing id of a German public buyer, XRechnung BT-10): coarse address of
 * 2 to 12 digits, an optional fine address, and two check digits, joined by dashes.
 */
export function isLeitwegId(reference: string): boolean {
  return /^\d{2,12}(-[0-9A-Za-z]{1,30})?-\d{2}$/.test(reference);
}

/** Decimal hours without floats: 210 minutes → "3.5", -210 → "-3.5"; up to four places for odd increments. */
export function hoursOf(minutes: number): string {
  if (minutes < 0) return `-${hoursOf(-minutes)}`;
  const whole = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (rest === 0) return String(whole);
  const frac = String(Math.round((rest / 60) * 10_000))
    .padStart(4, '0')
    .replace(/0+$/, '');
  return `${whole}.${frac}`;
}

export function displayHours(minutes: number, lang: Language): string {
  const h = hoursOf(minutes);
  return `${lang === 'de' ? h.replace('.', ',') : h} h`;
}

export const money = (cents: Cents, lang: Language) => displayMoney(cents, lang);
export const plainMoney = formatMoney;

const NAMES: Record<ChargeKind, Record<Language, string>> = {
  'service-fee': { de: 'Servicepauschale', en: 'Service fee' },
  'commitment-minimum': { de: 'Mindestabnahme Servicestunden', en: 'Minimum service hours' },
  overage: { de: 'Mehrstunden über dem Kontingent', en: 'Hours beyond the quota' },
  'pool-excess': { de: 'Mehrstunden im Poolzeitraum (Mischkalkulation)', en: 'Net hours beyond the pooled quota' },
  'commitment-excess': { de: 'Stunden über der Mindestabnahme', en: 'Hours beyond the minimum' },
  'beyond-cap': { de: 'L2-Analyse über die Grenze je Ticket hinaus', en: 'L2 analysis beyond the cap per ticket' },
  'outside-contract': {
    de: 'Nicht im Servicevertrag enthaltene Leistungen',
    en: 'Work not included in the service contract',
  },
  'pay-per-use': { de: 'Support nach Aufwand', en: 'Support, time and material' },
};

export function lineName(kind: ChargeKind, range: DateRange, lang: Language): string {
  return `${NAMES[kind][lang]} ${displayPeriod(range, lang)}`;
}

/**
 * A line correcting a period an earlier invoice billed: late time billed now (Nachberechnung),
 * or what that invoice billed, taken back because the charge is billed again whole.
 */
export function correctionName(
  kind: ChargeKind,
  range: DateRange,
  lang: Language,
  invoices: readonly string[],
  takenBack: boolean,
): string {
  const numbers = invoices.join(', ');
  const what = lineName(kind, range, lang);
  if (lang === 'de')
    return takenBack
      ? `Abzüglich bereits berechnet mit Rechnung ${numbers}: ${what}`
      : `Nachberechnung zu Rechnung ${numbers}: ${what}`;
  return takenBack
    ? `Less already billed with invoice ${numbers}: ${what}`
    : `Late charge to invoice ${numbers}: ${what}`;
}

/** What the invoice's words are in each language; one table so the PDF and the text view agree. */
export const WORDS = {
  de: {
    invoice: 'Rechnung',
    creditNote: 'Stornorechnung',
    number: 'Rechnungsnummer',
    date: 'Rechnungsdatum',
    servicePeriod: 'Leistungszeitraum',
    customerNo: 'Kundennummer',
    buyerReference: 'Ihre Referenz',
    buyerVatId: 'USt-IdNr. Kunde',
    due: 'Zahlbar bis',
    pos: 'Pos.',
    description: 'Beschreibung',
    quantity: 'Menge',
    unitPrice: 'Einzelpreis',
    amount: 'Betrag',
    net: 'Nettobetrag',
    vat: (rate: string, base: string) => `Umsatzsteuer ${rate} % auf ${base}`,
    vatAE: 'Umsatzsteuer 0 % (Reverse Charge)',
    vatO: 'Umsatzsteuer: nicht steuerbar',
    gross: 'Gesamtbetrag',
    settlement: 'Abrechnung',
    advance: 'Im Voraus',
    subtotal: (net: string, vat: string, gross: string) =>
      `Zwischensumme netto ${net}, zzgl. USt ${vat}, brutto ${gross}`,
    tickets: 'Tickets',
    bank: 'Bankverbindung',
    reference: 'Verwendungszweck',
    vatId: 'USt-IdNr.',
    taxNumber: 'Steuernummer',
    page: 'Seite',
    pageOf: (page: number, pages: number) => `Seite ${page} von ${pages}`,
    carried: 'Übertrag',
    subtotalOf: (group: string) => `Zwischensumme ${group}`,
    leitwegId: 'Leitweg-ID',
    registered: 'Sitz',
    cancels: (n: string, d: string) => `Storno der Rechnung ${n} vom ${d}`,
    reason: 'Grund',
    terms: (due: string) => `Zahlbar ohne Abzug bis ${due}.`,
    discount: (days: number, percent: string) => `Bei Zahlung innerhalb von ${days} Tagen ${percent} % Skonto.`,
    refund: 'Der Betrag wird Ihnen erstattet oder mit offenen Forderungen verrechnet.',
    unitPeriod: 'Pauschale',
  },
  en: {
    invoice: 'Invoice',
    creditNote: 'Credit note',
    number: 'Invoice number',
    date: 'Invoice date',
    servicePeriod: 'Service period',
    customerNo: 'Customer number',
    buyerReference: 'Your reference',
    buyerVatId: 'Customer VAT id',
    due: 'Due',
    pos: 'No.',
    description: 'Description',
    quantity: 'Quantity',
    unitPrice: 'Unit price',
    amount: 'Amount',
    net: 'Net amount',
    vat: (rate: string, base: string) => `VAT ${rate} % on ${base}`,
    vatAE: 'VAT 0 % (reverse charge)',
    vatO: 'VAT: not subject to German VAT',
    gross: 'Total',
    settlement: 'Settlement',
    advance: 'In advance',
    subtotal: (net: string, vat: string, gross: string) => `Subtotal net ${net}, plus VAT ${vat}, gross ${gross}`,
    tickets: 'Tickets',
    bank: 'Bank details',
    reference: 'Payment reference',
    vatId: 'VAT id',
    taxNumber: 'Tax number',
    page: 'Page',
    pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
    carried: 'Carried forward',
    subtotalOf: (group: string) => `Subtotal ${group}`,
    leitwegId: 'Leitweg-ID',
    registered: 'Registered office',
    cancels: (n: string, d: string) => `Cancels invoice ${n} of ${d}`,
    reason: 'Reason',
    terms: (due: string) => `Payable without deduction by ${due}.`,
    discount: (days: number, percent: string) => `${percent} % discount for payment within ${days} days.`,
    refund: 'The amount will be refunded or set off against open items.',
    unitPeriod: 'flat fee',
  },
} as const;
