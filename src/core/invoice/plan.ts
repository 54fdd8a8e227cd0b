import type { IsoDate, TimeEntry } from '../billing/types.js';
import { contractProblems } from '../billing/contracts.js';
import { failed, invalid, refused, usage } from '../errors.js';
import { text as say } from '../../i18n/keys.js';
import type { DeskConfig } from '../schema/config.js';
import type { Customer } from '../schema/customer.js';
import { buildCreditNote, buildInvoice } from './build.js';
import { dueCharges, type CustomerBilling } from './charges.js';
import { cancelledNumbers, lastIssueDate, ledgersByCustomer, numbersOfYear } from './ledger.js';
import { nextNumbers, numberFormatProblem } from './numbering.js';
import { isValidIban, ruleViolations } from './rules.js';
import { legalGaps } from './legal.js';
import type { EInvoiceFormat, InvoiceRecord } from './types.js';
import { vatTreatmentOf } from './vat.js';
import type { Key, Text } from '../../i18n/keys.js';

export interface RunInput {
  date: IsoDate;
  /** Company-local today: a run may not be dated after it. */
  today: IsoDate;
  config: DeskConfig;
  /** The customers to bill (all, or the one named). */
  customers: readonly CustomerBilling[];
  /** Every issued document, of all customers and years. */
  records: readonly InvoiceRecord[];
  /** Problems already found in the files read (broken customer files), listed with the rest. */
  fileProblems?: readonly string[];
  /** --format: overrides the customer's and desk.yaml's e-invoice format. */
  format?: EInvoiceFormat;
  /** A dry run may look ahead: what a run on a later day would bill, as things stand. */
  preview?: boolean;
}

/** The invoices a run issues, every figure final; writing them is a separate step. */
export interface RunPlan {
  date: IsoDate;
  invoices: InvoiceRecord[];
  /** Customers the run leaves out until a person has looked at time marked for review. */
  held: { customer: string; entries: TimeEntry[] }[];
  /** Time whose corrections competed (made apart in two clones), billed as it resolved until someone confirms it. */
  contested: { customer: string; ticket: string; note: Text }[];
}

const DESK = 'desk.yaml';

/** What desk.yaml lacks for a legal invoice and a valid XRechnung, every field at once. */
export function sellerProblems(config: DeskConfig): (Text | string)[] {
  const c = config.company;
  const out: (Text | string)[] = [];
  const missing = (field: string, why: Key) =>
    out.push(say('invoiceProblems.missing', { file: DESK, field: `company.${field}`, why: say(why) }));
  if (!c.address) missing('address', 'invoiceProblems.sellerAddress');
  if (!c.vatId && !c.taxNumber) missing('vatId', 'invoiceProblems.sellerVatId');
  if (!c.bank?.iban) missing('bank.iban', 'invoiceProblems.sellerIban');
  else if (!isValidIban(c.bank.iban)) out.push(say('invoiceProblems.badIban', { file: DESK, iban: c.bank.iban }));
  if (!c.email) missing('email', 'invoiceProblems.sellerEmail');
  if (!c.phone) missing('phone', 'invoiceProblems.sellerPhone');
  if (!c.contactName) missing('contactName', 'invoiceProblems.sellerContact');
  for (const { field, why } of legalGaps(c.legal, c.name))
    out.push(say('invoiceProblems.missing', { file: DESK, field, why }));
  const format = numberFormatProblem(config.invoices.numberFormat);
  if (format)
    out.push(
      say('invoiceLegal.numberFormat', { file: DESK, format: config.invoices.numberFormat, problem: say(format) }),
    );
  return out;
}

/** What a customer file lacks to be invoiced. */
export function customerProblems(customer: Customer, sellerCountry: string, deskListRate?: number): (Text | string)[] {
  const file = `contracts/${customer.id}.yaml`;
  const out: (Text | string)[] = [];
  const missing = (field: string, why: Text) => out.push(say('invoiceProblems.missing', { file, field, why }));
  if (!customer.address) missing('address', say('invoiceProblems.buyerAddress'));
  if (!customer.invoiceEmail) missing('invoiceEmail', say('invoiceProblems.buyerEmail'));
  const treatment = customer.address ? vatTreatmentOf(customer.address.country, sellerCountry) : 'domestic';
  if (treatment === 'reverse-charge' && !customer.vatId)
    missing('vatId', say('invoiceProblems.buyerVatId', { country: customer.address!.country }));
  if (customer.vatId && !/^[A-Z]{2}/.test(customer.vatId))
    out.push(say('invoiceProblems.vatPrefix', { file, vatId: customer.vatId }));
  for (const p of contractProblems(customer, deskListRate)) out.push(`${file}: ${p.field}: ${p.message}`);
  return out;
}

