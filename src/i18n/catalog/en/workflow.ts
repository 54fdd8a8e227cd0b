/** Refusals of the ticket workflow (core/ticket/workflow.ts) and what each command says when done. */
export const workflow = {
  cannot: 'cannot {action, select, feedback {record feedback on} other {{action}}} {id}: {why}',
  whyNew: 'it is not qualified yet (desk qualify)',
  whyClosed: 'it is closed (desk reopen it first)',
  whyHandedOff: 'it was handed off out of support',
  whyResolved: 'it is resolved already',
  whyWaiting: 'it is waiting on the customer',
  whyStatus: 'it is {status}',
  whyFeedback: 'it is {status}; the customer rates a resolved or closed ticket',
  whyDuplicate:
    'it is closed as {merged, select, yes {merged into} other {a duplicate of}} {original}; the request goes on there',
  allowedFrom: 'allowed from "{status}": {commands}',
  neverEscalated:
    'cannot {action, select, reply {reply to} other {{action}}} {id} as Second Level: it was never escalated to Second Level',
  neverEscalatedHint:
    'First Level records and qualifies every request; escalate it first (desk escalate) or let First Level answer',
  returnAtFirst: 'cannot return {id}: it is at First Level already',
  returnAtFirstHint: 'First Level closes it on customer acceptance: desk close --accepted-by NAME',
  escalateAtSecond: 'cannot escalate {id}: it is at Second Level already',
  qualifyFirst: 'cannot {action} {id}: qualify it first',
  qualifyFirstHint: 'desk qualify ID --category … --priority …',
  notSupport:
    "cannot {action, select, resolve {resolve {id} in support} other {{action} {id}}}: {category} is not support's work",
  handOffInstead: 'hand it off instead: desk handoff {id} --to project-lead --reason …',
  notSecondLevelStaff: 'cannot {action} {id}{to, select, none {} other { to {to}}}: {staff} is not Second Level staff',
  estimateZero: 'EFFORT: an estimate must be more than zero',
  estimateOnlyChange: 'cannot estimate {id}: only change requests get an effort estimate (it is {category})',
  estimateEscalateFirst: 'cannot estimate {id}: Second Level qualifies change requests; escalate it first',
  approveOnlyEstimated: 'cannot approve {id}: only an estimated change request needs approval',
  approveOnlyEstimatedHint: 'Second Level estimates first: desk estimate ID 6h',
  overLimit:
    '{action, select, resolve {cannot resolve {id} in support: estimated {estimate} is over 8h (project work)} other {cannot {action} {id} in support: the estimate of {estimate} is over 8h, so it is project work}}',
  handOff: 'hand it off: desk handoff {id} --to project-lead --reason …',
  noPerson:
    'cannot {action, select, handoff {hand off} other {{action}}} {id}: customer {customer} has no {target, select, lead {project lead} other {sales}}',
  setPerson: 'set {field} in contracts/{customer}.yaml',
  onlyProjectLead: "cannot approve {id}: only the customer's project lead ({lead}) approves change requests",
  approvedAlready: '{id} is approved already (by {by})',
  needsEstimate: "cannot resolve {id}: a change request needs Second Level's effort estimate first",
  notApproved: 'cannot resolve {id}: the project lead has not approved the change yet',
  notApprovedHint: "the customer's project lead runs: desk approve {id}",
  badScore: '--score: {score} is not a score from 1 to 5',
  badScoreHint: 'give a whole number: 1 (bad) to 5 (very good)',
  needsAcceptance: "cannot close {id} without the customer's acceptance",
  needsAcceptanceHint: 'desk close ID --accepted-by NAME, or in the exceptional case --without-acceptance --reason …',
  dismissWithTime:
    'cannot close {id} as {spam, select, yes {spam} other {a duplicate}}: it has {count, plural, one {# time entry} other {# time entries}}',
  undoTimeFirst: 'undo them first (desk log {id} --undo ENTRY --reason …)',
  mergeInstead: 'merge it instead, which moves its time to the kept ticket: desk merge {id} {original}',
  spamOrDuplicate: 'give --spam or --as-duplicate-of ID',
  duplicateOfItself: '--as-duplicate-of: {id} cannot be a duplicate of itself',
  duplicateOfDuplicate:
    'cannot close {id} as a duplicate of {original}: that is itself closed as a duplicate of {kept}',
  nameKept: 'name the ticket that stays: --as-duplicate-of {kept}',
  duplicateOfSpam: 'cannot close {id} as a duplicate of {original}: that is spam',
  badTag: 'tag "{tag}": tags are lower-case words, digits and dashes',
  badTagHint: 'e.g. desk tag T-4K7M2 +urgent -billing',
  noTags: 'no tags to change',
  noTagsHint: 'say +TAG to add and -TAG to remove: desk tag {id} +urgent -billing',
  nothingToCorrect: 'nothing to correct on {id}',
  nothingToCorrectHint:
    'give a field with a new value: --title, --contact, --customer, --description, --channel, --received-at',
  invoicedAlready:
    'cannot change the {field, select, customer {customer} other {receipt time}} of {id}: {count} of its time entries {count, plural, one {is} other {are}} invoiced already',
  invoicedAlreadyHint: 'cancel the invoice first (desk invoice cancel NUMBER), or record the correction as a comment',
  receivedAfter: '--received-at: the request cannot arrive after it was recorded ({openedAt})',
  mergeSelf: 'cannot merge {id} into itself',
  mergeIntoClosed:
    'cannot merge into {id}: it is closed as {duplicateOf, select, none {spam} other {a duplicate of {duplicateOf}}}',
  mergeIntoKeptHint: 'merge into the ticket that stays: desk merge {id} {kept}',
  mergeCustomers:
    "cannot merge {id} ({customer}) into {into} ({intoCustomer}): they are different customers'' requests",
  mergeCustomersHint:
    'if the duplicate was recorded for the wrong customer, correct it first: desk edit {id} --customer {intoCustomer}',
  mergeInvoiced:
    'cannot merge {id}: {count} of its time entries {count, plural, one {is} other {are}} invoiced already, moving them would change a settled invoice',
  mergeInvoicedHint:
    'close it as a duplicate instead, its time stays where it was billed: desk close {id} --as-duplicate-of {into}',
};
