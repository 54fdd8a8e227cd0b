/**
 * When a report looks: `--as-of` (what was known then) and `--period` (which month, quarter or
 * year it counts). Both are read in the company's time zone, never the machine's.
 */
import { TZDate } from '@date-fns/tz';
import { parsePeriod } from '../billing/period-text.js';
import { addDays, addMonths, daysInMonth, isoOf, minDate, splitDate } from '../billing/dates.js';
import type { IsoDate, LabelledRange } from '../billing/types.js';
import { usage } from '../errors.js';
import { localDay, parseInstant, requirePlausibleYear, toZonedIso } from '../time.js';
import { text as say } from '../../i18n/keys.js';

export interface AsOf {
  /** The last instant counted: events recorded after it have not happened yet. */
  readonly at: Date;
  /** Its company-local day. */
  readonly day: IsoDate;
  /** As people read it: `2026-11-26` (the end of that day) or `2026-11-26 15:30`. */
  readonly label: string;
}

export type PeriodKind = 'month' | 'quarter' | 'year';

export interface ReportPeriod extends LabelledRange {
  kind: PeriodKind;
  /** The last day counted: the period's end, or the as-of day while the period runs. */
  through: IsoDate;
  /** True while the period runs (as-of before its last day). */
  partial: boolean;
}

/** The last instant of a company-local day. */
export function endOfDay(day: IsoDate, timeZone: string): Date {
  const [y, m, d] = splitDate(addDays(day, 1));
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, timeZone).getTime() - 1);
}

/**
 * `--as-of`: a day means the end of that day; a time (`2026-11-26 12:00`, or ISO with offset)
 * that instant. Absent: `now`. A day after today is refused: it would guess at the future.
 */
export function parseAsOf(text: string | undefined, now: Date, timeZone: string): AsOf {
  const today = localDay(now, timeZone);
  if (text === undefined)
    return { at: now, day: today, label: toZonedIso(now, timeZone).slice(0, 16).replace('T', ' ') };
  const s = text.trim();
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(s);
  const at = dayOnly ? endOfDay(realDay(s), timeZone) : parseInstant(s, timeZone, '--as-of');
  const day = localDay(at, timeZone);
  if (day > today) throw usage(say('reportCli.asOfFuture', { value: s, today }), say('reportCli.asOfFutureHint'));
  return { at, day, label: dayOnly ? day : toZonedIso(at, timeZone).slice(0, 16).replace('T', ' ') };
}

function realDay(s: string): IsoDate {
  const [y, m, d] = splitDate(s);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m))
    throw usage(say('reportCli.asOfNotDate', { value: s }), say('reportCli.asOfNotDateHint'));
  requirePlausibleYear(y, s, '--as-of');
  return s;
}

/** `--period` (default: the month of the as-of day), refused when it starts after the as-of day. */
export function reportPeriod(text: string | undefined, asOf: AsOf): ReportPeriod {
  if (text !== undefined && text.trim() === '') throw usage(say('reportCli.periodEmpty'), say('reportCli.periodHint'));
  const range = parsePeriod(text ?? asOf.day.slice(0, 7));
  if (range.from > asOf.day) {
    throw usage(
      say('reportCli.periodNotBegun', { label: range.label, asOf: asOf.label }),
      say('reportCli.periodNotBegunHint', { month: asOf.day.slice(0, 7) }),
    );
  }
  return withThrough(range, asOf.day);
}

function withThrough(range: LabelledRange, asOfDay: IsoDate): ReportPeriod {
  const through = minDate(range.to, asOfDay);
  return { ...range, kind: kindOf(range.label), through, partial: through < range.to };
}

function kindOf(label: string): PeriodKind {
  if (/^\d{4}$/.test(label)) return 'year';
  return /Q/.test(label) ? 'quarter' : 'month';
}

const MONTHS: Record<PeriodKind, number> = { month: 1, quarter: 3, year: 12 };

/** The period of the same kind `n` periods before (n = 1: the previous one), complete. */
export function shiftPeriod(period: ReportPeriod, n: number, asOfDay: IsoDate): ReportPeriod {
  const from = addMonths(period.from, -n * MONTHS[period.kind]);
  const [y, m] = splitDate(from);
  const label =
    period.kind === 'year' ? String(y) : period.kind === 'quarter' ? `${y}-Q${(m + 2) / 3}` : from.slice(0, 7);
  const [ly, lm] = splitDate(addMonths(from, MONTHS[period.kind] - 1));
  return withThrough({ from, to: isoOf(ly, lm, daysInMonth(ly, lm)), label }, asOfDay);
}

/** The `count` periods ending with `period`, oldest first: the points of a trend. */
export function trendPeriods(period: ReportPeriod, count: number, asOfDay: IsoDate): ReportPeriod[] {
  return Array.from({ length: count }, (_, i) =>
    i === count - 1 ? period : shiftPeriod(period, count - 1 - i, asOfDay),
  );
}

/** Whole calendar days from `from` to `to`, both counted: 1 for the same day. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}
