import type { Cents } from '../core/money.js';
import { formatMoney } from '../core/money.js';
import { formatDuration, describeDuration } from '../core/duration.js';
import { language } from './index.js';
import { LOCALE, type Language } from './language.js';
import { dayIn } from './figures.js';

/**
 * Numbers, money, days and durations as the reader writes them, through the platform's Intl:
 * German `1.234,50 €`, `06.12.2026`, `1:30 h`. English keeps the forms desk has always printed
 * (ISO days, `1:30`, `1h 30m`), which scripts and the existing documentation rely on.
 */
export function formatNumber(value: number, lang: Language = language()): string {
  return new Intl.NumberFormat(LOCALE[lang]).format(value);
}

/** Exact: the amount is handed to Intl as a decimal string, never as a float. */
export function formatAmount(cents: Cents, lang: Language = language(), currency = 'EUR'): string {
  const format = new Intl.NumberFormat(LOCALE[lang], { style: 'currency', currency });
  return format.format(formatMoney(cents) as unknown as number);
}

/** A calendar day (`2026-12-06`): `06.12.2026` in German, as it is in English. */
export function formatDay(isoDay: string, lang: Language = language()): string {
  return dayIn(lang, isoDay);
}

/**
 * A moment in the company's time zone: `06.12.2026, 14:05` in German; `2026-12-06 14:05` in
 * English, as before.
 */
export function formatMoment(instant: Date, timeZone: string, lang: Language = language()): string {
  if (lang === 'en') {
    const parts = new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' });
    return parts.format(instant);
  }
  return new Intl.DateTimeFormat(LOCALE.de, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(instant);
}

/** Hours and minutes of work: `1:30 h` in German, `1:30` in English. */
export function formatHours(minutes: number, lang: Language = language()): string {
  return lang === 'de' ? `${formatDuration(minutes)} h` : formatDuration(minutes);
}

/** A duration in prose: `1 Std. 30 Min.` in German, `1h 30m` in English. */
export function describeSpan(minutes: number, lang: Language = language()): string {
  if (lang === 'en') return describeDuration(minutes);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} Min.`;
  return m === 0 ? `${h} Std.` : `${h} Std. ${m} Min.`;
}
