/*
 * Days and instants as they are written in files and typed as flags, checked to exist. Date.parse
 * rolls 2026-02-30 over to 2 March and Date.UTC reads the years 0 to 99 as 1900 to 1999, so
 * neither may judge what a person wrote: each part is compared with what it names.
 */

/** The years desk takes where a person types a day or an instant: anything else is a typo. */
export const FIRST_YEAR = 1970;
export const LAST_YEAR = 9999;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(?:Z|([+-])(\d{2}):?(\d{2}))$/;

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const dayExists = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);

/** `2026-11-26` as a day of the calendar: 2026-02-30 and 2026-10-32 are not. */
export function isRealDay(text: string): boolean {
  const m = DAY.exec(text);
  return m !== null && dayExists(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** A wall-clock time of a day: hours 0–23, minutes and seconds 0–59. */
export const isRealTime = (h: number, mi: number, s: number) => h <= 23 && mi <= 59 && s <= 59;

/**
 * An ISO 8601 instant with its offset (`2026-11-26T09:00:00+01:00`, or Z), when the date, the
 * time and the offset it writes all exist; otherwise undefined.
 */
export function writtenInstant(text: string): Date | undefined {
  const m = INSTANT.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (!dayExists(y, mo, d) || !isRealTime(h, mi, s)) return undefined;
  if (m[8] !== undefined && (Number(m[9]) > 23 || Number(m[10]) > 59)) return undefined;
  const ms = Date.parse(text.replace(' ', 'T'));
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

/** True when a typed year is one desk takes (FIRST_YEAR to LAST_YEAR). */
export const plausibleYear = (year: number) => year >= FIRST_YEAR && year <= LAST_YEAR;
