/**
 * `desk report customer C`: how things stand at one customer (die Lage beim Kunden, docs/domain.md §7),
 * one page for its project lead and sales rep (docs/reports.md#customer).
 */
import { activeContract, customerPeriodsBetween, customerTime, entriesOf, factsOf, settle } from '../billing/index.js';
import type { IsoDate } from '../billing/types.js';
import type { Minutes } from '../duration.js';
import { usage } from '../errors.js';
import { cancelledNumbers } from '../invoice/ledger.js';
import { openItems } from '../payments/open-items.js';
import type { Cents } from '../money.js';
import type { Customer } from '../schema/customer.js';
import type { HandoffTarget, Status } from '../ticket/vocabulary.js';
import { backlogItems, type BacklogItem } from './backlog.js';
import { reactionOf, type ReactionKind, type Reaction } from './clock.js';
import { dayOf, reportHead, slaBookOf, snapshotAt, ticketsAt, type Report, type ReportInput } from './input.js';
import type { MetricDef } from './metrics.js';
import { scoreFigures, type Comment, type ScoreFigures } from './satisfaction.js';
import { reactionFigures, reactionsInPeriod, type ReactionFigures } from './sla.js';
import { byText } from './stats.js';
import { utilizationOf, type UtilizationRow } from './utilization.js';

export const RECENT = 5;

export interface CustomerData {
  customer: { id: string; name: string; projectLead?: string; salesRep?: string; contacts: string[] };
  contract?: { id?: string; kind: string; start: IsoDate; end?: IsoDate };
  /** Tickets support owes work on at the snapshot (as in the backlog), oldest first. */
  open: (BacklogItem & { reaction: ReactionKind; deadline?: string })[];
  awaitingAcceptance: BacklogItem[];
  reaction: ReactionFigures;
  breaches: Reaction[];
  utilization?: UtilizationRow;
  /** Without a quota: the time billed per use in the period. */
  payPerUse?: { minutes: Minutes; amount: Cents };
  satisfaction: ScoreFigures;
  /** The latest ratings, whenever given, newest first. */
  recentFeedback: Comment[];
  changeRequests: {
    ticket: string;
    title: string;
    status: Status;
    receivedAt: string;
    estimateMinutes?: number;
    approvedBy?: string;
  }[];
  handoffs: { ticket: string; title: string; target: HandoffTarget; to: string; reason: string; at: string }[];
  invoices: {
    number: string;
    type: 'invoice' | 'credit-note';
    issueDate: IsoDate;
    from: IsoDate;
    to: IsoDate;
    net: Cents;
    gross: Cents;
    cancelledBy?: string;
  }[];
  /** The last review meeting with the customer (desk customer review), and whether one is due. */
  review: { last?: { date: IsoDate; by: string; notes: string }; due: boolean; everyMonths: number };
  /** Open items on the as-of day: what the customer owes (or has in credit), and what of it is overdue. */
  balance: {
    open: Cents;
    overdue: Cents;
    items: { number: string; dueDate?: IsoDate; gross: Cents; paid: Cents; open: Cents; daysOverdue: number }[];
  };
}

export const CUSTOMER_METRICS: readonly MetricDef[] = [
  { name: 'customer.open', unit: 'count', description: 'open tickets of the customer (new, open, escalated, waiting)' },
  {
    name: 'customer.breaches',
    unit: 'count',
    description: 'reaction-time breaches of requests received in the period',
  },
  { name: 'customer.compliance', unit: 'percent', description: 'reaction-time compliance in the period' },
  {
    name: 'customer.utilization',
    unit: 'percent',
    description: 'use of the quota or commitment in the current period',
  },
  { name: 'customer.satisfaction', unit: 'score', description: 'mean feedback score in the period' },
];

