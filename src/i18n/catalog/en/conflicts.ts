/**
 * What clones did apart and a person has to look at (core/ticket/conflicts.ts), as `desk show`,
 * `desk sync`, `desk check` and the invoice run's notes say it.
 */
export const conflicts = {
  time: 'time entry {entry} was corrected apart in two places ({made}): {result} until someone confirms it',
  replaced: '{by} replaced {corrects} by {replacement} ({hours} h)',
  cancelled: '{by} cancelled {corrects}',
  joined: '{a}; {b}',
  stands: '{entry} counts',
  cancellationStands: 'the cancellation counts',
  move: '{move} by {by} at {day} {time} came after the ticket was {status} elsewhere; it was not applied',
  escalated: 'escalated',
  handedOff: 'handed-off',
  waiting: 'waiting',
  resolved: 'resolved',
  returned: 'returned',
  closed: 'closed',
  reopened: 'reopened',
};
