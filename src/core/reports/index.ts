/** The reports of `desk report NAME` (docs/domain.md §7; docs/reports.md): figures as plain data. Pure. */
import { usage } from '../errors.js';
import { BACKLOG_METRICS, backlogReport } from './backlog.js';
import { CUSTOMER_METRICS, customerReport } from './customer.js';
import { HOTSPOTS_METRICS, hotspotsReport } from './hotspots.js';
import type { Report, ReportInput } from './input.js';
import type { MetricDef } from './metrics.js';
import { RESOLUTION_METRICS, resolutionReport } from './resolution.js';
import { SALES_METRICS, salesReport } from './sales.js';
import { SATISFACTION_METRICS, satisfactionReport } from './satisfaction.js';
import { SLA_METRICS, slaReport } from './sla.js';
import { UTILIZATION_METRICS, utilizationReport } from './utilization.js';
import { text as say, type Key, type Text } from '../../i18n/keys.js';

export interface ReportDef {
  /** What the report shows: a text of the catalog, said in the reader's language. */
  readonly description: Key;
  readonly metrics: readonly MetricDef[];
  readonly build: (input: ReportInput) => Report;
}

export const REPORTS = {
  utilization: {
    description: 'helpReport.aboutUtilization',
    metrics: UTILIZATION_METRICS,
    build: utilizationReport,
  },
  sla: {
    description: 'helpReport.aboutSla',
    metrics: SLA_METRICS,
    build: slaReport,
  },
  resolution: {
    description: 'helpReport.aboutResolution',
    metrics: RESOLUTION_METRICS,
    build: resolutionReport,
  },
  hotspots: {
    description: 'helpReport.aboutHotspots',
    metrics: HOTSPOTS_METRICS,
    build: hotspotsReport,
  },
  satisfaction: {
    description: 'helpReport.aboutSatisfaction',
    metrics: SATISFACTION_METRICS,
    build: satisfactionReport,
  },
  sales: {
    description: 'helpReport.aboutSales',
    metrics: SALES_METRICS,
    build: salesReport,
  },
  customer: {
    description: 'helpReport.aboutCustomer',
    metrics: CUSTOMER_METRICS,
    build: customerReport,
  },
  backlog: {
    description: 'helpReport.aboutBacklog',
    metrics: BACKLOG_METRICS,
    build: backlogReport,
  },
} as const satisfies Record<string, ReportDef>;

export type ReportName = keyof typeof REPORTS;
export const REPORT_NAMES = Object.keys(REPORTS) as ReportName[];

/** The report a person named; refused with the list of reports otherwise. */
export function reportNamed(name: string | undefined): { name: ReportName; def: ReportDef } {
  const list = REPORT_NAMES.map((n) =>
    say('reportCli.reportsEntry', { name: n, about: say(REPORTS[n].description) }),
  ).reduce((a: Text, b) => say('reportCli.reportsJoin', { a, b }));
  if (name === undefined) throw usage(say('reportCli.whichReport'), say('reportCli.reports', { list }));
  if (!(REPORT_NAMES as string[]).includes(name))
    throw usage(say('reportCli.unknownReport', { name }), say('reportCli.reports', { list: REPORT_NAMES.join(', ') }));
  return { name: name as ReportName, def: REPORTS[name as ReportName] };
}

export type { Report, ReportInput } from './input.js';
export type { MetricDef, MetricValues, Threshold, Failure } from './metrics.js';
export { parseThreshold, failures, describeFailure } from './metrics.js';
export { parseAsOf, reportPeriod, type AsOf, type ReportPeriod } from './period.js';
