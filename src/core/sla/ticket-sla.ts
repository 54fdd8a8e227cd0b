/**
 * Reaction and resolution status of one ticket (docs/domain.md §5): the ticket's events read against
 * what its customer's contract promises, in the calendar that contract counts in. The clock
 * arithmetic is in ../calendar; this module only decides which instants and targets go in.
 */
import type { BusinessCalendar } from '../calendar/business-calendar.js';
import {
  reactionStatus,
  resolutionStatus,
  type Pause,
  type ReactionStatus,
  type ReactionTimes,
  type ResolutionStatus,
} from '../calendar/reaction.js';
import type { TicketEvent } from '../ticket/events.js';
import type { TicketState } from '../ticket/projection.js';
import { PRIORITIES, type Priority } from '../ticket/vocabulary.js';

/** What a contract promises, and the calendar its service time is counted in. */
export interface SlaTerms {
  readonly calendar: BusinessCalendar;
  readonly reactionTimes?: ReactionTimes;
  readonly resolutionTimes?: ReactionTimes;
}

export interface Target {
  /** Service minutes agreed; undefined: none agreed (best effort). */
  readonly minutes?: number;
  /**
   * The priority the target was taken from. A ticket without a priority yet gets the
   * strictest target the contract names, so that no promise is missed before qualification.
   */
  readonly priority?: Priority;
  readonly assumed: boolean;
}

export interface TicketSla {
  readonly reactionTarget: Target;
  readonly resolutionTarget: Target;
  readonly reaction: ReactionStatus;
  readonly resolution: ResolutionStatus;
}

/** The target for a priority, or the strictest one while the ticket has no priority. */
export function targetFor(times: ReactionTimes | undefined, priority: Priority | undefined): Target {
  if (priority !== undefined) return { minutes: times?.[priority], priority, assumed: false };
  let strictest: Target = { assumed: true };
  for (const p of PRIORITIES) {
    const minutes = times?.[p];
    if (minutes !== undefined && (strictest.minutes === undefined || minutes < strictest.minutes))
      strictest = { minutes, priority: p, assumed: true };
  }
  return strictest;
}

/**
 * When the resolution clock stands still: from `waiting` until the customer writes, the ticket is
 * reopened or resolved; and from a resolution or hand-off (support's part is done) until it is
 * reopened. `events` are in file order (compareEvents).
 */
export function resolutionPauses(events: readonly TicketEvent[]): Pause[] {
  const pauses: Pause[] = [];
  let open: { from: Date; kind: 'waiting' | 'stopped' } | undefined;
  const end = (at: string) => {
    if (open) pauses.push({ from: open.from, to: new Date(at) });
    open = undefined;
  };
  for (const e of events) {
    switch (e.type) {
      case 'waiting':
        open ??= { from: new Date(e.at), kind: 'waiting' };
        break;
      case 'message':
        if (e.direction === 'from-customer' && open?.kind === 'waiting') end(e.at);
        break;
      case 'resolved':
      case 'handed-off':
        // a wait that runs into the resolution goes on as one stop: the clock stays still
        open = { from: open?.from ?? new Date(e.at), kind: 'stopped' };
        break;
      case 'reopened':
        end(e.at);
        break;
      default:
        break;
    }
  }
  if (open) pauses.push({ from: open.from });
  return pauses;
}

/**
 * The ticket's reaction and resolution status as of `now`. The reaction is the first message to
 * the customer; the resolution clock stops at the last resolution that was not reopened since.
 */
export function ticketSla(state: TicketState, events: readonly TicketEvent[], terms: SlaTerms, now: Date): TicketSla {
  const receivedAt = new Date(state.receivedAt);
  const reactionTarget = targetFor(terms.reactionTimes, state.priority);
  const resolutionTarget = targetFor(terms.resolutionTimes, state.priority);
  const reaction = ticketReaction(state, terms, now);
  // Without a target there is nothing to count, so the events need not be read.
  const resolution =
    resolutionTarget.minutes === undefined
      ? ({ kind: 'none' } as const)
      : resolutionStatus({
          calendar: terms.calendar,
          receivedAt,
          resolvedAt: state.resolvedAt === undefined ? undefined : new Date(state.resolvedAt),
          pauses: resolutionPauses(events),
          targetMinutes: resolutionTarget.minutes,
          now,
        });
  return { reactionTarget, resolutionTarget, reaction, resolution };
}

/** The reaction part of ticketSla alone: what a deadline warning needs, without counting the resolution time. */
export function ticketReaction(state: TicketState, terms: SlaTerms, now: Date): ReactionStatus {
  return reactionStatus({
    calendar: terms.calendar,
    receivedAt: new Date(state.receivedAt),
    reactedAt: state.firstReactionAt === undefined ? undefined : new Date(state.firstReactionAt),
    targetMinutes: targetFor(terms.reactionTimes, state.priority).minutes,
    now,
  });
}

/** Past its reaction deadline: reacted late, or not yet and the deadline has gone by. */
export function reactionBreached(status: ReactionStatus): boolean {
  return status.kind === 'breached' || status.kind === 'overdue';
}

/** Not answered yet as of `now`, whether or not a reaction time is agreed. */
export function awaitingReaction(state: TicketState, now: Date): boolean {
  return state.firstReactionAt === undefined || Date.parse(state.firstReactionAt) > now.getTime();
}
