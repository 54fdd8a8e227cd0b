/** Where money is at stake on a ticket (core/billing/warnings.ts), shown by show, log and estimate. */
export const money = {
  projectWork:
    '{id}: the estimate of {estimate} is over 8 h, so it is project work: it cannot be approved in support, only handed off (desk handoff {id} --to project-lead --reason …)',
  beyondEstimate:
    "{id}: {change} of change work logged, {beyond} beyond the estimate of {estimate}; agree the rest with the customer's project lead",
  beyondApprovedEstimate:
    "{id}: {change} of change work logged, {beyond} beyond the estimate of {estimate} approved by {approvedBy}; agree the rest with the customer's project lead",
  beyondCap:
    '{id}: Second Level analysis is {minutes} beyond the {cap} the service contract includes per ticket; that time is billed',
  beyondCapAtRate:
    '{id}: Second Level analysis is {minutes} beyond the {cap} the service contract includes per ticket; that time is billed at {rate}/h',
  capHours: '{hours}',
  capUnknown: 'cap',
};
