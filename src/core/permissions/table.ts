import type { Role } from '../schema/config.js';
import type { EventType } from '../ticket/events.js';
import type { Action } from '../ticket/workflow.js';

/**
 * Who may do what: THE permission table (docs/roles.md lists it). One row per permission: the
 * roles that have it unless desk.yaml's `permissions:` says otherwise, whether it may be entered
 * for someone else (`--as`: a phone approval typed in by First Level), and what it allows.
 * A command that changes something names its row (cli/context.ts openForChange); `desk check`
 * and `desk sync` judge the history by the same rows. A new command adds one line here.
 */
const L1: Role = 'first-level';
const L2: Role = 'second-level';
const PL: Role = 'project-lead';
const SALES: Role = 'sales';
const MGR: Role = 'manager';
const BILL: Role = 'billing';
const ANYONE: Role[] = [L1, L2, PL, SALES, MGR, BILL];

// one line per row, however long: the table reads as a table
// prettier-ignore
export const PERMISSIONS = {
  'ticket.open': { roles: [L1, MGR], forOthers: true, what: 'record a customer request (open)' },
  'ticket.work': { roles: [L1, L2, MGR], forOthers: true, what: 'qualify, assign, tag, edit, reply, wait, resolve, return, close (also as spam or duplicate), merge, reopen, attach files, feedback, link articles and commits, housekeeping' },
  'ticket.comment': { roles: ANYONE, forOthers: true, what: 'add an internal note to a ticket (comment)' },
  'ticket.escalate': { roles: [L1, MGR], forOthers: true, what: 'escalate to Second Level' },
  'ticket.handoff': { roles: [L1, L2, MGR], forOthers: true, what: "hand off to the customer's project lead or sales" },
  'change.estimate': { roles: [L2], forOthers: true, what: 'estimate a change request' },
  'change.approve': { roles: [PL], forOthers: true, what: "approve a change request (the customer's own project lead)" },
  'time.log': { roles: [L1, L2, PL, MGR], forOthers: true, what: 'log, correct and undo time (log, start, stop)' },
  'kb.edit': { roles: [L1, L2, MGR], forOthers: false, what: 'write and edit knowledge-base articles and reply templates' },
  'customer.change': { roles: [SALES, MGR], forOthers: false, what: 'add and change customers and their people' },
  'contract.change': { roles: [SALES, MGR], forOthers: false, what: 'add and change contracts and their terms' },
  'invoice.issue': { roles: [MGR, BILL], forOthers: false, what: 'issue invoices (invoice run)' },
  'invoice.cancel': { roles: [MGR, BILL], forOthers: false, what: 'cancel invoices with a credit note' },
  'payment.record': { roles: [MGR, BILL], forOthers: false, what: 'record, import and assign payments' },
  'dunning.run': { roles: [MGR, BILL], forOthers: false, what: 'write payment reminders (dunning run)' },
  'mail.take-in': { roles: [L1, MGR], forOthers: false, what: 'take in mail: tickets and messages from incoming mail (mail fetch, import)' },
  'config.change': { roles: [MGR], forOthers: false, what: 'change desk.yaml (company, staff, roles, this table) or upgrade the layout' },
  'helpdesk.sync': { roles: ANYONE, forOthers: false, what: 'send and receive changes, set up a clone (sync, setup)' },
  'notify.send': { roles: ANYONE, forOthers: false, what: 'send the staff notifications that are due (notify)' },
  'announce.send': { roles: [L1, SALES, MGR], forOthers: false, what: 'send announcements to customers (announce)' },
  'usage.send': { roles: [PL, SALES, MGR, BILL], forOthers: false, what: 'mail usage statements to customers (usage --send)' },
  'customer.review': { roles: [PL, SALES, MGR], forOthers: true, what: 'record a review meeting with the customer (customer review)' },
  'act-for-others': { roles: [L1, MGR], forOthers: false, what: 'enter with --as what another staff member did or said' },
} as const satisfies Record<string, PermissionRow>;

export interface PermissionRow {
  roles: readonly Role[];
  forOthers: boolean;
  what: string;
}

export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

/** The permission each kind of ticket event needs: the history check reads events, not commands. */
export const EVENT_PERMISSION: Record<EventType, Permission> = {
  opened: 'ticket.open',
  qualified: 'ticket.work',
  assigned: 'ticket.work',
  escalated: 'ticket.escalate',
  estimated: 'change.estimate',
  approved: 'change.approve',
  'handed-off': 'ticket.handoff',
  message: 'ticket.work',
  comment: 'ticket.comment',
  waiting: 'ticket.work',
  resolved: 'ticket.work',
  returned: 'ticket.work',
  closed: 'ticket.work',
  reopened: 'ticket.work',
  'time-logged': 'time.log',
  'time-cancelled': 'time.log',
  'time-confirmed': 'time.log',
  'kb-linked': 'ticket.work',
  feedback: 'ticket.work',
  'commit-linked': 'ticket.work',
  tagged: 'ticket.work',
  edited: 'ticket.work',
  attached: 'ticket.work',
  merged: 'ticket.work',
  settled: 'ticket.work',
  'mail-sent': 'ticket.work',
  'mail-failed': 'ticket.work',
  'machine-mail': 'mail.take-in',
  'contact-proposed': 'mail.take-in',
};

/** The permission each workflow command needs, checked before it asks anything. */
export const ACTION_PERMISSION: Record<Action, Permission> = {
  qualify: 'ticket.work',
  assign: 'ticket.work',
  escalate: 'ticket.escalate',
  estimate: 'change.estimate',
  approve: 'change.approve',
  handoff: 'ticket.handoff',
  reply: 'ticket.work',
  'customer-reply': 'ticket.work',
  comment: 'ticket.comment',
  wait: 'ticket.work',
  resolve: 'ticket.work',
  return: 'ticket.work',
  close: 'ticket.work',
  reopen: 'ticket.work',
  feedback: 'ticket.work',
  tag: 'ticket.work',
  edit: 'ticket.work',
  dismiss: 'ticket.work',
};

/** The trailer of a commit someone entered for the staff member who is its author. */
export const ENTERED_BY = 'Entered-by';
