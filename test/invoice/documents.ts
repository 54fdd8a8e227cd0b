import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import {
  buildCreditNote,
  EINVOICE_FORMATS,
  parseInvoice,
  ruleViolations,
  type InvoiceRecord,
} from '../../src/core/invoice/index.js';
import { renderXml } from '../../src/render/invoice/einvoice.js';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of a PDF, page by page, items joined by spaces: what a reader (or a search) sees. */
export async function pdfText(data: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(data), disableFontFace: true, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .filter((s) => s.trim() !== '')
        .join(' '),
    );
  }
  await pdf.destroy();
  return pages.join('\n');
}

/** Names of the files a PDF carries (Factur-X embeds factur-x.xml). */
export async function pdfAttachments(data: Uint8Array): Promise<Record<string, Uint8Array>> {
  const pdf = await getDocument({ data: new Uint8Array(data), disableFontFace: true, verbosity: 0 }).promise;
  const files = ((await pdf.getAttachments()) ?? {}) as Record<string, { filename: string; content: Uint8Array }>;
  await pdf.destroy();
  return Object.fromEntries(Object.values(files).map((f) => [f.filename, f.content]));
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (name) =>
    [
      'InvoiceLine',
      'CreditNoteLine',
      'TaxSubtotal',
      'PartyTaxScheme',
      'IncludedSupplyChainTradeLineItem',
      'ApplicableTradeTax',
      'Note',
      'IncludedNote',
      'SpecifiedTaxRegistration',
      'InvoiceReferencedDocument',
      'BillingReference',
    ].includes(name),
});

/** Parsed XML with namespace prefixes removed; text values kept as strings, so amounts stay exact. */
export function parseXml(xml: string): Record<string, unknown> {
  return parser.parse(xml) as Record<string, unknown>;
}

type Node = Record<string, unknown>;
const text = (v: unknown): string =>
  typeof v === 'object' && v !== null ? String((v as Node)['#text'] ?? '') : String(v ?? '');
const cents = (v: unknown): number => {
  const s = text(v);
  if (!/^-?\d+(\.\d{1,2})?$/.test(s)) throw new Error(`not an amount: ${s}`);
  const [w = '0', f = ''] = s.replace('-', '').split('.');
  return (s.startsWith('-') ? -1 : 1) * (Number(w) * 100 + Number(f.padEnd(2, '0')));
};

export interface UblFigures {
  root: 'Invoice' | 'CreditNote' | 'CrossIndustryInvoice';
  typeCode: string;
  id: string;
  buyerReference: string;
  lines: {
    net: number;
    quantity: string;
    unit: string;
    price: number;
    category: string;
    percent?: string;
    name: string;
    period?: { from: string; to: string };
  }[];
  breakdown: {
    taxable: number;
    tax: number;
    category: string;
    percent?: string;
    exemptionCode?: string;
    exemptionReason?: string;
  }[];
  totals: { lineExtension: number; taxExclusive: number; taxInclusive: number; payable: number; tax: number };
  sellerVat: string[];
  buyerVat: string[];
  sellerEndpoint: string;
  buyerEndpoint: string;
  sellerContact: { name: string; phone: string; email: string };
  iban: string;
  paymentMeansCode: string;
  paymentTerms: string;
  billingReference?: string;
  billingReferenceDate?: string;
  notes: string[];
  sellerIdentifier?: string;
  /** BT-30 */
  sellerLegalId?: string;
  /** BT-32 */
  sellerTaxNumber?: string;
  dueDate?: string;
}

