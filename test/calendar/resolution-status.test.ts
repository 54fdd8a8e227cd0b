// A ticket received Monday 2026-11-23 08:00 with a resolution time of one service day (8 h);
// default calendar, UTC+1. While it waits on the customer the clock stands still.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addServiceMinutes,
  buildCalendar,
  defaultCalendarConfig,
  reactionStatus,
  resolutionStatus,
} from '../../src/core/calendar/index.js';

const calendar = buildCalendar(defaultCalendarConfig);
const at = (local: string) => new Date(`${local}+01:00`);
const monday = { calendar, receivedAt: at('2026-11-23T08:00:00'), targetMinutes: 480 };
const waitingMonToWed = { from: at('2026-11-23T10:00:00'), to: at('2026-11-25T10:00:00') };

describe('resolution status', () => {
  it('is best effort without a resolution time', () => {
    expect(
      resolutionStatus({ ...monday, targetMinutes: undefined, pauses: [], now: at('2026-11-30T08:00:00') }),
    ).toEqual({ kind: 'none' });
  });

  it('is pending with the whole day ahead, then overdue once the day is used up', () => {
    expect(resolutionStatus({ ...monday, pauses: [], now: at('2026-11-23T09:00:00') })).toEqual({
      kind: 'pending',
      deadline: at('2026-11-23T16:00:00'),
      usedMinutes: 60,
      remainingMinutes: 420,
    });
    expect(resolutionStatus({ ...monday, pauses: [], now: at('2026-11-24T09:00:00') })).toEqual({
      kind: 'overdue',
      deadline: at('2026-11-23T16:00:00'),
      usedMinutes: 600,
      overdueMinutes: 120,
    });
  });

  it('is paused while the ticket waits on the customer: no deadline, the remaining time kept', () => {
    expect(
      resolutionStatus({ ...monday, pauses: [{ from: waitingMonToWed.from }], now: at('2026-11-24T12:00:00') }),
    ).toEqual({
      kind: 'paused',
      pausedSince: waitingMonToWed.from,
      usedMinutes: 120,
      remainingMinutes: 360,
    });
  });

  it('as of a date inside a pause that ended later, is paused', () => {
    expect(resolutionStatus({ ...monday, pauses: [waitingMonToWed], now: at('2026-11-24T12:00:00') })).toMatchObject({
      kind: 'paused',
    });
  });

  it('after the customer answered, runs on from where it stopped', () => {
    expect(resolutionStatus({ ...monday, pauses: [waitingMonToWed], now: at('2026-11-25T11:00:00') })).toEqual({
      kind: 'pending',
      deadline: at('2026-11-25T16:00:00'),
      usedMinutes: 180,
      remainingMinutes: 300,
    });
  });

  it('is met when resolved before the deadline pushed back by the pause', () => {
    expect(
      resolutionStatus({
        ...monday,
        pauses: [waitingMonToWed],
        resolvedAt: at('2026-11-25T15:00:00'),
        now: at('2026-11-30T08:00:00'),
      }),
    ).toEqual({
      kind: 'met',
      deadline: at('2026-11-25T16:00:00'),
      resolvedAt: at('2026-11-25T15:00:00'),
      serviceMinutesToResolution: 420,
    });
  });

  it('is breached when resolved after it', () => {
    expect(
      resolutionStatus({
        ...monday,
        pauses: [waitingMonToWed],
        resolvedAt: at('2026-11-26T09:00:00'),
        now: at('2026-11-30T08:00:00'),
      }),
    ).toEqual({
      kind: 'breached',
      deadline: at('2026-11-25T16:00:00'),
      resolvedAt: at('2026-11-26T09:00:00'),
      serviceMinutesToResolution: 600,
      overdueMinutes: 120,
    });
  });

  it('stays overdue when the wait began after the deadline had passed', () => {
    expect(
      resolutionStatus({ ...monday, pauses: [{ from: at('2026-11-23T16:30:00') }], now: at('2026-11-24T10:00:00') }),
    ).toEqual({
      kind: 'overdue',
      deadline: at('2026-11-23T16:00:00'),
      usedMinutes: 510,
      overdueMinutes: 30,
    });
  });

  it('counts overlapping waits once and ignores waiting before the ticket arrived', () => {
    const pauses = [
      { from: at('2026-11-20T10:00:00'), to: at('2026-11-23T09:00:00') },
      { from: at('2026-11-23T10:00:00'), to: at('2026-11-23T12:00:00') },
      { from: at('2026-11-23T11:00:00'), to: at('2026-11-23T13:00:00') },
    ];
    // Service runs Mon 09:00–10:00 and from 13:00: 1 h + 7 h ends Tuesday 11:00.
    expect(resolutionStatus({ ...monday, pauses, now: at('2026-11-23T14:00:00') })).toEqual({
      kind: 'pending',
      deadline: at('2026-11-24T11:00:00'),
      usedMinutes: 120,
      remainingMinutes: 360,
    });
  });

  it('treats a wait still open at resolution as ended then', () => {
    expect(
      resolutionStatus({
        ...monday,
        pauses: [{ from: waitingMonToWed.from }],
        resolvedAt: at('2026-11-24T12:00:00'),
        now: at('2026-11-30T08:00:00'),
      }),
    ).toEqual({
      kind: 'met',
      deadline: at('2026-11-25T09:00:00'),
      resolvedAt: at('2026-11-24T12:00:00'),
      serviceMinutesToResolution: 120,
    });
  });
});

describe('resolution status, for any ticket', () => {
  const instant = fc
    .integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2026-12-31T00:00:00Z') })
    .map((ms) => new Date(ms));
  const target = fc.integer({ min: 0, max: 3000 });

  it('without pauses agrees with the reaction status', () => {
    fc.assert(
      fc.property(
        instant,
        fc.option(instant, { nil: undefined }),
        instant,
        target,
        (receivedAt, doneAt, now, targetMinutes) => {
          const resolution = resolutionStatus({
            calendar,
            receivedAt,
            resolvedAt: doneAt,
            pauses: [],
            targetMinutes,
            now,
          });
          const reaction = reactionStatus({ calendar, receivedAt, reactedAt: doneAt, targetMinutes, now });
          expect(resolution.kind).toBe(reaction.kind);
          if ('deadline' in resolution && 'deadline' in reaction)
            expect(resolution.deadline).toEqual(reaction.deadline);
        },
      ),
    );
  });

  it('pauses never bring the deadline forward, and a resolved ticket is met exactly when resolved by the deadline', () => {
    const pause = fc
      .tuple(instant, fc.integer({ min: 0, max: 10 * 24 * 60 }))
      .map(([from, minutes]) => ({ from, to: new Date(from.getTime() + minutes * 60_000) }));
    fc.assert(
      fc.property(
        instant,
        instant,
        fc.array(pause, { maxLength: 4 }),
        target,
        (receivedAt, resolvedAt, pauses, targetMinutes) => {
          const now = new Date(Date.parse('2027-06-01T00:00:00Z'));
          const status = resolutionStatus({ calendar, receivedAt, resolvedAt, pauses, targetMinutes, now });
          if (status.kind !== 'met' && status.kind !== 'breached')
            throw new Error(`a resolved ticket is met or breached, got ${status.kind}`);
          expect(status.deadline.getTime()).toBeGreaterThanOrEqual(
            addServiceMinutes(calendar, receivedAt, targetMinutes).getTime(),
          );
          expect(status.kind === 'met').toBe(resolvedAt.getTime() <= status.deadline.getTime());
        },
      ),
    );
  });
});