export function customerReport(input: ReportInput): Report<CustomerData> {
  const customer = input.customer === undefined ? undefined : input.customers.get(input.customer);
  if (!customer)
    throw usage(
      'which customer? desk report customer CUSTOMER',
      `customers: ${[...input.customers.keys()].join(', ')}`,
    );
  const tz = input.timeZone;
  const day = input.period.through;
  const known = ticketsAt(input.tickets, input.asOf.at).filter((t) => t.state.customer === customer.id);
  const at = snapshotAt(input);
  const snapshot = ticketsAt(known, at);
  const book = slaBookOf(input);
  const reactionAt = new Map(snapshot.map((t) => [t.id, reactionOf(t, customer, book, at, tz)]));
  const snapshotDay = dayOf(at.toISOString(), tz);
  const open = backlogItems(
    snapshot.map((t) => t.state),
    snapshotDay,
    tz,
  ).map((i) => {
    const r = reactionAt.get(i.ticket);
    return { ...i, reaction: r?.kind ?? 'none', ...(r?.deadline && { deadline: r.deadline }) };
  });
  const reactions = reactionsInPeriod(input);
  const reaction = reactionFigures(customer.id, reactions);
  const states = known.map((t) => t.state);
  const utilization = utilizationOf(customer, customerTime(states), day, input);
  const rated = states.flatMap((s) => (s.feedback ? [{ s, f: s.feedback, day: dayOf(s.feedback.at, tz) }] : []));
  const satisfaction = scoreFigures(
    customer.id,
    rated.filter((r) => r.day >= input.period.from && r.day <= day).map((r) => r.f),
  );
  const contract = activeContract(customer, day);
  const data: CustomerData = {
    customer: {
      id: customer.id,
      name: customer.name,
      ...(customer.projectLead && { projectLead: customer.projectLead }),
      ...(customer.salesRep && { salesRep: customer.salesRep }),
      contacts: customer.contacts.map((c) => (c.role ? `${c.name} (${c.role})` : c.name)),
    },
    ...(contract && {
      contract: {
        ...(contract.id !== undefined && { id: contract.id }),
        kind: contract.kind,
        start: contract.start,
        ...(contract.end && { end: contract.end }),
      },
    }),
    open,
    awaitingAcceptance: backlogItems(
      snapshot.map((t) => t.state),
      snapshotDay,
      tz,
      ['resolved'],
    ),
    reaction,
    breaches: reactions.filter((r) => r.kind === 'breached' || r.kind === 'overdue'),
    ...(utilization ? { utilization } : { payPerUse: payPerUse(customer, states, input) }),
    satisfaction,
    recentFeedback: rated
      .sort((a, b) => Date.parse(b.f.at) - Date.parse(a.f.at) || byText(a.s.id, b.s.id))
      .slice(0, RECENT)
      .map(({ s, f, day: d }) => ({
        ticket: s.id,
        customer: s.customer,
        day: d,
        score: f.score,
        ...(f.comment && { comment: f.comment }),
        ...(f.from && { from: f.from }),
      })),
    changeRequests: snapshot
      .map((t) => t.state)
      .filter((s) => s.category === 'change-request' && s.status !== 'closed' && s.status !== 'handed-off')
      .map((s) => ({
        ticket: s.id,
        title: s.title,
        status: s.status,
        receivedAt: s.receivedAt,
        ...(s.estimateMinutes !== undefined && { estimateMinutes: s.estimateMinutes }),
        ...(s.approvedBy && { approvedBy: s.approvedBy }),
      })),
    handoffs: snapshot.flatMap((t) => {
      const h = t.state.handoff;
      const event = [...t.events].reverse().find((e) => e.type === 'handed-off');
      return t.state.status === 'handed-off' && h && event
        ? [{ ticket: t.id, title: t.state.title, target: h.target, to: h.to, reason: h.reason, at: event.at }]
        : [];
    }),
    invoices: invoicesOf(customer, input),
    balance: balanceOfCustomer(customer, input),
    review: reviewOf(customer, input),
  };
  return {
    ...reportHead('customer', `${customer.name}: the situation at the customer`, input),
    metrics: {
      'customer.open': open.length,
      'customer.breaches': reaction.breaches,
      'customer.compliance': reaction.compliance,
      'customer.utilization': utilization?.current.percent ?? null,
      'customer.satisfaction': satisfaction.average,
    },
    data,
  };
}

function payPerUse(
  customer: Customer,
  states: Parameters<typeof entriesOf>[0],
  input: ReportInput,
): { minutes: Minutes; amount: Cents } {
  const entries = entriesOf(states).filter((e) => e.date <= input.period.through);
  let minutes = 0;
  let amount = 0;
  for (const span of customerPeriodsBetween(customer, { from: input.period.from, to: input.period.through })) {
    const s = settle({
      customer,
      contract: span.contract,
      period: span.period,
      entries,
      tickets: factsOf(states),
      listRate: input.billing.listRate,
      increment: input.billing.increment,
    });
    minutes += s.payPerUse.minutes;
    amount += s.payPerUse.amount;
  }
  return { minutes, amount };
}

function balanceOfCustomer(customer: Customer, input: ReportInput): CustomerData['balance'] {
  const issued = input.invoices.filter((r) => r.issueDate <= input.asOf.day);
  const items = openItems(issued, input.payments ?? [], input.asOf.day).filter(
    (i) => i.customer === customer.id && i.open !== 0,
  );
  return {
    open: items.reduce((sum, i) => sum + i.open, 0),
    overdue: items.filter((i) => i.daysOverdue > 0).reduce((sum, i) => sum + i.open, 0),
    items: items.map((i) => ({
      number: i.number,
      ...(i.dueDate && { dueDate: i.dueDate }),
      gross: i.gross,
      paid: i.paid + i.credited,
      open: i.open,
      daysOverdue: i.daysOverdue,
    })),
  };
}

function invoicesOf(customer: Customer, input: ReportInput): CustomerData['invoices'] {
  const issued = input.invoices.filter((r) => r.issueDate <= input.asOf.day);
  const cancelled = cancelledNumbers(issued);
  return issued
    .filter((r) => r.customer === customer.id)
    .sort((a, b) => byText(b.issueDate, a.issueDate) || byText(b.number, a.number))
    .slice(0, RECENT)
    .map((r) => ({
      number: r.number,
      type: r.type,
      issueDate: r.issueDate,
      from: r.period.from,
      to: r.period.to,
      net: r.totals.net,
      gross: r.totals.gross,
      ...(cancelled.has(r.number) && { cancelledBy: cancelled.get(r.number)?.number }),
    }));
}

/**
 * A customer with a service contract or commitment is due a review when the last one is older
 * than desk.yaml reviews.everyMonths (or there is none); a customer without a contract never is.
 */
function reviewOf(customer: Customer, input: ReportInput): CustomerData['review'] {
  const everyMonths = input.reviewEveryMonths ?? 6;
  const day = input.asOf.day;
  const last = [...customer.reviews]
    .filter((r) => r.date <= day)
    .sort((a, b) => a.date.localeCompare(b.date))
    .pop();
  const contract = activeContract(customer, day);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const back = new Date(Date.UTC(y, m - 1 - everyMonths, d)).toISOString().slice(0, 10);
  const due = (contract?.kind === 'service' || contract?.kind === 'commitment') && (!last || last.date < back);
  return { ...(last && { last }), due, everyMonths };
}
