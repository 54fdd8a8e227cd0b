import { displayDate } from '../invoice/texts.js';
import type { Language } from '../invoice/types.js';
import { displayMoney } from '../money.js';
import { oneLine } from '../safe-text/index.js';
import type { DunningLetter } from './plan.js';

/**
 * The e-mail a dunning letter goes out with: a subject and a short text from templates in the
 * customer's language, the letter itself attached as PDF. The PDF is what counts; the mail only
 * carries it, so the text names the amount and deadline and no more.
 */

const ORDINAL_EN = ['First', 'Second', 'Third', 'Fourth', 'Fifth'];

/** `Zahlungserinnerung`, `1. Mahnung` …; `Payment reminder`, `First reminder` … */
export function letterTitle(l: Pick<DunningLetter, 'stage' | 'language'>): string {
  if (l.stage === 1) return l.language === 'de' ? 'Zahlungserinnerung' : 'Payment reminder';
  return l.language === 'de' ? `${l.stage - 1}. Mahnung` : `${ORDINAL_EN[l.stage - 2] ?? `${l.stage - 1}th`} reminder`;
}

/** What the placeholders of the templates `dunning` (the text) and `dunning-subject` stand for. */
export const DUNNING_PLACEHOLDERS = {
  greeting: '"Sehr geehrte Damen und Herren" or "Dear Sir or Madam"',
  letter: 'what the letter is: "Zahlungserinnerung", "1. Mahnung" … / "Payment reminder", "First reminder" …',
  invoice: 'the invoice number, e.g. RE-2026-0066',
  invoiceDate: "the invoice's date",
  dueDate: 'the day the invoice was due',
  open: 'what is still open of the invoice',
  total: 'what the letter asks for: open amount, fees and interest',
  payBy: 'the deadline the letter gives',
  customer: "the customer's name",
  company: 'your company (desk.yaml company.name)',
} as const;
export type DunningPlaceholder = keyof typeof DUNNING_PLACEHOLDERS;

/** The values of the placeholders for one letter; every one a single line of safe text. */
export function letterMailValues(
  l: DunningLetter,
  names: { customer: string; company: string },
): Record<DunningPlaceholder, string> {
  const de = l.language === 'de';
  const money = (cents: number) => displayMoney(cents, l.language);
  const date = (iso: string) => displayDate(iso, l.language);
  return {
    greeting: de ? 'Sehr geehrte Damen und Herren' : 'Dear Sir or Madam',
    letter: letterTitle(l),
    invoice: l.invoice,
    invoiceDate: date(l.invoiceDate),
    dueDate: date(l.dueDate),
    open: money(l.open),
    total: money(l.total),
    payBy: date(l.payBy),
    customer: oneLine(names.customer),
    company: oneLine(names.company),
  };
}

/** The built-in templates; templates/dunning.de.txt and the like replace them. */
export const DUNNING_TEMPLATES: Record<'dunning' | 'dunning-subject', Record<Language, string>> = {
  'dunning-subject': {
    de: '{{letter}} zur Rechnung {{invoice}} – {{company}}',
    en: '{{letter}} for invoice {{invoice}} – {{company}}',
  },
  dunning: {
    de: `{{greeting}},

anbei erhalten Sie unsere {{letter}} zur Rechnung {{invoice}} vom {{invoiceDate}}.

Bitte überweisen Sie {{total}} bis zum {{payBy}} unter Angabe der Rechnungsnummer {{invoice}}.
Sollten Sie inzwischen gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen
{{company}}`,
    en: `{{greeting}},

please find attached our letter "{{letter}}" regarding invoice {{invoice}} of {{invoiceDate}}.

Please transfer {{total}} by {{payBy}}, quoting the invoice number {{invoice}}.
If you have paid in the meantime, please disregard this message.

Kind regards
{{company}}`,
  },
};

/**
 * Where each letter's mail goes: the customer's invoice address (`invoiceEmail` in its file),
 * where the invoice went too. A customer without one is named, with its file, so that nothing is
 * written until someone adds it or decides not to mail (`--no-mail`).
 */
export function letterAddresses(
  letters: readonly Pick<DunningLetter, 'id' | 'customer'>[],
  customers: ReadonlyMap<string, { name: string; invoiceEmail?: string }>,
): { to: Map<string, { address: string; name: string }>; missing: string[] } {
  const to = new Map<string, { address: string; name: string }>();
  const missing = new Set<string>();
  for (const l of letters) {
    const c = customers.get(l.customer);
    if (c?.invoiceEmail) to.set(l.id, { address: c.invoiceEmail, name: c.name });
    else missing.add(l.customer);
  }
  return { to, missing: [...missing].sort() };
}
