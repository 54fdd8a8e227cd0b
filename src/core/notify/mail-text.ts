import { oneLine } from '../safe-text/index.js';
import type { StaffMember } from '../schema/config.js';
import type { Notification } from './due.js';
import { nextStep, whatHappened, type Language } from './texts.js';

/** What the placeholders of the templates `notification` and `notification-subject` stand for. */
export const NOTIFY_PLACEHOLDERS = {
  name: "the staff member's name",
  what: 'what happened, one line: "Escalated to Second Level: T-4K7M2" / "Eskalation an Second Level: T-4K7M2"',
  ticket: "the ticket's short id, or nothing (quota)",
  title: "the ticket's title, or nothing",
  customer: "the customer's name",
  detail: 'the deadline, day, estimate, hand-off target or quota figures',
  next: 'the command that shows it',
  company: 'your company (desk.yaml company.name)',
} as const;
export type NotifyPlaceholder = keyof typeof NOTIFY_PLACEHOLDERS;

/** Every value one line of safe text: ticket titles and customer names come from outside. */
export function notifyMailValues(
  n: Notification,
  member: StaffMember,
  company: string,
  language: Language,
): Record<NotifyPlaceholder, string> {
  return {
    name: oneLine(member.name),
    what: oneLine(whatHappened(n, language)),
    ticket: n.ticketShort ?? '',
    title: oneLine(n.title ?? ''),
    customer: oneLine(n.customerName),
    detail: oneLine(n.detail),
    next: nextStep(n, language),
    company: oneLine(company),
  };
}

export const NOTIFY_TEMPLATES: Record<string, Record<Language, string>> = {
  'notification-subject': { de: '[desk] {{what}}', en: '[desk] {{what}}' },
  notification: {
    de: `Hallo {{name}},

{{what}}

Ticket:  {{ticket}} {{title}}
Kunde:   {{customer}}
Details: {{detail}}

{{next}}

Diese Nachricht hat desk notify geschickt ({{company}}). Was Sie erhalten, steht in desk.yaml
unter staff → notify.`,
    en: `Hello {{name}},

{{what}}

Ticket:   {{ticket}} {{title}}
Customer: {{customer}}
Details:  {{detail}}

{{next}}

This message was sent by desk notify ({{company}}). What you receive is set in desk.yaml
under staff → notify.`,
  },
};
