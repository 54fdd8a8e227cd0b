/** What every layout shares: the lines under the title, names for ids, instants for people. */
import type { Report } from '../../../core/reports/index.js';
import type { MetricDef } from '../../../core/reports/metrics.js';
import { figures, type FiguresBlock, type Unit } from '../document.js';

export interface LayoutContext {
  /** Short ticket ids, as people type them. */
  readonly short: ReadonlyMap<string, string>;
  readonly staffName: (id: string) => string;
  readonly customerName: (id: string) => string;
  /** Long detail tables are left out of the terminal format, which says where to find them. */
  readonly terminal?: boolean;
}

export function meta(report: Report, ctx: LayoutContext): string[] {
  const p = report.period;
  const lines = [
    `As of ${report.asOf} (company time)`,
    `Period ${p.label}: ${p.from} to ${p.through}${p.partial ? ` (running, ends ${p.to})` : ''}`,
  ];
  if (report.customer) lines.push(`Customer ${ctx.customerName(report.customer)} (${report.customer})`);
  return lines;
}

/** An ISO instant with the company's offset, as people read it: `2026-11-20 15:30`. */
export const time = (iso: string | undefined) => (iso === undefined ? null : iso.slice(0, 16).replace('T', ' '));

export const ticket = (ctx: LayoutContext, id: string) => ctx.short.get(id) ?? id;

const UNITS: Record<MetricDef['unit'], Unit> = {
  percent: 'percent',
  count: 'count',
  hours: 'hours',
  score: 'score',
  days: 'days',
};

/** The report's metrics as key figures, labelled, with the name `--fail-*` takes. */
export function keyFigures(report: Report, defs: readonly MetricDef[], labels: Record<string, string>): FiguresBlock {
  return figures(
    defs
      .filter((d) => labels[d.name] !== undefined)
      .map((d) => ({
        label: labels[d.name] as string,
        value: report.metrics[d.name] ?? null,
        unit: UNITS[d.unit],
        metric: d.name,
      })),
  );
}
