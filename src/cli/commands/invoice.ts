import { parseDay, localDay } from '../../core/time.js';
import { usage } from '../../core/errors.js';
import { forTerminalLine, xmlProblem } from '../../core/safe-text/index.js';
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
import { formatDuration } from '../../core/duration.js';
import type { Customer } from '../../core/schema/customer.js';
import { displayMoney } from '../../core/money.js';
import type { Helpdesk } from '../../store/helpdesk.js';
import type { FileChange } from '../../store/helpdesk.js';
import { openForChange, openHelpdesk, type GlobalOptions } from '../context.js';
import { print, printJson } from '../output.js';
import { paint } from '../../render/terminal/style.js';
import { invoiceTable, invoiceText, type InvoiceStatus } from '../../render/terminal/invoice-text.js';
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
      contested: contested.map((c) => ({ ...c, short: short.get(c.ticket) ?? c.ticket })),
    });
    return;
  }
  const notes = [...heldText(held, short), ...contestedText(contested, short)];
  if (invoices.length === 0) {
    const nothing = held.length
      ? `Nothing issued on ${date}${o.customer ? ` for ${o.customer}` : ''}.`
      : `Nothing due on ${date}${o.customer ? ` for ${o.customer}` : ''}: every period that has started or ended is billed.`;
    await print([nothing, ...notes].join('\n\n'));
    return;
  }
  const head = o.dryRun
    ? `Dry run: a run dated ${date} would issue ${invoices.length} invoice${invoices.length === 1 ? '' : 's'} (nothing written):`
    : `Issued ${invoices.length} invoice${invoices.length === 1 ? '' : 's'} dated ${date}:`;
  const where = o.dryRun ? [] : [`Files in ${[...new Set(invoices.map(invoiceDir))].join(', ')}/`];
  await print([head, ...invoices.map((r) => invoiceText(r)), ...where, ...notes].join('\n\n'));
}

class NothingIssued extends Error {}

/** Customers left out of the run until someone has looked at their time marked for review. */
function heldText(held: RunPlan['held'], short: ReadonlyMap<string, string>): string[] {
  return held.map(({ customer, entries }) =>
    [
      paint.yellow(
        `Not invoiced: ${customer}, until ${entries.length === 1 ? 'this entry is' : 'these entries are'} reviewed:`,
      ),
      ...entries.map((e) => {
        const t = short.get(e.ticketId) ?? e.ticketId;
        return `  ${t} ${e.id} ${formatDuration(e.minutes)} h on ${e.date}: ${forTerminalLine(e.review ?? '')}\n    confirm it: desk log ${t} --confirm ${e.id}, or correct it: desk log ${t} DURATION --replace ${e.id}`;
      }),
    ].join('\n'),
  );
}

/** Time billed as competing corrections resolved, flagged until a person confirms it. */
function contestedText(contested: RunPlan['contested'], short: ReadonlyMap<string, string>): string[] {
  if (contested.length === 0) return [];
  return [
    [
      paint.yellow('To check: time corrected in two places, billed as it resolved (desk show names the entries):'),
      ...contested.map((c) => `  ${short.get(c.ticket) ?? c.ticket}: ${forTerminalLine(c.note)}`),
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
  if (!o.reason)
    throw usage('missing --reason', 'say why the invoice is cancelled, e.g. --reason "billed to the wrong customer"');
  // the reason is printed in the credit note and its e-invoice
  const unfit = xmlProblem(o.reason);
  if (unfit) throw usage(`--reason: ${unfit}`);
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
    ? `Dry run: would issue credit note ${note.number} (nothing written):`
    : `Issued credit note ${note.number}; the charges of ${number} are billable again with the next run.`;
  await print(`${head}\n\n${invoiceText(note)}`);
}

export async function invoiceList(
  o: GlobalOptions & { customer?: string; year?: string; open?: boolean; overdue?: boolean; json?: boolean },
): Promise<void> {
  const hd = await openHelpdesk(o);
  if (o.year !== undefined && !/^\d{4}$/.test(o.year))
    throw usage(`--year: "${o.year}" is not a year`, 'e.g. --year 2026');
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
        ? `No ${o.overdue ? 'overdue' : 'open'} invoices${o.customer ? ` for ${o.customer}` : ''}.`
        : 'No invoices issued yet. Issue them with: desk invoice run',
    );
    return;
  }
  const total = rows.filter((x) => x.status === 'active').reduce((sum, x) => sum + x.record.totals.gross, 0);
  const open = rows.reduce((sum, x) => sum + (x.item?.open ?? 0), 0);
  await print(
    `${invoiceTable(rows)}\n\n${rows.length} document${rows.length === 1 ? '' : 's'}; active invoices total ${displayMoney(total, 'en')} gross, ${displayMoney(open, 'en')} open`,
  );
}

export async function invoiceShow(number: string, o: GlobalOptions & { json?: boolean }): Promise<void> {
  const hd = await openHelpdesk(o);
  const records = await readRecords(hd);
  const record = records.find((r) => r.number === number);
  if (!record) throw usage(`no invoice ${number}`, 'desk invoice list shows the issued invoices');
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
  if (r.type === 'credit-note') return { status: 'credit-note', note: `cancels ${r.cancels?.number ?? '?'}` };
  const by = cancelledNumbers(all).get(r.number);
  return by
    ? { status: 'cancelled', note: `cancelled by ${by.number}`, cancelledBy: by.number }
    : { status: 'active', note: '' };
}

const pathsOf = (r: InvoiceRecord) => [invoiceRecordPath(r), ...r.files.map((f) => `${invoiceDir(r)}/${f}`)];

/** Issued documents; a broken invoice file stops billing, since the numbers and what is billed depend on all of them. */
async function readRecords(hd: Helpdesk): Promise<InvoiceRecord[]> {
  const { records, problems } = await hd.invoices.all();
  if (problems.length > 0) {
    const first = problems[0]!;
    throw usage(
      `${first.file}: ${first.field}: ${first.message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`,
      'issued invoices are never edited: restore the file from git (git checkout -- invoices/), then run desk check',
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
