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
import { FORMATS, formatForFile, renderReport, type Format } from '../../render/reports/index.js';
import type { CsvLocale } from '../../render/reports/formats/values.js';
import { writeFileAtomic } from '../../store/atomic-write.js';
import { openHelpdesk, type GlobalOptions } from '../context.js';
import { print, warn } from '../output.js';
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
    throw usage(
      `report ${report} takes no argument "${arg}"`,
      `for one customer: desk report ${report} --customer ${arg}`,
    );
  if (arg !== undefined && o.customer !== undefined && arg !== o.customer)
    throw usage(`two customers: ${arg} and --customer ${o.customer}`);
  const format = formatOf(o);
  const csvLocale = localeOf(o.csvLocale);
  const thresholds: Threshold[] = [
    ...(o.failUnder ?? []).map((t) => parseThreshold(t, 'under', def.metrics, report)),
    ...(o.failOver ?? []).map((t) => parseThreshold(t, 'over', def.metrics, report)),
  ];
  const hd = await openHelpdesk(o);
  const asOf = parseAsOf(o.asOf, hd.now(), hd.timeZone);
  const period = reportPeriod(o.period, asOf);
  const customer = arg ?? o.customer;
  if (report === 'customer' && customer === undefined)
    throw usage(
      'which customer? desk report customer CUSTOMER',
      'the customer ids are the file names in contracts/ (desk customer list)',
    );
  if (customer !== undefined) await hd.customer(customer); // unknown or broken: refused with the reason
  const source = await hd.reportSource(
    reportReads(report, { asOf, period, ...(customer !== undefined && { customer }) }),
  );
  for (const p of source.problems) warn(`${paintErr.yellow('skipped')} ${p.file}: ${p.field}: ${p.message}\n`);
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
    tickets: withTags(source.tickets, o.tag, report),
    customers: source.customers,
    invoices: source.invoices,
    ...(report === 'customer' && { payments: (await hd.payments.all()).payments }),
    short: source.short,
    ...(source.billable && { billable: source.billable }),
  });
  const text = renderReport(result, format, {
    csvLocale,
    short: source.short,
    staffName: (id) => hd.staffMember(id)?.name ?? id,
    customerName: (id) => source.customers.get(id)?.name ?? id,
  });
  if (o.out) {
    await writeFileAtomic(resolve(io().cwd, o.out), text);
    await print(`Wrote the ${report} report (${format}) to ${o.out}`);
  } else {
    if (format === 'table' || format === 'md') await pageFor(hd, o);
    await print(text);
  }
  const failed = failures(result.metrics, thresholds);
  if (failed.length) {
    throw new DeskError(
      'threshold',
      `${failed.length} of ${thresholds.length} threshold${thresholds.length > 1 ? 's' : ''} not met: ${failed.map(describeFailure).join('; ')}`,
    );
  }
}

function formatOf(o: ReportFlags): Format {
  if (o.json && o.format !== undefined && o.format !== 'json')
    throw usage(`--json and --format ${o.format} exclude each other`);
  if (o.json) return 'json';
  if (o.format === undefined) return (o.out && formatForFile(o.out)) || 'table';
  if ((FORMATS as readonly string[]).includes(o.format)) return o.format as Format;
  throw usage(`--format: "${o.format}" is not one of ${FORMATS.join(', ')}`);
}

function localeOf(text: string | undefined): CsvLocale {
  if (text === undefined || text === 'en') return 'en';
  if (text === 'de') return 'de';
  throw usage(
    `--csv-locale: "${text}" is not one of en, de`,
    'de: ";" between fields and a decimal comma, as German spreadsheets expect',
  );
}

/** `--tag`: only the tickets carrying every tag named (their tags now, not as of the report). */
function withTags(tickets: readonly TicketRecord[], tags: readonly string[] | undefined, report: string) {
  if (!tags?.length) return tickets;
  if (report === 'utilization' || report === 'sales')
    throw usage(`--tag: the ${report} report counts contracts and their hours, not single tickets`, 'leave out --tag');
  const wanted = tags.map((t) => t.replace(/^\+/, ''));
  return tickets.filter((t) => wanted.every((w) => t.state.tags.includes(w)));
}
