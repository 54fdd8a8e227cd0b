import { TZDate } from '@date-fns/tz';
// one module per function: the package index loads all of date-fns, a tenth of a second at
// startup, and `format` alone (locales, tokens) a few dozen modules
import { formatISO } from 'date-fns/formatISO';
import { usage } from './errors.js';

/**
 * An instant as ISO 8601 with the company's offset, the way events store it. Milliseconds are
 * kept only when there are any, so that events recorded within one second still sort in order.
 */
export function toZonedIso(instant: Date, timeZone: string): string {
  const iso = formatISO(new TZDate(instant.getTime(), timeZone)); // 2026-11-26T09:00:00+01:00
  const ms = instant.getMilliseconds();
  if (ms === 0) return iso;
  // with milliseconds the offset has always been written out, UTC too (+00:00, not Z)
  const offset = iso.slice(19);
  return `${iso.slice(0, 19)}.${String(ms).padStart(3, '0')}${offset === 'Z' ? '+00:00' : offset}`;
}

/** The company-local calendar day of an instant, `2026-11-26`. */
export function localDay(instant: Date, timeZone: string): string {
  return formatISO(new TZDate(instant.getTime(), timeZone), { representation: 'date' });
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * What a person types for an instant: `2026-11-20 15:30` or `2026-11-20T15:30` in the company's
 * time zone, or a full ISO instant with offset or Z. `flag` names the option in errors.
 */
export function parseInstant(text: string, timeZone: string, flag: string): Date {
  const m = LOCAL.exec(text.trim());
  if (m) {
    const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
    const date = new TZDate(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), timeZone);
    if (date.getDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59)
      throw usage(`${flag}: "${text}" is not a real date and time`);
    return new Date(date.getTime());
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(text.trim())) {
    const ms = Date.parse(text);
    if (!Number.isNaN(ms)) return new Date(ms);
  }
  throw usage(
    `${flag}: "${text}" is not a date and time`,
    'write it like 2026-11-20 15:30 (company time) or 2026-11-20T15:30:00+01:00',
  );
}

/** A calendar day typed by a person, `2026-11-26`, checked to exist. */
export function parseDay(text: string, flag: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const ms = m ? Date.parse(`${m[0]}T00:00:00Z`) : Number.NaN;
  if (m && !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(m[0])) return m[0];
  throw usage(`${flag}: "${text}" is not a date`, 'write it like 2026-11-26');
}
