import type { StaffMember } from '../core/schema/config.js';
import type { TicketEvent } from '../core/ticket/events.js';
import type { TicketState } from '../core/ticket/projection.js';
import type { TicketRecord } from '../core/ticket/ticket-record.js';
import { project } from '../core/ticket/projection.js';
import { UNKNOWN_CUSTOMER } from '../core/ticket/vocabulary.js';
import {
  decide,
  firstTouchAssignment,
  requireStatus,
  type Action,
  type Inputs,
  type WorkflowContext,
} from '../core/ticket/workflow.js';
import type { Helpdesk } from '../store/helpdesk.js';
import type { GlobalOptions } from './context.js';
import { openForTicketWork } from './housekeeping.js';
import { ACTION_PERMISSION } from '../core/permissions/index.js';
import { print, printJson } from './output.js';
import { describeStatus } from '../render/terminal/ticket-text.js';
import { forTerminalLine as line } from '../core/safe-text/index.js';
import { ticketsInSubject } from '../core/safe-text/commit-message.js';
import type { Said } from '../core/errors.js';
import { inEnglish, say, t } from '../i18n/index.js';

export interface ActionOptions extends GlobalOptions {
  json?: boolean;
}

export interface ActionDone {
  hd: Helpdesk;
  actor: StaffMember;
  after: TicketState;
  short: string;
}

/**
 * The shape of every workflow command: find the ticket, gather the input (asking only when
 * interactive, and before taking the lock), then under the lock re-read the ticket, let core
 * decide, append the event and commit it as one commit.
 */
export async function runTicketAction<A extends Action>(
  opts: ActionOptions,
  ref: string,
  action: A,
  gather: (ticket: TicketState, hd: Helpdesk, record: TicketRecord) => Promise<Inputs[A]>,
  summary: (input: Inputs[A], ticket: TicketState) => Said,
): Promise<ActionDone> {
  const [done] = await runBatchAction(opts, [ref], action, gather, summary);
  return done!;
}

/**
 * The same for several tickets at once (`desk assign`, `tag`, `wait`, `close --spam`): the input
 * is gathered once, every ticket is decided under the lock, and one refusal refuses the whole
 * batch — nothing is written then. One commit for all of them.
 */
export async function runBatchAction<A extends Action>(
  opts: ActionOptions,
  refs: readonly string[],
  action: A,
  gather: (ticket: TicketState, hd: Helpdesk, record: TicketRecord) => Promise<Inputs[A]>,
  summary: (input: Inputs[A], ticket: TicketState) => Said,
): Promise<ActionDone[]> {
  const { hd, actor } = await openForTicketWork(opts, ACTION_PERMISSION[action]);
  const ids = [...new Set(await Promise.all(refs.map((ref) => hd.resolveTicket(ref))))];
  const before = await Promise.all(ids.map((id) => hd.readTicket(id)));
  for (const t of before) requireStatus(action, t.state); // refuse before asking questions that cannot help
  const input = await gather(before[0]!.state, hd, before[0]!);
  const short = await hd.tickets.shortIds(ids);
  const added = new Map<string, TicketEvent[]>();
  const after = new Map<string, TicketState>();
  await hd.change(actor, async () => {
    const files = [];
    for (const id of ids) {
      const current = await hd.readTicket(id);
      const payload = decide(action, current.state, await workflowContext(hd, actor, current.state), input);
      const event = hd.stamp(payload, actor, current.events);
      const events = [event];
      const taken = firstTouchAssignment(action, current.state, actor, hd.config.workflow.assignOnFirstTouch);
      if (taken) events.push(hd.stamp(taken, actor, [...current.events, event]));
      added.set(id, events);
      after.set(id, project(id, [...current.events, ...events]));
      files.push(hd.ticketChange(id, current.events, events));
    }
    const taken = [...added.values()].some((events) => events.length > 1);
    return {
      files,
      message: `${ticketsInSubject(ids.map((id) => short.get(id) ?? id))}: ${inEnglish(summary(input, before[0]!.state))}${taken ? ` (taken by ${actor.id})` : ''}`,
    };
  });
  const done = ids.map((id) => ({ hd, actor, after: after.get(id)!, short: short.get(id) ?? id }));
  const result = (id: string) => {
    const s = after.get(id)!;
    const [event, ...more] = added.get(id)!;
    return { id, short: short.get(id), status: s.status, level: s.level, event, ...(more.length && { also: more }) };
  };
  if (opts.json) await printJson(ids.length === 1 ? result(ids[0]!) : ids.map(result));
  else
    for (const [i, id] of ids.entries())
      await print(
        t('actions.done', {
          id: short.get(id) ?? id,
          what: line(say(summary(input, before[i]!.state))),
          status: describeStatus(after.get(id)!),
        }),
      );
  return done;
}

export async function workflowContext(hd: Helpdesk, actor: StaffMember, ticket: TicketState): Promise<WorkflowContext> {
  // a request from an unknown sender has no customer yet, so no project lead or sales rep either
  const customer = ticket.customer === UNKNOWN_CUSTOMER ? undefined : await hd.customer(ticket.customer);
  return {
    actor: { id: actor.id, roles: actor.roles },
    projectLead: customer?.projectLead,
    salesRep: customer?.salesRep,
    rolesOf: (staffId) => hd.staffMember(staffId)?.roles,
  };
}
