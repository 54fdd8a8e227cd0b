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
import { text as say } from '../../i18n/keys.js';

export interface ReportDef {
  readonly description: string;
  readonly metrics: readonly MetricDef[];
  readonly build: (input: ReportInput) => Report;
}

export const REPORTS = {
  utilization: {
    description: 'quota and commitment use per customer, trend and projection',
    metrics: UTILIZATION_METRICS,
    build: utilizationReport,
  },
  sla: {
    description: 'reaction-time compliance by contract, priority and staff; the breaches',
    metrics: SLA_METRICS,
    build: slaReport,
  },
  resolution: {
    description: 'first-contact resolution, escalations, reopenings, time to resolve, knowledge-base use',
    metrics: RESOLUTION_METRICS,
    build: resolutionReport,
  },
  hotspots: {
    description:
      'requests by product/module and category against the previous period; top customers; recurring problems',
    metrics: HOTSPOTS_METRICS,
    build: hotspotsReport,
  },
  satisfaction: {
    description: 'feedback scores and comments by customer, staff and product; trend',
    metrics: SATISFACTION_METRICS,
    build: satisfactionReport,
  },
  sales: {
    description: 'customers to offer a bigger contract or a first one, customers at risk, extension demand',
    metrics: SALES_METRICS,
    build: salesReport,
  },
  customer: {
    description: 'one customer: open tickets, reaction times, utilisation, satisfaction, changes, handoffs, invoices',
    metrics: CUSTOMER_METRICS,
    build: customerReport,
  },
  backlog: {
    description: 'open tickets by level and age, waiting ones, unassigned ones',
    metrics: BACKLOG_METRICS,
    build: backlogReport,
  },
} as const satisfies Record<string, ReportDef>;

export type ReportName = keyof typeof REPORTS;
export const REPORT_NAMES = Object.keys(REPORTS) as ReportName[];

/** The report a person named; refused with the list of reports otherwise. */
export function reportNamed(name: string | undefined): { name: ReportName; def: ReportDef } {
  const list = REPORT_NAMES.map((n) => `${n} (${REPORTS[n].description})`).join('; ');
  if (name === undefined) throw usage(say('reportCli.whichReport'), say('reportCli.reports', { list }));
  if (!(REPORT_NAMES as string[]).includes(name))
    throw usage(say('reportCli.unknownReport', { name }), say('reportCli.reports', { list: REPORT_NAMES.join(', ') }));
  return { name: name as ReportName, def: REPORTS[name as ReportName] };
}

export type { Report, ReportInput } from './input.js';
export type { MetricDef, MetricValues, Threshold, Failure } from './metrics.js';
export { parseThreshold, failures, describeFailure } from './metrics.js';
export { parseAsOf, reportPeriod, type AsOf, type ReportPeriod } from './period.js';
