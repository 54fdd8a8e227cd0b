/**
 * The few statistics reports use, each rounded once, the same way everywhere, so that a figure
 * in a table, in JSON and in a `--fail-under` check is the same number (docs/reports.md).
 */

/** `part` of `whole` in percent, one decimal, half up; null when there is nothing to divide. */
export function percent(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.round((part * 1000) / whole) / 10;
}

/** The middle value; for an even count the mean of the two middle ones, to the whole minute. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : Math.round(((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2);
}

/** Nearest rank: the smallest value with at least p % of the values at or below it. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/** The mean, two decimals, half up; null for no values. */
export function average(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return Math.round((values.reduce((s, v) => s + v, 0) * 100) / values.length) / 100;
}

/** Minutes as hours with two decimals: the unit of duration metrics in `--fail-*`. */
export function hoursOf(minutes: number | null): number | null {
  return minutes === null ? null : Math.round((minutes * 100) / 60) / 100;
}

export function maxOf(values: readonly (number | null)[]): number | null {
  let max: number | null = null;
  for (const v of values) if (v !== null && (max === null || v > max)) max = v;
  return max;
}

/** Counts by key, keys in first-seen order. */
export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** Groups by key, keys sorted by plain code-unit order (never the machine's locale). */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.entries()].sort(([a], [b]) => byText(a, b));
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
