import { resolve } from 'node:path';
import { DeskError, usage } from '../../core/errors.js';
import {
  describeFailure,
  failures,
  parseAsOf,
  parseThreshold,
  reportNamed,
  reportPeriod,
  type Threshold,
} from '../../core/reports/index.js';
import { reportReads } from '../../core/reports/reads.js';
import type { TicketRecord } from '../../core/ticket/ticket-record.js';
import {
  CSV_HEADERS,
  FORMATS,
  formatForFile,
  renderReport,
  type CsvHeader,
  type Format,
} from '../../render/reports/index.js';
import type { CsvLocale } from '../../render/reports/formats/values.js';
import { writeFileAtomic } from '../../store/atomic-write.js';
import { openForChange, openHelpdesk, type GlobalOptions } from '../context.js';
import { REPORTS, type ReportName } from '../../core/reports/index.js';
import type { AsOf, ReportPeriod } from '../../core/reports/period.js';
import type { Customer } from '../../core/schema/customer.js';
import type { StaffMember } from '../../core/schema/config.js';
import { oneLine } from '../../core/safe-text/index.js';
import { localDay } from '../../core/time.js';
import { load, renderIn } from '../../i18n/render.js';
import { LANGUAGES, language, t, text, type Language, type Text } from '../../i18n/index.js';
import type { Helpdesk } from '../../store/helpdesk.js';
import { print, warn } from '../output.js';
import { checkOutputFile } from '../output-file.js';
import { paintErr } from '../../render/terminal/style.js';
import { pageFor } from '../pager.js';
import { io } from '../../io/context.js';

export interface ReportFlags extends GlobalOptions {
  period?: string;
  customer?: string;
  tag?: string[];
  format?: string;
  out?: string;
  asOf?: string;
  failUnder?: string[];
  failOver?: string[];
  csvLocale?: string;
  lang?: string;
  header?: string;
  sendTo?: string;
  dryRun?: boolean;
  json?: boolean;
}

/**
 * `desk report NAME [CUSTOMER]`: computes the report as of one instant, renders it in one
 * format to stdout or atomically to `--out`, then checks the `--fail-*` thresholds (exit 3).
 * Everything the user typed is checked before the helpdesk is read, and nothing is written
 * unless the whole report was computed.
 */
