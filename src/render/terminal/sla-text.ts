import { describeDuration } from '../../core/duration.js';
import type { ReactionStatus } from '../../core/calendar/index.js';
import { reactionBreached, type Target, type TicketSla } from '../../core/sla/index.js';
import { toZonedIso } from '../../core/time.js';
import { paint } from './style.js';
import { shortTime } from './ticket-text.js';

/**
 * Reaction and resolution figures for people and for --json (docs/reaction-times.md). Service
 * minutes may have fractions; people see whole minutes, rounded so that time left is never
 * overstated and time overdue never understated.
 */
const left = (minutes: number) => describeDuration(Math.max(0, Math.floor(minutes)));
const late = (minutes: number) => describeDuration(Math.ceil(minutes));
const spent = (minutes: number) => describeDuration(Math.round(minutes));

export const BEST_EFFORT = 'no reaction time agreed (best effort)';

/** The short column of queue and sla: `1h 30m left`, `overdue 45m`. */
export function timeLeft(r: ReactionStatus): string {
  switch (r.kind) {
    case 'none':
      return 'best effort';
    case 'pending':
      return `${left(r.remainingMinutes)} left`;
    case 'overdue':
      return paint.red(`overdue ${late(r.overdueMinutes)}`);
    case 'met':
      return 'answered';
    case 'breached':
      return paint.red(`answered ${late(r.overdueMinutes)} late`);
  }
}

/** `!` in front of a breached ticket, so it stands out without colour too. */
export const breachMark = (sla: TicketSla) => (reactionBreached(sla.reaction) ? paint.red('!') : ' ');

export function localTime(instant: Date, timeZone: string): string {
  return shortTime(toZonedIso(instant, timeZone));
}

const agreed = (t: Target, what: string) =>
  `${describeDuration(t.minutes ?? 0)} ${what}${t.assumed ? ` (no priority yet: the shortest time agreed, ${t.priority}'s, applies)` : ''}`;

/** The `reaction` line of `desk show`. */
export function describeReaction(sla: TicketSla, timeZone: string): string {
  const r = sla.reaction;
  const at = (d: Date) => localTime(d, timeZone);
  const target = agreed(sla.reactionTarget, 'service time');
  switch (r.kind) {
    case 'none':
      return BEST_EFFORT;
    case 'pending':
      return `due ${at(r.deadline)}, ${left(r.remainingMinutes)} left — ${target}`;
    case 'overdue':
      return `${paint.red('breached')}: was due ${at(r.deadline)}, overdue ${late(r.overdueMinutes)} — ${target}`;
    case 'met':
      return `met: reacted ${at(r.reactedAt)} after ${spent(r.serviceMinutesToReaction)} service time, due ${at(r.deadline)} — ${target}`;
    case 'breached':
      return `${paint.red('breached')}: reacted ${at(r.reactedAt)} after ${spent(r.serviceMinutesToReaction)} service time, ${late(r.overdueMinutes)} after the deadline ${at(r.deadline)} — ${target}`;
  }
}

/** The `resolution` line of `desk show`; undefined when no resolution time is agreed. */
export function describeResolution(sla: TicketSla, timeZone: string, waiting: boolean): string | undefined {
  const r = sla.resolution;
  const at = (d: Date) => localTime(d, timeZone);
  const target = agreed(sla.resolutionTarget, 'service time, paused while waiting on the customer');
  switch (r.kind) {
    case 'none':
      return undefined;
    case 'pending':
      return `due ${at(r.deadline)}, ${left(r.remainingMinutes)} left — ${target}`;
    case 'paused':
      return `clock stopped since ${at(r.pausedSince)}${waiting ? ' (waiting on the customer)' : ''}, ${left(r.remainingMinutes)} left — ${target}`;
    case 'overdue':
      return `${paint.red('breached')}: was due ${at(r.deadline)}, overdue ${late(r.overdueMinutes)} — ${target}`;
    case 'met':
      return `met: resolved ${at(r.resolvedAt)} after ${spent(r.serviceMinutesToResolution)} service time, due ${at(r.deadline)} — ${target}`;
    case 'breached':
      return `${paint.red('breached')}: resolved ${at(r.resolvedAt)} after ${spent(r.serviceMinutesToResolution)} service time, ${late(r.overdueMinutes)} after the deadline ${at(r.deadline)} — ${target}`;
  }
}

/** Service minutes in JSON: fractions kept to the second, float noise dropped. */
const json = (minutes: number | undefined) => (minutes === undefined ? null : Math.round(minutes * 100) / 100);

/** Any reaction or resolution status, each figure present only where its kind has it. */
interface AnyStatus {
  kind: string;
  deadline?: Date;
  reactedAt?: Date;
  resolvedAt?: Date;
  pausedSince?: Date;
  usedMinutes?: number;
  remainingMinutes?: number;
  overdueMinutes?: number;
  serviceMinutesToReaction?: number;
  serviceMinutesToResolution?: number;
}

/** The documented `sla` object of --json output: every key always present, null when it does not apply. */
export function slaJson(sla: TicketSla, timeZone: string) {
  const iso = (d: Date | undefined) => (d === undefined ? null : toZonedIso(d, timeZone));
  const target = (t: Target) => ({
    targetMinutes: t.minutes ?? null,
    priority: t.minutes === undefined ? null : (t.priority ?? null),
    priorityAssumed: t.minutes !== undefined && t.assumed,
  });
  const r: AnyStatus = sla.reaction;
  const s: AnyStatus = sla.resolution;
  return {
    reaction: {
      status: sla.reaction.kind,
      ...target(sla.reactionTarget),
      deadline: iso(r.deadline),
      reactedAt: iso(r.reactedAt),
      breached: reactionBreached(sla.reaction),
      remainingMinutes: json(r.remainingMinutes),
      overdueMinutes: json(r.overdueMinutes),
      serviceMinutesToReaction: json(r.serviceMinutesToReaction),
    },
    resolution: {
      status: sla.resolution.kind,
      ...target(sla.resolutionTarget),
      deadline: iso(s.deadline),
      resolvedAt: iso(s.resolvedAt),
      pausedSince: iso(s.pausedSince),
      breached: s.kind === 'breached' || s.kind === 'overdue',
      usedMinutes: json(s.usedMinutes),
      remainingMinutes: json(s.remainingMinutes),
      overdueMinutes: json(s.overdueMinutes),
      serviceMinutesToResolution: json(s.serviceMinutesToResolution),
    },
  };
}
