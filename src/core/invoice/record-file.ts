import { z } from 'zod';
import { stringifyYaml, issuesToProblems, parseYamlText, type Parsed } from '../files/yaml-text.js';
import { formatMoney } from '../money.js';
import { isoDate, money, postalAddress, signedMoney, strictObject } from '../schema/common.js';
import {
  DOCUMENT_TYPES,
  EINVOICE_FORMATS,
  VAT_CATEGORIES,
  VAT_TREATMENTS,
  type InvoiceRecord,
  type InvoiceLine,
} from './types.js';

const CHARGE_KINDS = [
  'service-fee',
  'commitment-minimum',
  'overage',
  'pool-excess',
  'commitment-excess',
  'beyond-cap',
  'outside-contract',
  'pay-per-use',
] as const;

const range = strictObject({ from: isoDate, to: isoDate });
const labelled = strictObject({ from: isoDate, to: isoDate, label: z.string().min(1) });
const contractRef = strictObject({ start: isoDate, id: z.string().optional() });
const rate = z.number().min(0).max(100);

const line = strictObject({
  key: z.string().min(1),
  kind: z.enum(CHARGE_KINDS),
  contract: contractRef.optional(),
  period: labelled,
  name: z.string().min(1),
  detail: z.string().optional(),
  minutes: z.number().int().optional(),
  unitPrice: money,
  net: signedMoney,
  vatCategory: z.enum(VAT_CATEGORIES),
  vatRate: rate,
  tickets: z.array(z.string()).default([]),
  entries: z.array(z.string()).default([]),
  corrects: z.array(z.string()).optional(),
});

/**
 * invoices/<year>/<number>.yaml: one issued document, never edited after its commit. Every object
 * is strict, as desk.yaml's are (docs/files.md): a field this desk does not know, misspelt by hand
 * or written by a newer desk, stops the money commands instead of being dropped.
 */
export const invoiceRecordSchema = strictObject({
  number: z.string().regex(/^[^/\\.\s]+$/, 'an invoice number has no slashes, dots or spaces'),
  type: z.enum(DOCUMENT_TYPES),
  issueDate: isoDate,
  dueDate: isoDate.optional(),
  customer: z.string().min(1),
  language: z.enum(['de', 'en']),
  period: range,
  deliveryDate: isoDate,
  seller: strictObject({
    name: z.string().min(1),
    address: postalAddress,
    vatId: z.string().optional(),
    taxNumber: z.string().optional(),
    email: z.string().min(1),
    phone: z.string().min(1),
    contactName: z.string().min(1),
    website: z.string().optional(),
    bank: strictObject({ name: z.string().optional(), iban: z.string().min(1), bic: z.string().optional() }),
    legal: strictObject({
      form: z.string().min(1),
      seat: z.string().optional(),
      registerCourt: z.string().optional(),
      registerNumber: z.string().optional(),
      managingDirectors: z.array(z.string()).optional(),
      supervisoryBoardChair: z.string().optional(),
    }).optional(),
  }),
  buyer: strictObject({
    id: z.string().min(1),
    name: z.string().min(1),
    address: postalAddress,
    vatId: z.string().optional(),
    buyerReference: z.string().min(1),
    email: z.string().min(1),
  }),
  vatTreatment: z.enum(VAT_TREATMENTS),
  lines: z.array(line).min(1, 'an invoice has at least one line'),
  settlements: z
    .array(
      strictObject({
        contract: contractRef.optional(),
        period: labelled,
        entries: z.array(z.string()).default([]),
        corrects: z.array(z.string()).optional(),
      }),
    )
    .default([]),
  vatBreakdown: z
    .array(
      strictObject({
        category: z.enum(VAT_CATEGORIES),
        rate,
        taxable: signedMoney,
        tax: signedMoney,
        exemptionCode: z.string().optional(),
        exemptionReason: z.string().optional(),
      }),
    )
    .min(1),
  totals: strictObject({ net: signedMoney, vat: signedMoney, gross: signedMoney, payable: signedMoney }),
  notes: z.array(z.string()).default([]),
  paymentTerms: z.string().min(1),
  discount: strictObject({ days: z.number().int().min(1), percent: z.number().positive() }).optional(),
  cancels: strictObject({ number: z.string().min(1), issueDate: isoDate, reason: z.string().min(1) }).optional(),
  format: z.enum(EINVOICE_FORMATS),
  files: z.array(z.string()).default([]),
});

export const invoiceYear = (r: Pick<InvoiceRecord, 'issueDate'>) => r.issueDate.slice(0, 4);
export const invoiceDir = (r: Pick<InvoiceRecord, 'issueDate'>) => `invoices/${invoiceYear(r)}`;
export const invoiceRecordPath = (r: Pick<InvoiceRecord, 'issueDate' | 'number'>) =>
  `${invoiceDir(r)}/${r.number}.yaml`;

const HEADER =
  'An issued invoice: never edit or delete this file. Cancel it with `desk invoice cancel NUMBER --reason …`.';

/** The record as YAML: fixed key order, amounts as decimal strings like the contract files. */
export function serialiseInvoice(r: InvoiceRecord): string {
  const m = formatMoney;
  const lineOut = (l: InvoiceLine) => ({
    key: l.key,
    kind: l.kind,
    ...(l.contract && { contract: l.contract }),
    period: l.period,
    name: l.name,
    ...(l.detail !== undefined && { detail: l.detail }),
    ...(l.minutes !== undefined && { minutes: l.minutes }),
    unitPrice: m(l.unitPrice),
    net: m(l.net),
    vatCategory: l.vatCategory,
    vatRate: l.vatRate,
    tickets: l.tickets,
    entries: l.entries,
    ...(l.corrects && { corrects: l.corrects }),
  });
  const out = {
    number: r.number,
    type: r.type,
    issueDate: r.issueDate,
    ...(r.dueDate && { dueDate: r.dueDate }),
    customer: r.customer,
    language: r.language,
    period: r.period,
    deliveryDate: r.deliveryDate,
    ...(r.cancels && { cancels: r.cancels }),
    seller: r.seller,
    buyer: r.buyer,
    vatTreatment: r.vatTreatment,
    lines: r.lines.map(lineOut),
    settlements: r.settlements,
    vatBreakdown: r.vatBreakdown.map((b) => ({ ...b, taxable: m(b.taxable), tax: m(b.tax) })),
    totals: { net: m(r.totals.net), vat: m(r.totals.vat), gross: m(r.totals.gross), payable: m(r.totals.payable) },
    notes: r.notes,
    paymentTerms: r.paymentTerms,
    ...(r.discount && { discount: r.discount }),
    format: r.format,
    files: r.files,
  };
  return stringifyYaml(JSON.parse(JSON.stringify(out)), HEADER);
}

export function parseInvoice(file: string, text: string): Parsed<InvoiceRecord> {
  const yaml = parseYamlText(file, text);
  if (!yaml.ok) return yaml;
  const parsed = invoiceRecordSchema.safeParse(yaml.value ?? {});
  if (!parsed.success) return { ok: false, problems: issuesToProblems(file, parsed.error.issues) };
  return { ok: true, value: parsed.data as InvoiceRecord };
}
