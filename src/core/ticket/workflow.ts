import { refused, usage } from '../errors.js';
import type { Role } from '../schema/config.js';
import type { EventPayload } from './events.js';
import { isQualified, type TicketState } from './projection.js';
import { CHANGE_REQUEST_LIMIT_MINUTES, isSupport, TAG_PATTERN, type HandoffTarget, type Status } from './vocabulary.js';
import { describeDuration } from '../duration.js';
import { text, type Key } from '../../i18n/keys.js';

export interface Actor {
  id: string;
  roles: readonly Role[];
}

export interface WorkflowContext {
  actor: Actor;
  /** The customer's people, from contracts/<customer>.yaml. */
  projectLead?: string;
  salesRep?: string;
  /** Roles of any staff member, to check targets such as `escalate --to`. */
  rolesOf: (staffId: string) => readonly Role[] | undefined;
}

/**
 * The allowed moves, in one place: for every action the statuses it may start from.
 * Further conditions (qualification, level, roles, estimates) follow in `decide`.
 * docs/workflow.md lists this table; keep them in step.
 */
export const TRANSITIONS = {
  qualify: ['new', 'open', 'escalated', 'waiting'],
  assign: ['new', 'open', 'escalated', 'waiting', 'resolved', 'handed-off'],
  escalate: ['open'],
  estimate: ['escalated', 'waiting'],
  approve: ['escalated', 'waiting', 'handed-off'],
  handoff: ['new', 'open', 'escalated', 'waiting'],
  reply: ['new', 'open', 'escalated', 'waiting', 'resolved', 'handed-off'],
  'customer-reply': ['new', 'open', 'escalated', 'waiting', 'resolved', 'handed-off'],
  comment: ['new', 'open', 'escalated', 'waiting', 'resolved', 'closed', 'handed-off'],
  // waiting again sets a new follow-up day
  wait: ['open', 'escalated', 'waiting'],
  resolve: ['open', 'escalated', 'waiting'],
  return: ['resolved'],
  close: ['resolved', 'handed-off'],
  tag: ['new', 'open', 'escalated', 'waiting', 'resolved', 'closed', 'handed-off'],
  edit: ['new', 'open', 'escalated', 'waiting', 'resolved', 'closed', 'handed-off'],
  // spam and duplicates are put aside from wherever they are, without the customer's acceptance
  dismiss: ['new', 'open', 'escalated', 'waiting', 'resolved'],
  reopen: ['resolved', 'closed', 'handed-off'],
  // the customer rates a solution they have seen; a later rating replaces the earlier one
  feedback: ['resolved', 'closed'],
} as const satisfies Record<string, readonly Status[]>;

export type Action = keyof typeof TRANSITIONS;

/** The command a person types for an action, where it differs from the action's name. */
const COMMAND_OF: Partial<Record<Action, string>> = {
  'customer-reply': 'reply --from-customer',
  dismiss: 'close --spam / --as-duplicate-of',
  return: 'return',
};

/** What a person can do next from a status, as the commands they type, for "what is allowed instead" in refusals. */
export function actionsFrom(status: Status): string[] {
  const moves = (Object.keys(TRANSITIONS) as Action[]).filter(
    (a) => (TRANSITIONS[a] as readonly Status[]).includes(status) && a !== 'customer-reply',
  );
  // logging time is refused by billing rules, never by status
  return [...moves.map((a) => COMMAND_OF[a] ?? a), 'log'];
}

const WHY_NOT: Partial<Record<Status, Key>> = {
  new: 'workflow.whyNew',
  closed: 'workflow.whyClosed',
  'handed-off': 'workflow.whyHandedOff',
  resolved: 'workflow.whyResolved',
  waiting: 'workflow.whyWaiting',
};

/** Throws a refusal unless `action` may start from the ticket's status. */
export function requireStatus(action: Action, s: TicketState): void {
  const allowed = TRANSITIONS[action] as readonly Status[];
  if (allowed.includes(s.status)) return;
  const status = text(`status.${s.status}`);
  const why =
    action === 'feedback'
      ? text('workflow.whyFeedback', { status })
      : s.duplicateOf
        ? text('workflow.whyDuplicate', { merged: s.closure === 'merged' ? 'yes' : 'no', original: s.duplicateOf })
        : text(WHY_NOT[s.status] ?? 'workflow.whyStatus', { status });
  const instead = actionsFrom(s.status);
  throw refused(
    text('workflow.cannot', { action, id: s.id, why }),
    instead.length ? text('workflow.allowedFrom', { status, commands: instead.join(', ') }) : undefined,
  );
}

