// Properties that must hold for any sensible calendar, not only the default one: random weekly
// hours (several intervals a day), time zones with and without DST, holidays, closing days.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addServiceMinutes,
  buildCalendar,
  calendarConfigSchema,
  isHoliday,
  nextOpening,
  serviceMinutesBetween,
  type BusinessCalendar,
  type CalendarConfig,
} from '../../src/core/calendar/index.js';

const days = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

// Boundaries avoid 02:00–03:00, where DST jumps move wall times and a plain wall-clock oracle would lie.
const boundary = fc
  .integer({ min: 0, max: 96 })
  .map((q) => q * 15)
  .filter((m) => m <= 120 || m >= 180);
const dayHours = fc.uniqueArray(boundary, { maxLength: 6 }).map((points) => {
  const sorted = [...points].sort((a, b) => a - b);
  const intervals: string[] = [];
  for (let i = 0; i + 1 < sorted.length; i += 2) intervals.push(`${clock(sorted[i]!)}-${clock(sorted[i + 1]!)}`);
  return intervals;
});
const weekHours = fc
  .tuple(...days.map(() => dayHours))
  .filter((week) => week.some((intervals) => intervals.length > 0))
  .map((week) => Object.fromEntries(days.map((day, i) => [day, week[i]!])));

const closingDay = fc
  .date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const anyCalendarConfig: fc.Arbitrary<CalendarConfig> = fc
  .record({
    timeZone: fc.constantFrom('Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'),
    hours: weekHours,
    holidays: fc.constantFrom('DE-NW', 'DE-BY', 'DE-BE', 'AT', 'none'),
    closingDays: fc.array(closingDay, { maxLength: 20 }),
  })
  .map((raw) => calendarConfigSchema.parse(raw));

const lunchBreak = ['08:00-12:00', '13:00-17:00'];
const splitDayConfig = calendarConfigSchema.parse({
  hours: { mon: lunchBreak, tue: lunchBreak, wed: lunchBreak, thu: lunchBreak, fri: lunchBreak },
  closingDays: ['2025-12-24', '2025-12-31', '2026-12-24'],
});
const configs = fc.oneof(anyCalendarConfig, fc.constant(splitDayConfig));

const instant = fc
  .integer({ min: Date.parse('2025-01-01T00:00:00Z'), max: Date.parse('2027-06-30T00:00:00Z') })
  .map((ms) => new Date(ms));
const minutes = fc.integer({ min: 0, max: 6000 });

/** Wall-clock reading by Intl, independent of the calendar's own time-zone arithmetic. */
function wallClock(timeZone: string, at: Date): { isoDate: string; day: string; minute: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const minute =
    Number(parts.hour) * 60 + Number(parts.minute) + Number(parts.second) / 60 + at.getUTCMilliseconds() / 60_000;
  return { isoDate: `${parts.year}-${parts.month}-${parts.day}`, day: String(parts.weekday).toLowerCase(), minute };
}

/** Is `at` inside the configured hours of an open day? Read straight from the config. */
function configSaysOpen(cal: BusinessCalendar, config: CalendarConfig, at: Date): boolean {
  const { isoDate, day, minute } = wallClock(config.timeZone, at);
  if (config.closingDays.includes(isoDate) || isHoliday(cal, isoDate)) return false;
  const intervals = config.hours[day as keyof CalendarConfig['hours']] ?? [];
  return intervals.some((text) => {
    const [start, end] = text.split('-').map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5))) as [
      number,
      number,
    ];
    return start <= minute && minute < end;
  });
}

describe('deadlines in any calendar', () => {
  it('never fall outside service hours or on a holiday or closing day (they may end an interval)', () => {
    fc.assert(
      fc.property(configs, instant, minutes, (config, start, m) => {
        const cal = buildCalendar(config);
        const deadline = addServiceMinutes(cal, start, m);
        // The last service millisecond before a deadline (or the opening itself for 0 minutes) is open.
        const probe = m === 0 ? deadline : new Date(deadline.getTime() - 1);
        expect(configSaysOpen(cal, config, probe)).toBe(true);
      }),
    );
  });

  it('never come earlier for a ticket received later', () => {
    fc.assert(
      fc.property(configs, instant, instant, minutes, (config, a, b, m) => {
        const cal = buildCalendar(config);
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(addServiceMinutes(cal, early, m).getTime()).toBeLessThanOrEqual(
          addServiceMinutes(cal, late, m).getTime(),
        );
      }),
    );
  });

  it('are exactly m service minutes after the clock starts', () => {
    fc.assert(
      fc.property(configs, instant, minutes, (config, start, m) => {
        const cal = buildCalendar(config);
        const deadline = addServiceMinutes(cal, start, m);
        expect(serviceMinutesBetween(cal, nextOpening(cal, start), deadline)).toBe(m);
        expect(serviceMinutesBetween(cal, start, deadline)).toBe(m);
      }),
    );
  });

  it('add up: a + b minutes later is b minutes after the a-minute deadline', () => {
    fc.assert(
      fc.property(configs, instant, minutes, fc.integer({ min: 1, max: 3000 }), (config, start, a, b) => {
        const cal = buildCalendar(config);
        expect(addServiceMinutes(cal, addServiceMinutes(cal, start, a), b)).toEqual(
          addServiceMinutes(cal, start, a + b),
        );
      }),
    );
  });
});

describe('service minutes between instants', () => {
  it('add up over consecutive spans and change sign when reversed', () => {
    fc.assert(
      fc.property(configs, instant, instant, instant, (config, x, y, z) => {
        const cal = buildCalendar(config);
        const [a, b, c] = [x, y, z].sort((p, q) => p.getTime() - q.getTime()) as [Date, Date, Date];
        const whole = serviceMinutesBetween(cal, a, c);
        expect(serviceMinutesBetween(cal, a, b) + serviceMinutesBetween(cal, b, c)).toBeCloseTo(whole, 6);
        expect(serviceMinutesBetween(cal, c, a)).toBe(-whole);
        expect(whole).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
