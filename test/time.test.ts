// Instants as events store them: the company's offset, milliseconds only when there are any.
import { describe, expect, it } from 'vitest';
import { parseInstant, toZonedIso } from '../src/core/time.js';
import type { DeskError } from '../src/core/errors.js';

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

describe('parseInstant: local times that do not exist or exist twice', () => {
  const berlin = (t: string) => parseInstant(t, 'Europe/Berlin', '--received-at');
  const refusal = (t: string) => {
    try {
      berlin(t);
    } catch (e) {
      return e as DeskError;
    }
    throw new Error(`${t} was accepted`);
  };

  it('refuses a time the clocks jump over in spring, with the two times it could have meant', () => {
    const e = refusal('2026-03-29 02:30');
    expect(e.code).toBe('usage');
    expect(e.message).toBe(
      '--received-at: 2026-03-29 02:30 does not exist in Europe/Berlin: the clocks jump over it when summer time starts',
    );
    expect(e.hint).toContain('did you mean 2026-03-29 01:30 (+01:00) or 2026-03-29 03:30 (+02:00)?');
    // and both readings it offers are accepted as they are written
    expect(berlin('2026-03-29 01:30').toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(berlin('2026-03-29 03:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('refuses a time the clocks pass twice in autumn, offering both instants by their offset', () => {
    const e = refusal('2026-10-25 02:30');
    expect(e.message).toContain('happens twice in Europe/Berlin');
    expect(e.hint).toContain('2026-10-25T02:30+02:00 (the first, summer time) or 2026-10-25T02:30+01:00');
    expect(berlin('2026-10-25T02:30+02:00').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(berlin('2026-10-25T02:30+01:00').toISOString()).toBe('2026-10-25T01:30:00.000Z');
  });

  it('takes the minutes around the changes, and every other time, as they are', () => {
    expect(berlin('2026-03-29 01:59').toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(berlin('2026-03-29 03:00').toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(berlin('2026-10-25 01:59').toISOString()).toBe('2026-10-24T23:59:00.000Z');
    expect(berlin('2026-10-25 03:00').toISOString()).toBe('2026-10-25T02:00:00.000Z');
    expect(berlin('2026-11-20 15:30').toISOString()).toBe('2026-11-20T14:30:00.000Z');
  });

  it('every local time of a year is accepted, refused as skipped, or refused as twice — never moved', () => {
    let skippedCount = 0;
    let twiceCount = 0;
    for (let day = 0; day < 365; day++) {
      for (let minute = 0; minute < 24 * 60; minute += 30) {
        const d = new Date(Date.UTC(2026, 0, 1 + day, 0, minute));
        const text = d.toISOString().slice(0, 16).replace('T', ' ');
        try {
          const at = berlin(text);
          expect(toZonedIso(at, 'Europe/Berlin').slice(0, 16).replace('T', ' ')).toBe(text);
        } catch (e) {
          if ((e as DeskError).message.includes('does not exist')) skippedCount++;
          else if ((e as DeskError).message.includes('happens twice')) twiceCount++;
          else throw e;
        }
      }
    }
    expect([skippedCount, twiceCount]).toEqual([2, 2]); // 02:00 and 02:30 on 29 March, and on 25 October
  });
});
