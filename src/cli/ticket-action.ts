import type { StaffMember } from '../core/schema/config.js';
import type { TicketEvent } from '../core/ticket/events.js';
import type { TicketState } from '../core/ticket/projection.js';
import { project } from '../core/ticket/projection.js';
import { decide, requireStatus, type Action, type Inputs, type WorkflowContext } from '../core/ticket/workflow.js';
import type { Helpdesk } from '../store/helpdesk.js';
import { shortIdOf } from '../store/tickets.js';
import { openForChange, type GlobalOptions } from './context.js';
import { print, printJson } from './output.js';
import { describeStatus } from './render/ticket-text.js';
import { forTerminalLine as line } from '../core/safe-text/index.js';

export interface ActionOptions extends GlobalOptions {
  json?: boolean;
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
  gather: (ticket: TicketState, hd: Helpdesk) => Promise<Inputs[A]>,
  summary: (input: Inputs[A], ticket: TicketState) => string,
): Promise<{ hd: Helpdesk; actor: StaffMember; after: TicketState; short: string }> {
  const { hd, actor } = await openForChange(opts);
  const id = await hd.resolveTicket(ref);
  const before = await hd.readTicket(id);
  requireStatus(action, before.state); // refuse before asking questions that cannot help
  const input = await gather(before.state, hd);
  const short = await shortIdOf(hd.root, id);
  let event: TicketEvent | undefined;
  let after: TicketState | undefined;
  await hd.change(actor, async () => {
    const current = await hd.readTicket(id);
    const payload = decide(action, current.state, await workflowContext(hd, actor, current.state), input);
    event = hd.stamp(payload, actor, current.events);
    after = project(id, [...current.events, event]);
    return {
      files: [hd.ticketChange(id, current.events, [event])],
      message: `${short}: ${summary(input, current.state)}`,
    };
  });
  if (opts.json) await printJson({ id, short, status: after!.status, level: after!.level, event });
  else await print(`${short}: ${line(summary(input, before.state))} — now ${describeStatus(after!)}`);
  return { hd, actor, after: after!, short };
}

export async function workflowContext(hd: Helpdesk, actor: StaffMember, ticket: TicketState): Promise<WorkflowContext> {
  const customer = await hd.customer(ticket.customer);
  return {
    actor: { id: actor.id, roles: actor.roles },
    projectLead: customer.projectLead,
    salesRep: customer.salesRep,
    rolesOf: (staffId) => hd.staffMember(staffId)?.roles,
  };
}
