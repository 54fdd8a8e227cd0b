// A support person's week under the default calendar (Mon–Fri 08:00–17:00 Berlin, NW holidays),
// and one with a lunch break. Local times in November 2026 are UTC+1.
import { describe, expect, it } from 'vitest';
import {
  addServiceMinutes,
  buildCalendar,
  calendarConfigSchema,
  defaultCalendarConfig,
  isClosingDay,
  isHoliday,
  isServiceTime,
  nextOpening,
  serviceIntervalsOn,
  serviceMinutesBetween,
} from '../../src/core/calendar/index.js';

const calendar = buildCalendar(defaultCalendarConfig);
const lunchBreak = ['08:00-12:00', '13:00-17:00'];
const withLunch = buildCalendar(
  calendarConfigSchema.parse({
    hours: { mon: lunchBreak, tue: lunchBreak, wed: lunchBreak, thu: lunchBreak, fri: lunchBreak },
  }),
);
const at = (local: string) => new Date(`${local}+01:00`);

describe('when support is on duty', () => {
  it('opens at 08:00 and closes at 17:00: 17:00 itself is already closed', () => {
    expect(isServiceTime(calendar, at('2026-11-23T07:59:59'))).toBe(false);
    expect(isServiceTime(calendar, at('2026-11-23T08:00:00'))).toBe(true);
    expect(isServiceTime(calendar, at('2026-11-23T16:59:59'))).toBe(true);
    expect(isServiceTime(calendar, at('2026-11-23T17:00:00'))).toBe(false);
  });

  it('is off on weekends, public holidays and closing days', () => {
    expect(isServiceTime(calendar, at('2026-11-21T10:00:00'))).toBe(false);
    expect(isHoliday(calendar, '2026-12-25')).toBe(true);
    expect(serviceIntervalsOn(calendar, '2026-12-25')).toEqual([]);
    const closedOnEve = buildCalendar(calendarConfigSchema.parse({ closingDays: ['2026-12-24'] }));
    expect(isClosingDay(closedOnEve, '2026-12-24')).toBe(true);
    expect(isHoliday(closedOnEve, '2026-12-24')).toBe(false);
    expect(serviceIntervalsOn(closedOnEve, '2026-12-24')).toEqual([]);
  });

  it('counts only public holidays: Christmas Eve is a normal working day unless closed', () => {
    expect(isHoliday(calendar, '2025-12-24')).toBe(false);
    expect(serviceIntervalsOn(calendar, '2025-12-24')).toHaveLength(1);
  });

  it('refuses a date that is not YYYY-MM-DD rather than guess the year', () => {
    expect(() => isHoliday(calendar, '25.12.2026')).toThrow(RangeError);
  });

  it('knows no holidays with holidays: none', () => {
    const noHolidays = buildCalendar(calendarConfigSchema.parse({ holidays: 'none' }));
    expect(isHoliday(noHolidays, '2026-12-25')).toBe(false);
    expect(serviceIntervalsOn(noHolidays, '2026-12-25')).toHaveLength(1);
  });
});

describe('the next opening', () => {
  it('is the instant itself inside service hours', () => {
    expect(nextOpening(calendar, at('2026-11-23T09:15:00'))).toEqual(at('2026-11-23T09:15:00'));
  });

  it('is Monday 08:00 after closing time on Friday', () => {
    expect(nextOpening(calendar, at('2026-11-20T17:00:00'))).toEqual(at('2026-11-23T08:00:00'));
  });

  it('is 13:00 during the lunch break', () => {
    expect(nextOpening(withLunch, at('2026-11-23T12:30:00'))).toEqual(at('2026-11-23T13:00:00'));
  });
});

describe('adding service time', () => {
  it('stops at the end of an interval when the time runs out there: Friday 17:00, not Monday 08:00', () => {
    expect(addServiceMinutes(calendar, at('2026-11-20T13:00:00'), 240)).toEqual(at('2026-11-20T17:00:00'));
    expect(addServiceMinutes(withLunch, at('2026-11-23T10:00:00'), 120)).toEqual(at('2026-11-23T12:00:00'));
  });

  it('skips the lunch break', () => {
    expect(addServiceMinutes(withLunch, at('2026-11-23T11:00:00'), 120)).toEqual(at('2026-11-23T14:00:00'));
  });

  it('with zero minutes gives the next opening', () => {
    expect(addServiceMinutes(calendar, at('2026-11-21T10:00:00'), 0)).toEqual(at('2026-11-23T08:00:00'));
  });

  it('refuses negative or non-finite minutes', () => {
    expect(() => addServiceMinutes(calendar, at('2026-11-23T10:00:00'), -1)).toThrow(RangeError);
    expect(() => addServiceMinutes(calendar, at('2026-11-23T10:00:00'), Number.NaN)).toThrow(RangeError);
  });

  it('spans a year-end of holidays', () => {
    // 2026-12-24 Thu works, 25/26 holidays, weekend, 28–31 work, 2027-01-01 holiday.
    expect(addServiceMinutes(calendar, at('2026-12-24T08:00:00'), 6 * 9 * 60)).toEqual(at('2027-01-04T17:00:00'));
  });
});

describe('service minutes between two instants', () => {
  it('counts only service time in [from, to)', () => {
    expect(serviceMinutesBetween(calendar, at('2026-11-20T15:30:00'), at('2026-11-23T10:30:00'))).toBe(240);
    expect(serviceMinutesBetween(withLunch, at('2026-11-23T11:00:00'), at('2026-11-23T14:00:00'))).toBe(120);
  });

  it('is zero for an empty span or one outside service hours', () => {
    expect(serviceMinutesBetween(calendar, at('2026-11-23T10:00:00'), at('2026-11-23T10:00:00'))).toBe(0);
    expect(serviceMinutesBetween(calendar, at('2026-11-21T08:00:00'), at('2026-11-22T20:00:00'))).toBe(0);
  });

  it('is negative when the end comes first', () => {
    expect(serviceMinutesBetween(calendar, at('2026-11-23T10:30:00'), at('2026-11-20T15:30:00'))).toBe(-240);
  });

  it('keeps seconds as fractions of a minute', () => {
    expect(serviceMinutesBetween(calendar, at('2026-11-23T10:00:00'), at('2026-11-23T10:00:30'))).toBe(0.5);
  });
});
