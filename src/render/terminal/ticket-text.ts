import { formatDuration } from '../../core/duration.js';
import { t, type Key } from '../../i18n/index.js';
import { describeSpan, formatDay } from '../../i18n/format.js';
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

/** A status in the reader's words, coloured. */
export function colourStatus(status: Status): string {
  return STATUS_COLOUR[status](t(`status.${status}`));
}

const CLOSURE_TEXT: Record<Closure, Key> = {
  accepted: 'ticket.accepted',
  'accepted-by-silence': 'ticket.acceptedBySilence',
  'without-acceptance': 'ticket.withoutAcceptance',
  duplicate: 'ticket.duplicateOf',
  merged: 'ticket.mergedInto',
  spam: 'ticket.spam',
};

export function describeStatus(s: TicketState): string {
  if (s.status === 'closed' && s.closure) {
    const what = t(CLOSURE_TEXT[s.closure], { original: s.duplicateOf });
    return t('ticket.closedAs', { what, level: s.level, assignee: s.assignee ? line(s.assignee) : 'none' });
  }
  const where =
    s.status === 'handed-off'
      ? t('ticket.handedOffTo', {
          target: t('ticket.target', { target: s.handoff?.target === 'project-lead' ? 'lead' : 'sales' }),
          to: line(s.handoff?.to ?? ''),
        })
      : t('ticket.level', { level: s.level });
  const assignee = s.assignee && s.status !== 'handed-off' ? line(s.assignee) : 'none';
  return t('ticket.state', { status: t(`status.${s.status}`), where, assignee });
}

/** Local wall-clock time as stored (the offset is the company's), without seconds. */
/** `2026-11-20 15:30` as written (in the company's zone), `20.11.2026 15:30` in German. */
export function shortTime(iso: string): string {
  const [day = '', time = ''] = iso.slice(0, 16).split('T');
  return `${formatDay(day)} ${time}`.trim();
}

function firstLine(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const first = lines[0] ?? '';
  return lines.length > 1 || first.length > 100 ? `${first.slice(0, 100)} …` : first;
}

/** One line per event for the timeline of `desk show`. */
export function describeEvent(e: TicketEvent): string {
  const ind = indented;
  const opt = (v: string | undefined) => (v ? ind(v) : 'none');
  switch (e.type) {
    case 'opened':
      return t('timeline.opened', {
        channel: t(`channel.${e.channel}`),
        contact: e.contact ? line(e.contact) : 'none',
        received: shortTime(e.receivedAt),
        talking: e.conversation ? 'yes' : 'no',
      });
    case 'qualified':
      return t('timeline.qualified', {
        what: [
          e.category && t(`category.${e.category}`),
          e.product && line(e.module ? `${e.product}/${e.module}` : e.product),
          e.priority && t(`priority.${e.priority}`),
        ]
          .filter(Boolean)
          .join(', '),
      });
    case 'assigned':
      return t('timeline.assigned', { to: line(e.to) });
    case 'escalated':
      return t('timeline.escalated', { to: e.to ? line(e.to) : 'none', reason: ind(e.reason) });
    case 'estimated':
      return t('timeline.estimated', { effort: describeSpan(e.minutes), note: opt(e.note) });
    case 'approved':
      return t('timeline.approved', { note: opt(e.note) });
    case 'handed-off':
      return t('timeline.handedOff', {
        target: t('ticket.target', { target: e.target === 'project-lead' ? 'lead' : 'sales' }),
        to: line(e.to),
        reason: ind(e.reason),
      });
    case 'message': {
      const toCustomer = e.direction === 'to-customer' ? 'yes' : 'no';
      // a mail's whole text is in the conversation above the timeline: one line here
      if (e.mail) return t('timeline.mail', { toCustomer, text: line(firstLine(e.text)) });
      return t('timeline.message', { toCustomer, text: ind(e.text) });
    }
    case 'comment':
      return t('timeline.comment', { text: ind(e.text) });
    case 'waiting':
      return t('timeline.waiting', { reason: opt(e.reason), until: e.until ? formatDay(e.until) : 'none' });
    case 'resolved':
      return t('timeline.resolved', { solution: ind(e.solution), kb: e.kb ? line(e.kb) : 'none' });
    case 'returned':
      return t('timeline.returned', { note: opt(e.note) });
    case 'closed':
      if (e.spam) return t('timeline.closedSpam');
      if (e.duplicateOf)
        return t(e.merged ? 'timeline.mergedInto' : 'timeline.closedDuplicate', { original: e.duplicateOf });
      if (e.silentDays) return t('timeline.closedBySilence', { days: e.silentDays });
      return e.acceptedBy
        ? t('timeline.closedAccepted', { by: line(e.acceptedBy) })
        : t('timeline.closedWithoutAcceptance', { reason: ind(e.withoutAcceptance ?? '') });
    case 'reopened':
      return t('timeline.reopened', { reason: ind(e.reason) });
    case 'time-logged':
      return t('timeline.logged', {
        time: formatDuration(e.minutes),
        activity: t(`activity.${e.activity}`),
        on: formatDay(e.on),
        staff: e.staff !== e.by ? line(e.staff) : 'none',
        nonBillable: opt(e.nonBillable),
        replaces: e.replaces ? line(e.replaces) : 'none',
        review: opt(e.review),
        note: opt(e.note),
        entry: e.id,
      });
    case 'time-cancelled':
      return t('timeline.timeCancelled', { entry: line(e.entry), reason: opt(e.reason) });
    case 'time-confirmed':
      return t('timeline.timeConfirmed', { entry: line(e.entry), note: opt(e.note) });
    case 'settled':
      return t('timeline.settled', { note: opt(e.note) });
    case 'kb-linked':
      return t('timeline.kbLinked', { slug: line(e.slug) });
    case 'feedback':
      return t('timeline.feedback', {
        score: e.score,
        comment: opt(e.comment),
        from: e.from ? line(e.from) : 'none',
      });
    case 'commit-linked':
      return t('timeline.commit', {
        hash: e.hash.slice(0, 10),
        repository: line(e.repository),
        subject: line(e.subject),
      });
    case 'tagged':
      return t('timeline.tagged', { tags: [...e.add.map((x) => `+${x}`), ...e.remove.map((x) => `-${x}`)].join(' ') });
    case 'edited': {
      const { id: _i, at: _a, by: _b, type: _t, reason, ...fields } = e;
      const changed = Object.entries(fields)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k} → ${k === 'description' ? t('timeline.newText') : line(String(v))}`);
      return t('timeline.edited', { fields: changed.join(', '), reason: opt(reason) });
    }
    case 'merged':
      return t('timeline.mergedIn', { from: e.from, title: e.title ? line(e.title) : 'none' });
    case 'attached':
      return t('timeline.attached', { name: line(e.name), size: describeBytes(e.bytes) });
    case 'mail-sent':
      return t('timeline.mailSent', { id: line(e.messageId) });
    case 'mail-failed':
      return t('timeline.mailFailed', { id: line(e.messageId), error: line(e.error) });
    case 'machine-mail':
      return e.kind === 'bounce'
        ? t('timeline.bounce', { address: e.address ? line(e.address) : 'none' })
        : t('timeline.autoReply', { from: line(e.mail.from), subject: line(e.mail.subject) });
    case 'contact-proposed':
      return t('timeline.contactProposed', {
        customer: line(e.customer),
        name: e.name ? line(e.name) : 'none',
        email: line(e.email),
      });
  }
}

/** A file size people read: 980 B, 12.4 kB, 3.1 MB. */
export function describeBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
