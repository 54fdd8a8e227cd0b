import { describeDuration, formatDuration } from '../../core/duration.js';
import type { TicketEvent } from '../../core/ticket/events.js';
import type { TicketState } from '../../core/ticket/projection.js';
import type { Closure, Status } from '../../core/ticket/vocabulary.js';
import { forTerminal, forTerminalLine as line } from '../../core/safe-text/index.js';
import { paint } from './style.js';

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

const CLOSURE_TEXT: Record<Closure, string> = {
  accepted: 'accepted',
  'accepted-by-silence': 'accepted by silence',
  'without-acceptance': 'without acceptance',
  duplicate: 'duplicate of',
  merged: 'merged into',
  spam: 'spam',
};

export function describeStatus(s: TicketState): string {
  if (s.status === 'closed' && s.closure) {
    const what =
      s.closure === 'merged' || s.closure === 'duplicate'
        ? `${CLOSURE_TEXT[s.closure]} ${s.duplicateOf}`
        : CLOSURE_TEXT[s.closure];
    return `closed, ${what} (Level ${s.level}${s.assignee ? `, ${line(s.assignee)}` : ''})`;
  }
  const where = s.status === 'handed-off' ? `to ${s.handoff?.target} ${line(s.handoff?.to ?? '')}` : `Level ${s.level}`;
  return `${s.status} (${where}${s.assignee && s.status !== 'handed-off' ? `, ${line(s.assignee)}` : ''})`;
}

/** Local wall-clock time as stored (the offset is the company's), without seconds. */
export function shortTime(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ');
}

function firstLine(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const first = lines[0] ?? '';
  return lines.length > 1 || first.length > 100 ? `${first.slice(0, 100)} …` : first;
}

/** One line per event for the timeline of `desk show`. */
export function describeEvent(e: TicketEvent): string {
  const t = indented;
  switch (e.type) {
    case 'opened':
      return `opened via ${e.channel}${e.contact ? ` (${line(e.contact)})` : ''}, received ${shortTime(e.receivedAt)}${e.conversation ? ', talking to the customer' : ''}`;
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
      // a mail's whole text is in the conversation above the timeline: one line here
      if (e.mail)
        return `${e.direction === 'to-customer' ? 'reply to customer' : 'customer wrote'} (mail): ${line(firstLine(e.text))}`;
      return `${e.direction === 'to-customer' ? 'reply to customer' : 'customer wrote'}: ${t(e.text)}`;
    case 'comment':
      return `comment: ${t(e.text)}`;
    case 'waiting':
      return `waiting on the customer${e.reason ? `: ${t(e.reason)}` : ''}${e.until ? ` (follow up ${e.until})` : ''}`;
    case 'resolved':
      return `resolved: ${t(e.solution)}${e.kb ? ` (kb: ${line(e.kb)})` : ''}`;
    case 'returned':
      return `returned to First Level${e.note ? `: ${t(e.note)}` : ''}`;
    case 'closed':
      if (e.spam) return 'closed as spam';
      if (e.duplicateOf) return e.merged ? `merged into ${e.duplicateOf}` : `closed as a duplicate of ${e.duplicateOf}`;
      if (e.silentDays)
        return `closed, accepted by silence (no answer ${e.silentDays} business days after the resolution)`;
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
    case 'tagged':
      return `tags ${[...e.add.map((x) => `+${x}`), ...e.remove.map((x) => `-${x}`)].join(' ')}`;
    case 'edited': {
      const { id: _i, at: _a, by: _b, type: _t, reason, ...fields } = e;
      const changed = Object.entries(fields)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k} → ${k === 'description' ? '(new text)' : line(String(v))}`);
      return `corrected ${changed.join(', ')}${reason ? `: ${t(reason)}` : ''}`;
    }
    case 'merged':
      return `merged in ${e.from}${e.title ? ` (${line(e.title)})` : ''}`;
    case 'attached':
      return `attached ${line(e.name)} (${describeBytes(e.bytes)})`;
    case 'mail-sent':
      return `mail delivered to the server (${line(e.messageId)})`;
    case 'mail-failed':
      return `mail NOT delivered (${line(e.messageId)}): ${line(e.error)}`;
    case 'machine-mail':
      return e.kind === 'bounce'
        ? `bounce: mail to ${line(e.address ?? 'the customer')} could not be delivered`
        : `auto-reply from ${line(e.mail.from)}: ${line(e.mail.subject)}`;
    case 'contact-proposed':
      return `new contact proposed for ${line(e.customer)}: ${e.name ? `${line(e.name)} ` : ''}<${line(e.email)}>`;
  }
}

/** A file size people read: 980 B, 12.4 kB, 3.1 MB. */
export function describeBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
