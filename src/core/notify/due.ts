/**
 * Which staff notifications are due, computed from the repository alone (docs/communication.md):
 * every clone that has the same files computes the same notifications with the same ids, so the
 * record of what was sent (notifications/) can be shared by all of them. An id follows from the
 * cause — the event, or the ticket and the deadline, or the customer and the period — never from
 * the clock of the run.
 */
import type { StaffMember } from '../schema/config.js';
import type { NotificationKind } from '../schema/notify.js';
import type { ReactionStatus } from '../calendar/index.js';
import type { EventOf, TicketEvent } from '../ticket/events.js';
import type { TicketRecord } from '../ticket/ticket-record.js';
import { toZonedIso } from '../time.js';

export interface Notification {
  /** Follows from the cause: the same in every clone and every run. */
  id: string;
  kind: NotificationKind;
  /** Staff ids the cause addresses (before their own choices, deliveries.ts). */
  to: string[];
  ticket?: string;
  ticketShort?: string;
  title?: string;
  customer: string;
  customerName: string;
  /** The kind's detail: a deadline, a day, an estimate, a hand-off target, a percentage. */
  detail: string;
  /** The period of a quota notification (2026-11). */
  period?: string;
}

export interface DueTicket {
  record: TicketRecord;
  /** The ticket's short form; without it the notification gets it later (src/notify/due-source.ts withShortIds). */
  short?: string;
  /** Reaction status as of now; absent for tickets out of support. */
  reaction?: ReactionStatus;
  /** The day a waiting ticket is due back (core/ticket/daily.ts followUpDay). */
  followUpDay?: string;
}

export interface QuotaUse {
  customer: string;
  /** The period's label, e.g. 2026-11. */
  period: string;
  included: number;
  used: number;
}

export interface DueInput {
  now: Date;
  /** Today in the company's time zone. */
  today: string;
  timeZone: string;
  staff: readonly StaffMember[];
  reactionWarningMinutes: number;
  lookbackDays: number;
  tickets: readonly DueTicket[];
  customers: ReadonlyMap<string, { name: string; projectLead?: string; salesRep?: string }>;
  quotas: readonly QuotaUse[];
}

/** Change requests up to this estimate are approved by the customer's project lead (docs/domain.md §2). */
const APPROVAL_LIMIT = 8 * 60;

export function dueNotifications(input: DueInput): Notification[] {
  const out: Notification[] = [];
  const since = input.now.getTime() - input.lookbackDays * 86_400_000;
  const recent = (e: TicketEvent) => Date.parse(e.at) >= since;
  const withRole = (role: StaffMember['roles'][number]) =>
    input.staff.filter((s) => s.roles.includes(role)).map((s) => s.id);
  const local = (d: Date) => toZonedIso(d, input.timeZone).slice(0, 16).replace('T', ' ');

  for (const t of input.tickets) {
    const s = t.record.state;
    const events = t.record.events;
    const customer = input.customers.get(s.customer);
    const base = {
      ticket: s.id,
      ...(t.short && { ticketShort: t.short }),
      title: s.title,
      customer: s.customer,
      customerName: customer?.name ?? s.customer,
    };
    const add = (kind: NotificationKind, key: string, to: readonly (string | undefined)[], detail = '') => {
      const people = [...new Set(to.filter((x): x is string => Boolean(x)))];
      if (people.length) out.push({ id: `${kind}.${key}`, kind, to: people, ...base, detail });
    };
    const lastOf = <T extends TicketEvent['type']>(type: T) => events.findLast((e): e is EventOf<T> => e.type === type);

    const escalated = lastOf('escalated');
    if (s.status === 'escalated' && s.level === 2 && escalated && recent(escalated))
      add(
        'escalated',
        escalated.id,
        escalated.to ? [escalated.to] : s.assignee ? [s.assignee] : withRole('second-level'),
      );

    const estimated = lastOf('estimated');
    if (estimated && !s.approvedBy && s.estimateMinutes !== undefined && s.estimateMinutes <= APPROVAL_LIMIT)
      if (['escalated', 'waiting', 'handed-off'].includes(s.status) && recent(estimated))
        add('approval', estimated.id, [customer?.projectLead], hoursText(s.estimateMinutes));

    const handedOff = lastOf('handed-off');
    if (s.status === 'handed-off' && handedOff && recent(handedOff))
      add('handed-off', handedOff.id, [handedOff.to], handedOff.target);

    const returned = lastOf('returned');
    if (s.returnedAt && returned && s.status !== 'closed' && s.status !== 'resolved' && recent(returned))
      add('returned', returned.id, [s.escalatedBy ?? s.assignee ?? withRole('first-level')[0]]);

    const reaction = t.reaction;
    const owner = s.assignee ? [s.assignee] : withRole(s.level === 2 ? 'second-level' : 'first-level');
    if (reaction?.kind === 'pending' && reaction.remainingMinutes <= input.reactionWarningMinutes)
      add('reaction-soon', `${s.id}.${reaction.deadline.getTime()}`, owner, local(reaction.deadline));
    if (reaction?.kind === 'overdue')
      add(
        'reaction-breached',
        `${s.id}.${reaction.deadline.getTime()}`,
        [...owner, ...withRole('manager')],
        local(reaction.deadline),
      );

    if (t.followUpDay && t.followUpDay <= input.today)
      add('follow-up', `${s.id}.${t.followUpDay}`, owner, t.followUpDay);

    for (const e of events)
      if (e.type === 'mail-failed' && recent(e)) {
        const writer = events.find(
          (m) => m.type === 'message' && m.direction === 'to-customer' && m.mail?.messageId === e.messageId,
        )?.by;
        add('mail-failed', e.id, [writer && input.staff.some((x) => x.id === writer) ? writer : s.assignee]);
      }
  }

  for (const q of input.quotas) {
    if (q.included <= 0) continue;
    const customer = input.customers.get(q.customer);
    const to = [...new Set([customer?.projectLead, customer?.salesRep].filter((x): x is string => Boolean(x)))];
    if (!to.length) continue;
    const percent = Math.floor((q.used * 100) / q.included);
    const base = { to, customer: q.customer, customerName: customer?.name ?? q.customer, period: q.period };
    const detail = `${hoursText(q.used)} / ${hoursText(q.included)}, ${q.period}`;
    if (percent >= 80) out.push({ id: `quota-80.${q.customer}.${q.period}`, kind: 'quota-80', ...base, detail });
    if (percent >= 100) out.push({ id: `quota-100.${q.customer}.${q.period}`, kind: 'quota-100', ...base, detail });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

function hoursText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h}h${String(m).padStart(2, '0')}` : `${h}h`;
}