const has = (actor: Actor, role: Role) => actor.roles.includes(role);

/**
 * Whether to ask for a knowledge-base article after a resolution: Second Level writes its
 * solutions down so First Level can reuse them (docs/domain.md §2), unless one is linked.
 */
export function articleWanted(after: TicketState, actor: Actor): boolean {
  return after.kbLinks.length === 0 && has(actor, 'second-level');
}

/** Second Level works only on tickets First Level escalated to it (docs/domain.md §2). */
function requireSecondLevelReached(action: string, s: TicketState, ctx: WorkflowContext) {
  if (!s.reachedSecondLevel && has(ctx.actor, 'second-level') && !has(ctx.actor, 'first-level')) {
    throw refused(text('workflow.neverEscalated', { action, id: s.id }), text('workflow.neverEscalatedHint'));
  }
}

/** What each action needs from the person doing it. */
export interface Inputs {
  qualify: Omit<EventPayload<'qualified'>, 'type'>;
  assign: { to: string };
  escalate: { reason: string; to?: string };
  estimate: { minutes: number; note?: string };
  approve: { note?: string };
  handoff: { target: HandoffTarget; reason: string };
  reply: { text: string };
  'customer-reply': { text: string };
  comment: { text: string };
  wait: { reason?: string; until?: string };
  resolve: { solution: string; kb?: string };
  return: { note?: string };
  close: { acceptedBy?: string; withoutAcceptance?: string };
  tag: { add: string[]; remove: string[] };
  /** The corrected fields; `invoiced`: how many of the ticket's time entries an issued invoice holds. */
  edit: { fields: EditFields; invoiced: number; reason?: string };
  /** Exactly one of them; `original` is the ticket a duplicate repeats, as it is now. */
  dismiss: { spam?: true; original?: TicketState };
  reopen: { reason: string };
  feedback: { score: number; comment?: string; from?: string };
}

/**
 * Decides whether `action` is allowed on the ticket and returns the event to record.
 * Every refusal says why and what is allowed instead.
 */
export function decide<A extends Action>(
  action: A,
  s: TicketState,
  ctx: WorkflowContext,
  input: Inputs[A],
): EventPayload {
  requireStatus(action, s);
  const i = input as Inputs[Action];
  switch (action) {
    case 'qualify':
      return { type: 'qualified', ...(i as Inputs['qualify']) };
    case 'assign':
      return { type: 'assigned', to: (i as Inputs['assign']).to };
    case 'escalate':
      return escalate(s, ctx, i as Inputs['escalate']);
    case 'estimate':
      return estimate(s, ctx, i as Inputs['estimate']);
    case 'approve':
      return approve(s, ctx, i as Inputs['approve']);
    case 'handoff':
      return handoff(s, ctx, i as Inputs['handoff']);
    case 'reply':
      requireSecondLevelReached('reply', s, ctx);
      return { type: 'message', direction: 'to-customer', text: (i as Inputs['reply']).text };
    case 'customer-reply':
      return { type: 'message', direction: 'from-customer', text: (i as Inputs['reply']).text };
    case 'comment':
      return { type: 'comment', text: (i as Inputs['comment']).text };
    case 'wait':
      return { type: 'waiting', reason: (i as Inputs['wait']).reason, until: (i as Inputs['wait']).until };
    case 'resolve':
      return resolve(s, ctx, i as Inputs['resolve']);
    case 'return':
      if (s.level !== 2)
        throw refused(text('workflow.returnAtFirst', { id: s.id }), text('workflow.returnAtFirstHint'));
      return { type: 'returned', note: (i as Inputs['return']).note };
    case 'close':
      return close(s, i as Inputs['close']);
    case 'dismiss':
      return dismiss(s, i as Inputs['dismiss']);
    case 'tag':
      return tag(s, i as Inputs['tag']);
    case 'edit':
      return edit(s, i as Inputs['edit']);
    case 'reopen':
      return { type: 'reopened', reason: (i as Inputs['reopen']).reason };
    case 'feedback':
      return feedback(i as Inputs['feedback']);
  }
  throw new Error(`unknown action ${String(action)}`);
}

function escalate(s: TicketState, ctx: WorkflowContext, i: Inputs['escalate']): EventPayload {
  if (s.level === 2) throw refused(text('workflow.escalateAtSecond', { id: s.id }));
  if (!isQualified(s))
    throw refused(text('workflow.qualifyFirst', { action: 'escalate', id: s.id }), text('workflow.qualifyFirstHint'));
  if (s.category && !isSupport(s.category)) {
    throw refused(
      text('workflow.notSupport', {
        action: 'escalate',
        id: s.id,
        category: text(`category.${s.category}`),
      }),
      text('workflow.handOffInstead', { id: s.id }),
    );
  }
  if (i.to && !ctx.rolesOf(i.to)?.includes('second-level')) {
    throw refused(text('workflow.notSecondLevelStaff', { action: 'escalate', id: s.id, to: i.to, staff: i.to }));
  }
  return { type: 'escalated', reason: i.reason, to: i.to };
}

