/**
 * Local calendar days as integers (days since 1970-01-01 of the wall calendar, not of UTC),
 * so that walking "the next day" is `+ 1` and a day can key a memo table.
 */
import { TZDate, tzOffset } from '@date-fns/tz';
import { weekdays, type Weekday } from './service-hours.js';

export type LocalDay = number;

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

/** The wall-calendar day in `timeZone` at `instantMs`. */
export function localDayOf(instantMs: number, timeZone: string): LocalDay {
  return Math.floor((instantMs + offsetMinutesAt(instantMs, timeZone) * MINUTE_MS) / DAY_MS);
}

/**
 * Asking Intl for an offset costs microseconds, and every service-time computation needs a few:
 * too slow for 100,000 tickets. So the offset is remembered per UTC day on which it does not
 * change (every day but the DST days), which holds as long as no zone changes its offset twice
 * within one day and back.
 */
const steadyOffsets = new Map<string, Map<number, number | null>>();

function offsetMinutesAt(instantMs: number, timeZone: string): number {
  let zone = steadyOffsets.get(timeZone);
  if (!zone) steadyOffsets.set(timeZone, (zone = new Map()));
  const utcDay = Math.floor(instantMs / DAY_MS);
  let steady = zone.get(utcDay);
  if (steady === undefined) {
    const first = tzOffset(timeZone, new Date(utcDay * DAY_MS));
    steady = first === tzOffset(timeZone, new Date((utcDay + 1) * DAY_MS - 1)) ? first : null;
    zone.set(utcDay, steady);
  }
  return steady ?? tzOffset(timeZone, new Date(instantMs));
}

export function localDayFromIso(isoDate: string): LocalDay {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

export function isoOfLocalDay(day: LocalDay): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function weekdayOf(day: LocalDay): Weekday {
  return weekdays[new Date(day * DAY_MS).getUTCDay()] as Weekday;
}

/**
 * The instant at which the wall clock in `timeZone` shows `minuteOfDay` on `day` (1440 = the
 * next midnight). TZDate resolves the DST edge cases: a time skipped in spring moves forward by
 * the gap (02:30 → 03:30), a time seen twice in autumn means its second occurrence.
 */
export function instantAt(day: LocalDay, minuteOfDay: number, timeZone: string): number {
  const date = new Date(day * DAY_MS);
  return new TZDate(
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate(),
    Math.floor(minuteOfDay / 60),
    minuteOfDay % 60,
    timeZone,
  ).getTime();
}
