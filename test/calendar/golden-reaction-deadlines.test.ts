// docs/domain.md §5: a 4-hour reaction time under the default calendar (Mon–Fri 08:00–17:00
// Europe/Berlin, holidays of Nordrhein-Westfalen). Instants are written with their Berlin offset;
// the expected deadlines are asserted as exact UTC instants.
import { describe, expect, it } from 'vitest';
import {
  addServiceMinutes,
  buildCalendar,
  calendarConfigSchema,
  defaultCalendarConfig,
  reactionStatus,
} from '../../src/core/calendar/index.js';

const FOUR_HOURS = 240;
const defaultCalendar = buildCalendar(defaultCalendarConfig);
const withChristmasEveClosed = buildCalendar(calendarConfigSchema.parse({ closingDays: ['2025-12-24'] }));
const berlinHolidays = buildCalendar(calendarConfigSchema.parse({ holidays: 'DE-BE' }));

const deadline = (calendar: typeof defaultCalendar, received: string) =>
  addServiceMinutes(calendar, new Date(received), FOUR_HOURS).toISOString();

describe('reaction deadline, 4 service hours, default calendar (docs/domain.md §5 golden cases)', () => {
  it('Fri 2026-11-20 15:30 → Mon 10:30: 1.5 h on Friday, 2.5 h on Monday', () => {
    expect(deadline(defaultCalendar, '2026-11-20T15:30:00+01:00')).toBe('2026-11-23T09:30:00.000Z');
  });

  it('Sat 2026-11-21 10:00 → Mon 12:00: the clock starts at Monday 08:00', () => {
    expect(deadline(defaultCalendar, '2026-11-21T10:00:00+01:00')).toBe('2026-11-23T11:00:00.000Z');
  });

  it('Wed 2025-12-24 16:00 → Mon 2025-12-29 11:00: 25 and 26 Dec are holidays, then the weekend', () => {
    expect(deadline(defaultCalendar, '2025-12-24T16:00:00+01:00')).toBe('2025-12-29T10:00:00.000Z');
  });

  it('the same with 24 Dec a company closing day → Mon 12:00: the clock starts Monday 08:00', () => {
    expect(deadline(withChristmasEveClosed, '2025-12-24T16:00:00+01:00')).toBe('2025-12-29T11:00:00.000Z');
  });

  it('Fri 2026-10-23 16:00 → Mon 2026-10-26 11:00 local = 10:00 UTC: summer time ends in between', () => {
    expect(deadline(defaultCalendar, '2026-10-23T16:00:00+02:00')).toBe('2026-10-26T10:00:00.000Z');
  });

  it('Wed 2026-06-03 16:00 → Fri 11:00 in NW, where Corpus Christi (Thu 2026-06-04) is a holiday', () => {
    expect(deadline(defaultCalendar, '2026-06-03T16:00:00+02:00')).toBe('2026-06-05T09:00:00.000Z');
  });

  it('Wed 2026-06-03 16:00 → Thu 11:00 in Berlin, which works on Corpus Christi', () => {
    expect(deadline(berlinHolidays, '2026-06-03T16:00:00+02:00')).toBe('2026-06-04T09:00:00.000Z');
  });

  it('reactionStatus reports the same deadline for an unanswered ticket', () => {
    const status = reactionStatus({
      calendar: defaultCalendar,
      receivedAt: new Date('2026-11-20T15:30:00+01:00'),
      targetMinutes: FOUR_HOURS,
      now: new Date('2026-11-20T15:31:00+01:00'),
    });
    expect(status).toEqual({ kind: 'pending', deadline: new Date('2026-11-23T09:30:00.000Z'), remainingMinutes: 239 });
  });
});
