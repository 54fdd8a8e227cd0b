/**
 * Metrics: the named figures of a report that `--fail-under` and `--fail-over` check in CI.
 * A metric has one unit; its value is the same rounded number the report shows.
 */
import { parseDuration } from '../duration.js';
import { usage } from '../errors.js';

export type MetricUnit = 'percent' | 'count' | 'hours' | 'score' | 'days';

export interface MetricDef {
  readonly name: string;
  readonly unit: MetricUnit;
  readonly description: string;
}

/** A report's metric values by name; null when the period has nothing to compute it from. */
export type MetricValues = Record<string, number | null>;

export interface Threshold {
  readonly metric: string;
  readonly bound: 'under' | 'over';
  readonly value: number;
}

export interface Failure extends Threshold {
  readonly actual: number | null;
}

/** `sla.compliance=95`, `sla.p90=4h`: refused naming the valid metrics when the name is unknown. */
export function parseThreshold(
  text: string,
  bound: Threshold['bound'],
  defs: readonly MetricDef[],
  report: string,
): Threshold {
  const flag = `--fail-${bound}`;
  const m = /^([a-z0-9.-]+)=(.+)$/i.exec(text.trim());
  if (!m)
    throw usage(
      `${flag}: "${text}" is not METRIC=VALUE`,
      `for example ${flag} ${defs[0]?.name ?? 'metric'}=${bound === 'under' ? 95 : 0}`,
    );
  const [, metric = '', raw = ''] = m;
  const def = defs.find((d) => d.name === metric);
  if (!def)
    throw usage(
      `${flag}: report ${report} has no metric "${metric}"`,
      `metrics of ${report}: ${defs.map((d) => d.name).join(', ')}`,
    );
  return { metric, bound, value: valueOf(raw.trim(), def, flag) };
}

function valueOf(raw: string, def: MetricDef, flag: string): number {
  if (/^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (def.unit === 'hours') {
    const minutes = parseDuration(raw);
    if (minutes !== undefined) return minutes / 60;
  }
  const form =
    def.unit === 'hours'
      ? 'hours like 4, 1.5 or a duration like 1h30m'
      : def.unit === 'percent'
        ? 'percent like 95 or 97.5'
        : 'a number like 3';
  throw usage(
    `${flag}: "${raw}" is not a value for ${def.name}`,
    `${def.name} is ${def.unit === 'count' ? 'a count' : `in ${def.unit}`}: give ${form}`,
  );
}

/** The thresholds not met. A metric without a value cannot be shown to meet one, so it fails. */
export function failures(values: MetricValues, thresholds: readonly Threshold[]): Failure[] {
  return thresholds.flatMap((t) => {
    const actual = values[t.metric] ?? null;
    const ok = actual !== null && (t.bound === 'under' ? actual >= t.value : actual <= t.value);
    return ok ? [] : [{ ...t, actual }];
  });
}

export function describeFailure(f: Failure): string {
  if (f.actual === null)
    return `${f.metric} has no value in this period (needed ${f.bound === 'under' ? 'at least' : 'at most'} ${f.value})`;
  return `${f.metric} is ${f.actual}, ${f.bound === 'under' ? 'under' : 'over'} ${f.value}`;
}
