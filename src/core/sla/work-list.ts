/**
 * The two views on reaction times: a person's work list (`desk queue`) and the tickets still
 * awaiting a reaction (`desk sla`). Plain selections and orders over computed statuses.
 */
import type { Role } from '../schema/config.js';
import type { TicketState } from '../ticket/projection.js';
import { PRIORITIES, type Level, type Status } from '../ticket/vocabulary.js';
import { awaitingReaction, type TicketSla } from './ticket-sla.js';

export interface SlaRow {
  readonly state: TicketState;
  readonly sla: TicketSla;
}

/** Support's part is done: resolved (waiting for acceptance), closed, or handed out of support. */
const DONE: readonly Status[] = ['resolved', 'closed', 'handed-off'];
export const isOpenForSupport = (s: Pick<TicketState, 'status'>) => !DONE.includes(s.status);

/** The levels a person works at: First Level staff level 1, Second Level staff level 2, both for both. */
export function levelsOf(roles: readonly Role[]): Level[] {
  const levels: Level[] = [];
  if (roles.includes('first-level')) levels.push(1);
  if (roles.includes('second-level')) levels.push(2);
  return levels;
}

export interface QueueRow extends SlaRow {
  readonly mine: boolean;
  readonly awaiting: boolean;
}

/**
 * The work list of `me`: open tickets at their levels that are theirs or nobody's. Theirs come
 * first, then the unassigned; within each, the unanswered by reaction deadline (those without an
 * agreed reaction time after them), then the answered by priority and age.
 */
export function workList(rows: readonly SlaRow[], me: { id: string; roles: readonly Role[] }, now: Date): QueueRow[] {
  const levels = levelsOf(me.roles);
  return rows
    .filter(
      ({ state: s }) =>
        isOpenForSupport(s) && levels.includes(s.level) && (s.assignee === undefined || s.assignee === me.id),
    )
    .map((row) => ({ ...row, mine: row.state.assignee === me.id, awaiting: awaitingReaction(row.state, now) }))
    .sort((a, b) => Number(b.mine) - Number(a.mine) || Number(b.awaiting) - Number(a.awaiting) || byDeadline(a, b));
}

export interface AwaitingFilter {
  /** Only those due within this many service minutes (the overdue included). */
  readonly withinMinutes?: number;
  /** Only those past their deadline. */
  readonly breachedOnly?: boolean;
}

/** Open tickets not answered yet, most pressing deadline first; without an agreed time last. */
export function awaitingList(rows: readonly SlaRow[], now: Date, filter: AwaitingFilter = {}): SlaRow[] {
  return rows
    .filter(({ state }) => isOpenForSupport(state) && awaitingReaction(state, now))
    .filter(({ sla: { reaction: r } }) => {
      if (filter.breachedOnly && r.kind !== 'overdue') return false;
      if (filter.withinMinutes !== undefined)
        return r.kind === 'overdue' || (r.kind === 'pending' && r.remainingMinutes <= filter.withinMinutes);
      return true;
    })
    .sort(byDeadline);
}

/** The reaction deadline of a ticket still awaiting one; undefined when none is agreed or it was answered. */
export function pendingDeadline(sla: TicketSla): Date | undefined {
  const r = sla.reaction;
  return r.kind === 'pending' || r.kind === 'overdue' ? r.deadline : undefined;
}

/** Earliest deadline first, tickets without one after; then priority, age, id. */
export function byDeadline(a: SlaRow, b: SlaRow): number {
  const [da, db] = [pendingDeadline(a.sla)?.getTime() ?? Infinity, pendingDeadline(b.sla)?.getTime() ?? Infinity];
  if (da !== db) return da < db ? -1 : 1;
  const rank = (s: TicketState) => (s.priority ? PRIORITIES.indexOf(s.priority) : PRIORITIES.length);
  return (
    rank(a.state) - rank(b.state) ||
    Date.parse(a.state.receivedAt) - Date.parse(b.state.receivedAt) ||
    a.state.id.localeCompare(b.state.id)
  );
}
