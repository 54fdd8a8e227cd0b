import { describe, expect, it } from 'vitest';
import { measureSession } from '../../src/core/work-session.js';

describe('work session measure', () => {
  const tz = 'Europe/Berlin';
  const at = (s: string) => new Date(s);
  it('logs the time run, rounded to the minute, on the day the session started', () => {
    expect(measureSession(at('2026-11-26T09:00:00+01:00'), at('2026-11-26T10:29:40+01:00'), tz, 600)).toEqual({
      ran: 90,
      minutes: 90,
      on: '2026-11-26',
    });
  });
  it('caps at the cap, and at the midnight after the start, and says why', () => {
    const capped = measureSession(at('2026-11-26T08:00:00+01:00'), at('2026-11-26T19:00:00+01:00'), tz, 600);
    expect(capped).toMatchObject({ ran: 660, minutes: 600 });
    expect(capped.review).toContain('longer than the 10h cap');
    const night = measureSession(at('2026-03-28T22:00:00+01:00'), at('2026-03-29T09:00:00+02:00'), tz, 600);
    expect(night).toMatchObject({ ran: 600, minutes: 120, on: '2026-03-28' });
    expect(night.review).toContain('past midnight');
  });
});
