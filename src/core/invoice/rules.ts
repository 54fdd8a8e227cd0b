import { priceOfMinutes } from '../money.js';
import { EU_COUNTRIES, taxOn } from './vat.js';
import type { InvoiceRecord } from './types.js';

export interface RuleViolation {
  rule: string;
  message: string;
}

/** ISO 13616 check digits: the IBAN moved four places and read as a number is 1 modulo 97. */
export function isValidIban(iban: string): boolean {
  const s = iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$/.test(s)) return false;
  const digits = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  return rest === 1;
}

const VAT_PREFIX = /^(?:[A-Z]{2})[A-Z0-9+*.]{2,12}$/;
const SKONTO_LINE =
  /#(SKONTO|VERZUG)#TAGE=([0-9]+#PROZENT=[0-9]+\.[0-9]{2})(#BASISBETRAG=-?[0-9]+(\.[0-9]{2})?)?#(\r\n|\r|\n)/g;

/**
 * The EN 16931 business rules (CEN) and the XRechnung rules (KoSIT, BR-DE-*) that an invoice
 * desk issues can break, checked on the record before anything is rendered. The e-invoices are
 * made from the record, so a record that passes gives XML that passes; the tests check the XML too.
 */
export function ruleViolations(r: InvoiceRecord): RuleViolation[] {
  const out: RuleViolation[] = [];
  const fail = (rule: string, message: string) => out.push({ rule, message });
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const lineNet = sum(r.lines.map((l) => l.net));

  if (r.lines.length === 0) fail('BR-16', 'an invoice has at least one line');
  for (const [i, l] of r.lines.entries()) {
    if (l.unitPrice < 0) fail('BR-27', `line ${i + 1}: the net price is negative`);
    if (l.period.to < l.period.from) fail('BR-30', `line ${i + 1}: the period ends before it starts`);
    const expected = l.minutes === undefined ? l.unitPrice : priceOfMinutes(l.minutes, l.unitPrice);
    if (l.net !== expected) fail('BR-LINE', `line ${i + 1}: net ${l.net} is not quantity × price (${expected})`);
  }
  if (r.totals.net !== lineNet) fail('BR-CO-10', `sum of line net amounts ${lineNet} ≠ ${r.totals.net}`);
  if (r.totals.net !== lineNet) fail('BR-CO-13', 'total without VAT ≠ Σ line net amounts');
  const taxSum = sum(r.vatBreakdown.map((b) => b.tax));
  if (r.totals.vat !== taxSum) fail('BR-CO-14', `total VAT ${r.totals.vat} ≠ Σ category tax ${taxSum}`);
  if (r.totals.gross !== r.totals.net + r.totals.vat) fail('BR-CO-15', 'total with VAT ≠ total without VAT + VAT');
  if (r.totals.payable !== r.totals.gross) fail('BR-CO-16', 'amount due ≠ total with VAT (nothing is prepaid)');
  if (r.vatBreakdown.length === 0) fail('BR-CO-18', 'at least one VAT breakdown');
  for (const b of r.vatBreakdown) {
    if (b.tax !== taxOn(b.taxable, b.rate))
      fail('BR-CO-17', `${b.category} ${b.rate} %: tax ${b.tax} ≠ taxable × rate rounded`);
    const own = sum(r.lines.filter((l) => l.vatCategory === b.category && l.vatRate === b.rate).map((l) => l.net));
    if (own !== b.taxable) fail(`BR-${b.category}-08`, `${b.category}: taxable ${b.taxable} ≠ Σ its lines ${own}`);
  }
  const categories = new Set(r.lines.map((l) => l.vatCategory));
  for (const c of categories) {
    if (
      r.vatBreakdown.filter((b) => b.category === c).length !==
      (c === 'S' ? new Set(r.lines.filter((l) => l.vatCategory === 'S').map((l) => l.vatRate)).size : 1)
    ) {
      fail(`BR-${c}-01`, `category ${c}: one VAT breakdown per rate`);
    }
  }
  if (r.totals.payable > 0 && !r.dueDate && !r.paymentTerms)
    fail('BR-CO-25', 'a positive amount due needs a due date or payment terms');
  if (!r.seller.vatId && !r.seller.taxNumber) fail('BR-CO-26', 'the seller needs a VAT id or another identifier');
  for (const id of [r.seller.vatId, r.buyer.vatId])
    if (id !== undefined && !VAT_PREFIX.test(id)) fail('BR-CO-09', `VAT id ${id} does not start with a country prefix`);

  if (categories.has('S')) {
    for (const l of r.lines)
      if (l.vatCategory === 'S' && !(l.vatRate > 0)) fail('BR-S-05', 'standard rated lines have a rate above zero');
    if (!r.seller.vatId && !r.seller.taxNumber) fail('BR-S-02', 'standard rated: seller VAT id or tax number');
  }
  if (categories.has('AE')) {
    if (!r.seller.vatId && !r.seller.taxNumber) fail('BR-AE-02', 'reverse charge: the seller VAT id');
    if (!r.buyer.vatId) fail('BR-AE-02', 'reverse charge: the buyer VAT id');
    for (const l of r.lines)
      if (l.vatCategory === 'AE' && l.vatRate !== 0) fail('BR-AE-05', 'reverse charge lines have rate 0');
    for (const b of r.vatBreakdown.filter((x) => x.category === 'AE')) {
      if (b.tax !== 0) fail('BR-AE-09', 'reverse charge VAT amount is 0');
      if (b.exemptionCode !== 'VATEX-EU-AE' && b.exemptionReason !== 'Reverse charge')
        fail('BR-AE-10', 'reverse charge needs the exemption reason');
    }
  }
  if (categories.has('O')) {
    if (categories.size > 1) fail('BR-O-11', 'an invoice not subject to VAT has no other category');
    if (r.buyer.vatId) fail('BR-O-02', 'not subject to VAT: no buyer VAT id in the e-invoice');
    for (const b of r.vatBreakdown.filter((x) => x.category === 'O')) {
      if (b.tax !== 0) fail('BR-O-09', 'not subject to VAT: VAT amount is 0');
      if (b.exemptionCode !== 'VATEX-EU-O' && b.exemptionReason !== 'Not subject to VAT')
        fail('BR-O-10', 'not subject to VAT needs the exemption reason');
    }
  }
  if (r.vatTreatment === 'reverse-charge' && !(EU_COUNTRIES as readonly string[]).includes(r.buyer.address.country))
    fail('BR-AE', 'reverse charge only for buyers in the EU');

  // XRechnung (BR-DE-*)
  if (!r.seller.bank.iban) fail('BR-DE-1', 'payment instructions: the seller IBAN');
  else if (!isValidIban(r.seller.bank.iban)) fail('BR-DE-19', `the IBAN ${r.seller.bank.iban} has wrong check digits`);
  if (!r.seller.contactName) fail('BR-DE-5', 'seller contact point');
  if (!r.seller.phone) fail('BR-DE-6', 'seller contact telephone number');
  if (!r.seller.email) fail('BR-DE-7', 'seller contact e-mail address');
  if (!r.seller.address.city) fail('BR-DE-3', 'seller city');
  if (!r.seller.address.postalCode) fail('BR-DE-4', 'seller post code');
  if (!r.buyer.address.city) fail('BR-DE-8', 'buyer city');
  if (!r.buyer.address.postalCode) fail('BR-DE-9', 'buyer post code');
  if (!r.buyer.buyerReference) fail('BR-DE-15', 'buyer reference (Leitweg-ID or customer reference)');
  if (!r.seller.email || !r.buyer.email)
    fail('BT-34/BT-49', 'electronic addresses of seller and buyer (XRechnung 3.0)');
  const hashes = (r.paymentTerms.match(/#(SKONTO|VERZUG)#/g) ?? []).length;
  if (hashes !== (r.paymentTerms.match(SKONTO_LINE) ?? []).length)
    fail('BR-DE-18', 'Skonto terms must be written #SKONTO#TAGE=n#PROZENT=n.nn# and end the line');
  if (r.type === 'credit-note' && !r.cancels) fail('BR-55', 'a credit note names the invoice it cancels');
  return out;
}
