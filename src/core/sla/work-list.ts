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

/**
 * Why a ticket is on someone's work list. In rank order: the team's unanswered tickets past their
 * deadline, one's own and the unassigned unanswered ones, tickets Second Level returned for the
 * final word, customers who wrote back, waiting tickets whose follow-up day has come, one's
 * answered tickets in progress, resolved ones awaiting the customer's acceptance, and the
 * unassigned answered ones.
 */
export const NEEDS = [
  'overdue',
  'unanswered',
  'returned',
  'customer-wrote',
  'follow-up',
  'in-progress',
  'acceptance',
  'unassigned',
] as const;
export type Need = (typeof NEEDS)[number];

export interface QueueRow extends SlaRow {
  readonly mine: boolean;
  readonly awaiting: boolean;
  readonly need: Need;
}

/** What the work list needs to know besides the ticket and its reaction status. */
export interface WorkFacts {
  /** The day a waiting ticket is due back (core/ticket/daily.ts). */
  followUpDay(state: TicketState): string | undefined;
  /** The customer wrote and nobody answered yet (core/ticket/daily.ts customerAwaitsAnswer). */
  customerAnswered(state: TicketState): boolean;
  /** Today in the company's time zone. */
  readonly today: string;
}

/** Why `row` needs `me`, or undefined when it does not. `rows` are tickets still in support (IN_SUPPORT). */
export function needOf(
  row: SlaRow,
  me: { id: string; roles: readonly Role[] },
  now: Date,
  facts: WorkFacts,
): Need | undefined {
  const s = row.state;
  if (!levelsOf(me.roles).includes(s.level)) return undefined;
  const mine = s.assignee === me.id;
  const ours = mine || s.assignee === undefined;
  const unanswered = isOpenForSupport(s) && s.status !== 'waiting' && awaitingReaction(s, now);
  // a promise the team is missing matters to everyone at that level, whoever holds the ticket
  if (unanswered && row.sla.reaction.kind === 'overdue') return 'overdue';
  if (!ours) return undefined;
  if (unanswered) return 'unanswered';
  if (facts.customerAnswered(s)) return 'customer-wrote';
  if (s.status === 'resolved') {
    // First Level has the final word: what Second Level resolved and kept is Second Level's to close
    return s.returnedAt !== undefined ? 'returned' : 'acceptance';
  }
  if (s.status === 'waiting') {
    const day = facts.followUpDay(s);
    return day !== undefined && day <= facts.today ? 'follow-up' : undefined;
  }
  return mine ? 'in-progress' : 'unassigned';
}

/**
 * The work list of `me`: everything at their levels that needs them (see NEEDS), in rank order;
 * within a rank by reaction deadline, then priority and age.
 */
export function workList(
  rows: readonly SlaRow[],
  me: { id: string; roles: readonly Role[] },
  now: Date,
  facts: WorkFacts,
): QueueRow[] {
  const listed: QueueRow[] = [];
  for (const row of rows) {
    const need = needOf(row, me, now, facts);
    if (need)
      listed.push({
        ...row,
        need,
        mine: row.state.assignee === me.id,
        awaiting: need === 'overdue' || need === 'unanswered',
      });
  }
  return listed.sort(
    (a, b) =>
      NEEDS.indexOf(a.need) - NEEDS.indexOf(b.need) ||
      (a.need === 'unanswered' ? Number(b.mine) - Number(a.mine) : 0) ||
      byDeadline(a, b),
  );
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
    .filter(({ state }) => isOpenForSupport(state) && state.status !== 'waiting' && awaitingReaction(state, now))
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
