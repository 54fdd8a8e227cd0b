/**
 * Company time for the generator: Europe/Berlin, computed directly (EU daylight saving: last
 * Sunday of March to last Sunday of October, 01:00 UTC), because formatting millions of
 * instants through a time-zone library would dominate the run. Instants are ms since the epoch.
 */

const MIN = 60_000;
const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

function lastSundayUtc(year, month) {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
}

const dstCache = new Map();
function dst(year) {
  let d = dstCache.get(year);
  if (!d) dstCache.set(year, (d = [lastSundayUtc(year, 2), lastSundayUtc(year, 9)]));
  return d;
}

/** Minutes east of UTC in Berlin at `ms`. */
export function offsetMinutes(ms) {
  const [start, end] = dst(new Date(ms).getUTCFullYear());
  return ms >= start && ms < end ? 120 : 60;
}

const pad = (n) => String(n).padStart(2, '0');

/** `2026-07-15T13:35:00+02:00`, the way desk writes instants (whole seconds). */
export function iso(ms) {
  const off = offsetMinutes(ms);
  const d = new Date(ms + off * MIN);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+${pad(off / 60)}:00`;
}

/** The company-local day, `2026-07-15`. */
export function day(ms) {
  return iso(ms).slice(0, 10);
}

/** Local wall-clock parts of an instant. */
function local(ms) {
  const d = new Date(ms + offsetMinutes(ms) * MIN);
  return { weekday: d.getUTCDay(), minutes: d.getUTCHours() * 60 + d.getUTCMinutes() };
}

/** The instant of local `date` (YYYY-MM-DD) at `minutes` after midnight. */
export function at(date, minutes) {
  const guess = Date.parse(`${date}T00:00:00Z`) + minutes * MIN;
  return guess - offsetMinutes(guess - 60 * MIN) * MIN;
}

const OPEN = 8 * 60;
const CLOSE = 17 * 60;
const isWorkday = (weekday) => weekday >= 1 && weekday <= 5;

/** `ms` if it is within service hours (Mon–Fri 08:00–17:00), else the next opening. */
export function nextService(ms) {
  let t = ms;
  for (let i = 0; i < 10; i++) {
    const { weekday, minutes } = local(t);
    if (isWorkday(weekday) && minutes >= OPEN && minutes < CLOSE) return t;
    const startOfDay = t - minutes * MIN;
    t = minutes < OPEN && isWorkday(weekday) ? startOfDay + OPEN * MIN : startOfDay + DAY + OPEN * MIN;
    // a daylight-saving change moves local midnight by an hour: realign
    t -= (local(t).minutes - OPEN) * MIN;
  }
  return t;
}

/** `ms` plus `minutes` of service time (the clock stops outside service hours). */
export function addService(ms, minutes) {
  let t = nextService(ms);
  let left = Math.max(1, Math.round(minutes));
  for (;;) {
    const { minutes: now } = local(t);
    const today = CLOSE - now;
    if (left < today) return t + left * MIN;
    left -= today;
    t = nextService(t + today * MIN);
  }
}

export const minutes = (n) => n * MIN;
export const hours = (n) => n * HOUR;
