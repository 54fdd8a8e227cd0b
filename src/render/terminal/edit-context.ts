import { forTerminal } from '../../core/safe-text/index.js';
import type { TicketRecord } from '../../core/ticket/ticket-record.js';
import { localTime } from './sla-text.js';

/** How many lines of the last message the editor's comments quote. */
const QUOTED_LINES = 12;

/**
 * The context the editor shows below a long text (as comment lines): the ticket, the customer
 * and the last message, so the person writing sees what they answer without a second window.
 * Customers' words are made safe for the terminal the editor runs in.
 */
export function ticketContext(
  t: TicketRecord,
  short: string,
  customerName: string | undefined,
  timeZone: string,
): string[] {
  const s = t.state;
  const safe = (text: string) => forTerminal(text);
  const lines = [
    `${short}: ${safe(s.title)}`,
    `Customer: ${safe(customerName ?? s.customer)} (${s.customer})${s.contact ? `, contact ${safe(s.contact)}` : ''}`,
    `Status: ${s.status}, level ${s.level}${s.priority ? `, priority ${s.priority}` : ''}${s.assignee ? `, assigned to ${s.assignee}` : ''}`,
  ];
  const last = [...t.events].reverse().find((e) => e.type === 'message');
  const [label, text] =
    last && last.type === 'message'
      ? [
          `Last message (${last.direction === 'from-customer' ? 'from the customer' : `to the customer, by ${last.by}`}, ${localTime(new Date(last.at), timeZone)}):`,
          last.text,
        ]
      : ['The request:', s.description];
  if (!text?.trim()) return lines;
  const quoted = safe(text).trim().split('\n');
  return [
    ...lines,
    '',
    label,
    ...quoted.slice(0, QUOTED_LINES).map((l) => `> ${l}`),
    ...(quoted.length > QUOTED_LINES ? [`> … (${quoted.length - QUOTED_LINES} more lines: desk show ${short})`] : []),
  ];
}
