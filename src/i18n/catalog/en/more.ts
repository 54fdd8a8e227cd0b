/** The other ticket commands: housekeeping, merge, feedback, edit, attach, batches. */
export const more = {
  closedBySilence: 'Closed as accepted by silence ({days} business days without an answer): {ids}',
  silenceOff: 'Nothing to do: closing by silence is off (workflow.autoCloseDays: 0 in desk.yaml).',
  nothingDue: 'Nothing to do: no resolved ticket has gone unanswered long enough.',
  merged: '{dup}: merged into {into} — {count, plural, one {# event} other {# events}} moved; {into} is {status}',
  askScore: 'How did the customer rate the solution?',
  feedback:
    'feedback {score}/5{from, select, none {} other { from {from}}}{previous, select, none {} other { (replaces {previous} of {day})}}',
  corrected: 'correct {fields}{reason, select, none {} other {: {reason}}}',
  noSuchFile: '{file}: no such file',
  noSuchFileHint: 'give the path of a file to attach',
  fileTooLarge: '{file}: {size} is over the limit of {limit} a file',
  attached: '{id}: attached {name} ({size})',
  nameTickets: 'name the tickets to {what}',
  nameTicketsHint: 'give their ids, or pipe them in: desk list ... --ids | desk ...',
  noIdsOnStdin: 'no ticket ids on standard input to {what}',
  noIdsOnStdinHint: 'desk list ... --ids prints them',
};