export async function report(name: string | undefined, arg: string | undefined, o: ReportFlags): Promise<void> {
  const { name: report, def } = reportNamed(name);
  if (arg !== undefined && report !== 'customer')
    throw usage(text('reportCli.noArgument', { report, arg }), text('reportCli.noArgumentHint', { report, arg }));
  if (arg !== undefined && o.customer !== undefined && arg !== o.customer)
    throw usage(text('reportCli.twoCustomers', { arg, customer: o.customer }));
  const format = formatOf(o);
  // the format asked for, else the name's extension picks it: any of them will do then
  if (o.out) checkOutputFile(o.out, '--out', `report.${o.format || o.json ? EXTENSION[format] : 'csv'}`);
  const csvLocale = localeOf(o.csvLocale);
  const csvHeader = headerOf(o.header);
  const lang = await langOf(o.lang);
  const thresholds: Threshold[] = [
    ...(o.failUnder ?? []).map((t) => parseThreshold(t, 'under', def.metrics, report)),
    ...(o.failOver ?? []).map((t) => parseThreshold(t, 'over', def.metrics, report)),
  ];
  const hd = await openHelpdesk(o);
  const asOf = parseAsOf(o.asOf, hd.now(), hd.timeZone);
  const period = reportPeriod(o.period, asOf);
  const customer = arg ?? o.customer;
  if (report === 'customer' && customer === undefined)
    throw usage(text('reportCli.whichCustomer'), text('reportCli.whichCustomerHint'));
  if (customer !== undefined) await hd.customer(customer); // unknown or broken: refused with the reason
  const { result, source } = await computeReport(hd, report, { asOf, period, customer, tags: o.tag });
  const rendered = renderReport(result, format, {
    csvLocale,
    csvHeader,
    lang: lang ?? language(),
    short: source.short,
    staffName: (id) => hd.staffMember(id)?.name ?? id,
    customerName: (id) => source.customers.get(id)?.name ?? id,
  });
  if (o.out) {
    await writeFileAtomic(resolve(io().cwd, o.out), rendered);
    await print(t('reportCli.wrote', { report, format, out: o.out }));
  } else {
    if (format === 'table' || format === 'md') await pageFor(hd, o);
    await print(rendered);
  }
  if (o.sendTo !== undefined) {
    if (report !== 'customer' || customer === undefined)
      throw usage(text('reportCli.sendToCustomerOnly'), text('reportCli.sendToCustomerOnlyHint'));
    // each letter in its reader's language, as its greeting is (never marked: it leaves the terminal)
    const md = (letterLang: Language) =>
      renderReport(result, 'md', {
        csvLocale,
        lang: letterLang,
        marked: false,
        short: source.short,
        staffName: (id) => hd.staffMember(id)?.name ?? id,
        customerName: (id) => source.customers.get(id)?.name ?? id,
      });
    await print(await mailCustomerReport(hd, o, source.customers.get(customer)!, md, period.label));
  }
  const failed = failures(result.metrics, thresholds);
  if (failed.length) {
    throw new DeskError(
      'threshold',
      text('reportCli.thresholds', {
        failed: failed.length,
        count: thresholds.length,
        list: failed
          .map(describeFailure)
          .reduce<Text | string>((x, y) => (x === '' ? y : text('reportCli.pair', { a: x, b: y })), ''),
      }),
    );
  }
}

/** A report computed as of an instant over a period, with what it read (for rendering). */
export async function computeReport(
  hd: Helpdesk,
  report: ReportName,
  o: { asOf: AsOf; period: ReportPeriod; customer?: string; tags?: string[] },
) {
  const { asOf, period, customer } = o;
  const def = REPORTS[report];
  const source = await hd.reportSource(
    reportReads(report, { asOf, period, ...(customer !== undefined && { customer }) }),
  );
  for (const p of source.problems)
    warn(`${paintErr.yellow(t('reportCli.skipped'))} ${p.file}: ${p.field}: ${p.message}\n`);
  const result = def.build({
    asOf,
    period,
    ...(customer !== undefined && { customer }),
    timeZone: hd.timeZone,
    calendar: hd.config.calendar,
    holidays: hd.holidays,
    staff: hd.config.staff,
    products: hd.config.products,
    billing: hd.config.billing,
    reviewEveryMonths: hd.config.reviews.everyMonths,
    tickets: withTags(source.tickets, o.tags, report),
    customers: source.customers,
    invoices: source.invoices,
    ...(report === 'customer' && { payments: (await hd.payments.all()).payments }),
    ...(report === 'satisfaction' && { surveys: (await hd.surveys.all()).records }),
    short: source.short,
    ...(source.billable && { billable: source.billable }),
  });
  return { result, source };
}