/** The figures of a UBL invoice or credit note the EN 16931 rules talk about. */
export function ublFigures(xml: string): UblFigures {
  const doc = parseXml(xml);
  const root = 'Invoice' in doc ? 'Invoice' : 'CreditNote';
  const d = doc[root] as Node;
  const party = (p: string) => (d[p] as Node).Party as Node;
  const seller = party('AccountingSupplierParty');
  const buyer = party('AccountingCustomerParty');
  const vatIds = (p: Node) =>
    ((p.PartyTaxScheme as Node[] | undefined) ?? [])
      .filter((t) => text((t.TaxScheme as Node).ID) === 'VAT')
      .map((t) => text(t.CompanyID));
  const lineTag = root === 'Invoice' ? 'InvoiceLine' : 'CreditNoteLine';
  const qtyTag = root === 'Invoice' ? 'InvoicedQuantity' : 'CreditedQuantity';
  const taxTotal = (Array.isArray(d.TaxTotal) ? d.TaxTotal[0] : d.TaxTotal) as Node;
  const totals = d.LegalMonetaryTotal as Node;
  const pm = (Array.isArray(d.PaymentMeans) ? d.PaymentMeans[0] : d.PaymentMeans) as Node;
  const contact = seller.Contact as Node;
  const ident = seller.PartyIdentification as Node | Node[] | undefined;
  return {
    root,
    typeCode: text(d[root === 'Invoice' ? 'InvoiceTypeCode' : 'CreditNoteTypeCode']),
    id: text(d.ID),
    buyerReference: text(d.BuyerReference),
    lines: ((d[lineTag] as Node[]) ?? []).map((l) => {
      const cat = (l.Item as Node).ClassifiedTaxCategory as Node;
      const period = l.InvoicePeriod as Node | undefined;
      return {
        net: cents(l.LineExtensionAmount),
        quantity: text(l[qtyTag]),
        unit: String((l[qtyTag] as Node)['@unitCode']),
        price: cents((l.Price as Node).PriceAmount),
        category: text(cat.ID),
        ...(cat.Percent !== undefined && { percent: text(cat.Percent) }),
        name: text((l.Item as Node).Name),
        ...(period && { period: { from: text(period.StartDate), to: text(period.EndDate) } }),
      };
    }),
    breakdown: ((taxTotal.TaxSubtotal as Node[]) ?? []).map((s) => {
      const cat = s.TaxCategory as Node;
      return {
        taxable: cents(s.TaxableAmount),
        tax: cents(s.TaxAmount),
        category: text(cat.ID),
        ...(cat.Percent !== undefined && { percent: text(cat.Percent) }),
        ...(cat.TaxExemptionReasonCode !== undefined && { exemptionCode: text(cat.TaxExemptionReasonCode) }),
        ...(cat.TaxExemptionReason !== undefined && { exemptionReason: text(cat.TaxExemptionReason) }),
      };
    }),
    totals: {
      lineExtension: cents(totals.LineExtensionAmount),
      taxExclusive: cents(totals.TaxExclusiveAmount),
      taxInclusive: cents(totals.TaxInclusiveAmount),
      payable: cents(totals.PayableAmount),
      tax: cents(taxTotal.TaxAmount),
    },
    sellerVat: vatIds(seller),
    buyerVat: vatIds(buyer),
    sellerEndpoint: `${String((seller.EndpointID as Node)['@schemeID'])}:${text(seller.EndpointID)}`,
    buyerEndpoint: `${String((buyer.EndpointID as Node)['@schemeID'])}:${text(buyer.EndpointID)}`,
    sellerContact: { name: text(contact?.Name), phone: text(contact?.Telephone), email: text(contact?.ElectronicMail) },
    iban: text((pm.PayeeFinancialAccount as Node | undefined)?.ID),
    paymentMeansCode: text(pm.PaymentMeansCode),
    paymentTerms: ((d.PaymentTerms as Node | undefined)?.Note as unknown[] | undefined)?.map(text).join('\n') ?? '',
    ...(d.BillingReference !== undefined && {
      billingReference: text(((d.BillingReference as Node[])[0]!.InvoiceDocumentReference as Node).ID),
      billingReferenceDate: text(((d.BillingReference as Node[])[0]!.InvoiceDocumentReference as Node).IssueDate),
    }),
    notes: ((d.Note as unknown[]) ?? []).map(text),
    ...(ident !== undefined && { sellerIdentifier: text((Array.isArray(ident) ? ident[0] : ident)?.ID) }),
    ...((seller.PartyLegalEntity as Node | undefined)?.CompanyID !== undefined && {
      sellerLegalId: text((seller.PartyLegalEntity as Node).CompanyID),
    }),
    ...(taxNumberOf(seller) && { sellerTaxNumber: taxNumberOf(seller) }),
    ...(d.DueDate !== undefined && { dueDate: text(d.DueDate) }),
  };
}

