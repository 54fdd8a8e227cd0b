import { parseDay, localDay } from '../../core/time.js';
import { usage } from '../../core/errors.js';
import { forTerminalLine, xmlCharacter } from '../../core/safe-text/index.js';
import {
  cancelledNumbers,
  invoiceDir,
  invoiceRecordPath,
  planCancel,
  planRun,
  serialiseInvoice,
  EINVOICE_FORMATS,
  type CustomerBilling,
  type EInvoiceFormat,
  type InvoiceRecord,
  type RunPlan,
} from '../../core/invoice/index.js';
import type { Customer } from '../../core/schema/customer.js';
import { displayMoney } from '../../core/money.js';
import { inEnglish, say, t, text } from '../../i18n/index.js';
import { formatDay, formatHours } from '../../i18n/format.js';
import type { Helpdesk } from '../../store/helpdesk.js';
import type { FileChange } from '../../store/helpdesk.js';
import { openForChange, openHelpdesk, type GlobalOptions } from '../context.js';
import { print, printJson } from '../output.js';
import { paint } from '../../render/terminal/style.js';
import { eur, invoiceTable, invoiceText, type InvoiceStatus } from '../../render/terminal/invoice-text.js';
import { oneOf } from './qualification.js';
import { itemsToday } from './payment.js';

export interface RunFlags extends GlobalOptions {
  date?: string;
  customer?: string;
  format?: string;
  dryRun?: boolean;
  json?: boolean;
}

/**
 * `desk invoice run`: bills everything due on the run date that no active invoice bills yet,
 * one invoice per customer, all of them in one commit with their PDF and e-invoice.
 */
export async function invoiceRun(o: RunFlags): Promise<void> {
  const { hd, actor } = o.dryRun
    ? { hd: await openHelpdesk(o), actor: undefined }
    : await openForChange(o, 'invoice.issue');
  const today = localDay(hd.now(), hd.timeZone);
  const date = o.date ? parseDay(o.date, '--date') : today;
  const format = o.format === undefined ? undefined : (oneOf(o.format, EINVOICE_FORMATS, '--format') as EInvoiceFormat);
  const plan = async () =>
    planRun({ date, today, config: hd.config, format, preview: o.dryRun, ...(await readBilling(hd, o.customer)) });
  let planned = await plan(); // refused here, before the lock, when anything is missing
  if (!o.dryRun && planned.invoices.length > 0) {
    await hd
      .change(actor!, async () => {
        planned = await plan(); // planned again under the lock: another run, a log or a sync may have come meanwhile
        const files = (await Promise.all(planned.invoices.map(renderFiles))).flat();
        // a commit needs files: when a log held a customer back meanwhile and nothing is left, there is none
        if (files.length === 0) throw new NothingIssued();
        return { files, ...runMessage(date, planned.invoices) };
      })
      .catch((e: unknown) => {
        if (!(e instanceof NothingIssued)) throw e;
      });
  }
  const { invoices, held, contested } = planned;
  const short = await hd.tickets.shortIds([
    ...held.flatMap((h) => h.entries.map((e) => e.ticketId)),
    ...contested.map((c) => c.ticket),
  ]);
  if (o.json) {
    await printJson({
      date,
      dryRun: Boolean(o.dryRun),
      invoices: invoices.map((r) => ({ ...r, paths: pathsOf(r) })),
      held: held.map((h) => ({
        customer: h.customer,
        entries: h.entries.map((e) => ({ ...e, ticket: short.get(e.ticketId) ?? e.ticketId })),
      })),
      contested: contested.map((c) => ({ ...c, note: inEnglish(c.note), short: short.get(c.ticket) ?? c.ticket })),
    });
    return;
  }
  const notes = [...heldText(held, short), ...contestedText(contested, short)];
  const on = { day: formatDay(date), who: o.customer ? t('moneyTerminal.forCustomer', { customer: o.customer }) : '' };
  if (invoices.length === 0) {
    const nothing = held.length ? t('moneyTerminal.nothingIssued', on) : t('moneyTerminal.nothingDue', on);
    await print([nothing, ...notes].join('\n\n'));
    return;
  }
  const head = o.dryRun
    ? t('moneyTerminal.runDry', { count: invoices.length, day: formatDay(date) })
    : t('moneyTerminal.runIssued', { count: invoices.length, day: formatDay(date) });
  const where = o.dryRun
    ? []
    : [t('moneyTerminal.filesIn', { list: `${[...new Set(invoices.map(invoiceDir))].join(', ')}/` })];
  await print([head, ...invoices.map((r) => invoiceText(r)), ...where, ...notes].join('\n\n'));
}

class NothingIssued extends Error {}

