import type { EventOf, TicketEvent } from './events.js';
import { compareEvents } from './event-order.js';
import { conflictingMove, type MoveConflict } from './concurrent-moves.js';
import { TimeLedger, type TimeConflict, type TimeEntryState } from './time-ledger.js';
import { reactionKindOf, type FirstReaction } from './reaction.js';
import {
  NOT_A_REQUEST,
  type Category,
  type Channel,
  type Closure,
  type HandoffTarget,
  type Level,
  type Priority,
  type Status,
} from './vocabulary.js';

export interface Attachment {
  name: string;
  /** File name in the ticket's attachment folder (store: attachmentDir). */
  file: string;
  bytes: number;
  sha256: string;
  at: string;
  by: string;
}

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
  /** The first thing that told the customer the request is handled (core/ticket/reaction.ts). */
  firstReactionAt?: string;
  firstReaction?: FirstReaction;
  resolvedAt?: string;
  resolvedBy?: string;
  solution?: string;
  closedAt?: string;
  acceptedBy?: string;
  /** How a closed ticket ended. */
  closure?: Closure;
  /** Closed as a duplicate of (or merged into) this ticket. */
  duplicateOf?: string;
  /** Second Level handed it back for the final word (since the last resolution). */
  returnedAt?: string;
  reopenCount: number;
  /** Waiting on the customer: when it started, the status to go back to, and the day it comes back to the work list. */
  waitingSince?: string;
  resumeStatus?: Status;
  followUpOn?: string;
  tags: string[];
  attachments: Attachment[];
  /** Duplicates merged into this ticket. */
  mergedFrom: string[];
  kbLinks: string[];
  /** The entries that count: of each entry and its corrections, at most one (time-ledger.ts). */
  timeEntries: TimeEntryState[];
  /** Corrections of one entry made apart in two clones, until a person confirms the result. */
  timeConflicts: TimeConflict[];
  /** Moves made apart that the workflow would not allow in sequence, until a person settles them. */
  moveConflicts: MoveConflict[];
  feedback?: { score: number; comment?: string; from?: string; at: string };
  commits: EventOf<'commit-linked'>[];
  /** Where replies go: the address the customer wrote from. */
  contactEmail?: string;
  /** Opened by a mail on this closed ticket. */
  follows?: string;
  /** Mails to the customer not delivered yet (queued, being retried), by Message-ID. */
  queuedMail: { messageId: string; by: string; at: string }[];
  /** Mails given up on, shown in their writer's queue until a later mail reaches the customer. */
  undeliveredMail: { messageId: string; by: string; error: string; at: string }[];
  /** Addresses desk's mail bounced from. */
  bouncedAddresses: string[];
  /** Every Message-ID sent or received on this ticket, for threading replies. */
  messageIds: string[];
}

/** Closed as spam, a duplicate or merged into another ticket: counted nowhere as a request. */
export function isNotARequest(s: Pick<TicketState, 'closure'>): boolean {
  return s.closure !== undefined && NOT_A_REQUEST.includes(s.closure);
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
    tags: [],
    attachments: [],
    mergedFrom: [],
    kbLinks: [],
    timeEntries: [],
    timeConflicts: [],
    moveConflicts: [],
    commits: [],
    contactEmail: first.contactEmail,
    follows: first.follows,
    queuedMail: [],
    undeliveredMail: [],
    bouncedAddresses: [],
    messageIds: first.mail ? [first.mail.messageId] : [],
  };
  s = qualify(s, first);
  s = reacted(s, first);
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
    // a move not applied still told the customer what it told them
    s = { ...reacted(s, e), updatedAt: e.at };
  }
  return { ...s, timeEntries: time.entries(), timeConflicts: time.conflicts(), moveConflicts: moves };
}

