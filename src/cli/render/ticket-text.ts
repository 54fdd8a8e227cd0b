import { describeDuration, formatDuration } from '../../core/duration.js';
import type { TicketEvent } from '../../core/ticket/events.js';
import type { TicketState } from '../../core/ticket/projection.js';
import type { Status } from '../../core/ticket/vocabulary.js';
import { paint } from '../output.js';

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
  const where = s.status === 'handed-off' ? `to ${s.handoff?.target} ${s.handoff?.to}` : `Level ${s.level}`;
  return `${s.status} (${where}${s.assignee && s.status !== 'handed-off' ? `, ${s.assignee}` : ''})`;
}

/** Local wall-clock time as stored (the offset is the company's), without seconds. */
export function shortTime(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ');
}

/** One line per event for the timeline of `desk show`. */
export function describeEvent(e: TicketEvent): string {
  switch (e.type) {
    case 'opened':
      return `opened via ${e.channel}${e.contact ? ` (${e.contact})` : ''}, received ${shortTime(e.receivedAt)}`;
    case 'qualified':
      return `qualified: ${[e.category, e.product && (e.module ? `${e.product}/${e.module}` : e.product), e.priority].filter(Boolean).join(', ')}`;
    case 'assigned':
      return `assigned to ${e.to}`;
    case 'escalated':
      return `escalated to Second Level${e.to ? ` (${e.to})` : ''}: ${e.reason}`;
    case 'estimated':
      return `estimated ${describeDuration(e.minutes)}${e.note ? `: ${e.note}` : ''}`;
    case 'approved':
      return `change approved by the project lead${e.note ? `: ${e.note}` : ''}`;
    case 'handed-off':
      return `handed off to ${e.target} ${e.to}: ${e.reason}`;
    case 'message':
      return `${e.direction === 'to-customer' ? 'reply to customer' : 'customer wrote'}: ${e.text}`;
    case 'comment':
      return `comment: ${e.text}`;
    case 'waiting':
      return `waiting on the customer${e.reason ? `: ${e.reason}` : ''}`;
    case 'resolved':
      return `resolved: ${e.solution}${e.kb ? ` (kb: ${e.kb})` : ''}`;
    case 'returned':
      return `returned to First Level${e.note ? `: ${e.note}` : ''}`;
    case 'closed':
      return e.acceptedBy ? `closed, accepted by ${e.acceptedBy}` : `closed without acceptance: ${e.withoutAcceptance}`;
    case 'reopened':
      return `reopened: ${e.reason}`;
    case 'time-logged':
      return `logged ${formatDuration(e.minutes)} ${e.activity} on ${e.on}${e.staff !== e.by ? ` for ${e.staff}` : ''}${e.nonBillable ? ` (non-billable: ${e.nonBillable})` : ''}${e.replaces ? ` replacing ${e.replaces}` : ''}${e.review ? ` (to review: ${e.review})` : ''}${e.note ? ` — ${e.note}` : ''} [${e.id}]`;
    case 'time-cancelled':
      return `cancelled time entry ${e.entry}${e.reason ? `: ${e.reason}` : ''}`;
    case 'time-confirmed':
      return `confirmed time: ${e.entry}${e.note ? ` — ${e.note}` : ''}`;
    case 'settled':
      return `settled the moves made apart${e.note ? `: ${e.note}` : ''}`;
    case 'kb-linked':
      return `linked article ${e.slug}`;
    case 'feedback':
      return `feedback ${e.score}/5${e.comment ? `: ${e.comment}` : ''}${e.from ? ` (${e.from})` : ''}`;
    case 'commit-linked':
      return `commit ${e.hash.slice(0, 10)} in ${e.repository}: ${e.subject}`;
  }
}