/** Customers left out of the run until someone has looked at their time marked for review. */
function heldText(held: RunPlan['held'], short: ReadonlyMap<string, string>): string[] {
  return held.map(({ customer, entries }) =>
    [
      paint.yellow(t('moneyTerminal.held', { customer, count: entries.length })),
      ...entries.map((e) => {
        const ticket = short.get(e.ticketId) ?? e.ticketId;
        const entry = t('moneyTerminal.heldEntry', { hours: formatHours(e.minutes), day: formatDay(e.date) });
        const how = t('moneyTerminal.heldHow', { ticket, id: e.id });
        return `  ${ticket} ${e.id} ${entry}: ${forTerminalLine(e.review ?? '')}\n    ${how}`;
      }),
    ].join('\n'),
  );
}

/** Time billed as competing corrections resolved, flagged until a person confirms it. */
function contestedText(contested: RunPlan['contested'], short: ReadonlyMap<string, string>): string[] {
  if (contested.length === 0) return [];
  return [
    [
      paint.yellow(t('moneyTerminal.contested')),
      ...contested.map((c) => `  ${short.get(c.ticket) ?? c.ticket}: ${forTerminalLine(say(c.note))}`),
    ].join('\n'),
  ];
}

export interface CancelFlags extends GlobalOptions {
  reason?: string;
  date?: string;
  dryRun?: boolean;
  json?: boolean;
}

/** `desk invoice cancel NUMBER --reason …`: a credit note with its own number; the invoice stays. */
export async function invoiceCancel(number: string, o: CancelFlags): Promise<void> {
  const { hd, actor } = o.dryRun
    ? { hd: await openHelpdesk(o), actor: undefined }
    : await openForChange(o, 'invoice.cancel');
  if (!o.reason) throw usage(text('moneyTerminal.missingReason'), text('moneyTerminal.missingReasonHint'));
  // the reason is printed in the credit note and its e-invoice
  const unfit = xmlCharacter(o.reason);
  if (unfit)
    throw usage(text('invoiceProblems.xmlCharacter', { flag: '--reason', cp: unfit.cp, at: String(unfit.at) }));
  const today = localDay(hd.now(), hd.timeZone);
  const date = o.date ? parseDay(o.date, '--date') : today;
  const plan = async () =>
    planCancel({ number, reason: o.reason!, date, today, config: hd.config, records: await readRecords(hd) });
  let note = await plan();
  if (!o.dryRun) {
    await hd.change(actor!, async () => {
      note = await plan();
      return { files: await renderFiles(note), message: `${note.number}: cancel invoice ${number} (${o.reason})` };
    });
  }
  if (o.json) {
    await printJson({ dryRun: Boolean(o.dryRun), creditNote: { ...note, paths: pathsOf(note) } });
    return;
  }
  const head = o.dryRun
    ? t('moneyTerminal.cancelDry', { number: note.number })
    : t('moneyTerminal.cancelDone', { number: note.number, invoice: number });
  await print(`${head}\n\n${invoiceText(note)}`);
}

export async function invoiceList(
  o: GlobalOptions & { customer?: string; year?: string; open?: boolean; overdue?: boolean; json?: boolean },
): Promise<void> {
  const hd = await openHelpdesk(o);
  if (o.year !== undefined && !/^\d{4}$/.test(o.year))
    throw usage(text('moneyTerminal.badYear', { value: o.year }), text('moneyTerminal.badYearHint'));
  const records = await readRecords(hd);
  const items = new Map((await itemsToday(hd)).map((i) => [i.number, i]));
  const rows = records
    .filter(
      (r) =>
        (o.customer === undefined || r.customer === o.customer) &&
        (o.year === undefined || r.issueDate.startsWith(`${o.year}-`)) &&
        (!o.open || (items.get(r.number)?.open ?? 0) !== 0) &&
        (!o.overdue || (items.get(r.number)?.daysOverdue ?? 0) > 0),
    )
    .map((record) => ({ record, item: items.get(record.number), ...statusOf(record, records) }));
  if (o.json) {
    await printJson(
      rows.map(({ record: r, status, cancelledBy, item }) => ({
        number: r.number,
        type: r.type,
        status,
        issueDate: r.issueDate,
        dueDate: r.dueDate ?? null,
        customer: r.customer,
        period: r.period,
        net: r.totals.net,
        vat: r.totals.vat,
        gross: r.totals.gross,
        cancels: r.cancels?.number ?? null,
        cancelledBy: cancelledBy ?? null,
        paid: item?.paid ?? null,
        open: item?.open ?? null,
        payment: item?.status ?? null,
        daysOverdue: item?.daysOverdue ?? null,
        paths: pathsOf(r),
      })),
    );
    return;
  }
  if (rows.length === 0) {
    await print(
      o.open || o.overdue
        ? t('moneyTerminal.noneOpen', {
            overdue: o.overdue ? 'yes' : 'no',
            who: o.customer ? t('moneyTerminal.forCustomer', { customer: o.customer }) : '',
          })
        : t('moneyTerminal.noneYet'),
    );
    return;
  }
  const total = rows.filter((x) => x.status === 'active').reduce((sum, x) => sum + x.record.totals.gross, 0);
  const open = rows.reduce((sum, x) => sum + (x.item?.open ?? 0), 0);
  await print(
    `${invoiceTable(rows)}\n\n${t('moneyTerminal.listTotal', { count: rows.length, total: eur(total), open: eur(open) })}`,
  );
}

