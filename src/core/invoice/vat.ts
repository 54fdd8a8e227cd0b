import { roundHalfUp } from '../money.js';
import type { InvoiceLine, Language, VatBreakdown, VatCategory, VatTreatment } from './types.js';

/** EU member states (ISO 3166-1 alpha-2) in 2026; Greece's VAT ids start with EL. */
export const EU_COUNTRIES = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
] as const;

/**
 * How German VAT applies to support services for a business customer (§ 3a Abs. 2 UStG: the
 * place of supply is where the customer is): in Germany the standard rate; in another EU state
 * the customer owes the VAT (reverse charge, Art. 196 VAT Directive); outside the EU the service
 * is not taxable in Germany at all.
 */
export function vatTreatmentOf(buyerCountry: string, sellerCountry = 'DE'): VatTreatment {
  if (buyerCountry === sellerCountry) return 'domestic';
  return (EU_COUNTRIES as readonly string[]).includes(buyerCountry) ? 'reverse-charge' : 'outside-scope';
}

export function categoryOf(treatment: VatTreatment): VatCategory {
  return { domestic: 'S', 'reverse-charge': 'AE', 'outside-scope': 'O' }[treatment] as VatCategory;
}

export function rateOf(treatment: VatTreatment, standardRate: number): number {
  return treatment === 'domestic' ? standardRate : 0;
}

/** The note the law asks for on the invoice (§ 14a UStG), in the customer's language. */
export function legalNote(treatment: VatTreatment, lang: Language): string | undefined {
  if (treatment === 'reverse-charge') {
    return lang === 'de'
      ? 'Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge): Die Umsatzsteuer schuldet der Leistungsempfänger (§ 13b UStG, Art. 196 MwStSystRL).'
      : 'Reverse charge: VAT is to be accounted for by the recipient of the service (Art. 196 Council Directive 2006/112/EC, § 13b UStG).';
  }
  if (treatment === 'outside-scope') {
    return lang === 'de'
      ? 'Nicht im Inland steuerbare Leistung: Ort der Leistung ist der Sitz des Leistungsempfängers (§ 3a Abs. 2 UStG).'
      : 'Not subject to German VAT: the place of supply is where the recipient is established (§ 3a(2) UStG).';
  }
  return undefined;
}

/** BT-121 and BT-120 as BR-AE-10 and BR-O-10 want them. */
const EXEMPTION: Partial<Record<VatCategory, { exemptionCode: string; exemptionReason: string }>> = {
  AE: { exemptionCode: 'VATEX-EU-AE', exemptionReason: 'Reverse charge' },
  O: { exemptionCode: 'VATEX-EU-O', exemptionReason: 'Not subject to VAT' },
};

/** VAT rounded half up to the cent on a taxable amount; the rate as hundredths of a percent, so no float reaches the amount. */
export function taxOn(taxable: number, ratePercent: number): number {
  return roundHalfUp(taxable * Math.round(ratePercent * 100), 10_000);
}

/**
 * The VAT breakdown (BG-23) as EN 16931 computes it: one entry per category and rate, the tax
 * computed once on the sum of that category's line net amounts (BR-CO-17), not per line.
 */
export function vatBreakdownOf(lines: readonly Pick<InvoiceLine, 'net' | 'vatCategory' | 'vatRate'>[]): VatBreakdown[] {
  const groups = new Map<string, { category: VatCategory; rate: number; taxable: number }>();
  for (const l of lines) {
    const key = `${l.vatCategory}/${l.vatRate}`;
    const g = groups.get(key) ?? { category: l.vatCategory, rate: l.vatRate, taxable: 0 };
    g.taxable += l.net;
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => ({ ...g, tax: taxOn(g.taxable, g.rate), ...EXEMPTION[g.category] }));
}
