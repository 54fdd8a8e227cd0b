// What an administrator sees when the calendar section of desk.yaml is wrong: every problem, with
// the field it is in and a sentence saying what to write instead.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  applyCalendarOverride,
  calendarConfigSchema,
  calendarOverrideSchema,
  defaultCalendarConfig,
} from '../../src/core/calendar/index.js';

function problems(input: unknown): { path: string; message: string }[] {
  const result = calendarConfigSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('the default calendar', () => {
  it('is Mon–Fri 08:00–17:00 in Europe/Berlin with the holidays of Nordrhein-Westfalen', () => {
    expect(calendarConfigSchema.parse({})).toEqual({
      timeZone: 'Europe/Berlin',
      hours: {
        mon: ['08:00-17:00'],
        tue: ['08:00-17:00'],
        wed: ['08:00-17:00'],
        thu: ['08:00-17:00'],
        fri: ['08:00-17:00'],
      },
      holidays: 'DE-NW',
      closingDays: [],
    });
    expect(defaultCalendarConfig).toEqual(calendarConfigSchema.parse({}));
  });

  it('accepts split days, 24:00 as an end, touching intervals and lower-case regions', () => {
    const config = calendarConfigSchema.parse({
      timeZone: 'America/New_York',
      hours: { mon: ['08:00-12:00', '12:00-17:00'], sat: ['00:00-24:00'] },
      holidays: 'de-by',
      closingDays: ['2025-12-24'],
    });
    expect(config.holidays).toBe('DE-BY');
    expect(config.hours.tue).toBeUndefined();
  });
});

describe('a wrong calendar section is refused, naming the field', () => {
  it('an unknown time zone', () => {
    expect(problems({ timeZone: 'Europe/Berln' })).toEqual([
      { path: 'timeZone', message: 'unknown time zone "Europe/Berln": use an IANA name such as Europe/Berlin' },
    ]);
  });

  it('a holiday region date-holidays does not know', () => {
    expect(problems({ holidays: 'DE-XX' })).toEqual([
      { path: 'holidays', message: expect.stringContaining('unknown holiday region "DE-XX": DE has no state "XX"') },
    ]);
    expect(problems({ holidays: 'Narnia' })).toEqual([
      { path: 'holidays', message: expect.stringContaining('unknown holiday region "NARNIA"') },
    ]);
  });

  it('a malformed interval', () => {
    expect(problems({ hours: { mon: ['8 to 5'] } })).toEqual([
      {
        path: 'hours.mon.0',
        message: expect.stringContaining('"8 to 5" is not a time interval: write it as "HH:MM-HH:MM"'),
      },
    ]);
    expect(problems({ hours: { tue: ['08:00-25:00'] } })[0]).toMatchObject({
      path: 'hours.tue.0',
      message: expect.stringContaining('impossible time'),
    });
  });

  it('an interval that ends before it starts, or where it starts', () => {
    expect(problems({ hours: { wed: ['17:00-08:00'] } })).toEqual([
      { path: 'hours.wed.0', message: expect.stringContaining('"17:00-08:00" ends before it starts') },
    ]);
    expect(problems({ hours: { wed: ['08:00-08:00'] } })[0]?.path).toBe('hours.wed.0');
  });

  it('overlapping intervals on a day', () => {
    expect(problems({ hours: { thu: ['13:00-17:00', '08:00-13:30'] } })).toEqual([
      { path: 'hours.thu', message: expect.stringContaining('"08:00-13:30" and "13:00-17:00" overlap') },
    ]);
  });

  it('a week without any service hours', () => {
    expect(problems({ hours: {} })).toEqual([
      { path: 'hours', message: expect.stringContaining('the week has no service hours') },
    ]);
    expect(problems({ hours: { mon: [], sat: [] } })[0]?.path).toBe('hours');
  });

  it('a misspelt weekday', () => {
    expect(problems({ hours: { monday: ['08:00-17:00'], fri: ['08:00-17:00'] } })).toEqual([
      { path: 'hours', message: 'unknown weekday "monday": use mon, tue, wed, thu, fri, sat, sun' },
    ]);
  });

  it('a misspelt field, in the section and in a contract’s override', () => {
    expect(problems({ timezone: 'Europe/Berlin' })).toEqual([
      { path: 'timezone', message: 'unknown field; did you mean timeZone?' },
    ]);
    const override = calendarOverrideSchema.safeParse({ holiday: 'none' });
    expect(override.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['holiday', 'unknown field; did you mean holidays?'],
    ]);
  });

  it('a time zone as the tz database writes it: no abbreviations, the letter case as written there', () => {
    for (const zone of ['EST', 'CET', 'GMT', 'europe/berlin', 'EUROPE/BERLIN'])
      expect(problems({ timeZone: zone }), zone).toEqual([
        { path: 'timeZone', message: expect.stringContaining(`unknown time zone "${zone}"`) },
      ]);
    for (const zone of ['UTC', 'Europe/Berlin', 'Asia/Kolkata', 'America/Argentina/Buenos_Aires', 'Etc/GMT-14'])
      expect(problems({ timeZone: zone }), zone).toEqual([]);
  });

  it('malformed or impossible closing days', () => {
    expect(problems({ closingDays: ['24.12.2025', '2025-02-30', '2025-13-01'] })).toEqual([
      {
        path: 'closingDays.0',
        message: expect.stringContaining('"24.12.2025" is not a date: write closing days as YYYY-MM-DD'),
      },
      { path: 'closingDays.1', message: expect.stringContaining('"2025-02-30" is not a date') },
      { path: 'closingDays.2', message: expect.stringContaining('"2025-13-01" is not a date') },
    ]);
  });

  it('reports every problem at once, and zod can print them with their paths', () => {
    const result = calendarConfigSchema.safeParse({
      timeZone: 'Mars/Olympus',
      hours: { fri: ['9-5'] },
      closingDays: ['soon'],
    });
    expect(result.success).toBe(false);
    const printed = z.prettifyError(result.error!);
    expect(printed).toContain('at timeZone');
    expect(printed).toContain('at hours.fri[0]');
    expect(printed).toContain('at closingDays[0]');
  });
});

describe("a contract's calendar override", () => {
  it('replaces only the fields it names, each as a whole', () => {
    const override = calendarOverrideSchema.parse({ hours: { sat: ['09:00-13:00'] }, holidays: 'none' });
    expect(applyCalendarOverride(defaultCalendarConfig, override)).toEqual({
      ...defaultCalendarConfig,
      hours: { sat: ['09:00-13:00'] },
      holidays: 'none',
    });
    expect(applyCalendarOverride(defaultCalendarConfig, undefined)).toBe(defaultCalendarConfig);
  });

  it('is validated like the company calendar', () => {
    const result = calendarOverrideSchema.safeParse({ timeZone: 'Nowhere/Special' });
    expect(result.error?.issues[0]?.path).toEqual(['timeZone']);
  });
});