export async function invoiceShow(number: string, o: GlobalOptions & { json?: boolean }): Promise<void> {
  const hd = await openHelpdesk(o);
  const records = await readRecords(hd);
  const record = records.find((r) => r.number === number);
  if (!record) throw usage(text('moneyTerminal.noInvoice', { number }), text('moneyTerminal.noInvoiceHint'));
  const { status, note, cancelledBy } = statusOf(record, records);
  if (o.json) {
    await printJson({ ...record, status, cancelledBy: cancelledBy ?? null, paths: pathsOf(record) });
    return;
  }
  await print(invoiceText(record, status === 'cancelled' ? note : undefined));
}

function statusOf(
  r: InvoiceRecord,
  all: readonly InvoiceRecord[],
): { status: InvoiceStatus; note: string; cancelledBy?: string } {
  if (r.type === 'credit-note')
    return { status: 'credit-note', note: t('moneyTerminal.cancelsNumber', { number: r.cancels?.number ?? '?' }) };
  const by = cancelledNumbers(all).get(r.number);
  return by
    ? { status: 'cancelled', note: t('moneyTerminal.cancelledBy', { number: by.number }), cancelledBy: by.number }
    : { status: 'active', note: '' };
}

const pathsOf = (r: InvoiceRecord) => [invoiceRecordPath(r), ...r.files.map((f) => `${invoiceDir(r)}/${f}`)];

/** Issued documents; a broken invoice file stops billing, since the numbers and what is billed depend on all of them. */
async function readRecords(hd: Helpdesk): Promise<InvoiceRecord[]> {
  const { records, problems } = await hd.invoices.all();
  if (problems.length > 0) {
    const first = problems[0]!;
    throw usage(
      text('moneyTerminal.brokenInvoice', {
        problem: `${first.file}: ${first.field}: ${first.message}`,
        more: problems.length - 1,
      }),
      text('moneyTerminal.brokenInvoiceHint'),
    );
  }
  return records;
}

/** What the planner needs, read from the files; problems in them are listed with the rest. */
async function readBilling(
  hd: Helpdesk,
  only: string | undefined,
): Promise<{ customers: CustomerBilling[]; records: InvoiceRecord[]; fileProblems: string[] }> {
  const fileProblems: string[] = [];
  let customers: Customer[];
  if (only !== undefined) customers = [await hd.customer(only)];
  else {
    const loaded = await hd.customers.all();
    customers = [...loaded.customers.values()];
    fileProblems.push(...loaded.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`));
  }
  const { byCustomer, problems } = await hd.tickets.billing(only === undefined ? undefined : [only]);
  fileProblems.push(...problems.map((p) => `${p.file}: ${p.field}: ${p.message}`));
  const billing = customers.map((customer) => {
    const own = byCustomer.get(customer.id) ?? { entries: [], tickets: [] };
    byCustomer.delete(customer.id); // a million entries: let each customer's go once they are billing's
    return { customer, ...own, listRate: hd.config.billing.listRate, increment: hd.config.billing.increment };
  });
  return { customers: billing, records: await readRecords(hd), fileProblems };
}

/** The record and its renderings: PDF (Factur-X when asked for) and the e-invoice XML. */
async function renderFiles(r: InvoiceRecord): Promise<FileChange[]> {
  // the renderers are loaded only when something is issued
  const [{ renderPdf }, { renderXml }] = await Promise.all([
    import('../../render/invoice/pdf.js'),
    import('../../render/invoice/einvoice.js'),
  ]);
  const xml = await renderXml(r);
  // with factur-x, the PDF carries the same XML that is written beside it
  const pdf = await renderPdf(r, r.format === 'factur-x' ? xml : undefined);
  const dir = invoiceDir(r);
  return [
    { path: invoiceRecordPath(r), content: serialiseInvoice(r) },
    { path: `${dir}/${r.number}.pdf`, content: pdf },
    { path: `${dir}/${r.number}.xml`, content: xml },
  ];
}

function runMessage(date: string, invoices: readonly InvoiceRecord[]): { message: string; body: string[] } {
  const numbers = invoices.map((r) => r.number);
  const span = numbers.length === 1 ? numbers[0] : `${numbers[0]}..${numbers[numbers.length - 1]}`;
  const body = invoices.map(
    (r) =>
      `${r.number} ${r.customer}: ${displayMoney(r.totals.gross, 'en')} gross, ${r.lines.length} line${r.lines.length === 1 ? '' : 's'}`,
  );
  return {
    message: `Invoice run ${date}: ${span} (${invoices.length} invoice${invoices.length === 1 ? '' : 's'})`,
    body,
  };
}
