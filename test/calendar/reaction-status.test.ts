// A ticket arrives on Friday afternoon under the default calendar with a 4-hour reaction time.
// Its deadline is Monday 10:30 (docs/domain.md §5); November 2026 is UTC+1.
import { describe, expect, it } from 'vitest';
import {
  buildCalendar,
  defaultCalendarConfig,
  reactionStatus,
  reactionTargetFor,
} from '../../src/core/calendar/index.js';

const calendar = buildCalendar(defaultCalendarConfig);
const at = (local: string) => new Date(`${local}+01:00`);
const friday = { calendar, receivedAt: at('2026-11-20T15:30:00'), targetMinutes: 240 };
const deadline = at('2026-11-23T10:30:00');

describe('reaction status', () => {
  it('is best effort when no reaction time was agreed', () => {
    expect(reactionStatus({ ...friday, targetMinutes: undefined, now: at('2026-11-30T12:00:00') })).toEqual({
      kind: 'none',
    });
  });

  it('is met by an acknowledgement a quarter of an hour later', () => {
    expect(reactionStatus({ ...friday, reactedAt: at('2026-11-20T15:45:00'), now: at('2026-11-30T12:00:00') })).toEqual(
      {
        kind: 'met',
        deadline,
        reactedAt: at('2026-11-20T15:45:00'),
        serviceMinutesToReaction: 15,
      },
    );
  });

  it('is met by a reaction exactly at the deadline', () => {
    expect(reactionStatus({ ...friday, reactedAt: deadline, now: deadline })).toMatchObject({
      kind: 'met',
      serviceMinutesToReaction: 240,
    });
  });

  it('is breached by a reaction one minute late', () => {
    expect(reactionStatus({ ...friday, reactedAt: at('2026-11-23T10:31:00'), now: at('2026-11-30T12:00:00') })).toEqual(
      {
        kind: 'breached',
        deadline,
        reactedAt: at('2026-11-23T10:31:00'),
        serviceMinutesToReaction: 241,
        overdueMinutes: 1,
      },
    );
  });

  it('is pending over the weekend, with the service time still left', () => {
    expect(reactionStatus({ ...friday, now: at('2026-11-21T12:00:00') })).toEqual({
      kind: 'pending',
      deadline,
      remainingMinutes: 150,
    });
  });

  it('is still pending at the deadline itself, and overdue after it', () => {
    expect(reactionStatus({ ...friday, now: deadline })).toEqual({ kind: 'pending', deadline, remainingMinutes: 0 });
    expect(reactionStatus({ ...friday, now: at('2026-11-23T11:00:00') })).toEqual({
      kind: 'overdue',
      deadline,
      overdueMinutes: 30,
    });
  });

  it('counts overdue time in service minutes: an evening does not make it worse', () => {
    expect(reactionStatus({ ...friday, now: at('2026-11-23T22:00:00') })).toMatchObject({
      kind: 'overdue',
      overdueMinutes: 390,
    });
  });

  it('as of a past date ignores a reaction that came later', () => {
    const asOfSaturday = reactionStatus({
      ...friday,
      reactedAt: at('2026-11-23T09:00:00'),
      now: at('2026-11-21T12:00:00'),
    });
    expect(asOfSaturday).toEqual({ kind: 'pending', deadline, remainingMinutes: 150 });
  });

  it('is met with zero service minutes when someone answers on the weekend', () => {
    const saturday = { calendar, receivedAt: at('2026-11-21T10:00:00'), targetMinutes: 240 };
    expect(
      reactionStatus({ ...saturday, reactedAt: at('2026-11-21T10:20:00'), now: at('2026-11-23T08:00:00') }),
    ).toMatchObject({
      kind: 'met',
      deadline: at('2026-11-23T12:00:00'),
      serviceMinutesToReaction: 0,
    });
  });
});

describe('the reaction time for a priority', () => {
  const contract = { critical: 60, high: 120, normal: 240 };

  it('is what the contract says for that priority', () => {
    expect(reactionTargetFor(contract, 'critical')).toBe(60);
    expect(reactionTargetFor(contract, 'normal')).toBe(240);
  });

  it('is undefined (best effort) for a priority the contract does not name, or without a contract', () => {
    expect(reactionTargetFor(contract, 'low')).toBeUndefined();
    expect(reactionTargetFor(undefined, 'critical')).toBeUndefined();
  });
});
