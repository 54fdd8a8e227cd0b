import type { DateRange, IsoDate } from './types.js';

/*
 * Calendar-day arithmetic on ISO strings. UTC is used only as a neutral day counter: the days
 * are already company-local, so no time zone may shift them.
 */

const DAY_MS = 86_400_000;

export function splitDate(iso: IsoDate): [number, number, number] {
  const [y = NaN, m = NaN, d = NaN] = iso.split('-').map(Number);
  return [y, m, d];
}

export function isoOf(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  const [y, m, d] = splitDate(iso);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const [y, m, d] = splitDate(from);
  const [y2, m2, d2] = splitDate(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y, m - 1, d)) / DAY_MS);
}

/**
 * `months` after `iso`, keeping its day of month and clamping to the month's end (Jan 31 + 1 →
 * Feb 28). Always counted from the same anchor, so Jan 31 + 2 is Mar 31, not Mar 28.
 */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const [y, m, d] = splitDate(iso);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoOf(year, month, Math.min(d, daysInMonth(year, month)));
}

export function monthsFrom(anchor: IsoDate, iso: IsoDate): number {
  const [y0, m0] = splitDate(anchor);
  const [y, m] = splitDate(iso);
  return (y - y0) * 12 + (m - m0);
}

export const inRange = (iso: IsoDate, range: DateRange) => iso >= range.from && iso <= range.to;

export const overlaps = (a: DateRange, b: DateRange) => a.from <= b.to && b.from <= a.to;

export const minDate = (a: IsoDate, b: IsoDate) => (a < b ? a : b);
export const maxDate = (a: IsoDate, b: IsoDate) => (a > b ? a : b);
