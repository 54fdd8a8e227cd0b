import type { ChargeKind, DateRange, IsoDate, LabelledRange } from '../billing/types.js';
import type { Cents } from '../money.js';
import type { Address } from '../schema/common.js';
import type { LegalDetails } from './legal.js';

/** The e-invoice written beside the PDF; XRechnung UBL unless the customer or the run asks otherwise. */
export const EINVOICE_FORMATS = ['xrechnung-ubl', 'xrechnung-cii', 'factur-x'] as const;
export type EInvoiceFormat = (typeof EINVOICE_FORMATS)[number];

export const DOCUMENT_TYPES = ['invoice', 'credit-note'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** EN 16931 VAT category codes desk uses: standard rate, reverse charge, not subject to (German) VAT. */
export const VAT_CATEGORIES = ['S', 'AE', 'O'] as const;
export type VatCategory = (typeof VAT_CATEGORIES)[number];

export const VAT_TREATMENTS = ['domestic', 'reverse-charge', 'outside-scope'] as const;
export type VatTreatment = (typeof VAT_TREATMENTS)[number];

export type Language = 'de' | 'en';

/** The seller as printed on the invoice: a snapshot of desk.yaml's company on the issue date. */
export interface SellerSnapshot {
  name: string;
  address: Address;
  vatId?: string;
  taxNumber?: string;
  email: string;
  phone: string;
  contactName: string;
  website?: string;
  bank: { name?: string; iban: string; bic?: string };
  /** Register, seat and managing directors (absent on records issued before desk knew them). */
  legal?: LegalDetails;
}

/** The buyer as printed on the invoice: a snapshot of the customer file on the issue date. */
export interface BuyerSnapshot {
  id: string;
  name: string;
  address: Address;
  vatId?: string;
  /** BT-10: the customer's Leitweg-ID or reference; the customer id when the file gives none. */
  buyerReference: string;
  /** BT-49: where the e-invoice goes. */
  email: string;
}

/** Which contract a charge was billed under: its start day identifies it (one contract per day). */
export interface ContractRef {
  start: IsoDate;
  id?: string;
}

export interface InvoiceLine {
  /** Charge key: customer/contract start (or none)/period from..to/kind. Never billed twice while active. */
  key: string;
  kind: ChargeKind;
  contract?: ContractRef;
  period: LabelledRange;
  /** Item name in the customer's language. */
  name: string;
  /** How the quantity came about, in the customer's language. */
  detail?: string;
  /** Hours billed, as whole minutes (negative on a line that takes back what an earlier invoice billed); absent for flat fees (quantity 1). */
  minutes?: number;
  unitPrice: Cents;
  net: Cents;
  vatCategory: VatCategory;
  vatRate: number;
  /** The tickets behind the line (none for fees), and the time entries it bills for the first time. */
  tickets: string[];
  entries: string[];
  /**
   * On a line correcting a period an active invoice billed already: the invoices it corrects. A
   * positive line bills late time (Nachberechnung), a negative one takes back what they billed.
   */
  corrects?: string[];
}

/** A period whose end-of-period charges this invoice settled: it is closed for time logging. */
export interface Settlement {
  contract?: ContractRef;
  period: LabelledRange;
  /** The time entries of the period settled here for the first time, billable or not. */
  entries: string[];
  /** Set when the period was settled before, by these invoices: this one settles what reached it since. */
  corrects?: string[];
}

export interface VatBreakdown {
  category: VatCategory;
  rate: number;
  taxable: Cents;
  tax: Cents;
  /** BT-121 / BT-120 for AE and O. */
  exemptionCode?: string;
  exemptionReason?: string;
}

export interface Totals {
  net: Cents;
  vat: Cents;
  gross: Cents;
  payable: Cents;
}

/** One issued document: an invoice or the credit note (Stornorechnung) cancelling one. */
export interface InvoiceRecord {
  number: string;
  type: DocumentType;
  issueDate: IsoDate;
  /** Absent on credit notes. */
  dueDate?: IsoDate;
  customer: string;
  language: Language;
  /** BG-14: from the first to the last day any line covers. */
  period: DateRange;
  /** BT-72: the last day of service delivered, at most the issue date. */
  deliveryDate: IsoDate;
  seller: SellerSnapshot;
  buyer: BuyerSnapshot;
  vatTreatment: VatTreatment;
  lines: InvoiceLine[];
  settlements: Settlement[];
  vatBreakdown: VatBreakdown[];
  totals: Totals;
  /** Legal notes (reverse charge, outside the scope of VAT, credit note reference). */
  notes: string[];
  /** BT-20, in the customer's language; with the Skonto syntax when a discount is offered. */
  paymentTerms: string;
  discount?: { days: number; percent: number };
  cancels?: { number: string; issueDate: IsoDate; reason: string };
  format: EInvoiceFormat;
  /** The renderings committed with the record, by file name in the same folder. */
  files: string[];
}
