import { usage } from './errors.js';
import { text as said } from '../i18n/keys.js';

/** Durations are whole minutes everywhere in desk; fractions of a minute are not billable. */
export type Minutes = number;

const UNITS = /^(?:(\d+(?:[.,]\d+)?)h)?\s*(?:(\d+)m(?:in)?)?$/i;

/**
 * The most digits a whole number in a duration may have: far beyond any time anyone logs, and
 * small enough that every figure computed from it stays an exact integer.
 */
const MAX_DIGITS = 9;

/** Why a text that looks like a duration is none. */
type Misread = 'too-long' | { minutesOver: number };

/**
 * Parses the forms people type: `1h30m`, `90m`, `1.5h`, `1,5h`, `1:30`, `2h`, `45`.
 * A bare number means minutes. Returns undefined when the text is not a duration.
 */
export function parseDuration(text: string): Minutes | undefined {
  const read = readDuration(text);
  return typeof read === 'number' ? read : undefined;
}

function readDuration(text: string): Minutes | Misread | undefined {
  const s = text.trim();
  if (s === '') return undefined;
  // counted before any digit becomes a number: a float would round 20 nines to another figure
  const wholes = s.replace(/[.,]\d+/g, '').match(/\d+/g) ?? [];
  if (wholes.some((n) => n.length > MAX_DIGITS)) return 'too-long';
  const clock = /^(\d+):([0-5]\d)$/.exec(s);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  if (/^\d+$/.test(s)) return Number(s);
  const m = UNITS.exec(s);
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  // 1h70m is a slip (1h07m? 1h10m?), not 2h10m: the minutes of an hour go up to 59
  if (m[1] !== undefined && minutes >= 60) return { minutesOver: minutes };
  const hours = m[1] === undefined ? 0 : hoursToMinutes(m[1].replace(',', '.'));
  if (hours === undefined) return undefined;
  return hours + minutes;
}

/**
 * Exact decimal hours to minutes, the fraction as written: "1.5" → 90; "0.33" and
 * "1.00000000000000000001" are refused (not whole minutes), however many digits it takes to see it.
 */
function hoursToMinutes(decimal: string): Minutes | undefined {
  const [whole = '0', frac = ''] = decimal.split('.');
  const scale = 10n ** BigInt(frac.length);
  const numerator = (BigInt(whole) * scale + BigInt(frac || '0')) * 60n;
  return numerator % scale === 0n ? Number(numerator / scale) : undefined;
}

export function requireDuration(text: string, flag: string): Minutes {
  const read = readDuration(text);
  if (typeof read === 'number') return read;
  if (read === 'too-long') throw usage(said('input.durationTooLong', { flag, text }), said('input.notDurationHint'));
  if (read !== undefined)
    throw usage(said('input.minutesOver', { flag, text, minutes: read.minutesOver }), said('input.minutesOverHint'));
  throw usage(said('input.notDuration', { flag, text }), said('input.notDurationHint'));
}

/** `1:05` style, the way time sheets show durations. */
export function formatDuration(minutes: Minutes): string {
  const sign = minutes < 0 ? '-' : '';
  const abs = Math.abs(minutes);
  return `${sign}${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
}

/** `1h 30m` style for prose. */
export function describeDuration(minutes: Minutes): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m}m`;
  return m === 0 ? `${h}h` : `${h}h ${m}m`;
}
