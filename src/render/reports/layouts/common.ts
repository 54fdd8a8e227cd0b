/** What every layout shares: the lines under the title, names for ids, instants for people. */
import type { Report } from '../../../core/reports/index.js';
import type { MetricDef } from '../../../core/reports/metrics.js';
import { figures, type FiguresBlock, type Unit } from '../document.js';
import type { Language, Say } from '../../../i18n/index.js';
import { formatAmount, formatDay } from '../../../i18n/format.js';
import { displayMoney } from '../../../core/money.js';
import { describeDuration } from '../../../core/duration.js';
import { describeSpan } from '../../../i18n/format.js';
import { CATEGORIES, PRIORITIES, STATUSES } from '../../../core/ticket/vocabulary.js';

export interface LayoutContext {
  /** The language of every word the layout says, and `say` to say it (marked or not, as the run wants). */
  readonly lang: Language;
  readonly say: Say;
  /** Short ticket ids, as people type them. */
  readonly short: ReadonlyMap<string, string>;
  readonly staffName: (id: string) => string;
  readonly customerName: (id: string) => string;
  /** Long detail tables are left out of the terminal format, which says where to find them. */
  readonly terminal?: boolean;
}

export function meta(report: Report, ctx: LayoutContext): string[] {
  const p = report.period;
  const d = (x: string) => day(ctx, x);
  const lines = [
    ctx.say('report.asOf', { at: d(report.asOf) }),
    p.partial
      ? ctx.say('report.periodRunning', { label: p.label, from: d(p.from), through: d(p.through), to: d(p.to) })
      : ctx.say('report.period', { label: p.label, from: d(p.from), through: d(p.through) }),
  ];
  if (report.customer)
    lines.push(ctx.say('report.customerLine', { name: ctx.customerName(report.customer), id: report.customer }));
  return lines;
}

/** The report's title in the reader's language (`--json` keeps the English one). */
export const title = (report: Report, ctx: LayoutContext, values?: Record<string, string>) =>
  ctx.say(`report.title_${report.report}` as 'report.title_sla', values);

/** A day, or text starting with one (`2026-12-06 14:00`), as the reader writes days: `06.12.2026 14:00`. */
export function day(ctx: LayoutContext, text: string): string {
  const m = /^(\d{4}-\d\d-\d\d)(.*)$/s.exec(text);
  return m ? formatDay(m[1]!, ctx.lang) + m[2]! : text;
}

/** An ISO instant with the company's offset, as people read it: `2026-11-20 15:30` (German `20.11.2026 15:30`). */
export const time = (ctx: LayoutContext, iso: string | undefined) =>
  iso === undefined ? null : day(ctx, iso.slice(0, 16).replace('T', ' '));

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

/** A value of the domain's closed sets named in the reader's language; any other key (a product, `none`) as it is. */
export function named(ctx: LayoutContext, set: 'status' | 'priority' | 'category', value: string): string {
  const known: readonly string[] = set === 'status' ? STATUSES : set === 'priority' ? PRIORITIES : CATEGORIES;
  return known.includes(value) ? ctx.say(`${set}.${value}` as 'status.new') : value;
}

/** A contract kind (`service`, `commitment`) in the reader's words; anything else (a contract id) as it is. */
export function contractName(ctx: LayoutContext, value: string): string {
  return value === 'service' || value === 'commitment' ? ctx.say('report.kindWord', { kind: value }) : value;
}

/** A reaction row's key, `acme service` or `dorn (no contract)` (core/reports/clock.ts), in the reader's words. */
export function contractKey(ctx: LayoutContext, key: string): string {
  if (key.endsWith(' (no contract)'))
    return `${key.slice(0, -' (no contract)'.length)} ${ctx.say('report.noContract')}`;
  const space = key.lastIndexOf(' ');
  return space < 0 ? key : `${key.slice(0, space)} ${contractName(ctx, key.slice(space + 1))}`;
}

/** Money in running text: `€1,200.00`, German `1.200,00 €`. */
export const money = (ctx: LayoutContext, cents: number) =>
  ctx.lang === 'en' ? displayMoney(cents, 'en') : formatAmount(cents, ctx.lang);

/** A duration in running text: `1h 30m`, German `1 Std. 30 Min.`. */
export const span = (ctx: LayoutContext, minutes: number) =>
  ctx.lang === 'en' ? describeDuration(minutes) : describeSpan(minutes, ctx.lang);