/** `--send-to project-lead,sales`: the customer report in Markdown to the customer's people, through the outbox, once a day. */
async function mailCustomerReport(
  hd: Helpdesk,
  o: ReportFlags,
  customer: Customer,
  md: (lang: Language) => string,
  period: string,
): Promise<string> {
  const roles = o
    .sendTo!.split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  const people: StaffMember[] = [];
  for (const role of roles) {
    const id = role === 'project-lead' ? customer.projectLead : role === 'sales' ? customer.salesRep : undefined;
    if (role !== 'project-lead' && role !== 'sales')
      throw usage(text('reportCli.sendToRole', { role }), text('reportCli.sendToRoleHint'));
    const member = id ? hd.staffMember(id) : undefined;
    if (!member)
      throw usage(
        text('reportCli.sendToNobody', {
          role,
          file: `contracts/${customer.id}.yaml`,
          field: role === 'sales' ? 'salesRep' : 'projectLead',
        }),
        text('reportCli.sendToNobodyHint'),
      );
    if (!people.some((p) => p.id === member.id)) people.push(member);
  }
  const day = localDay(hd.now(), hd.timeZone);
  const letters = [];
  for (const member of people) {
    const lang = member.language ?? hd.config.language ?? 'de';
    await load(lang);
    letters.push({
      member,
      subject: renderIn(lang, 'communication.reportMailSubject', { customer: oneLine(customer.name), period }),
      text: `${renderIn(lang, 'communication.reportMailIntro', { name: oneLine(member.name), customer: oneLine(customer.name), period })}\n\n${md(lang)}`,
    });
  }
  const id = `customer-report.${customer.id}.${day}`;
  if (o.dryRun) return t('communication.reportMailDryRun', { id, to: people.map((p) => p.name).join(', ') });
  const writer = await openForChange(o, 'report.mail');
  // the mail outbox is loaded by the one report that is mailed, not by every report
  const { sendStaffMail } = await import('../../notify/staff-mail.js');
  const r = await sendStaffMail(writer.hd, writer.actor, { id, kind: 'customer-report', letters });
  if (r.already) return t('communication.reportMailAlready', { id, path: r.path });
  return t('communication.reportMailSent', {
    id,
    sent: r.sent.filter((x) => x.outcome === 'sent').length,
    count: people.length,
    to: people.map((p) => p.name).join(', '),
  });
}

/** The file name suggested for a report written in each format: one that picks the format again. */
const EXTENSION: Record<Format, string> = { table: 'txt', md: 'md', json: 'json', csv: 'csv', html: 'html' };

function formatOf(o: ReportFlags): Format {
  if (o.json && o.format !== undefined && o.format !== 'json')
    throw usage(text('reportCli.jsonAndFormat', { format: o.format }));
  if (o.json) return 'json';
  if (o.format === undefined) return (o.out && formatForFile(o.out)) || 'table';
  if ((FORMATS as readonly string[]).includes(o.format)) return o.format as Format;
  throw usage(text('reportCli.badFormat', { format: o.format, formats: FORMATS.join(', ') }));
}

/** `--header`: CSV's heading rows in fixed English keys (for programs) or in the report's language. */
function headerOf(value: string | undefined): CsvHeader {
  if (value === undefined) return 'keys';
  if ((CSV_HEADERS as readonly string[]).includes(value)) return value as CsvHeader;
  throw usage(text('reportCli.badHeader', { value }), text('reportCli.badHeaderHint'));
}

/** `--lang de|en`: the report in that language, whoever reads it; else the reader's (undefined). */
async function langOf(value: string | undefined): Promise<Language | undefined> {
  if (value === undefined) return undefined;
  const lang = LANGUAGES.find((l) => l === value.trim().toLowerCase());
  if (!lang) throw usage(text('reportCli.badLang', { value }), text('reportCli.badLangHint'));
  await load(lang);
  return lang;
}

function localeOf(value: string | undefined): CsvLocale {
  if (value === undefined || value === 'en') return 'en';
  if (value === 'de') return 'de';
  throw usage(text('reportCli.badCsvLocale', { value }), text('reportCli.badCsvLocaleHint'));
}

/** `--tag`: only the tickets carrying every tag named (their tags now, not as of the report). */
function withTags(tickets: readonly TicketRecord[], tags: readonly string[] | undefined, report: string) {
  if (!tags?.length) return tickets;
  if (report === 'utilization' || report === 'sales')
    throw usage(text('reportCli.tagNotHere', { report }), text('reportCli.tagNotHereHint'));
  const wanted = tags.map((t) => t.replace(/^\+/, ''));
  return tickets.filter((t) => wanted.every((w) => t.state.tags.includes(w)));
}