function estimate(s: TicketState, ctx: WorkflowContext, i: Inputs['estimate']): EventPayload {
  if (i.minutes <= 0) throw usage(text('workflow.estimateZero'));
  if (s.category !== 'change-request')
    throw refused(
      text('workflow.estimateOnlyChange', {
        id: s.id,
        category: s.category ? text(`category.${s.category}`) : text('words.unqualified'),
      }),
    );
  if (s.level !== 2) throw refused(text('workflow.estimateEscalateFirst', { id: s.id }));
  if (!has(ctx.actor, 'second-level'))
    throw refused(
      text('workflow.notSecondLevelStaff', { action: 'estimate', id: s.id, to: 'none', staff: ctx.actor.id }),
    );
  return { type: 'estimated', minutes: i.minutes, note: i.note };
}

function approve(s: TicketState, ctx: WorkflowContext, i: Inputs['approve']): EventPayload {
  if (s.category !== 'change-request' || s.estimateMinutes === undefined) {
    throw refused(text('workflow.approveOnlyEstimated', { id: s.id }), text('workflow.approveOnlyEstimatedHint'));
  }
  if (s.estimateMinutes > CHANGE_REQUEST_LIMIT_MINUTES) {
    throw refused(
      text('workflow.overLimit', { action: 'approve', id: s.id, estimate: describeDuration(s.estimateMinutes) }),
      text('workflow.handOff', { id: s.id }),
    );
  }
  if (!ctx.projectLead)
    throw refused(
      text('workflow.noPerson', { action: 'approve', id: s.id, customer: s.customer, target: 'lead' }),
      text('workflow.setPerson', { field: 'projectLead', customer: s.customer }),
    );
  if (ctx.actor.id !== ctx.projectLead)
    throw refused(text('workflow.onlyProjectLead', { id: s.id, lead: ctx.projectLead }));
  if (s.approvedBy) throw refused(text('workflow.approvedAlready', { id: s.id, by: s.approvedBy }));
  return { type: 'approved', note: i.note };
}

function handoff(s: TicketState, ctx: WorkflowContext, i: Inputs['handoff']): EventPayload {
  const to = i.target === 'project-lead' ? ctx.projectLead : ctx.salesRep;
  const field = i.target === 'project-lead' ? 'projectLead' : 'salesRep';
  if (!to)
    throw refused(
      text('workflow.noPerson', {
        action: 'handoff',
        id: s.id,
        customer: s.customer,
        target: i.target === 'project-lead' ? 'lead' : 'sales',
      }),
      text('workflow.setPerson', { field, customer: s.customer }),
    );
  return { type: 'handed-off', target: i.target, to, reason: i.reason };
}

function resolve(s: TicketState, ctx: WorkflowContext, i: Inputs['resolve']): EventPayload {
  if (!isQualified(s))
    throw refused(text('workflow.qualifyFirst', { action: 'resolve', id: s.id }), text('workflow.qualifyFirstHint'));
  if (s.category && !isSupport(s.category)) {
    throw refused(
      text('workflow.notSupport', {
        action: 'resolve',
        id: s.id,
        category: text(`category.${s.category}`),
      }),
      text('workflow.handOff', { id: s.id }),
    );
  }
  requireSecondLevelReached('resolve', s, ctx);
  if (s.category === 'change-request') {
    if (s.estimateMinutes === undefined)
      throw refused(text('workflow.needsEstimate', { id: s.id }), `desk estimate ${s.id} 4h`);
    if (s.estimateMinutes > CHANGE_REQUEST_LIMIT_MINUTES) {
      throw refused(
        text('workflow.overLimit', { action: 'resolve', id: s.id, estimate: describeDuration(s.estimateMinutes) }),
        `desk handoff ${s.id} --to project-lead --reason …`,
      );
    }
    if (!s.approvedBy)
      throw refused(text('workflow.notApproved', { id: s.id }), text('workflow.notApprovedHint', { id: s.id }));
  }
  return { type: 'resolved', solution: i.solution, kb: i.kb };
}

