import type { TicketState } from './projection.js';
import type { MoveConflict } from './concurrent-moves.js';
import { describeTimeConflict } from './time-ledger.js';
import { day, text as said, type Key, type Text } from '../../i18n/keys.js';

/** What a ticket holds that clones did apart and a person has to look at, one sentence each. */
export interface TicketConflicts {
  /** Corrections of one time entry that competed (desk log --confirm settles each). */
  time: Text[];
  /** Moves the workflow would not allow in sequence (desk settle settles them). */
  moves: Text[];
}

export function conflictsOf(s: Pick<TicketState, 'timeConflicts' | 'moveConflicts'>): TicketConflicts | undefined {
  if (s.timeConflicts.length === 0 && s.moveConflicts.length === 0) return undefined;
  return { time: s.timeConflicts.map(describeTimeConflict), moves: s.moveConflicts.map(describeMoveConflict) };
}

/** The moves a conflict can name (concurrent-moves.ts), as the catalog names them. */
const MOVE_WORDS: Partial<Record<MoveConflict['type'], Key>> = {
  escalated: 'conflicts.escalated',
  'handed-off': 'conflicts.handedOff',
  waiting: 'conflicts.waiting',
  resolved: 'conflicts.resolved',
  returned: 'conflicts.returned',
  closed: 'conflicts.closed',
  reopened: 'conflicts.reopened',
};

function describeMoveConflict(m: MoveConflict): Text {
  const word = MOVE_WORDS[m.type];
  return said('conflicts.move', {
    move: word ? said(word) : m.type,
    by: m.by,
    // the moment as the event wrote it, in the zone it was written in
    day: day(m.at.slice(0, 10)),
    time: m.at.slice(11, 16),
    status: said(`status.${m.status}`),
  });
}
