import type { TicketState } from './projection.js';
import { describeTimeConflict } from './time-ledger.js';

/** What a ticket holds that clones did apart and a person has to look at, one sentence each. */
export interface TicketConflicts {
  /** Corrections of one time entry that competed (desk log --confirm settles each). */
  time: string[];
  /** Moves the workflow would not allow in sequence (desk settle settles them). */
  moves: string[];
}

export function conflictsOf(s: Pick<TicketState, 'timeConflicts' | 'moveConflicts'>): TicketConflicts | undefined {
  if (s.timeConflicts.length === 0 && s.moveConflicts.length === 0) return undefined;
  return {
    time: s.timeConflicts.map(describeTimeConflict),
    moves: s.moveConflicts.map(
      (m) =>
        `${m.type} by ${m.by} at ${m.at.slice(0, 16).replace('T', ' ')} came after the ticket was ${m.status} elsewhere; it was not applied`,
    ),
  };
}
