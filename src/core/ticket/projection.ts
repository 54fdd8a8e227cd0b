import type { EventOf, TicketEvent } from './events.js';
import { compareEvents } from './event-order.js';
import { conflictingMove, type MoveConflict } from './concurrent-moves.js';
import { TimeLedger, type TimeConflict, type TimeEntryState } from './time-ledger.js';
import type { Category, Channel, HandoffTarget, Level, Priority, Status } from './vocabulary.js';

export type { MoveConflict, TimeConflict, TimeEntryState };

/** The state of a ticket, computed from its events and nothing else. */
export interface TicketState {
  id: string;
  title: string;
  customer: string;
  description: string;
  channel: Channel;
  contact?: string;
  receivedAt: string;
  openedAt: string;
  openedBy: string;
  updatedAt: string;
  status: Status;
  level: Level;
  category?: Category;
  product?: string;
  module?: string;
  priority?: Priority;
  assignee?: string;
  /** Ever at Second Level: the first-contact resolution rate counts tickets where this stays false. */
  reachedSecondLevel: boolean;
  escalatedBy?: string;
  estimateMinutes?: number;
  approvedBy?: string;
  handoff?: { target: HandoffTarget; to: string; reason: string };
  firstReactionAt?: string;
  resolvedAt?: string;
  resolvedBy?: string;
  solution?: string;
  closedAt?: string;
  acceptedBy?: string;
  reopenCount: number;
  /** Waiting on the customer: when it started, and the status to go back to. */
  waitingSince?: string;
  resumeStatus?: Status;
  kbLinks: string[];
  /** The entries that count: of each entry and its corrections, at most one (time-ledger.ts). */
  timeEntries: TimeEntryState[];
  /** Corrections of one entry made apart in two clones, until a person confirms the result. */
  timeConflicts: TimeConflict[];
  /** Moves made apart that the workflow would not allow in sequence, until a person settles them. */
  moveConflicts: MoveConflict[];
  feedback?: { score: number; comment?: string; from?: string; at: string };
  commits: EventOf<'commit-linked'>[];
}

export function isQualified(s: TicketState): boolean {
  return s.category !== undefined && s.priority !== undefined;
}

export function project(id: string, unordered: readonly TicketEvent[]): TicketState {
  const events = [...unordered].sort(compareEvents);
  const first = events[0];
  if (!first || first.type !== 'opened') throw new Error(`${id}: the first event must be "opened"`);
  let s: TicketState = {
    id,
    title: first.title,
    customer: first.customer,
    description: first.description,
    channel: first.channel,
    contact: first.contact,
    receivedAt: first.receivedAt,
    openedAt: first.at,
    openedBy: first.by,
    updatedAt: first.at,
    status: 'new',
    level: 1,
    reachedSecondLevel: false,
    reopenCount: 0,
    kbLinks: [],
    timeEntries: [],
    timeConflicts: [],
    moveConflicts: [],
    commits: [],
  };
  s = qualify(s, first);
  const time = new TimeLedger(events);
  let moves: MoveConflict[] = [];
  for (const e of events.slice(1)) {
    if (e.type === 'time-logged' || e.type === 'time-cancelled') time.apply(e, s.level);
    else if (e.type === 'settled') moves = [];
    else {
      const conflict = conflictingMove(e, s.status);
      if (conflict) moves.push(conflict);
      else s = apply(s, e);
    }
    s = { ...s, updatedAt: e.at };
  }
  return { ...s, timeEntries: time.entries(), timeConflicts: time.conflicts(), moveConflicts: moves };
}

function qualify(
  s: TicketState,
  e: { category?: Category; product?: string; module?: string; priority?: Priority },
): TicketState {
  const next = {
    ...s,
    category: e.category ?? s.category,
    product: e.product ?? s.product,
    module: e.module ?? s.module,
    priority: e.priority ?? s.priority,
  };
  return next.status === 'new' && isQualified(next) ? { ...next, status: 'open' } : next;
}

function apply(s: TicketState, e: TicketEvent): TicketState {
  switch (e.type) {
    case 'opened':
      return s; // a second "opened" is reported by the consistency check, not applied
    case 'qualified':
      return qualify(s, e);
    case 'assigned':
      return { ...s, assignee: e.to };
    case 'escalated':
      return { ...s, status: 'escalated', level: 2, reachedSecondLevel: true, escalatedBy: e.by, assignee: e.to };
    case 'estimated':
      // a new estimate needs a new approval
      return { ...s, estimateMinutes: e.minutes, approvedBy: undefined };
    case 'approved':
      return { ...s, approvedBy: e.by };
    case 'handed-off':
      return { ...s, status: 'handed-off', handoff: { target: e.target, to: e.to, reason: e.reason }, assignee: e.to };
    case 'message':
      if (e.direction === 'to-customer') return { ...s, firstReactionAt: s.firstReactionAt ?? e.at };
      return s.status === 'waiting' ? resume(s) : s;
    case 'comment':
      return s;
    case 'waiting':
      return { ...s, status: 'waiting', waitingSince: e.at, resumeStatus: s.status };
    case 'resolved':
      return {
        ...resume(s),
        status: 'resolved',
        resolvedAt: e.at,
        resolvedBy: e.by,
        solution: e.solution,
        kbLinks: addLink(s.kbLinks, e.kb),
      };
    case 'returned':
      return { ...s, level: 1, assignee: s.escalatedBy ?? s.assignee };
    case 'closed':
      return { ...s, status: 'closed', closedAt: e.at, acceptedBy: e.acceptedBy };
    case 'reopened':
      // the hub takes every request back: a reopened ticket starts again at First Level
      return {
        ...resume(s),
        status: isQualified(s) ? 'open' : 'new',
        level: 1,
        reopenCount: s.reopenCount + 1,
        closedAt: undefined,
        resolvedAt: undefined,
        handoff: undefined,
      };
    case 'time-logged':
    case 'time-cancelled':
    case 'time-confirmed':
    case 'settled':
      return s; // the time ledger and the loop above apply these
    case 'kb-linked':
      return { ...s, kbLinks: addLink(s.kbLinks, e.slug) };
    case 'feedback':
      return { ...s, feedback: { score: e.score, comment: e.comment, from: e.from, at: e.at } };
    case 'commit-linked':
      return s.commits.some((c) => c.hash === e.hash) ? s : { ...s, commits: [...s.commits, e] };
  }
}

function resume(s: TicketState): TicketState {
  if (s.status !== 'waiting') return s;
  return { ...s, status: s.resumeStatus ?? 'open', waitingSince: undefined, resumeStatus: undefined };
}

function addLink(links: string[], slug: string | undefined): string[] {
  return slug && !links.includes(slug) ? [...links, slug] : links;
}
