/**
 * Service time: the instants at which support is on duty, and deadlines counted in it.
 *
 * Each local day's service intervals are converted to instants once (in the calendar's time
 * zone, so DST days have their real length) and memoised; every computation walks day by day
 * over them, never minute by minute.
 */
import type { CalendarConfig } from './config.js';
import { publicHolidayLookup, type HolidayMemory } from './holidays.js';
import { instantAt, isoOfLocalDay, localDayFromIso, localDayOf, weekdayOf, type LocalDay } from './local-day.js';
import { parseDayHours, weekdays, type DailyInterval, type Weekday } from './service-hours.js';

/** Half-open [start, end) in epoch milliseconds. */
interface Span {
  readonly start: number;
  readonly end: number;
}

export interface BusinessCalendar {
  readonly config: CalendarConfig;
  readonly timeZone: string;
  readonly isPublicHoliday: (isoDate: string) => boolean;
  readonly closingDays: ReadonlySet<string>;
  /** Service spans of one local day, sorted; empty when closed. Memoised. */
  readonly spansOn: (day: LocalDay) => readonly Span[];
}

const MINUTE_MS = 60 * 1000;
/** Holidays and closing days can never close ten years in a row; past that, the config is broken. */
const SEARCH_LIMIT_DAYS = 3660;

/**
 * `config` is a validated one (calendarConfigSchema's output: desk.yaml, a contract's override
 * applied to it), so it is not validated again: that would load zod and date-holidays for every
 * command that prints a deadline. `holidays` remembers computed public holidays between runs.
 */
export function buildCalendar(config: CalendarConfig, holidays?: HolidayMemory): BusinessCalendar {
  const weekly = Object.fromEntries(weekdays.map((day) => [day, parseDayHours(config.hours[day])])) as Record<
    Weekday,
    DailyInterval[]
  >;
  const isPublicHoliday = publicHolidayLookup(config.holidays, holidays);
  const closingDays = new Set(config.closingDays);
  const memo = new Map<LocalDay, readonly Span[]>();

  const spansOn = (day: LocalDay): readonly Span[] => {
    let spans = memo.get(day);
    if (spans === undefined) {
      const iso = isoOfLocalDay(day);
      spans = closingDays.has(iso) || isPublicHoliday(iso) ? [] : toSpans(day, weekly[weekdayOf(day)], config.timeZone);
      memo.set(day, spans);
    }
    return spans;
  };

  return { config, timeZone: config.timeZone, isPublicHoliday, closingDays, spansOn };
}

/**
 * Wall-clock intervals become instants, so a DST jump inside one shortens or lengthens it. A wall
 * time skipped in spring reads as moved forward by the gap, which can make an interval empty.
 */
function toSpans(day: LocalDay, intervals: readonly DailyInterval[], timeZone: string): Span[] {
  const spans: Span[] = [];
  for (const { start, end } of intervals) {
    const span = { start: instantAt(day, start, timeZone), end: instantAt(day, end, timeZone) };
    if (span.end <= span.start) continue;
    const last = spans[spans.length - 1];
    if (last && span.start < last.end)
      spans[spans.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    else spans.push(span);
  }
  return spans;
}

function* daysFrom(cal: BusinessCalendar, instantMs: number): Generator<readonly Span[]> {
  const first = localDayOf(instantMs, cal.timeZone);
  for (let day = first; day < first + SEARCH_LIMIT_DAYS; day++) yield cal.spansOn(day);
  throw new Error(
    `no service hours within ${SEARCH_LIMIT_DAYS} days after ${new Date(instantMs).toISOString()}: check the calendar's hours and closing days`,
  );
}

/** `instant` itself when support is on duty then, else the start of the next service interval. */
export function nextOpening(cal: BusinessCalendar, instant: Date): Date {
  const t = instant.getTime();
  for (const spans of daysFrom(cal, t)) {
    for (const span of spans) {
      if (t < span.end) return new Date(Math.max(t, span.start));
    }
  }
  throw new Error('unreachable');
}

/**
 * The instant at which `minutes` of service time have passed since `start`; the clock starts at
 * the next opening. A deadline reached exactly at the end of an interval stays there (Friday
 * 17:00, not Monday 08:00); zero minutes give the next opening.
 */
export function addServiceMinutes(cal: BusinessCalendar, start: Date, minutes: number): Date {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`service minutes must be a finite number >= 0, got ${minutes}`);
  }
  const t = start.getTime();
  let remaining = Math.round(minutes * MINUTE_MS);
  for (const spans of daysFrom(cal, t)) {
    for (const span of spans) {
      if (span.end <= t) continue;
      const from = Math.max(t, span.start);
      const available = span.end - from;
      if (remaining <= available) return new Date(from + remaining);
      remaining -= available;
    }
  }
  throw new Error('unreachable');
}

/**
 * Service minutes in [from, to), possibly fractional when the instants are not on whole
 * minutes. Antisymmetric: when `to` is before `from` the result is minus the reverse span.
 */
export function serviceMinutesBetween(cal: BusinessCalendar, from: Date, to: Date): number {
  const [a, b] = [from.getTime(), to.getTime()];
  if (b < a) return -serviceMinutesBetween(cal, to, from);
  const lastDay = localDayOf(b, cal.timeZone);
  let total = 0;
  for (let day = localDayOf(a, cal.timeZone); day <= lastDay; day++) {
    for (const span of cal.spansOn(day)) total += Math.max(0, Math.min(span.end, b) - Math.max(span.start, a));
  }
  return total / MINUTE_MS;
}

export function isServiceTime(cal: BusinessCalendar, instant: Date): boolean {
  const t = instant.getTime();
  return cal.spansOn(localDayOf(t, cal.timeZone)).some((span) => span.start <= t && t < span.end);
}

/** A public holiday of the calendar's region (closing days are not holidays: see isClosingDay). */
export function isHoliday(cal: BusinessCalendar, isoDate: string): boolean {
  return cal.isPublicHoliday(checkedIsoDate(isoDate));
}

export function isClosingDay(cal: BusinessCalendar, isoDate: string): boolean {
  return cal.closingDays.has(checkedIsoDate(isoDate));
}

/** The service intervals of one local date as instants; empty on weekends, holidays and closing days. */
export function serviceIntervalsOn(cal: BusinessCalendar, isoDate: string): { start: Date; end: Date }[] {
  const spans = cal.spansOn(localDayFromIso(checkedIsoDate(isoDate)));
  return spans.map((span) => ({ start: new Date(span.start), end: new Date(span.end) }));
}

// Without a year, date-holidays would quietly pick the current one: read the clock.
function checkedIsoDate(isoDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new RangeError(`"${isoDate}" is not an ISO date (YYYY-MM-DD)`);
  return isoDate;
}