function taxNumberOf(party: Node): string | undefined {
  const fc = ((party.PartyTaxScheme as Node[] | undefined) ?? []).find((t) => text((t.TaxScheme as Node).ID) === 'FC');
  return fc && text(fc.CompanyID);
}

const first = (v: unknown): Node | undefined => (Array.isArray(v) ? (v[0] as Node) : (v as Node | undefined));
const ciiDate = (v: unknown): string => {
  const s = text((v as Node | undefined)?.DateTimeString);
  return s.length === 8 ? `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6)}` : s;
};

/** The same figures read from a CII invoice (XRechnung CII, or the Factur-X XML), so the same rules apply. */
export function ciiFigures(xml: string): UblFigures {
  const doc = parseXml(xml).CrossIndustryInvoice as Node;
  const exchanged = doc.ExchangedDocument as Node;
  const tx = doc.SupplyChainTradeTransaction as Node;
  const agreement = tx.ApplicableHeaderTradeAgreement as Node;
  const settlement = tx.ApplicableHeaderTradeSettlement as Node;
  const seller = agreement.SellerTradeParty as Node;
  const buyer = agreement.BuyerTradeParty as Node;
  const vatIds = (p: Node) =>
    ((p.SpecifiedTaxRegistration as Node[] | undefined) ?? [])
      .filter((t) => (t.ID as Node)['@schemeID'] === 'VA')
      .map((t) => text(t.ID));
  const fc = ((seller.SpecifiedTaxRegistration as Node[] | undefined) ?? []).find(
    (t) => (t.ID as Node)['@schemeID'] === 'FC',
  );
  const sums = settlement.SpecifiedTradeSettlementHeaderMonetarySummation as Node;
  const contact = first(seller.DefinedTradeContact);
  const pm = first(settlement.SpecifiedTradeSettlementPaymentMeans);
  const terms = first(settlement.SpecifiedTradePaymentTerms);
  const reference = (settlement.InvoiceReferencedDocument as Node[] | undefined)?.[0];
  const endpoint = (p: Node) => {
    const id = (p.URIUniversalCommunication as Node | undefined)?.URIID as Node | undefined;
    return `${String(id?.['@schemeID'])}:${text(id)}`;
  };
  const legal = seller.SpecifiedLegalOrganization as Node | undefined;
  return {
    root: 'CrossIndustryInvoice',
    typeCode: text(exchanged.TypeCode),
    id: text(exchanged.ID),
    buyerReference: text(agreement.BuyerReference),
    lines: ((tx.IncludedSupplyChainTradeLineItem as Node[]) ?? []).map((l) => {
      const lineSettlement = l.SpecifiedLineTradeSettlement as Node;
      const tax = first(lineSettlement.ApplicableTradeTax)!;
      const qty = (l.SpecifiedLineTradeDelivery as Node).BilledQuantity as Node;
      const period = lineSettlement.BillingSpecifiedPeriod as Node | undefined;
      return {
        net: cents((lineSettlement.SpecifiedTradeSettlementLineMonetarySummation as Node).LineTotalAmount),
        quantity: text(qty),
        unit: String(qty['@unitCode']),
        price: cents(
          ((l.SpecifiedLineTradeAgreement as Node).NetPriceProductTradePrice as Node).ChargeAmount as unknown,
        ),
        category: text(tax.CategoryCode),
        ...(tax.RateApplicablePercent !== undefined && { percent: text(tax.RateApplicablePercent) }),
        name: text((l.SpecifiedTradeProduct as Node).Name),
        ...(period && { period: { from: ciiDate(period.StartDateTime), to: ciiDate(period.EndDateTime) } }),
      };
    }),
    breakdown: ((settlement.ApplicableTradeTax as Node[]) ?? []).map((t) => ({
      taxable: cents(t.BasisAmount),
      tax: cents(t.CalculatedAmount),
      category: text(t.CategoryCode),
      ...(t.RateApplicablePercent !== undefined && { percent: text(t.RateApplicablePercent) }),
      ...(t.ExemptionReasonCode !== undefined && { exemptionCode: text(t.ExemptionReasonCode) }),
      ...(t.ExemptionReason !== undefined && { exemptionReason: text(t.ExemptionReason) }),
    })),
    totals: {
      lineExtension: cents(sums.LineTotalAmount),
      taxExclusive: cents(sums.TaxBasisTotalAmount),
      taxInclusive: cents(sums.GrandTotalAmount),
      payable: cents(sums.DuePayableAmount),
      tax: cents(first(sums.TaxTotalAmount)),
    },
    sellerVat: vatIds(seller),
    buyerVat: vatIds(buyer),
    sellerEndpoint: endpoint(seller),
    buyerEndpoint: endpoint(buyer),
    sellerContact: {
      name: text(contact?.PersonName),
      phone: text((contact?.TelephoneUniversalCommunication as Node | undefined)?.CompleteNumber),
      email: text((contact?.EmailURIUniversalCommunication as Node | undefined)?.URIID),
    },
    iban: text((pm?.PayeePartyCreditorFinancialAccount as Node | undefined)?.IBANID),
    paymentMeansCode: text(pm?.TypeCode),
    paymentTerms: text(terms?.Description),
    ...(reference && {
      billingReference: text(reference.IssuerAssignedID),
      billingReferenceDate: ciiDate(reference.FormattedIssueDateTime),
    }),
    notes: ((exchanged.IncludedNote as Node[] | undefined) ?? []).map((n) => text(n.Content)),
    ...(seller.ID !== undefined && { sellerIdentifier: text(first(seller.ID) ?? seller.ID) }),
    ...(legal?.ID !== undefined && { sellerLegalId: text(legal.ID) }),
    ...(fc && { sellerTaxNumber: text(fc.ID) }),
    ...(terms?.DueDateDateTime !== undefined && { dueDate: ciiDate(terms.DueDateDateTime) }),
  };
}

