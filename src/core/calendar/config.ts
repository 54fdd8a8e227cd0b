/**
 * The `calendar` section of desk.yaml (and a contract's optional override of it): when support
 * is on duty. Defaults follow docs/domain.md §5: Mon–Fri 08:00–17:00 Europe/Berlin, public holidays
 * of Nordrhein-Westfalen.
 */
import { z } from 'zod';
import { holidayRegionProblem, NO_HOLIDAYS } from './holidays.js';
import { parseDailyInterval, type DailyInterval } from './service-hours.js';
import { strictObject } from '../schema/common.js';

const office = (): string[] => ['08:00-17:00'];

const defaults = {
  timeZone: 'Europe/Berlin',
  hours: { mon: office(), tue: office(), wed: office(), thu: office(), fri: office() },
  holidays: 'DE-NW',
};

/** The zone's name as Intl knows it, or undefined when Intl knows no such zone. */
function resolvedTimeZone(name: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined; // RangeError is how Intl says "no such zone"
  }
}

/**
 * A zone of the tz database as it writes it: UTC, or Area/Location (Europe/Berlin). Intl also
 * takes abbreviations (EST, which it reads as America/Panama) and any letter case: those are
 * refused, so that desk.yaml names the zone it means exactly as every other tool reads it.
 */
const timeZoneSchema = z.string().superRefine((name, ctx) => {
  const resolved = resolvedTimeZone(name);
  if (resolved && resolved !== name && resolved.toLowerCase() === name.toLowerCase())
    ctx.addIssue({ code: 'custom', message: `unknown time zone "${name}": the tz database writes it ${resolved}` });
  else if (!resolved || !(name === 'UTC' || /^[A-Z][A-Za-z]*\/[A-Za-z0-9]/.test(name)))
    ctx.addIssue({ code: 'custom', message: `unknown time zone "${name}": use an IANA name such as Europe/Berlin` });
});

const dayHoursSchema = z.array(z.string());

const weekdayKeys = {
  mon: dayHoursSchema.optional(),
  tue: dayHoursSchema.optional(),
  wed: dayHoursSchema.optional(),
  thu: dayHoursSchema.optional(),
  fri: dayHoursSchema.optional(),
  sat: dayHoursSchema.optional(),
  sun: dayHoursSchema.optional(),
};

const hoursSchema = z
  .strictObject(weekdayKeys, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown weekday ${issue.keys.map((key) => `"${key}"`).join(', ')}: use mon, tue, wed, thu, fri, sat, sun`
        : undefined,
  })
  .superRefine((hours, ctx) => {
    let serviceDays = 0;
    for (const [day, texts] of Object.entries(hours)) {
      const parsed: { text: string; interval: DailyInterval }[] = [];
      texts?.forEach((text, index) => {
        const result = parseDailyInterval(text);
        if (result.ok) parsed.push({ text, interval: result.interval });
        else ctx.addIssue({ code: 'custom', path: [day, index], message: result.problem });
      });
      parsed.sort((a, b) => a.interval.start - b.interval.start);
      for (let i = 1; i < parsed.length; i++) {
        const [before, after] = [parsed[i - 1]!, parsed[i]!];
        if (after.interval.start < before.interval.end) {
          ctx.addIssue({
            code: 'custom',
            path: [day],
            message: `"${before.text}" and "${after.text}" overlap: the intervals of a day must not overlap (they may touch, as in "08:00-12:00", "12:00-17:00")`,
          });
        }
      }
      // An invalid entry already has its own message; an "empty week" on top would only confuse.
      if (texts && texts.length > 0) serviceDays++;
    }
    if (serviceDays === 0) {
      ctx.addIssue({
        code: 'custom',
        message: 'the week has no service hours: give at least one day an interval, e.g. mon: ["08:00-17:00"]',
      });
    }
  });

const holidaysSchema = z
  .string()
  .trim()
  .transform((code) => (code.toLowerCase() === NO_HOLIDAYS ? NO_HOLIDAYS : code.toUpperCase()))
  .superRefine((code, ctx) => {
    const problem = holidayRegionProblem(code);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const isoDateSchema = z.string().superRefine((text, ctx) => {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(text) ? Date.parse(`${text}T00:00:00Z`) : Number.NaN;
  // Date.parse rolls 2025-02-30 over to March; printing it back catches that.
  const valid = !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(text);
  if (!valid) {
    ctx.addIssue({
      code: 'custom',
      message: `"${text}" is not a date: write closing days as YYYY-MM-DD, e.g. "2025-12-24"`,
    });
  }
});

// Each field is validated on its own, so the same pieces serve the full section and an override.
const fields = {
  timeZone: timeZoneSchema,
  hours: hoursSchema,
  holidays: holidaysSchema,
  closingDays: z.array(isoDateSchema),
};

/**
 * The calendar section; every field has its default, so `parse({})` is the default calendar.
 * A missing weekday in `hours` is closed; `hours` as a whole falls back to the default only
 * when absent.
 */
export const calendarConfigSchema = strictObject({
  timeZone: fields.timeZone.default(defaults.timeZone),
  hours: fields.hours.default(() => structuredClone(defaults.hours)),
  holidays: fields.holidays.default(defaults.holidays),
  closingDays: fields.closingDays.default(() => []),
});

export type CalendarConfig = z.output<typeof calendarConfigSchema>;

export const defaultCalendarConfig: CalendarConfig = calendarConfigSchema.parse({});

/** A contract's own calendar (e.g. 24/7 support): only the fields it names replace the company's. */
export const calendarOverrideSchema = strictObject({
  timeZone: fields.timeZone.optional(),
  hours: fields.hours.optional(),
  holidays: fields.holidays.optional(),
  closingDays: fields.closingDays.optional(),
});

export type CalendarOverride = z.output<typeof calendarOverrideSchema>;
