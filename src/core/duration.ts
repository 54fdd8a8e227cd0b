import { usage } from './errors.js';
import { text as said } from '../i18n/keys.js';

/** Durations are whole minutes everywhere in desk; fractions of a minute are not billable. */
export type Minutes = number;

const UNITS = /^(?:(\d+(?:[.,]\d+)?)h)?\s*(?:(\d+)m(?:in)?)?$/i;

/**
 * Parses the forms people type: `1h30m`, `90m`, `1.5h`, `1,5h`, `1:30`, `2h`, `45`.
 * A bare number means minutes. Returns undefined when the text is not a duration.
 */
export function parseDuration(text: string): Minutes | undefined {
  const s = text.trim();
  if (s === '') return undefined;
  const clock = /^(\d+):([0-5]\d)$/.exec(s);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  if (/^\d+$/.test(s)) return Number(s);
  const m = UNITS.exec(s);
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  const hours = m[1] === undefined ? 0 : hoursToMinutes(m[1].replace(',', '.'));
  if (hours === undefined) return undefined;
  return hours + (m[2] === undefined ? 0 : Number(m[2]));
}

/** Exact decimal hours to minutes without floats: "1.5" → 90; "0.33" is refused (not whole minutes). */
function hoursToMinutes(decimal: string): Minutes | undefined {
  const [whole = '0', frac = ''] = decimal.split('.');
  const scale = 10 ** frac.length;
  const numerator = (Number(whole) * scale + Number(frac || '0')) * 60;
  return numerator % scale === 0 ? numerator / scale : undefined;
}

export function requireDuration(text: string, flag: string): Minutes {
  const minutes = parseDuration(text);
  if (minutes === undefined) {
    throw usage(said('input.notDuration', { flag, text }), said('input.notDurationHint'));
  }
  return minutes;
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