function reacted(s: TicketState, e: TicketEvent): TicketState {
  if (s.firstReaction) return s;
  const how = reactionKindOf(e);
  return how ? { ...s, firstReaction: { at: e.at, by: e.by, how }, firstReactionAt: e.at } : s;
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
    case 'message': {
      const ids = e.mail ? addLink(s.messageIds, e.mail.messageId) : s.messageIds;
      if (e.direction === 'to-customer') {
        // a mail is queued until the server takes it (mail-sent); only then does it count as the reaction
        if (e.mail)
          return {
            ...s,
            messageIds: ids,
            queuedMail: [...s.queuedMail, { messageId: e.mail.messageId, by: e.by, at: e.at }],
          };
        return s;
      }
      return s.status === 'waiting' ? { ...resume(s), messageIds: ids } : { ...s, messageIds: ids };
    }
    case 'mail-sent':
      return {
        ...s,
        queuedMail: s.queuedMail.filter((m) => m.messageId !== e.messageId),
        undeliveredMail: [],
      };
    case 'mail-failed': {
      const queued = s.queuedMail.find((m) => m.messageId === e.messageId);
      return {
        ...s,
        queuedMail: s.queuedMail.filter((m) => m.messageId !== e.messageId),
        undeliveredMail: [
          ...s.undeliveredMail,
          { messageId: e.messageId, by: queued?.by ?? e.by, error: e.error, at: e.at },
        ],
      };
    }
    case 'machine-mail':
      return {
        ...s,
        messageIds: addLink(s.messageIds, e.mail.messageId),
        bouncedAddresses: e.address ? addLink(s.bouncedAddresses, e.address.toLowerCase()) : s.bouncedAddresses,
      };
    case 'contact-proposed':
      return s;
    case 'comment':
      return s;
    case 'waiting':
      // waiting again only moves the follow-up day
      return s.status === 'waiting'
        ? { ...s, followUpOn: e.until }
        : { ...s, status: 'waiting', waitingSince: e.at, resumeStatus: s.status, followUpOn: e.until };
    case 'resolved':
      return {
        ...resume(s),
        status: 'resolved',
        resolvedAt: e.at,
        resolvedBy: e.by,
        solution: e.solution,
        returnedAt: undefined,
        kbLinks: addLink(s.kbLinks, e.kb),
      };
    case 'returned':
      return { ...s, level: 1, assignee: s.escalatedBy ?? s.assignee, returnedAt: e.at };
    case 'closed':
      return {
        ...resume(s),
        status: 'closed',
        closedAt: e.at,
        acceptedBy: e.acceptedBy,
        closure: closureOf(e),
        duplicateOf: e.duplicateOf,
      };
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
        closure: undefined,
        duplicateOf: undefined,
        acceptedBy: undefined,
        returnedAt: undefined,
      };
    case 'time-logged':
    case 'time-cancelled':
    case 'time-confirmed':
    case 'settled':
      return s; // the time ledger and the loop above apply these
    case 'kb-linked':
      return { ...s, kbLinks: addLink(s.kbLinks, e.slug) };
    case 'tagged':
      return { ...s, tags: [...new Set([...s.tags.filter((t) => !e.remove.includes(t)), ...e.add])].sort() };
    case 'edited':
      return {
        ...s,
        title: e.title ?? s.title,
        contact: e.contact ?? s.contact,
        customer: e.customer ?? s.customer,
        description: e.description ?? s.description,
        channel: e.channel ?? s.channel,
        receivedAt: e.receivedAt ?? s.receivedAt,
      };
    case 'merged':
      return s.mergedFrom.includes(e.from) ? s : { ...s, mergedFrom: [...s.mergedFrom, e.from] };
    case 'attached':
      return {
        ...s,
        attachments: [
          ...s.attachments,
          { name: e.name, file: e.file, bytes: e.bytes, sha256: e.sha256, at: e.at, by: e.by },
        ],
      };
    case 'feedback':
      return { ...s, feedback: { score: e.score, comment: e.comment, from: e.from, at: e.at } };
    case 'commit-linked':
      return s.commits.some((c) => c.hash === e.hash) ? s : { ...s, commits: [...s.commits, e] };
  }
}

function resume(s: TicketState): TicketState {
  if (s.status !== 'waiting') return s;
  return {
    ...s,
    status: s.resumeStatus ?? 'open',
    waitingSince: undefined,
    resumeStatus: undefined,
    followUpOn: undefined,
  };
}

function closureOf(e: EventOf<'closed'>): Closure {
  if (e.spam) return 'spam';
  if (e.duplicateOf) return e.merged ? 'merged' : 'duplicate';
  if (e.silentDays) return 'accepted-by-silence';
  return e.acceptedBy ? 'accepted' : 'without-acceptance';
}

function addLink(links: string[], slug: string | undefined): string[] {
  return slug && !links.includes(slug) ? [...links, slug] : links;
}
