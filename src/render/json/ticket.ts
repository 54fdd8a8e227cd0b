import type { EventOf } from '../../core/ticket/events.js';
import type { TicketState, TimeEntryState } from '../../core/ticket/projection.js';
import type {
  Category,
  Channel,
  Closure,
  HandoffTarget,
  Level,
  Priority,
  Status,
} from '../../core/ticket/vocabulary.js';

/**
 * The state of a ticket as `desk show ID --json` prints it: the documented contract of
 * docs/json.md, built field by field from the projection rather than dumping it, so that a
 * field the projection adds, renames or leaves out never changes the output by accident. Every
 * field is always there; what a ticket does not have is `null` (a test holds this and the
 * table in docs/json.md to each other).
 */
export interface TicketStateView {
  title: string;
  customer: string;
  description: string;
  channel: Channel;
  contact: string | null;
  status: Status;
  level: Level;
  category: Category | null;
  product: string | null;
  module: string | null;
  priority: Priority | null;
  assignee: string | null;
  receivedAt: string;
  openedAt: string;
  openedBy: string;
  updatedAt: string;
  firstReactionAt: string | null;
  reachedSecondLevel: boolean;
  escalatedBy: string | null;
  estimateMinutes: number | null;
  approvedBy: string | null;
  handoff: { target: HandoffTarget; to: string; reason: string } | null;
  waitingSince: string | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
  solution: string | null;
  closedAt: string | null;
  acceptedBy: string | null;
  closure: Closure | null;
  duplicateOf: string | null;
  mergedFrom: string[];
  returnedAt: string | null;
  followUpOn: string | null;
  reopenCount: number;
  tags: string[];
  kbLinks: string[];
  timeEntries: TimeEntryView[];
  feedback: { score: number; comment: string | null; from: string | null; at: string } | null;
  commits: EventOf<'commit-linked'>[];
  contactEmail: string | null;
  follows: string | null;
  bouncedAddresses: string[];
  timeConflicts: TimeConflictView[];
  moveConflicts: MoveConflictView[];
}

export interface TimeConflictView {
  entry: string;
  corrections: {
    event: string;
    by: string;
    at: string;
    corrects: string;
    replacement: string | null;
    minutes: number | null;
  }[];
  stands: string | null;
  outcome: string;
}

export interface MoveConflictView {
  event: string;
  type: string;
  by: string;
  at: string;
  status: Status;
}

export interface TimeEntryView {
  id: string;
  on: string;
  minutes: number;
  activity: TimeEntryState['activity'];
  staff: string;
  level: Level;
  note: string | null;
  nonBillable: string | null;
  review: string | null;
  loggedAt: string;
}

const or = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

export function ticketStateView(s: TicketState): TicketStateView {
  return {
    title: s.title,
    customer: s.customer,
    description: s.description,
    channel: s.channel,
    contact: or(s.contact),
    status: s.status,
    level: s.level,
    category: or(s.category),
    product: or(s.product),
    module: or(s.module),
    priority: or(s.priority),
    assignee: or(s.assignee),
    receivedAt: s.receivedAt,
    openedAt: s.openedAt,
    openedBy: s.openedBy,
    updatedAt: s.updatedAt,
    firstReactionAt: or(s.firstReactionAt),
    reachedSecondLevel: s.reachedSecondLevel,
    escalatedBy: or(s.escalatedBy),
    estimateMinutes: or(s.estimateMinutes),
    approvedBy: or(s.approvedBy),
    handoff: s.handoff ? { target: s.handoff.target, to: s.handoff.to, reason: s.handoff.reason } : null,
    waitingSince: or(s.waitingSince),
    resolvedAt: or(s.resolvedAt),
    resolvedBy: or(s.resolvedBy),
    solution: or(s.solution),
    closedAt: or(s.closedAt),
    acceptedBy: or(s.acceptedBy),
    closure: or(s.closure),
    duplicateOf: or(s.duplicateOf),
    mergedFrom: [...s.mergedFrom],
    returnedAt: or(s.returnedAt),
    followUpOn: or(s.followUpOn),
    reopenCount: s.reopenCount,
    tags: [...s.tags],
    kbLinks: [...s.kbLinks],
    timeEntries: s.timeEntries.map(timeEntryView),
    feedback: s.feedback
      ? { score: s.feedback.score, comment: or(s.feedback.comment), from: or(s.feedback.from), at: s.feedback.at }
      : null,
    commits: [...s.commits],
    contactEmail: or(s.contactEmail),
    follows: or(s.follows),
    bouncedAddresses: [...s.bouncedAddresses],
    timeConflicts: s.timeConflicts.map((c) => ({
      entry: c.entry,
      corrections: c.corrections.map((k) => ({
        event: k.event,
        by: k.by,
        at: k.at,
        corrects: k.corrects,
        replacement: or(k.replacement),
        minutes: or(k.minutes),
      })),
      stands: or(c.stands),
      outcome: c.outcome,
    })),
    moveConflicts: s.moveConflicts.map((m) => ({ event: m.event, type: m.type, by: m.by, at: m.at, status: m.status })),
  };
}

export function timeEntryView(e: TimeEntryState): TimeEntryView {
  return {
    id: e.id,
    on: e.on,
    minutes: e.minutes,
    activity: e.activity,
    staff: e.staff,
    level: e.level,
    note: or(e.note),
    nonBillable: or(e.nonBillable),
    review: or(e.review),
    loggedAt: e.loggedAt,
  };
}
