// Instants as events store them: the company's offset, milliseconds only when there are any.
import { describe, expect, it } from 'vitest';
import { toZonedIso } from '../src/core/time.js';

describe('toZonedIso', () => {
  it('writes the offset of the company time zone, summer and winter', () => {
    expect(toZonedIso(new Date('2026-11-26T08:00:00Z'), 'Europe/Berlin')).toBe('2026-11-26T09:00:00+01:00');
    expect(toZonedIso(new Date('2026-07-01T08:00:00Z'), 'Europe/Berlin')).toBe('2026-07-01T10:00:00+02:00');
    expect(toZonedIso(new Date('2026-11-26T08:00:00Z'), 'Asia/Kolkata')).toBe('2026-11-26T13:30:00+05:30');
  });

  it('keeps milliseconds when there are any, so events within a second stay in order', () => {
    expect(toZonedIso(new Date('2026-11-26T08:00:00.007Z'), 'Europe/Berlin')).toBe('2026-11-26T09:00:00.007+01:00');
    expect(toZonedIso(new Date('2026-11-26T08:00:00.120Z'), 'America/St_Johns')).toBe('2026-11-26T04:30:00.120-03:30');
  });

  it('writes UTC as Z, and as +00:00 with milliseconds', () => {
    expect(toZonedIso(new Date('2026-11-26T08:00:00Z'), 'UTC')).toBe('2026-11-26T08:00:00Z');
    expect(toZonedIso(new Date('2026-11-26T08:00:00.500Z'), 'UTC')).toBe('2026-11-26T08:00:00.500+00:00');
  });
});
