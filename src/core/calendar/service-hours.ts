/**
 * Weekly service hours as written in desk.yaml: per weekday a list of "HH:MM-HH:MM" intervals.
 * Parsing lives here so the schema (which reports problems) and the calendar (which trusts a
 * validated config) read the notation the same way.
 */

export const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof weekdays)[number];

/** Minutes after local midnight; `end` may be 1440 ("24:00", the following midnight). */
export interface DailyInterval {
  readonly start: number;
  readonly end: number;
}

export const MINUTES_PER_DAY = 24 * 60;

const intervalPattern = /^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$/;

export type IntervalParse = { ok: true; interval: DailyInterval } | { ok: false; problem: string };

export function parseDailyInterval(text: string): IntervalParse {
  const match = intervalPattern.exec(text.trim());
  if (!match) {
    return { ok: false, problem: `"${text}" is not a time interval: write it as "HH:MM-HH:MM", e.g. "08:00-17:00"` };
  }
  const [, sh, sm, eh, em] = match.map(Number) as [number, number, number, number, number];
  const start = clockMinutes(sh, sm, false);
  const end = clockMinutes(eh, em, true);
  if (start === undefined || end === undefined) {
    return {
      ok: false,
      problem: `"${text}" has an impossible time: hours go from 00 to 23, minutes from 00 to 59 (only an end may be "24:00")`,
    };
  }
  if (end <= start) {
    return {
      ok: false,
      problem: `"${text}" ends before it starts: the end must be later than the start on the same day (use "24:00" for midnight)`,
    };
  }
  return { ok: true, interval: { start, end } };
}

function clockMinutes(hours: number, minutes: number, isEnd: boolean): number | undefined {
  if (isEnd && hours === 24 && minutes === 0) return MINUTES_PER_DAY;
  if (hours > 23 || minutes > 59) return undefined;
  return hours * 60 + minutes;
}

/** Parses a day's intervals, assumed valid, sorted by start. */
export function parseDayHours(texts: readonly string[] | undefined): DailyInterval[] {
  const intervals: DailyInterval[] = [];
  for (const text of texts ?? []) {
    const parsed = parseDailyInterval(text);
    if (!parsed.ok) throw new Error(parsed.problem);
    intervals.push(parsed.interval);
  }
  return intervals.sort((a, b) => a.start - b.start);
}
