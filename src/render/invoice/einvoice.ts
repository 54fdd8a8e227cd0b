import {
  FormatFactoryService,
  invoiceSchema,
  ValidationService,
  type EInvoiceFormat as LibraryFormat,
  type Invoice,
} from '@e-invoice-eu/core';
import { Ajv2019, type ValidateFunction } from 'ajv/dist/2019.js';
import { wellFormedProblem } from '../../core/invoice/well-formed.js';
import { failed } from '../../core/errors.js';
import { hoursOf, type EInvoiceFormat, type InvoiceLine, type InvoiceRecord } from '../../core/invoice/index.js';
import { formatMoney } from '../../core/money.js';
import { patchCii } from './cii-patch.js';

/**
 * The EN 16931 e-invoice, made by @e-invoice-eu/core from desk's record. The library renders
 * the syntax (UBL or CII) and fills in the specification ids; it computes no amounts, so every
 * amount here is the record's, already checked against the rules (src/core/invoice/rules.ts).
 */
const LIBRARY_FORMAT: Record<EInvoiceFormat, string> = {
  'xrechnung-ubl': 'XRECHNUNG-UBL',
  'xrechnung-cii': 'XRECHNUNG-CII',
  // the XML beside a Factur-X PDF is the CII embedded in it
  'factur-x': 'CII',
};

const EUR = 'EUR';
const amount = (cents: number) => formatMoney(cents);

type Doc = Invoice['ubl:Invoice'];

