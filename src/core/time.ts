import { TZDate } from '@date-fns/tz';
// one module per function: the package index loads all of date-fns, a tenth of a second at
// startup, and `format` alone (locales, tokens) a few dozen modules
import { formatISO } from 'date-fns/formatISO';
import { usage } from './errors.js';
import { text as said } from '../i18n/keys.js';
import { FIRST_YEAR, LAST_YEAR, isRealDay, isRealTime, plausibleYear, writtenInstant } from './written-time.js';

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

const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * What a person types for an instant: `2026-11-20 15:30` or `2026-11-20T15:30` in the company's
 * time zone, or a full ISO instant with offset or Z. `flag` names the option in errors.
 *
 * A local time the clocks skip when summer time starts (`2026-03-29 02:30` in Berlin) is
 * refused with the two times it could have meant; one they pass twice when it ends
 * (`2026-10-25 02:30`) is refused too, with the two instants to choose from by their offset:
 * either way, guessing would record a time an hour off without a word.
 */
export function parseInstant(text: string, timeZone: string, flag: string): Date {
  const m = LOCAL.exec(text.trim());
  if (m) {
    const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
    const wall = { y: Number(y), mo: Number(mo), d: Number(d), h: Number(h), mi: Number(mi), s: Number(s) };
    if (!isRealDay(`${y}-${mo}-${d}`) || !isRealTime(wall.h, wall.mi, wall.s))
      throw usage(said('input.notRealTime', { flag, text }), said('input.notTimeHint'));
    requirePlausibleYear(wall.y, text, flag);
    const readings = instantsOf(wall, timeZone);
    if (readings.length === 1) return readings[0]!;
    throw readings.length === 0 ? skipped(text, flag, wall, timeZone) : twice(text, flag, readings, timeZone);
  }
  if (ISO_SHAPE.test(text.trim())) {
    // Date.parse would roll 2026-02-30T10:00Z over to 2 March: each part must exist as written
    const at = writtenInstant(text.trim());
    if (!at) throw usage(said('input.notRealTime', { flag, text }), said('input.notTimeHint'));
    requirePlausibleYear(Number(text.trim().slice(0, 4)), text, flag);
    return at;
  }
  throw usage(said('input.notTime', { flag, text }), said('input.notTimeHint'));
}

interface Wall {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

/** Offset of the zone at an instant, in minutes east of UTC. */
const offsetAt = (ms: number, timeZone: string) => -new TZDate(ms, timeZone).getTimezoneOffset();

/**
 * The instants at which the zone's clocks show `wall`: usually one, none in the hour skipped
 * in spring, two in the hour passed twice in autumn. Zones change their offset at most once
 * within a day or so, so the offsets a day before and after are the only candidates.
 */
function instantsOf(wall: Wall, timeZone: string): Date[] {
  const asUtc = Date.UTC(wall.y, wall.mo - 1, wall.d, wall.h, wall.mi, wall.s);
  const offsets = new Set([offsetAt(asUtc - 86_400_000, timeZone), offsetAt(asUtc + 86_400_000, timeZone)]);
  return [...offsets]
    .map((offset) => asUtc - offset * 60_000)
    .filter((ms) => offsetAt(ms, timeZone) * 60_000 === asUtc - ms)
    .sort((a, b) => a - b)
    .map((ms) => new Date(ms));
}

const wallText = (w: Wall) =>
  `${w.y}-${String(w.mo).padStart(2, '0')}-${String(w.d).padStart(2, '0')} ${String(w.h).padStart(2, '0')}:${String(w.mi).padStart(2, '0')}`;
const local = (d: Date, timeZone: string) => toZonedIso(d, timeZone).slice(0, 16).replace('T', ' ');
const offsetText = (minutes: number) =>
  `${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;

function skipped(text: string, flag: string, wall: Wall, timeZone: string) {
  const asUtc = Date.UTC(wall.y, wall.mo - 1, wall.d, wall.h, wall.mi, wall.s);
  const before = offsetAt(asUtc - 86_400_000, timeZone);
  const after = offsetAt(asUtc + 86_400_000, timeZone);
  // the time read with the offset before the change and with the one after: both exist
  const readings = [asUtc - before * 60_000, asUtc - after * 60_000]
    .sort((a, b) => a - b)
    .map((ms) => `${local(new Date(ms), timeZone)} (${offsetText(offsetAt(ms, timeZone))})`);
  return usage(
    said('input.skipped', { flag, wall: wallText(wall), zone: timeZone }),
    said('input.skippedHint', { first: readings[0], second: readings[1], text }),
  );
}

function twice(text: string, flag: string, readings: Date[], timeZone: string) {
  const iso = readings.map((d) => toZonedIso(d, timeZone).slice(0, 16) + toZonedIso(d, timeZone).slice(-6));
  return usage(
    said('input.twice', { flag, text, zone: timeZone }),
    said('input.twiceHint', { first: iso[0], second: iso[1] }),
  );
}

/** A calendar day typed by a person, `2026-11-26`, checked to exist. */
export function parseDay(text: string, flag: string): string {
  const day = text.trim();
  if (!isRealDay(day)) throw usage(said('input.notDate', { flag, text }), said('input.notDateHint'));
  requirePlausibleYear(Number(day.slice(0, 4)), text, flag);
  return day;
}

/**
 * A typed year before 1970 or after 9999 is a typo, and years 0 to 99 would be read as 19xx by
 * Date.UTC: refused, with the years desk takes.
 */
export function requirePlausibleYear(year: number, text: string, flag: string): void {
  if (!plausibleYear(year))
    throw usage(
      said('input.yearRange', { flag, text, first: String(FIRST_YEAR), last: String(LAST_YEAR) }),
      said('input.notDateHint'),
    );
}
