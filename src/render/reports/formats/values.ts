/**
 * Values for people (terminal, Markdown, HTML) and for spreadsheets (CSV). Never through the
 * machine's locale: the same report prints the same bytes on every machine.
 */
import { formatDuration } from '../../../core/duration.js';
import { displayMoney, formatMoney } from '../../../core/money.js';
import type { Column, Unit, Value } from '../document.js';
import { formatAmount, formatNumber } from '../../../i18n/format.js';
import type { Language } from '../../../i18n/index.js';

export const NONE = '–';
const BARS = '▁▂▃▄▅▆▇█';

/** A series as a one-line sparkline; a gap for a missing value. */
export function sparkline(values: readonly (number | null)[], scale?: number): string {
  const max = scale ?? Math.max(0, ...values.map((v) => v ?? 0));
  return values
    .map((v) => {
      if (v === null) return ' ';
      const level = max <= 0 ? 0 : Math.round((Math.min(v, max) / max) * (BARS.length - 1));
      return BARS[Math.max(0, level)];
    })
    .join('');
}

/** The scale a trend column is drawn at: the largest value in the column, or its reference level if larger. */
export function trendScale(column: Column, rows: readonly (readonly Value[])[], index: number): number {
  let max = column.reference ?? 0;
  for (const row of rows) {
    const v = row[index];
    if (Array.isArray(v)) for (const x of v as (number | null)[]) if (x !== null && x > max) max = x;
  }
  return max;
}

/**
 * For people: `87.5%`, `13:30` (hours:minutes, also for figures in hours), `€1,200.00`, `4.25`;
 * in German `87,5 %`, `1.200,00 €`, `4,25` (Intl, i18n/format.ts).
 */
export function human(value: Value, unit: Unit, scale?: number, lang: Language = 'en'): string {
  if (value === null) return NONE;
  if (Array.isArray(value)) return sparkline(value as (number | null)[], scale);
  if (typeof value === 'string') return value;
  const n = value as number;
  if (lang === 'de') return german(n, unit);
  switch (unit) {
    case 'percent':
      return `${n.toFixed(1)}%`;
    case 'minutes':
      return formatDuration(n);
    case 'hours':
      // hours:minutes as everywhere else people read durations (show, usage, time tables)
      return `${formatDuration(Math.round(n * 60))} h`;
    case 'cents':
      return displayMoney(n, 'en');
    case 'score':
      return n.toFixed(2);
    default:
      return String(n);
  }
}

function german(n: number, unit: Unit): string {
  const fixed = (digits: number) =>
    new Intl.NumberFormat('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
  switch (unit) {
    case 'percent':
      return `${fixed(1)} %`;
    case 'minutes':
      return formatDuration(n);
    case 'hours':
      return `${formatDuration(Math.round(n * 60))} h`;
    case 'cents':
      return formatAmount(n, 'de');
    case 'score':
      return fixed(2);
    default:
      return formatNumber(n, 'de');
  }
}

export type CsvLocale = 'en' | 'de';

/** For spreadsheets: plain numbers (hours as decimals, money in EUR), `,` or the German decimal comma. */
export function plain(value: Value, unit: Unit, locale: CsvLocale): string {
  if (value === null) return '';
  const decimal = (s: string) => (locale === 'de' ? s.replace('.', ',') : s);
  if (Array.isArray(value))
    return (value as (number | null)[]).map((v) => (v === null ? NONE : decimal(String(v)))).join(' ');
  if (typeof value === 'string') return value;
  const n = value as number;
  switch (unit) {
    case 'percent':
      return decimal(n.toFixed(1));
    case 'minutes':
      return decimal((n / 60).toFixed(2));
    case 'hours':
      return decimal(n.toFixed(2));
    case 'cents':
      return decimal(formatMoney(n));
    case 'score':
      return decimal(n.toFixed(2));
    default:
      return decimal(String(n));
  }
}

/** The unit a CSV header names, so that a bare number in a cell is unambiguous. */
export function plainHeader(header: string, unit: Unit): string {
  const suffix: Partial<Record<Unit, string>> = { percent: ' (%)', minutes: ' (h)', hours: ' (h)', cents: ' (EUR)' };
  return header + (suffix[unit] ?? '');
}

export const isNumeric = (unit: Unit) => unit !== 'text' && unit !== 'trend';
