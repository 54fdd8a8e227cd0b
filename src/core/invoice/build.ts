import { addDays, minDate, maxDate } from '../billing/dates.js';
import type { ChargeKind, IsoDate } from '../billing/types.js';
import type { DeskConfig } from '../schema/config.js';
import type { Customer } from '../schema/customer.js';
import type { DueCharge, DueCharges } from './charges.js';
import { correctionName, displayDate, displayHours, lineName, WORDS } from './texts.js';
import type {
  BuyerSnapshot,
  EInvoiceFormat,
  InvoiceLine,
  InvoiceRecord,
  Language,
  SellerSnapshot,
  VatTreatment,
} from './types.js';
import { categoryOf, legalNote, rateOf, vatBreakdownOf, vatTreatmentOf } from './vat.js';

const KIND_ORDER: ChargeKind[] = [
  'service-fee',
  'commitment-minimum',
  'overage',
  'pool-excess',
  'commitment-excess',
  'beyond-cap',
  'outside-contract',
  'pay-per-use',
];

/** The seller from desk.yaml; call only after `sellerProblems` found nothing. */
export function sellerOf(config: DeskConfig): SellerSnapshot {
  const c = config.company;
  return {
    name: c.name,
    address: c.address!,
    ...(c.vatId && { vatId: c.vatId }),
    ...(c.taxNumber && { taxNumber: c.taxNumber }),
    email: c.email!,
    phone: c.phone!,
    contactName: c.contactName!,
    ...(c.website && { website: c.website }),
    bank: {
      ...(c.bank?.name && { name: c.bank.name }),
      iban: c.bank!.iban.replace(/\s+/g, ''),
      ...(c.bank?.bic && { bic: c.bank.bic }),
    },
    ...(c.legal && { legal: c.legal }),
  };
}

/** The buyer from the customer file; call only after `customerProblems` found nothing. */
export function buyerOf(customer: Customer, treatment: VatTreatment): BuyerSnapshot {
  return {
    id: customer.id,
    name: customer.name,
    address: customer.address!,
    // BR-O-02: an invoice outside the scope of VAT names no buyer VAT id
    ...(customer.vatId && treatment !== 'outside-scope' && { vatId: customer.vatId }),
    buyerReference: customer.buyerReference ?? customer.id,
    email: customer.invoiceEmail!,
  };
}

function detailOf(c: DueCharge, customer: Customer, lang: Language): string | undefined {
  const contract = customer.contracts.find((k) => k.start === c.contract?.start);
  if (c.kind === 'service-fee' && contract?.kind === 'service') {
    return lang === 'de'
      ? `inkl. ${displayHours(contract.includedHours, lang)} Kontingent`
      : `${displayHours(contract.includedHours, lang)} included`;
  }
  return undefined;
}

export function paymentTerms(
  lang: Language,
  due: IsoDate | undefined,
  discount?: { days: number; percent: number },
): string {
  const w = WORDS[lang];
  if (due === undefined) return w.refund;
  const text = w.terms(displayDate(due, lang));
  if (!discount) return text;
  // BR-DE-18: the machine-readable Skonto line, then the text for people
  const percent = discount.percent.toFixed(2);
  return `#SKONTO#TAGE=${discount.days}#PROZENT=${percent}#\n${text} ${w.discount(discount.days, lang === 'de' ? percent.replace('.', ',') : percent)}`;
}

export interface BuildInput {
  number: string;
  date: IsoDate;
  config: DeskConfig;
  customer: Customer;
  due: DueCharges;
  format: EInvoiceFormat;
}

/** An invoice for everything due for one customer on the run date, every amount final. */
export function buildInvoice({ number, date, config, customer, due, format }: BuildInput): InvoiceRecord {
  const lang = customer.invoiceLanguage;
  const seller = sellerOf(config);
  const treatment = vatTreatmentOf(customer.address!.country, seller.address.country);
  const vatCategory = categoryOf(treatment);
  const vatRate = rateOf(treatment, config.billing.vatRate);
  const sorted = [...due.charges].sort((a, b) =>
    a.period.from === b.period.from
      ? KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)
      : a.period.from < b.period.from
        ? -1
        : 1,
  );
  const lines: InvoiceLine[] = sorted.map((c) => {
    const detail = detailOf(c, customer, lang);
    return {
      key: c.key,
      kind: c.kind,
      ...(c.contract && { contract: c.contract }),
      period: c.period,
      name: c.corrects
        ? correctionName(c.kind, c.period, lang, c.corrects, c.amount < 0)
        : lineName(c.kind, c.period, lang),
      ...(detail && { detail }),
      ...(c.minutes !== undefined && { minutes: c.minutes }),
      unitPrice: c.rate ?? c.amount,
      net: c.amount,
      vatCategory,
      vatRate,
      tickets: c.tickets,
      entries: c.entries,
      ...(c.corrects && { corrects: c.corrects }),
    };
  });
  const covered = [...lines.map((l) => l.period), ...due.settlements.map((s) => s.period)];
  const period = { from: covered.map((p) => p.from).reduce(minDate), to: covered.map((p) => p.to).reduce(maxDate) };
  // late time taken back can leave more to refund than to bill: then there is nothing to pay by a date
  const refund = lines.reduce((sum, l) => sum + l.net, 0) < 0;
  const dueDate = refund ? undefined : addDays(date, config.billing.paymentTermsDays);
  const discount = refund ? undefined : config.billing.discount;
  const note = legalNote(treatment, lang);
  return withTotals({
    number,
    type: 'invoice',
    issueDate: date,
    ...(dueDate && { dueDate }),
    customer: customer.id,
    language: lang,
    period,
    deliveryDate: minDate(period.to, date),
    seller,
    buyer: buyerOf(customer, treatment),
    vatTreatment: treatment,
    lines,
    settlements: due.settlements,
    notes: note ? [note] : [],
    paymentTerms: paymentTerms(lang, dueDate, discount),
    ...(discount && { discount }),
    format,
    files: filesOf(number),
  });
}

export const filesOf = (number: string) => [`${number}.pdf`, `${number}.xml`];

/** Totals that add up to the cent: net = Σ lines, VAT = Σ breakdown, gross = net + VAT. */
export function withTotals(r: Omit<InvoiceRecord, 'vatBreakdown' | 'totals'>): InvoiceRecord {
  const vatBreakdown = vatBreakdownOf(r.lines);
  const net = r.lines.reduce((sum, l) => sum + l.net, 0);
  const vat = vatBreakdown.reduce((sum, b) => sum + b.tax, 0);
  return { ...r, vatBreakdown, totals: { net, vat, gross: net + vat, payable: net + vat } };
}

/**
 * The credit note (Stornorechnung) that cancels `original`: its own number, the same parties,
 * lines and VAT as the original, so that together they come to zero.
 */
export function buildCreditNote(original: InvoiceRecord, number: string, date: IsoDate, reason: string): InvoiceRecord {
  const lang = original.language;
  const w = WORDS[lang];
  const { dueDate: _due, discount: _discount, ...rest } = original;
  return withTotals({
    ...rest,
    number,
    type: 'credit-note',
    issueDate: date,
    deliveryDate: original.deliveryDate,
    cancels: { number: original.number, issueDate: original.issueDate, reason },
    notes: [
      `${w.cancels(original.number, displayDate(original.issueDate, lang))}. ${w.reason}: ${reason}`,
      ...original.notes,
    ],
    paymentTerms: paymentTerms(lang, undefined),
    files: filesOf(number),
  });
}