/** The record in the library's input shape (UBL element names, BT comments where it helps). */
export function toLibraryInvoice(r: InvoiceRecord): Invoice {
  const outside = r.vatTreatment === 'outside-scope';
  const seller = r.seller;
  const sellerTax = [
    // BR-O-02: no VAT id at all when the invoice is not subject to VAT; the tax number (BT-32) may stay
    ...(seller.vatId && !outside ? [{ 'cbc:CompanyID': seller.vatId, 'cac:TaxScheme': { 'cbc:ID': 'VAT' } }] : []),
    ...(seller.taxNumber ? [{ 'cbc:CompanyID': seller.taxNumber, 'cac:TaxScheme': { 'cbc:ID': 'FC' } }] : []),
  ];
  const sellerId = bt29Of(r);
  const doc: Doc = {
    'cbc:ID': r.number,
    'cbc:IssueDate': r.issueDate,
    ...(r.dueDate && { 'cbc:DueDate': r.dueDate }),
    'cbc:InvoiceTypeCode': r.type === 'credit-note' ? '381' : '380',
    ...(r.notes.length > 0 && { 'cbc:Note': r.notes }),
    'cbc:DocumentCurrencyCode': EUR,
    'cbc:BuyerReference': r.buyer.buyerReference, // BT-10, BR-DE-15
    'cac:InvoicePeriod': { 'cbc:StartDate': r.period.from, 'cbc:EndDate': r.period.to }, // BG-14
    ...(r.cancels && {
      'cac:BillingReference': [
        { 'cac:InvoiceDocumentReference': { 'cbc:ID': r.cancels.number, 'cbc:IssueDate': r.cancels.issueDate } },
      ],
    }),
    'cac:AccountingSupplierParty': {
      'cac:Party': {
        'cbc:EndpointID': seller.email, // BT-34
        'cbc:EndpointID@schemeID': 'EM',
        ...(sellerId && { 'cac:PartyIdentification': [{ 'cbc:ID': sellerId }] }),
        'cac:PostalAddress': {
          'cbc:StreetName': seller.address.street,
          'cbc:CityName': seller.address.city,
          'cbc:PostalZone': seller.address.postalCode,
          'cac:Country': { 'cbc:IdentificationCode': seller.address.country as never },
        },
        ...(sellerTax.length > 0 && { 'cac:PartyTaxScheme': sellerTax as never }),
        'cac:PartyLegalEntity': {
          'cbc:RegistrationName': seller.name,
          // BT-30, which every syntax carries: BR-CO-26 when the VAT id may not be given (BR-O-02)
          ...(seller.legal?.registerNumber && { 'cbc:CompanyID': seller.legal.registerNumber }),
        },
        'cac:Contact': {
          'cbc:Name': seller.contactName,
          'cbc:Telephone': seller.phone,
          'cbc:ElectronicMail': seller.email,
        }, // BG-6, BR-DE-2/5/6/7
      },
    },
    'cac:AccountingCustomerParty': {
      'cac:Party': {
        'cbc:EndpointID': r.buyer.email, // BT-49
        'cbc:EndpointID@schemeID': 'EM',
        'cac:PartyIdentification': { 'cbc:ID': r.buyer.id },
        'cac:PostalAddress': {
          'cbc:StreetName': r.buyer.address.street,
          'cbc:CityName': r.buyer.address.city,
          'cbc:PostalZone': r.buyer.address.postalCode,
          'cac:Country': { 'cbc:IdentificationCode': r.buyer.address.country as never },
        },
        ...(r.buyer.vatId &&
          !outside && {
            'cac:PartyTaxScheme': { 'cbc:CompanyID': r.buyer.vatId, 'cac:TaxScheme': { 'cbc:ID': 'VAT' } },
          }),
        'cac:PartyLegalEntity': { 'cbc:RegistrationName': r.buyer.name },
      },
    },
    'cac:Delivery': { 'cbc:ActualDeliveryDate': r.deliveryDate }, // BT-72: CII needs a delivery date to be schema-valid
    'cac:PaymentMeans': [
      {
        'cbc:PaymentMeansCode': '58', // SEPA credit transfer
        'cbc:PaymentID': r.number,
        'cac:PayeeFinancialAccount': {
          'cbc:ID': seller.bank.iban,
          'cbc:Name': seller.name,
          ...(seller.bank.bic && { 'cac:FinancialInstitutionBranch': { 'cbc:ID': seller.bank.bic } }),
        },
      },
    ],
    'cac:PaymentTerms': { 'cbc:Note': r.paymentTerms },
    'cac:TaxTotal': [
      {
        'cbc:TaxAmount': amount(r.totals.vat),
        'cbc:TaxAmount@currencyID': EUR,
        'cac:TaxSubtotal': r.vatBreakdown.map((b) => ({
          'cbc:TaxableAmount': amount(b.taxable),
          'cbc:TaxableAmount@currencyID': EUR,
          'cbc:TaxAmount': amount(b.tax),
          'cbc:TaxAmount@currencyID': EUR,
          'cac:TaxCategory': {
            'cbc:ID': b.category,
            'cbc:Percent': String(b.rate), // BR-DE-14 wants the rate even for O
            ...(b.exemptionCode && { 'cbc:TaxExemptionReasonCode': b.exemptionCode as never }),
            ...(b.exemptionReason && { 'cbc:TaxExemptionReason': b.exemptionReason }),
            'cac:TaxScheme': { 'cbc:ID': 'VAT' },
          },
        })),
      },
    ] as never,
    'cac:LegalMonetaryTotal': {
      'cbc:LineExtensionAmount': amount(r.totals.net),
      'cbc:LineExtensionAmount@currencyID': EUR,
      'cbc:TaxExclusiveAmount': amount(r.totals.net),
      'cbc:TaxExclusiveAmount@currencyID': EUR,
      'cbc:TaxInclusiveAmount': amount(r.totals.gross),
      'cbc:TaxInclusiveAmount@currencyID': EUR,
      'cbc:PayableAmount': amount(r.totals.payable),
      'cbc:PayableAmount@currencyID': EUR,
    } as never,
    'cac:InvoiceLine': r.lines.map((l, i) => lineOf(l, i)) as never,
  };
  return { 'ubl:Invoice': doc };
}

