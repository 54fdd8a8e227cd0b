import { describeDuration, formatDuration } from '../../core/duration.js';
import type { TicketEvent } from '../../core/ticket/events.js';
import type { TicketState } from '../../core/ticket/projection.js';
import type { Status } from '../../core/ticket/vocabulary.js';
import { forTerminal, forTerminalLine as line } from '../../core/safe-text/index.js';
import { paint } from '../output.js';

/**
 * Text of several lines inside a one-line entry (a comment in the timeline): its further lines
 * indented under it, so that no line of outside text can pass for an entry of its own.
 */
export function indented(text: string, by = '      '): string {
  return forTerminal(text).replace(/\n/g, `\n${by}`);
}

const STATUS_COLOUR: Record<Status, (s: string) => string> = {
  new: paint.cyan,
  open: paint.green,
  escalated: paint.magenta,
  waiting: paint.yellow,
  resolved: paint.blue,
  closed: paint.dim,
  'handed-off': paint.dim,
};

export function colourStatus(status: Status): string {
  return STATUS_COLOUR[status](status);
}

export function describeStatus(s: TicketState): string {
  const where = s.status === 'handed-off' ? `to ${s.handoff?.target} ${line(s.handoff?.to ?? '')}` : `Level ${s.level}`;
  return `${s.status} (${where}${s.assignee && s.status !== 'handed-off' ? `, ${line(s.assignee)}` : ''})`;
}

/** Local wall-clock time as stored (the offset is the company's), without seconds. */
export function shortTime(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ');
}

/** One line per event for the timeline of `desk show`. */
export function describeEvent(e: TicketEvent): string {
  const t = indented;
  switch (e.type) {
    case 'opened':
      return `opened via ${e.channel}${e.contact ? ` (${line(e.contact)})` : ''}, received ${shortTime(e.receivedAt)}`;
    case 'qualified':
      return `qualified: ${[e.category, e.product && (e.module ? `${e.product}/${e.module}` : e.product), e.priority]
        .filter(Boolean)
        .map((x) => line(x!))
        .join(', ')}`;
    case 'assigned':
      return `assigned to ${line(e.to)}`;
    case 'escalated':
      return `escalated to Second Level${e.to ? ` (${line(e.to)})` : ''}: ${t(e.reason)}`;
    case 'estimated':
      return `estimated ${describeDuration(e.minutes)}${e.note ? `: ${t(e.note)}` : ''}`;
    case 'approved':
      return `change approved by the project lead${e.note ? `: ${t(e.note)}` : ''}`;
    case 'handed-off':
      return `handed off to ${e.target} ${line(e.to)}: ${t(e.reason)}`;
    case 'message':
      return `${e.direction === 'to-customer' ? 'reply to customer' : 'customer wrote'}: ${t(e.text)}`;
    case 'comment':
      return `comment: ${t(e.text)}`;
    case 'waiting':
      return `waiting on the customer${e.reason ? `: ${t(e.reason)}` : ''}`;
    case 'resolved':
      return `resolved: ${t(e.solution)}${e.kb ? ` (kb: ${line(e.kb)})` : ''}`;
    case 'returned':
      return `returned to First Level${e.note ? `: ${t(e.note)}` : ''}`;
    case 'closed':
      return e.acceptedBy
        ? `closed, accepted by ${line(e.acceptedBy)}`
        : `closed without acceptance: ${t(e.withoutAcceptance ?? '')}`;
    case 'reopened':
      return `reopened: ${t(e.reason)}`;
    case 'time-logged':
      return `logged ${formatDuration(e.minutes)} ${e.activity} on ${e.on}${e.staff !== e.by ? ` for ${line(e.staff)}` : ''}${e.nonBillable ? ` (non-billable: ${t(e.nonBillable)})` : ''}${e.replaces ? ` replacing ${line(e.replaces)}` : ''}${e.review ? ` (to review: ${t(e.review)})` : ''}${e.note ? ` — ${t(e.note)}` : ''} [${e.id}]`;
    case 'time-cancelled':
      return `cancelled time entry ${line(e.entry)}${e.reason ? `: ${t(e.reason)}` : ''}`;
    case 'time-confirmed':
      return `confirmed time: ${line(e.entry)}${e.note ? ` — ${t(e.note)}` : ''}`;
    case 'settled':
      return `settled the moves made apart${e.note ? `: ${t(e.note)}` : ''}`;
    case 'kb-linked':
      return `linked article ${line(e.slug)}`;
    case 'feedback':
      return `feedback ${e.score}/5${e.comment ? `: ${t(e.comment)}` : ''}${e.from ? ` (${line(e.from)})` : ''}`;
    case 'commit-linked':
      return `commit ${e.hash.slice(0, 10)} in ${line(e.repository)}: ${line(e.subject)}`;
  }
}