function checkDate(
  date: IsoDate,
  today: IsoDate,
  records: readonly InvoiceRecord[],
  what: 'run' | 'credit-note',
  preview = false,
): void {
  if (date > today && !preview)
    throw refused(
      say('moneyTerminal.datedAfterToday', { what, date, today }),
      say('moneyTerminal.datedAfterTodayHint'),
    );
  const last = lastIssueDate(records);
  if (last !== undefined && date < last) {
    throw refused(
      say('moneyTerminal.datedBeforeLast', { what, date, last }),
      say('moneyTerminal.datedBeforeLastHint', { last }),
    );
  }
}

function refuseAll(problems: readonly (Text | string)[]): never {
  const list = problems.reduce<Text | string>((a, b) => (a === '' ? b : say('invoiceProblems.lines', { a, b })), '');
  throw invalid(
    say('moneyTerminal.nothingIssuedProblems', { count: problems.length, list }),
    say('moneyTerminal.nothingIssuedProblemsHint'),
  );
}

/** Every invoice due on `date`, numbered, checked against the EN 16931 and XRechnung rules. */
export function planRun(input: RunInput): RunPlan {
  const { date, config, records } = input;
  checkDate(date, input.today, records, 'run', input.preview);
  const problems: (Text | string)[] = [...(input.fileProblems ?? [])];
  const ledgerOf = ledgersByCustomer(records);
  const held: RunPlan['held'] = [];
  const contested: RunPlan['contested'] = [];
  const sellerCountry = config.company.address?.country ?? 'DE';
  const due = [];
  for (const billing of [...input.customers].sort((a, b) => (a.customer.id < b.customer.id ? -1 : 1))) {
    const own = customerProblems(billing.customer, sellerCountry, config.billing.listRate);
    const broken = own.some((p) => typeof p === 'string' && /: contracts\[/.test(p));
    if (broken) {
      problems.push(...own);
      continue;
    }
    const charges = dueCharges({
      ...billing,
      date,
      since: config.invoices.since,
      ledger: ledgerOf(billing.customer.id),
    });
    problems.push(...charges.problems);
    for (const t of billing.tickets)
      for (const note of t.contested ?? []) contested.push({ customer: billing.customer.id, ticket: t.id, note });
    if (charges.charges.length === 0) continue;
    if (charges.review.length > 0) {
      held.push({ customer: billing.customer.id, entries: charges.review });
      continue;
    }
    problems.push(...own);
    due.push({ customer: billing.customer, charges });
  }
  if (due.length > 0) problems.unshift(...sellerProblems(config));
  if (problems.length > 0) refuseAll(problems);
  const year = Number(date.slice(0, 4));
  const numbers = nextNumbers(config.invoices.numberFormat, year, numbersOfYear(records, date.slice(0, 4)), due.length);
  const invoices = due.map(({ customer, charges }, i) =>
    checked(
      buildInvoice({
        number: numbers[i]!,
        date,
        config,
        customer,
        due: charges,
        format: input.format ?? customer.eInvoice ?? config.invoices.format,
      }),
    ),
  );
  return { date, invoices, held, contested };
}

export interface CancelInput {
  number: string;
  reason: string;
  date: IsoDate;
  today: IsoDate;
  config: DeskConfig;
  records: readonly InvoiceRecord[];
}

/** The credit note cancelling invoice `number`; the invoice itself stays as it was issued. */
export function planCancel(input: CancelInput): InvoiceRecord {
  const { number, records } = input;
  const original = records.find((r) => r.number === number);
  if (!original) throw usage(say('moneyTerminal.noInvoice', { number }), say('moneyTerminal.noInvoiceHint'));
  if (original.type === 'credit-note')
    throw refused(say('moneyTerminal.cancelCreditNote', { number }), say('moneyTerminal.cancelCreditNoteHint'));
  const earlier = cancelledNumbers(records).get(number);
  if (earlier)
    throw refused(say('moneyTerminal.cancelledAlready', { number, by: earlier.number, day: earlier.issueDate }));
  if (!input.reason.trim()) throw usage(say('moneyTerminal.emptyReason'), say('moneyTerminal.emptyReasonHint'));
  checkDate(input.date, input.today, records, 'credit-note');
  const [next] = nextNumbers(
    input.config.invoices.numberFormat,
    Number(input.date.slice(0, 4)),
    numbersOfYear(records, input.date.slice(0, 4)),
    1,
  );
  return checked(buildCreditNote(original, next!, input.date, input.reason.trim()));
}

function checked(r: InvoiceRecord): InvoiceRecord {
  const violations = ruleViolations(r);
  if (violations.length > 0)
    throw failed(
      `${r.number} would break ${violations.map((v) => `${v.rule} (${v.message})`).join('; ')}`,
      'this is a bug in desk; nothing was issued',
    );
  return r;
}
