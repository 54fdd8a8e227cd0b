import type { StaffMember } from '../core/schema/config.js';
import type { Customer } from '../core/schema/customer.js';
import type { TicketEvent } from '../core/ticket/events.js';
import type { TicketRecord } from '../core/ticket/ticket-record.js';
import { UNKNOWN_CUSTOMER } from '../core/ticket/vocabulary.js';
import { AUTOMATIC_HEADERS } from '../core/mail/machine.js';
import { replySubject } from '../core/mail/threading.js';
import { usage } from '../core/errors.js';
import type { Helpdesk } from '../store/helpdesk.js';
import { newMessageId, type OutgoingMail } from './compose.js';

export type Language = 'de' | 'en';

/** The language a customer's people are written to in: the contact's own, the customer's, its invoices'. */
export function languageOf(customer: Customer | undefined, contact: string | undefined): Language {
  const person = customer?.contacts.find((c) => c.name === contact);
  return person?.language ?? customer?.language ?? customer?.invoiceLanguage ?? 'de';
}

export async function customerOf(hd: Helpdesk, t: TicketRecord): Promise<Customer | undefined> {
  return t.state.customer === UNKNOWN_CUSTOMER ? undefined : hd.customer(t.state.customer);
}

/** Where a reply to the ticket goes: the address the customer wrote from, else the contact's in the customer file. */
export function recipientOf(t: TicketRecord, customer: Customer | undefined): string | undefined {
  if (t.state.contactEmail) {
    const name = t.state.contact;
    return name ? `${name} <${t.state.contactEmail}>` : t.state.contactEmail;
  }
  const person = customer?.contacts.find((c) => c.name === t.state.contact && c.email);
  return person ? `${person.name} <${person.email}>` : undefined;
}

/** The mail source a ticket came in through (its address answers), if any. */
function sourceAddress(hd: Helpdesk, events: readonly TicketEvent[]): string | undefined {
  const first = events.find((e) => e.type === 'opened');
  const source = first?.type === 'opened' ? first.mail?.source : undefined;
  return hd.config.mail?.sources.find((s) => s.name === source)?.address;
}

/**
 * A mail on a ticket, threaded into the customer's conversation: the ticket's id in the subject,
 * In-Reply-To the last message, References the conversation so far.
 */
export function mailForTicket(
  hd: Helpdesk,
  t: TicketRecord,
  short: string,
  o: {
    text: string;
    to?: string;
    cc?: string[];
    staff?: StaffMember;
    customer?: Customer;
    attachments?: OutgoingMail['attachments'];
    automatic?: boolean;
  },
): OutgoingMail {
  const mail = hd.config.mail;
  if (!mail)
    throw usage(
      'desk.yaml has no mail section: desk cannot send mail',
      'see docs/email.md, or record the reply with --no-send',
    );
  const to = o.to ?? recipientOf(t, o.customer);
  if (!to)
    throw usage(
      `${short} has no address to write to: the ticket came in by ${t.state.channel} and its contact has no e-mail address`,
      'give --to ADDRESS, or --no-send to record a reply given another way',
    );
  const lastSubject = [...t.events]
    .reverse()
    .map((e) => (e.type === 'message' || e.type === 'opened' ? e.mail?.subject : undefined))
    .find((s): s is string => Boolean(s));
  const ids = t.state.messageIds;
  const address = sourceAddress(hd, t.events) ?? mail.address;
  const signature = o.staff ? `\n\n-- \n${o.staff.signature?.trim() ?? defaultSignature(hd, o.staff)}` : '';
  return {
    from: { name: mail.name ?? hd.config.company.name, address },
    to: [to],
    cc: o.cc ?? [],
    subject: replySubject(lastSubject ?? t.state.title, short),
    text: `${o.text.trim()}${signature}\n`,
    messageId: newMessageId(address, short),
    date: hd.now(),
    inReplyTo: ids[ids.length - 1],
    references: ids.slice(-20),
    headers: { 'X-Desk-Ticket': short, ...(o.automatic ? AUTOMATIC_HEADERS : {}) },
    attachments: o.attachments ?? [],
  };
}

function defaultSignature(hd: Helpdesk, s: StaffMember): string {
  const c = hd.config.company;
  return [s.name, c.name, s.phone ?? c.phone].filter(Boolean).join('\n');
}
