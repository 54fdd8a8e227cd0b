/**
 * Metrics: the named figures of a report that `--fail-under` and `--fail-over` check in CI.
 * A metric has one unit; its value is the same rounded number the report shows.
 */
import { parseDuration } from '../duration.js';
import { usage } from '../errors.js';
import { text as say, type Text } from '../../i18n/keys.js';

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
      say('reportCli.notMetricValue', { flag, value: text }),
      say('reportCli.notMetricValueHint', {
        flag,
        example: `${defs[0]?.name ?? 'metric'}=${bound === 'under' ? 95 : 0}`,
      }),
    );
  const [, metric = '', raw = ''] = m;
  const def = defs.find((d) => d.name === metric);
  if (!def)
    throw usage(
      say('reportCli.noMetric', { flag, report, metric }),
      say('reportCli.noMetricHint', { report, list: defs.map((d) => d.name).join(', ') }),
    );
  return { metric, bound, value: valueOf(raw.trim(), def, flag) };
}

function valueOf(raw: string, def: MetricDef, flag: string): number {
  if (/^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (def.unit === 'hours') {
    const minutes = parseDuration(raw);
    if (minutes !== undefined) return minutes / 60;
  }
  throw usage(
    say('reportCli.notMetricNumber', { flag, value: raw, metric: def.name }),
    say('reportCli.notMetricNumberHint', { metric: def.name, unit: def.unit }),
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

export function describeFailure(f: Failure): Text {
  if (f.actual === null) return say('reportCli.failureNoValue', { metric: f.metric, bound: f.bound, value: f.value });
  return say('reportCli.failure', { metric: f.metric, actual: f.actual, bound: f.bound, value: f.value });
}
