import type { TicketEvent } from './events.js';
import type { Status } from './vocabulary.js';
import { TRANSITIONS, type Action } from './workflow.js';

/**
 * The events that move a ticket from one status to another, by the actions that record each: a
 * move is allowed from the statuses any of them starts from (a ticket is closed on acceptance,
 * or dismissed as spam or a duplicate from wherever it is).
 */
const MOVES: Partial<Record<TicketEvent['type'], readonly Action[]>> = {
  escalated: ['escalate'],
  'handed-off': ['handoff'],
  waiting: ['wait'],
  resolved: ['resolve'],
  returned: ['return'],
  closed: ['close', 'dismiss'],
  reopened: ['reopen'],
};

/**
 * A move made in one clone while another clone moved the ticket elsewhere: after the sync it
 * comes after a status the workflow would not have allowed it from (clone A closed the ticket,
 * clone B escalated it). Such a move is kept in the history but not applied, so the ticket stays
 * where the earlier move put it and its fields agree with its status; it is reported until a
 * person settles it (`desk settle`).
 */
export interface MoveConflict {
  /** The move that was not applied. */
  event: string;
  type: TicketEvent['type'];
  by: string;
  at: string;
  /** The status the ticket had when the move came, in event order. */
  status: Status;
}

/** The conflict, when `e` is a move the workflow does not allow from `status`; undefined otherwise. */
export function conflictingMove(e: TicketEvent, status: Status): MoveConflict | undefined {
  const actions = MOVES[e.type];
  if (!actions || actions.some((a) => (TRANSITIONS[a] as readonly Status[]).includes(status))) return undefined;
  return { event: e.id, type: e.type, by: e.by, at: e.at, status };
}
