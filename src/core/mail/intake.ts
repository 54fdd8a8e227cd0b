import type { EventPayload, MailFacts } from '../ticket/events.js';
import type { TicketState } from '../ticket/projection.js';
import { MAIL_ACTOR, UNKNOWN_CUSTOMER } from '../ticket/vocabulary.js';
import type { MachineKind } from './machine.js';
import type { Sender } from './sender.js';
import { threadAction } from './threading.js';
import { oneLine } from '../safe-text/index.js';
import { text, type Text } from '../../i18n/keys.js';

/**
 * What one incoming mail does, decided from facts the caller gathered (the parsed mail, who sent
 * it, the ticket it threads to): open a ticket, add to one, or nothing. Pure: ids, instants and
 * files are the caller's (src/mail/intake.ts).
 */
export interface IntakeFacts {
  facts: MailFacts;
  /** Sender's address (lower case) and display name. */
  from: { address: string; name?: string };
  /** Every recipient (to and cc), lower case. */
  recipients: string[];
  /** The reply text, quotes and signature cut. */
  text: string;
  machine?: MachineKind;
  /** A bounce: the address that failed. */
  bouncedAddress?: string;
  sender: Sender;
  /** The ticket the mail threads to (by its headers or subject). */
  thread?: TicketState;
  /** Addresses of the helpdesk itself (mail.address and the sources'). */
  ownAddresses: readonly string[];
  /** The source answers new requests with an acknowledgement. */
  acknowledge: boolean;
  ignoredByRule: boolean;
}

export type IntakePlan =
  | { kind: 'ignore'; reason: Text }
  | {
      kind: 'open';
      by: string;
      opened: EventPayload<'opened'>;
      extra: EventPayload[];
      acknowledge: boolean;
      /** The customer is unknown: the ticket waits in the triage list. */
      triage?: Text;
    }
  | { kind: 'append'; ticket: string; by: string; events: EventPayload[]; summary: Text };

export function planIntake(f: IntakeFacts, receivedAt: string): IntakePlan {
  if (f.ownAddresses.includes(f.from.address))
    return { kind: 'ignore', reason: text('mailTerminal.ownAddress', { address: f.from.address }) };
  if (f.machine === 'list') return { kind: 'ignore', reason: text('mailTerminal.mailingList') };
  if (f.ignoredByRule)
    return { kind: 'ignore', reason: text('mailTerminal.ignoredByRule', { address: f.from.address }) };
  if (f.machine) {
    if (!f.thread) return { kind: 'ignore', reason: text('mailTerminal.machineNoTicket', { kind: f.machine }) };
    return {
      kind: 'append',
      ticket: f.thread.id,
      by: MAIL_ACTOR,
      events: [
        {
          type: 'machine-mail',
          kind: f.machine,
          mail: f.facts,
          text: f.text,
          ...(f.machine === 'bounce' && f.bouncedAddress && { address: f.bouncedAddress }),
        },
      ],
      summary: text(f.machine === 'bounce' ? 'mailTerminal.bounced' : 'mailTerminal.autoReply'),
    };
  }
  if (f.sender.kind === 'staff') return staffMail(f, receivedAt);
  if (f.thread) {
    const action = threadAction(f.thread.status);
    if (action !== 'follow-up') {
      const events: EventPayload[] = [{ type: 'message', direction: 'from-customer', text: f.text, mail: f.facts }];
      if (action === 'append-and-reopen')
        events.push({ type: 'reopened', reason: 'the customer answered the solution by e-mail (a dispute)' });
      const proposal = proposalFor(f.sender, f.thread);
      if (proposal) events.push(proposal);
      return {
        kind: 'append',
        ticket: f.thread.id,
        by: MAIL_ACTOR,
        events,
        summary: text(action === 'append-and-reopen' ? 'mailTerminal.disputes' : 'mailTerminal.customerWrote'),
      };
    }
  }
  return openTicket(f, receivedAt, MAIL_ACTOR, f.thread?.status === 'closed' ? f.thread : undefined);
}

function openTicket(f: IntakeFacts, receivedAt: string, by: string, follows?: TicketState): IntakePlan {
  const s = f.sender;
  const customer = s.kind === 'contact' || s.kind === 'domain' ? s.customer : (follows?.customer ?? UNKNOWN_CUSTOMER);
  // a display name is the sender's to choose: one line, without controls, like a typed --contact
  const contact = s.kind === 'contact' ? s.contact : f.from.name && oneLine(f.from.name);
  const opened: EventPayload<'opened'> = {
    type: 'opened',
    title: ticketTitle(f.facts.subject),
    customer,
    description: f.text,
    channel: 'e-mail',
    receivedAt,
    contactEmail: f.from.address,
    mail: f.facts,
    ...(contact && { contact }),
    ...(follows && { follows: follows.id }),
  };
  const proposal = s.kind === 'domain' ? proposalFor(s) : undefined;
  return {
    kind: 'open',
    by,
    opened,
    extra: proposal ? [proposal] : [],
    acknowledge: f.acknowledge && s.kind !== 'staff',
    ...(customer === UNKNOWN_CUSTOMER && { triage: s.kind === 'unknown' ? s.why : text('intake.sentByStaff') }),
  };
}

/**
 * A staff member's mail: on a ticket, a copy of what they wrote to the customer from their own
 * mail program (then it reached the customer) or an internal note; elsewhere a new request they
 * forwarded, which First Level assigns to its customer.
 */
function staffMail(f: IntakeFacts, receivedAt: string): IntakePlan {
  const s = f.sender as Extract<Sender, { kind: 'staff' }>;
  if (!f.thread) return openTicket(f, receivedAt, s.staff.id);
  const toCustomer = f.recipients.some((r) => !f.ownAddresses.includes(r) && r !== s.staff.email.toLowerCase());
  const events: EventPayload[] = toCustomer
    ? [
        { type: 'message', direction: 'to-customer', text: f.text, mail: f.facts },
        { type: 'mail-sent', messageId: f.facts.messageId, response: 'sent from the mail program of staff' },
      ]
    : [{ type: 'comment', text: f.text }];
  return {
    kind: 'append',
    ticket: f.thread.id,
    by: s.staff.id,
    events,
    summary: text(toCustomer ? 'mailTerminal.staffWrote' : 'mailTerminal.staffNote', { staff: s.staff.id }),
  };
}

function proposalFor(s: Sender, ticket?: TicketState): EventPayload | undefined {
  if (s.kind !== 'domain') return undefined;
  if (ticket && ticket.customer !== s.customer) return undefined;
  return {
    type: 'contact-proposed',
    customer: s.customer,
    email: s.proposed.email,
    ...(s.proposed.name && { name: s.proposed.name }),
  };
}

/** A ticket's title from a subject: reply and forward prefixes dropped, never empty. */
export function ticketTitle(subject: string): string {
  const bare = oneLine(subject).replace(/^\s*((re|aw|antw|wg|fwd?|sv|vs|tr)\s*(\[\d+\])?\s*:\s*)+/i, '');
  // cut between characters, never inside one (half an emoji is a lone surrogate)
  const chars = [...bare];
  return chars.length > 200 ? `${chars.slice(0, 199).join('')}…` : bare || '(no subject)';
}