/** A score of 1 (bad) to 5 (very good), as the satisfaction report counts it. */
function feedback(i: Inputs['feedback']): EventPayload {
  if (!Number.isInteger(i.score) || i.score < 1 || i.score > 5)
    throw usage(text('workflow.badScore', { score: String(i.score) }), text('workflow.badScoreHint'));
  return {
    type: 'feedback',
    score: i.score,
    ...(i.comment && { comment: i.comment }),
    ...(i.from && { from: i.from }),
  };
}

function close(s: TicketState, i: Inputs['close']): EventPayload {
  if (!i.acceptedBy && !i.withoutAcceptance) {
    throw refused(text('workflow.needsAcceptance', { id: s.id }), text('workflow.needsAcceptanceHint'));
  }
  return { type: 'closed', acceptedBy: i.acceptedBy, withoutAcceptance: i.withoutAcceptance };
}

/**
 * Taking a ticket (desk.yaml workflow.assignOnFirstTouch): the first reply or qualification by
 * someone working at the ticket's level makes an unassigned ticket theirs.
 */
export function firstTouchAssignment(
  action: Action,
  before: TicketState,
  actor: Actor,
  enabled: boolean,
): EventPayload<'assigned'> | undefined {
  if (!enabled || before.assignee !== undefined || (action !== 'reply' && action !== 'qualify')) return undefined;
  const level = before.level === 1 ? 'first-level' : 'second-level';
  return actor.roles.includes(level) ? { type: 'assigned', to: actor.id } : undefined;
}

/** Spam and duplicates: closed without acceptance; logged time would be billed, so it must go first. */
function dismiss(s: TicketState, i: Inputs['dismiss']): EventPayload {
  if (s.timeEntries.length > 0) {
    throw refused(
      text('workflow.dismissWithTime', { id: s.id, spam: i.spam ? 'yes' : 'no', count: s.timeEntries.length }),
      i.spam
        ? text('workflow.undoTimeFirst', { id: s.id })
        : text('workflow.mergeInstead', { id: s.id, original: i.original?.id ?? 'ID' }),
    );
  }
  if (i.spam) return { type: 'closed', spam: true };
  const original = i.original;
  if (!original) throw usage(text('workflow.spamOrDuplicate'));
  if (original.id === s.id) throw usage(text('workflow.duplicateOfItself', { id: s.id }));
  if (original.duplicateOf)
    throw refused(
      text('workflow.duplicateOfDuplicate', { id: s.id, original: original.id, kept: original.duplicateOf }),
      text('workflow.nameKept', { kept: original.duplicateOf }),
    );
  if (original.closure === 'spam') throw refused(text('workflow.duplicateOfSpam', { id: s.id, original: original.id }));
  return { type: 'closed', duplicateOf: original.id };
}

export type EditFields = Partial<
  Pick<EventPayload<'edited'>, 'title' | 'contact' | 'customer' | 'description' | 'channel' | 'receivedAt'>
>;

function tag(s: TicketState, i: Inputs['tag']): EventPayload {
  for (const t of [...i.add, ...i.remove]) {
    if (!TAG_PATTERN.test(t)) throw usage(text('workflow.badTag', { tag: t }), text('workflow.badTagHint'));
  }
  if (i.add.length === 0 && i.remove.length === 0)
    throw usage(text('workflow.noTags'), text('workflow.noTagsHint', { id: s.id }));
  return { type: 'tagged', add: i.add, remove: i.remove };
}

/**
 * Corrections are events: the original stays in the file. Moving a ticket to another customer
 * re-derives its contract, reaction time and billing, which invoiced time must not do.
 */
function edit(s: TicketState, i: Inputs['edit']): EventPayload {
  const changed = Object.fromEntries(
    Object.entries(i.fields).filter(([k, v]) => v !== undefined && v !== s[k as keyof EditFields]),
  ) as EditFields;
  if (Object.keys(changed).length === 0)
    throw usage(text('workflow.nothingToCorrect', { id: s.id }), text('workflow.nothingToCorrectHint'));
  if ((changed.customer !== undefined || changed.receivedAt !== undefined) && i.invoiced > 0) {
    throw refused(
      text('workflow.invoicedAlready', {
        field: changed.customer !== undefined ? 'customer' : 'receivedAt',
        id: s.id,
        count: i.invoiced,
      }),
      text('workflow.invoicedAlreadyHint'),
    );
  }
  if (changed.receivedAt !== undefined && Date.parse(changed.receivedAt) > Date.parse(s.openedAt))
    throw usage(text('workflow.receivedAfter', { openedAt: s.openedAt }));
  return { type: 'edited', ...changed, ...(i.reason && { reason: i.reason }) };
}