function lineOf(l: InvoiceLine, i: number) {
  return {
    'cbc:ID': String(i + 1),
    ...(l.tickets.length > 0 && { 'cbc:Note': `Tickets: ${l.tickets.join(', ')}` }),
    'cbc:InvoicedQuantity': l.minutes === undefined ? '1' : hoursOf(l.minutes),
    'cbc:InvoicedQuantity@unitCode': l.minutes === undefined ? 'C62' : 'HUR',
    'cbc:LineExtensionAmount': amount(l.net),
    'cbc:LineExtensionAmount@currencyID': EUR,
    'cac:InvoicePeriod': { 'cbc:StartDate': l.period.from, 'cbc:EndDate': l.period.to }, // BG-26
    'cac:Item': {
      ...(l.detail && { 'cbc:Description': l.detail }),
      'cbc:Name': l.name,
      'cac:SellersItemIdentification': { 'cbc:ID': l.kind },
      'cac:ClassifiedTaxCategory': {
        'cbc:ID': l.vatCategory,
        ...(l.vatCategory !== 'O' && { 'cbc:Percent': String(l.vatRate) }), // BR-O-05
        'cac:TaxScheme': { 'cbc:ID': 'VAT' },
      },
    },
    'cac:Price': { 'cbc:PriceAmount': amount(l.unitPrice), 'cbc:PriceAmount@currencyID': EUR },
  };
}

/**
 * BT-29, only where nothing else identifies the seller (BR-CO-26): an invoice outside the scope
 * of VAT may not carry the VAT id (BR-O-02), and a seller without a register number has no BT-30.
 */
function bt29Of(r: InvoiceRecord): string | undefined {
  if (r.vatTreatment !== 'outside-scope' || r.seller.legal?.registerNumber) return undefined;
  return r.seller.taxNumber ?? r.seller.vatId;
}

const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * The library's InvoiceService.generate, with one difference: it compiled its JSON schema for
 * every invoice (half a second each), so a run over a hundred customers spent a minute on it.
 * Here the validator of each schema is compiled once per process; the steps are the library's:
 * validate the input with defaults filled in, fill the format's defaults, render.
 */
const factory = new FormatFactoryService();
const validators = new Map<string, ValidateFunction<Invoice>>();
/** By the patched schema's text: XRechnung CII and Factur-X patch the schema alike, one compilation serves both. */
const compiled = new Map<string, ValidateFunction<Invoice>>();

function validatorFor(format: string, formatter: LibraryFormat): ValidateFunction<Invoice> {
  let validate = validators.get(format);
  if (!validate) {
    const schema = structuredClone(invoiceSchema);
    formatter.patchSchema(schema);
    const text = JSON.stringify(schema);
    validate = compiled.get(text);
    if (!validate) {
      validate = new Ajv2019({ strict: true, allErrors: true, useDefaults: true }).compile<Invoice>(schema);
      compiled.set(text, validate);
    }
    validators.set(format, validate);
  }
  return validate;
}

async function libraryGenerate(input: Invoice, format: string, lang: string): Promise<string | Uint8Array> {
  const formatter = factory.createFormatService(format, quiet);
  const normalized = factory.normalizeFormat(format);
  const invoice = new ValidationService(quiet).validate(
    'invoice data',
    validatorFor(normalized, formatter),
    structuredClone(input),
  );
  formatter.fillInvoiceDefaults(invoice);
  return formatter.generate(invoice, { format: normalized, lang, noWarnings: true });
}

/** The e-invoice XML of the record (UBL or CII, as its format says). */
export async function renderXml(r: InvoiceRecord): Promise<string> {
  const xml = String(await generate(r, LIBRARY_FORMAT[r.format]));
  const sellerId = bt29Of(r);
  const patched =
    r.format === 'xrechnung-ubl'
      ? xml
      : patchCii(xml, {
          ...(r.cancels && { precedingInvoice: { number: r.cancels.number, issueDate: r.cancels.issueDate } }),
          ...(sellerId && { sellerId }),
        });
  // the last guard: text that got past the checks at input must not make an e-invoice nobody can read
  const problem = wellFormedProblem(patched);
  if (problem)
    throw failed(
      `the e-invoice of ${r.number} would not be well-formed XML (${problem.message}, line ${problem.line})`,
      'nothing was issued; run desk check to find the text that cannot go into an invoice',
    );
  return patched;
}

async function generate(r: InvoiceRecord, format: string): Promise<string | Uint8Array> {
  try {
    return await libraryGenerate(toLibraryInvoice(r), format, r.language);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw failed(
      `the e-invoice of ${r.number} could not be made: ${message.split('\n').slice(0, 3).join(' ')}`,
      'nothing was issued; run with DESK_DEBUG=1 and report it',
    );
  }
}
