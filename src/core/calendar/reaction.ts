/**
 * Reaction time (Reaktionszeit, docs/domain.md §5) and an optional resolution time for one ticket,
 * both counted in service time. All minutes here are service minutes; they are fractional when
 * the instants are not on whole minutes.
 */
import type { BusinessCalendar } from './business-calendar.js';
import { readClock, type Pause } from './sla-clock.js';
import type { Priority } from '../ticket/vocabulary.js';

export type { Pause } from './sla-clock.js';

/** Minutes of service time per priority, as a contract states them. */
export type ReactionTimes = Partial<Record<Priority, number>>;

/**
 * The agreed reaction time in minutes for a priority, or undefined (best effort). No fallback
 * to another priority: a contract that names only `normal` promises nothing for `critical`.
 */
export function reactionTargetFor(reactionTimes: ReactionTimes | undefined, priority: Priority): number | undefined {
  return reactionTimes?.[priority];
}

export type ReactionStatus =
  | { kind: 'none' }
  | { kind: 'met'; deadline: Date; reactedAt: Date; serviceMinutesToReaction: number }
  | { kind: 'breached'; deadline: Date; reactedAt: Date; serviceMinutesToReaction: number; overdueMinutes: number }
  | { kind: 'pending'; deadline: Date; remainingMinutes: number }
  | { kind: 'overdue'; deadline: Date; overdueMinutes: number };

export interface ReactionInput {
  readonly calendar: BusinessCalendar;
  readonly receivedAt: Date;
  /** The first reaction (core/ticket/reaction.ts): a reply, an acknowledgement, a conversation, a solution… */
  readonly reactedAt?: Date;
  /** Undefined: no reaction time agreed. */
  readonly targetMinutes?: number;
  readonly now: Date;
}

/**
 * Met when the reaction came at or before the deadline; pending while `now` has not passed the
 * deadline; overdue after it. A reaction later than `now` has not happened yet as of `now`.
 */
export function reactionStatus(input: ReactionInput): ReactionStatus {
  if (input.targetMinutes === undefined) return { kind: 'none' };
  const reading = readClock({
    calendar: input.calendar,
    startedAt: input.receivedAt,
    stoppedAt: input.reactedAt,
    pauses: [],
    targetMinutes: input.targetMinutes,
    now: input.now,
  });
  switch (reading.kind) {
    case 'met':
      return {
        kind: 'met',
        deadline: reading.deadline,
        reactedAt: reading.stoppedAt,
        serviceMinutesToReaction: reading.usedMinutes,
      };
    case 'breached':
      return {
        kind: 'breached',
        deadline: reading.deadline,
        reactedAt: reading.stoppedAt,
        serviceMinutesToReaction: reading.usedMinutes,
        overdueMinutes: reading.overdueMinutes,
      };
    case 'pending':
      return { kind: 'pending', deadline: reading.deadline, remainingMinutes: reading.remainingMinutes };
    case 'overdue':
      return { kind: 'overdue', deadline: reading.deadline, overdueMinutes: reading.overdueMinutes };
    case 'paused':
      throw new Error('a reaction clock has no pauses');
  }
}

export type ResolutionStatus =
  | { kind: 'none' }
  | { kind: 'met'; deadline: Date; resolvedAt: Date; serviceMinutesToResolution: number }
  | { kind: 'breached'; deadline: Date; resolvedAt: Date; serviceMinutesToResolution: number; overdueMinutes: number }
  | { kind: 'pending'; deadline: Date; usedMinutes: number; remainingMinutes: number }
  | { kind: 'paused'; pausedSince: Date; usedMinutes: number; remainingMinutes: number }
  | { kind: 'overdue'; deadline: Date; usedMinutes: number; overdueMinutes: number };

export interface ResolutionInput {
  readonly calendar: BusinessCalendar;
  readonly receivedAt: Date;
  readonly resolvedAt?: Date;
  /** Times the ticket waited on the customer; service time inside them does not count. */
  readonly pauses: readonly Pause[];
  readonly targetMinutes?: number;
  readonly now: Date;
}

/**
 * Like reactionStatus, with the clock stopped during pauses. While a pause is open at `now` and
 * the target was not yet reached, the deadline is unknown: the status is `paused`. The deadline of
 * a resolved ticket treats a pause still open at resolution as ended then.
 */
export function resolutionStatus(input: ResolutionInput): ResolutionStatus {
  if (input.targetMinutes === undefined) return { kind: 'none' };
  const reading = readClock({
    calendar: input.calendar,
    startedAt: input.receivedAt,
    stoppedAt: input.resolvedAt,
    pauses: input.pauses,
    targetMinutes: input.targetMinutes,
    now: input.now,
  });
  switch (reading.kind) {
    case 'met':
      return {
        kind: 'met',
        deadline: reading.deadline,
        resolvedAt: reading.stoppedAt,
        serviceMinutesToResolution: reading.usedMinutes,
      };
    case 'breached':
      return {
        kind: 'breached',
        deadline: reading.deadline,
        resolvedAt: reading.stoppedAt,
        serviceMinutesToResolution: reading.usedMinutes,
        overdueMinutes: reading.overdueMinutes,
      };
    default:
      return reading;
  }
}
