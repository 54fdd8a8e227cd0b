/** A ticket as `show`, `list` and the workflow commands describe it (cli/render/ticket-text.ts). */
export const ticket = {
  state: '{status} ({where}{assignee, select, none {} other {, {assignee}}})',
  level: 'Level {level}',
  handedOffTo: 'to {target} {to}',
  closedAs: 'closed, {what} (Level {level}{assignee, select, none {} other {, {assignee}}})',
  accepted: 'accepted',
  acceptedBySilence: 'accepted by silence',
  withoutAcceptance: 'without acceptance',
  duplicateOf: 'duplicate of {original}',
  mergedInto: 'merged into {original}',
  spam: 'spam',
  target: '{target, select, lead {project-lead} other {sales}}',
};
