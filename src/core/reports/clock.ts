/**
 * Reaction and resolution of single tickets in service time, for the reports. Statuses come
 * from the reaction-time rules (../sla); this adds the durations that the medians are taken of.
 */
import { activeContract } from '../billing/contracts.js';
import { serviceMinutesBetween, type BusinessCalendar } from '../calendar/index.js';
import type { Customer } from '../schema/customer.js';
import { resolutionPauses, ticketSla, type SlaBook } from '../sla/index.js';
import type { TicketRecord } from '../ticket/ticket-record.js';
import type { Priority } from '../ticket/vocabulary.js';
import { toZonedIso } from '../time.js';
import { dayOf } from './input.js';

export type ReactionKind = 'met' | 'breached' | 'overdue' | 'pending' | 'none';

export interface Reaction {
  ticket: string;
  customer: string;
  priority?: Priority;
  /** Who answered first; for the unanswered, the assignee, else who recorded the request. */
  staff: string;
  /** `customer contract-id` (or kind) in force on the day of receipt; `customer (no contract)` without one. */
  contract: string;
  receivedAt: string;
  reactedAt?: string;
  /** met / breached: answered in / after the reaction time; overdue / pending: not answered, past / before the deadline; none: no reaction time agreed. */
  kind: ReactionKind;
  /** The reaction deadline, ISO with the company's offset. */
  deadline?: string;
  /** Service minutes from receipt to the first reaction, whole minutes; null while unanswered. */
  minutes: number | null;
  /** Service minutes past the deadline (answered late, or unanswered as of the report), rounded up. */
  overdueMinutes?: number;
}

export function reactionOf(
  t: TicketRecord,
  customer: Customer | undefined,
  book: SlaBook,
  at: Date,
  timeZone: string,
): Reaction {
  const s = t.state;
  const receivedAt = new Date(s.receivedAt);
  const terms = book.termsFor(customer, receivedAt);
  const sla = ticketSla(s, t.events, terms, at);
  const r = sla.reaction;
  // the same reaction the ticket's state, `desk show` and `desk sla` read (core/ticket/reaction.ts)
  const first = s.firstReaction && Date.parse(s.firstReaction.at) <= at.getTime() ? s.firstReaction : undefined;
  const contract = customer ? activeContract(customer, dayOf(s.receivedAt, timeZone)) : undefined;
  return {
    ticket: s.id,
    customer: s.customer,
    ...(s.priority && { priority: s.priority }),
    staff: first?.by ?? s.assignee ?? s.openedBy,
    contract: `${s.customer} ${contract && contract.kind !== 'none' ? (contract.id ?? contract.kind) : '(no contract)'}`,
    receivedAt: s.receivedAt,
    ...(first && { reactedAt: first.at }),
    kind: r.kind,
    ...(r.kind !== 'none' && { deadline: toZonedIso(r.deadline, timeZone) }),
    minutes: first ? Math.round(serviceMinutesBetween(terms.calendar, receivedAt, new Date(first.at))) : null,
    ...((r.kind === 'breached' || r.kind === 'overdue') && { overdueMinutes: Math.ceil(r.overdueMinutes) }),
  };
}

/**
 * Service minutes from receipt to the (last) resolution, without the time the ticket waited on
 * the customer or stood resolved before a reopening: the resolution clock of docs/reaction-times.md.
 */
export function minutesToResolve(t: TicketRecord, calendar: BusinessCalendar): number | null {
  const { receivedAt, resolvedAt } = t.state;
  if (resolvedAt === undefined) return null;
  const [from, to] = [new Date(receivedAt), new Date(resolvedAt)];
  let total = serviceMinutesBetween(calendar, from, to);
  for (const p of resolutionPauses(t.events)) {
    const lo = Math.max(from.getTime(), p.from.getTime());
    const hi = Math.min(to.getTime(), p.to?.getTime() ?? Infinity);
    if (hi > lo) total -= serviceMinutesBetween(calendar, new Date(lo), new Date(hi));
  }
  return Math.max(0, Math.round(total));
}
