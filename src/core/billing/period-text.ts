import { usage } from '../errors.js';
import { text as said } from '../../i18n/keys.js';
import { FIRST_YEAR, LAST_YEAR } from '../written-time.js';
import { daysInMonth, isoOf } from './dates.js';
import type { LabelledRange } from './types.js';

/**
 * Reads the period a user names on the command line: `2026-11`, `2026-Q4` (or `2026-q4`), `2026`.
 * Throws a usage error naming `--period`, because that is the only flag that takes one.
 */
export function parsePeriod(text: string): LabelledRange {
  const s = text.trim();
  // a period's end is the day before the next one begins, so the last year has no period
  const year = /^\d{4}/.exec(s);
  if (year && (Number(year[0]) < FIRST_YEAR || Number(year[0]) >= LAST_YEAR) && /^\d{4}(-\d{2}|-Q[1-4])?$/i.test(s))
    throw usage(
      said('input.yearRange', { flag: '--period', text, first: String(FIRST_YEAR), last: String(LAST_YEAR - 1) }),
      said('input.periodHint'),
    );
  const month = /^(\d{4})-(\d{2})$/.exec(s);
  if (month) {
    const [year, m] = [Number(month[1]), Number(month[2])];
    if (m >= 1 && m <= 12) return monthsRange(year, m, m, `${month[1]}-${month[2]}`);
  }
  const quarter = /^(\d{4})-Q([1-4])$/i.exec(s);
  if (quarter) {
    const [year, q] = [Number(quarter[1]), Number(quarter[2])];
    return monthsRange(year, q * 3 - 2, q * 3, `${quarter[1]}-Q${q}`);
  }
  if (/^\d{4}$/.test(s)) return monthsRange(Number(s), 1, 12, s);
  throw usage(`--period: "${text}" is not a period`, 'write a month, quarter or year like 2026-11, 2026-Q4 or 2026');
}

function monthsRange(year: number, first: number, last: number, label: string): LabelledRange {
  return { from: isoOf(year, first, 1), to: isoOf(year, last, daysInMonth(year, last)), label };
}
