import type { ReactionStatus } from '../../core/calendar/index.js';
import { t } from '../../i18n/index.js';
import { describeSpan } from '../../i18n/format.js';
import { levelsOf, reactionBreached, type Target, type TicketSla } from '../../core/sla/index.js';
import type { StaffMember } from '../../core/schema/config.js';
import { toZonedIso } from '../../core/time.js';
import { paint } from './style.js';
import { shortTime } from './ticket-text.js';

/**
 * Reaction and resolution figures for people and for --json (docs/reaction-times.md). Service
 * minutes may have fractions; people see whole minutes, rounded so that time left is never
 * overstated and time overdue never understated.
 */
const left = (minutes: number) => describeSpan(Math.max(0, Math.floor(minutes)));
const late = (minutes: number) => describeSpan(Math.ceil(minutes));
const spent = (minutes: number) => describeSpan(Math.round(minutes));

/** The short column of queue and sla: `1h 30m left`, `overdue 45m`. */
export function timeLeft(r: ReactionStatus): string {
  switch (r.kind) {
    case 'none':
      return t('queue.bestEffort');
    case 'pending':
      return t('queue.left', { time: left(r.remainingMinutes) });
    case 'overdue':
      return paint.red(t('queue.overdue', { time: late(r.overdueMinutes) }));
    case 'met':
      return t('queue.answered');
    case 'breached':
      return paint.red(t('queue.answeredLate', { time: late(r.overdueMinutes) }));
  }
}

/** `!` in front of a breached ticket, so it stands out without colour too. */
export const breachMark = (sla: TicketSla) => (reactionBreached(sla.reaction) ? paint.red('!') : ' ');

export function localTime(instant: Date, timeZone: string): string {
  return shortTime(toZonedIso(instant, timeZone));
}

/** The first line of `desk queue` (and the end of `desk tui`'s title): whose queue, at which levels, as of when. */
export function queueHeading(me: StaffMember, at: Date, timeZone: string): string {
  const levels = levelsOf(me.roles);
  return t('queue.heading', {
    name: me.name,
    id: me.id,
    levels: levels.length > 1 ? t('queue.levelsAnd', { a: levels[0], b: levels[1] }) : levels[0],
    time: localTime(at, timeZone),
  });
}

const agreed = (target: Target, what: string) =>
  t('queue.agreed', {
    time: describeSpan(target.minutes ?? 0),
    what,
    assumed: target.assumed ? 'yes' : 'no',
    priority: target.priority ? t(`priority.${target.priority}`) : '',
  });

/** The `reaction` line of `desk show`. */
export function describeReaction(sla: TicketSla, timeZone: string): string {
  const r = sla.reaction;
  const at = (d: Date) => localTime(d, timeZone);
  const target = agreed(sla.reactionTarget, t('queue.serviceTime'));
  const breached = paint.red(t('queue.breached'));
  switch (r.kind) {
    case 'none':
      return t('queue.bestEffortLong');
    case 'pending':
      return t('queue.due', { at: at(r.deadline), left: left(r.remainingMinutes), target });
    case 'overdue':
      return t('queue.wasDue', { breached, at: at(r.deadline), late: late(r.overdueMinutes), target });
    case 'met':
      return t('queue.reactedMet', {
        at: at(r.reactedAt),
        spent: spent(r.serviceMinutesToReaction),
        due: at(r.deadline),
        target,
      });
    case 'breached':
      return t('queue.reactedBreached', {
        breached,
        at: at(r.reactedAt),
        spent: spent(r.serviceMinutesToReaction),
        late: late(r.overdueMinutes),
        due: at(r.deadline),
        target,
      });
  }
}

/** The `resolution` line of `desk show`; undefined when no resolution time is agreed. */
export function describeResolution(sla: TicketSla, timeZone: string, waiting: boolean): string | undefined {
  const r = sla.resolution;
  const at = (d: Date) => localTime(d, timeZone);
  const target = agreed(sla.resolutionTarget, t('queue.serviceTimePaused'));
  const breached = paint.red(t('queue.breached'));
  switch (r.kind) {
    case 'none':
      return undefined;
    case 'pending':
      return t('queue.due', { at: at(r.deadline), left: left(r.remainingMinutes), target });
    case 'paused':
      return t('queue.paused', {
        at: at(r.pausedSince),
        waiting: waiting ? 'yes' : 'no',
        left: left(r.remainingMinutes),
        target,
      });
    case 'overdue':
      return t('queue.wasDue', { breached, at: at(r.deadline), late: late(r.overdueMinutes), target });
    case 'met':
      return t('queue.resolvedMet', {
        at: at(r.resolvedAt),
        spent: spent(r.serviceMinutesToResolution),
        due: at(r.deadline),
        target,
      });
    case 'breached':
      return t('queue.resolvedBreached', {
        breached,
        at: at(r.resolvedAt),
        spent: spent(r.serviceMinutesToResolution),
        late: late(r.overdueMinutes),
        due: at(r.deadline),
        target,
      });
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
