/**
 * The closed sets of the domain as people read them (core/ticket/vocabulary.ts), one key per
 * value. English shows the values as files and flags write them; German names them.
 */
export const words = {
  unqualified: 'unqualified',
  none: '—',
  yes: 'yes',
  no: 'no',
  firstLevel: 'First Level',
  secondLevel: 'Second Level',
  projectLead: "the customer's project lead",
  sales: 'the sales rep',
};
export const status = {
  new: 'new',
  open: 'open',
  escalated: 'escalated',
  waiting: 'waiting',
  resolved: 'resolved',
  closed: 'closed',
  'handed-off': 'handed-off',
};
export const priority = { critical: 'critical', high: 'high', normal: 'normal', low: 'low' };
export const category = {
  question: 'question',
  malfunction: 'malfunction',
  'change-request': 'change-request',
  'data-problem': 'data-problem',
  infrastructure: 'infrastructure',
  'feature-idea': 'feature-idea',
  'new-development': 'new-development',
  'project-work': 'project-work',
};
export const channel = {
  phone: 'phone',
  'e-mail': 'e-mail',
  portal: 'portal',
  'on-site': 'on-site',
  'remote-session': 'remote-session',
};
export const activity = {
  communication: 'communication',
  analysis: 'analysis',
  solution: 'solution',
  'remote-session': 'remote-session',
  change: 'change',
  documentation: 'documentation',
};
export const bucket = {
  quota: 'quota',
  commitment: 'commitment',
  'beyond-cap': 'beyond-cap',
  'outside-contract': 'outside-contract',
  'pay-per-use': 'pay-per-use',
  'non-billable': 'non-billable',
};