/** UBL or CII, whichever the XML is. */
export function eInvoiceFigures(xml: string): UblFigures {
  return xml.includes('CrossIndustryInvoice') ? ciiFigures(xml) : ublFigures(xml);
}

/**
 * The EN 16931 and XRechnung rules checked on the XML itself, as the CEN and KoSIT schematron
 * do (the subset that desk's invoices can break): BR-CO-10/13/14/15/16/17, BR-S/AE/O, BR-DE-*.
 */
export function violatedRules(f: UblFigures): string[] {
  const out: string[] = [];
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const lineSum = sum(f.lines.map((l) => l.net));
  if (f.totals.lineExtension !== lineSum) out.push('BR-CO-10');
  if (f.totals.taxExclusive !== lineSum) out.push('BR-CO-13');
  if (f.totals.tax !== sum(f.breakdown.map((b) => b.tax))) out.push('BR-CO-14');
  if (f.totals.taxInclusive !== f.totals.taxExclusive + f.totals.tax) out.push('BR-CO-15');
  if (f.totals.payable !== f.totals.taxInclusive) out.push('BR-CO-16');
  for (const b of f.breakdown) {
    const rate = Number(b.percent ?? '0');
    const expected = Math.floor((2 * b.taxable * Math.round(rate * 100) + 10_000) / 20_000);
    if (b.tax !== expected) out.push('BR-CO-17');
    if (b.taxable !== sum(f.lines.filter((l) => l.category === b.category).map((l) => l.net)))
      out.push(`BR-${b.category}-08`);
    if (b.percent === undefined) out.push('BR-DE-14');
  }
  for (const l of f.lines) {
    const minutes = Math.round(Number(l.quantity) * (l.unit === 'HUR' ? 60 : 1));
    const expected = l.unit === 'HUR' ? Math.floor((2 * minutes * l.price + 60) / 120) : l.price * Number(l.quantity);
    if (Math.abs(l.net - expected) > 0) out.push('PEPPOL-EN16931-R120');
  }
  const cats = new Set(f.lines.map((l) => l.category));
  for (const c of cats) if (f.breakdown.filter((b) => b.category === c).length !== 1) out.push(`BR-${c}-01`);
  if (cats.has('AE')) {
    if (f.sellerVat.length === 0 || f.buyerVat.length === 0) out.push('BR-AE-02');
    if (f.lines.some((l) => l.category === 'AE' && l.percent !== '0')) out.push('BR-AE-05');
    for (const b of f.breakdown.filter((x) => x.category === 'AE')) {
      if (b.tax !== 0) out.push('BR-AE-09');
      if (b.exemptionCode !== 'VATEX-EU-AE' && b.exemptionReason !== 'Reverse charge') out.push('BR-AE-10');
    }
  }
  if (cats.has('O')) {
    if (f.sellerVat.length > 0 || f.buyerVat.length > 0) out.push('BR-O-02');
    if (f.lines.some((l) => l.category === 'O' && l.percent !== undefined)) out.push('BR-O-05');
    if (cats.size > 1) out.push('BR-O-11');
    for (const b of f.breakdown.filter((x) => x.category === 'O')) {
      if (b.tax !== 0) out.push('BR-O-09');
      if (b.exemptionCode !== 'VATEX-EU-O' && b.exemptionReason !== 'Not subject to VAT') out.push('BR-O-10');
    }
  } else if (f.sellerVat.length === 0 && !f.sellerTaxNumber) out.push('BR-DE-16');
  // in every invoice, not only category O: something the buyer can identify the seller by
  if (!f.sellerIdentifier && !f.sellerLegalId && f.sellerVat.length === 0) out.push('BR-CO-26');
  if (!['380', '381'].includes(f.typeCode)) out.push('BR-DE-17');
  // desk's credit notes always name the invoice they cancel, with its date
  if (f.typeCode === '381' && !f.billingReference) out.push('BT-25');
  if (f.typeCode === '381' && !/^\d{4}-\d{2}-\d{2}$/.test(f.billingReferenceDate ?? '')) out.push('BT-26');
  if (f.totals.payable > 0 && !f.dueDate && !f.paymentTerms) out.push('BR-CO-25');
  if (cats.has('S') && f.lines.some((l) => l.category === 'S' && !(Number(l.percent) > 0))) out.push('BR-S-05');
  if (!f.buyerReference) out.push('BR-DE-15');
  if (!f.iban || f.paymentMeansCode !== '58') out.push('BR-DE-1/BR-61');
  if (!f.sellerContact.name) out.push('BR-DE-5');
  if (!f.sellerContact.phone) out.push('BR-DE-6');
  if (!f.sellerContact.email) out.push('BR-DE-7');
  if (!/^EM:.+@/.test(f.sellerEndpoint)) out.push('BT-34');
  if (!/^EM:.+@/.test(f.buyerEndpoint)) out.push('BT-49');
  const skonto = (f.paymentTerms.match(/#(SKONTO|VERZUG)#/g) ?? []).length;
  if (
    skonto !==
    (
      f.paymentTerms.match(
        /#(SKONTO|VERZUG)#TAGE=([0-9]+#PROZENT=[0-9]+\.[0-9]+)(#BASISBETRAG=-?[0-9]+(\.[0-9]{2})?)?#(\r\n|\r|\n)/g,
      ) ?? []
    ).length
  )
    out.push('BR-DE-18');
  return out;
}

/** Every invoice record in a helpdesk's invoices/ folder. */
export function records(root: string): InvoiceRecord[] {
  const out: InvoiceRecord[] = [];
  for (const year of readdirSync(join(root, 'invoices'))) {
    for (const name of readdirSync(join(root, 'invoices', year)).filter((n) => n.endsWith('.yaml'))) {
      const parsed = parseInvoice(name, readFileSync(join(root, 'invoices', year, name), 'utf8'));
      if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.problems)}`);
      out.push(parsed.value);
    }
  }
  return out;
}

/** Each record and its credit note, in every format: the rules broken, by document and format. */
export async function brokenRules(all: readonly InvoiceRecord[]): Promise<Record<string, string[]>> {
  const broken: Record<string, string[]> = {};
  for (const r of all) {
    const variants = r.type === 'invoice' ? [r, buildCreditNote(r, `${r.number}-CN`, r.issueDate, 'Test')] : [r];
    for (const v of variants) {
      const record = ruleViolations(v).map((x) => x.rule);
      if (record.length) broken[`${v.number} record`] = record;
      for (const format of EINVOICE_FORMATS) {
        const rules = violatedRules(eInvoiceFigures(await renderXml({ ...v, format })));
        if (rules.length) broken[`${v.number} ${format}`] = rules;
      }
    }
  }
  return broken;
}
