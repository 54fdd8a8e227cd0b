// Service-time arithmetic asks for the local day of an instant many times per ticket, so the
// zone's offset is remembered per UTC day on which it does not change. It must agree with asking
// Intl every time: on DST days, in zones with half-hour offsets and half-hour DST, and on the day
// Samoa skipped.
import { tzOffset } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDayOf } from '../../src/core/calendar/local-day.js';

describe('local days', () => {
  const zones = [
    'Europe/Berlin',
    'America/New_York',
    'Australia/Lord_Howe',
    'Asia/Kathmandu',
    'America/St_Johns',
    'Pacific/Apia',
    'UTC',
  ];
  const DAY = 86_400_000;
  it("agree with the zone's offset at every instant", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(2005, 0, 1), max: Date.UTC(2030, 0, 1) }),
        (zone, ms) => {
          expect(localDayOf(ms, zone)).toBe(Math.floor((ms + tzOffset(zone, new Date(ms)) * 60_000) / DAY));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('agree around DST changes to the minute', () => {
    for (const zone of ['Europe/Berlin', 'Australia/Lord_Howe', 'Pacific/Apia']) {
      for (const start of [
        Date.UTC(2026, 2, 28),
        Date.UTC(2026, 9, 24),
        Date.UTC(2026, 3, 4),
        Date.UTC(2011, 11, 29),
      ]) {
        for (let ms = start; ms < start + 3 * DAY; ms += 60_000) {
          if (localDayOf(ms, zone) !== Math.floor((ms + tzOffset(zone, new Date(ms)) * 60_000) / DAY))
            throw new Error(`${zone} ${new Date(ms).toISOString()}`);
        }
      }
    }
  });
});
