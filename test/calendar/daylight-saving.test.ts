// Service time is real elapsed time inside wall-clock intervals of Europe/Berlin. In 2026 summer
// time starts on Sunday 29 March (02:00 → 03:00) and ends on Sunday 25 October (03:00 → 02:00).
import { describe, expect, it } from 'vitest';
import {
  addServiceMinutes,
  buildCalendar,
  calendarConfigSchema,
  defaultCalendarConfig,
  nextOpening,
  serviceIntervalsOn,
  serviceMinutesBetween,
} from '../../src/core/calendar/index.js';

const everyDay = (interval: string) =>
  Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, [interval]]));
const calendarOf = (hours: Record<string, string[]>) =>
  buildCalendar(calendarConfigSchema.parse({ hours, holidays: 'none' }));

const office7 = calendarOf(everyDay('08:00-17:00'));
const roundTheClock = calendarOf(everyDay('00:00-24:00'));
const acrossTheJump = calendarOf({ sun: ['01:00-04:00'] });
const weekdays = buildCalendar(defaultCalendarConfig);

const minutesOn = (calendar: typeof office7, isoDate: string) =>
  serviceIntervalsOn(calendar, isoDate).reduce(
    (sum, { start, end }) => sum + (end.getTime() - start.getTime()) / 60_000,
    0,
  );

describe('the day summer time starts (2026-03-29)', () => {
  it('08:00–17:00 is still 9 service hours, now at UTC+2', () => {
    expect(serviceIntervalsOn(office7, '2026-03-29')).toEqual([
      { start: new Date('2026-03-29T06:00:00Z'), end: new Date('2026-03-29T15:00:00Z') },
    ]);
  });

  it('a round-the-clock day has only 23 hours', () => {
    expect(minutesOn(roundTheClock, '2026-03-29')).toBe(23 * 60);
    expect(
      serviceMinutesBetween(
        roundTheClock,
        new Date('2026-03-29T00:00:00+01:00'),
        new Date('2026-03-30T00:00:00+02:00'),
      ),
    ).toBe(23 * 60);
  });

  it('24 service hours from Sunday midnight end at 01:00 on Monday, local time', () => {
    const end = addServiceMinutes(roundTheClock, new Date('2026-03-29T00:00:00+01:00'), 24 * 60);
    expect(end.toISOString()).toBe('2026-03-29T23:00:00.000Z');
  });

  it('01:00–04:00 lasts 2 hours, because 02:00–03:00 never happens', () => {
    expect(minutesOn(acrossTheJump, '2026-03-29')).toBe(120);
    expect(addServiceMinutes(acrossTheJump, new Date('2026-03-29T01:30:00+01:00'), 60).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
  });

  it('a Friday-afternoon ticket is due Monday 11:00 summer time (09:00 UTC)', () => {
    expect(addServiceMinutes(weekdays, new Date('2026-03-27T16:00:00+01:00'), 240).toISOString()).toBe(
      '2026-03-30T09:00:00.000Z',
    );
  });

  it('a ticket received in the night of the jump waits for Monday 08:00 summer time', () => {
    expect(nextOpening(weekdays, new Date('2026-03-29T02:30:00+01:00')).toISOString()).toBe('2026-03-30T06:00:00.000Z');
  });
});

describe('the day summer time ends (2026-10-25)', () => {
  it('08:00–17:00 is still 9 service hours, now at UTC+1', () => {
    expect(serviceIntervalsOn(office7, '2026-10-25')).toEqual([
      { start: new Date('2026-10-25T07:00:00Z'), end: new Date('2026-10-25T16:00:00Z') },
    ]);
  });

  it('a round-the-clock day has 25 hours', () => {
    expect(minutesOn(roundTheClock, '2026-10-25')).toBe(25 * 60);
    expect(
      serviceMinutesBetween(
        roundTheClock,
        new Date('2026-10-25T00:00:00+02:00'),
        new Date('2026-10-26T00:00:00+01:00'),
      ),
    ).toBe(25 * 60);
  });

  it('24 service hours from Sunday midnight end at 23:00 the same Sunday, local time', () => {
    const end = addServiceMinutes(roundTheClock, new Date('2026-10-25T00:00:00+02:00'), 24 * 60);
    expect(end.toISOString()).toBe('2026-10-25T22:00:00.000Z');
  });

  it('01:00–04:00 lasts 4 hours, because 02:00–03:00 happens twice', () => {
    expect(minutesOn(acrossTheJump, '2026-10-25')).toBe(240);
  });

  it('a round-the-clock week containing the change has 169 hours', () => {
    expect(
      serviceMinutesBetween(
        roundTheClock,
        new Date('2026-10-19T00:00:00+02:00'),
        new Date('2026-10-26T00:00:00+01:00'),
      ),
    ).toBe(169 * 60);
  });
});
