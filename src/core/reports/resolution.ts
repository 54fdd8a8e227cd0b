/**
 * `desk report resolution`: how requests end (docs/domain.md §2): first-contact resolution, escalation,
 * reopening, time to resolve, and the knowledge base's part in it (docs/reports.md#resolution).
 */
import type { TicketRecord } from '../ticket/ticket-record.js';
import { isNotARequest } from '../ticket/projection.js';
import { minutesToResolve } from './clock.js';
import {
  dayOf,
  forCustomer,
  inPeriod,
  reportHead,
  slaBookOf,
  ticketsAt,
  type Report,
  type ReportInput,
} from './input.js';
import type { MetricDef } from './metrics.js';
import { groupBy, hoursOf, median, percent, percentile } from './stats.js';

export interface ResolutionFigures {
  key: string;
  /** Received in the period. */
  received: number;
  /** Of those received: reached Second Level (by the as-of instant). */
  escalated: number;
  escalationRate: number | null;
  /** Of those received and escalated: no article was linked before the first escalation. */
  escalatedWithoutArticle: number;
  /** Closed in the period (status closed as of the report). */
  closed: number;
  /** Of those closed: accepted by the customer in words, and accepted by silence (closed after the wait of desk.yaml). */
  accepted: number;
  acceptedBySilence: number;
  /** Of those closed: never at Second Level. */
  firstContact: number;
  /** First-contact resolution rate (Erstlösungsquote): firstContact / closed. */
  fcr: number | null;
  /** Of those closed: reopened at least once. */
  reopened: number;
  reopenRate: number | null;
  /** Of those closed: with a knowledge-base article linked. */
  withArticle: number;
  articleRate: number | null;
  /** Resolved in the period (their last resolution): service minutes to resolve, waiting excluded. */
  resolved: number;
  median: number | null;
  p90: number | null;
}

export interface ResolutionData {
  summary: ResolutionFigures;
  byProduct: ResolutionFigures[];
  byCategory: ResolutionFigures[];
  byStaff: ResolutionFigures[];
}

export const RESOLUTION_METRICS: readonly MetricDef[] = [
  {
    name: 'resolution.fcr',
    unit: 'percent',
    description: 'first-contact resolution rate: closed without reaching Second Level, of all closed',
  },
  { name: 'resolution.escalation', unit: 'percent', description: 'received requests that reached Second Level' },
  { name: 'resolution.reopen', unit: 'percent', description: 'closed tickets that were reopened at least once' },
  { name: 'resolution.kb', unit: 'percent', description: 'closed tickets with a knowledge-base article linked' },
  {
    name: 'resolution.escalated-without-kb',
    unit: 'count',
    description: 'escalations without an article linked before',
  },
  { name: 'resolution.median', unit: 'hours', description: 'median service time to resolve' },
  { name: 'resolution.p90', unit: 'hours', description: '90th percentile of the service time to resolve' },
  { name: 'resolution.received', unit: 'count', description: 'requests received in the period' },
  { name: 'resolution.closed', unit: 'count', description: 'tickets closed in the period' },
  {
    name: 'resolution.silent',
    unit: 'percent',
    description: 'closed tickets accepted by silence (no answer to the solution), of all closed',
  },
];

interface Counted {
  t: TicketRecord;
  received: boolean;
  closed: boolean;
  /** Service minutes to resolve when the last resolution falls in the period. */
  toResolve: number | null;
}

function articleBeforeEscalation(t: TicketRecord): boolean {
  for (const e of t.events) {
    if (e.type === 'escalated') return false;
    if (e.type === 'kb-linked' || (e.type === 'resolved' && e.kb)) return true;
  }
  return false;
}

export function resolutionFigures(key: string, items: readonly Counted[]): ResolutionFigures {
  const received = items.filter((c) => c.received).map((c) => c.t.state);
  const escalated = items.filter((c) => c.received && c.t.state.reachedSecondLevel);
  const closed = items.filter((c) => c.closed).map((c) => c.t.state);
  const firstContact = closed.filter((s) => !s.reachedSecondLevel).length;
  const reopened = closed.filter((s) => s.reopenCount > 0).length;
  const withArticle = closed.filter((s) => s.kbLinks.length > 0).length;
  const times = items.flatMap((c) => (c.toResolve === null ? [] : [c.toResolve]));
  return {
    key,
    received: received.length,
    escalated: escalated.length,
    escalationRate: percent(escalated.length, received.length),
    escalatedWithoutArticle: escalated.filter((c) => !articleBeforeEscalation(c.t)).length,
    closed: closed.length,
    accepted: closed.filter((s) => s.closure === 'accepted').length,
    acceptedBySilence: closed.filter((s) => s.closure === 'accepted-by-silence').length,
    firstContact,
    fcr: percent(firstContact, closed.length),
    reopened,
    reopenRate: percent(reopened, closed.length),
    withArticle,
    articleRate: percent(withArticle, closed.length),
    resolved: times.length,
    median: median(times),
    p90: percentile(times, 90),
  };
}

export function resolutionReport(input: ReportInput): Report<ResolutionData> {
  const book = slaBookOf(input);
  const tz = input.timeZone;
  const counted: Counted[] = forCustomer(ticketsAt(input.tickets, input.asOf.at), input.customer).flatMap((t) => {
    const s = t.state;
    if (isNotARequest(s)) return []; // spam and duplicates were never requests of their own
    const received = inPeriod(dayOf(s.receivedAt, tz), input.period);
    const closed = s.status === 'closed' && s.closedAt !== undefined && inPeriod(dayOf(s.closedAt, tz), input.period);
    const resolvedHere = s.resolvedAt !== undefined && inPeriod(dayOf(s.resolvedAt, tz), input.period);
    if (!received && !closed && !resolvedHere) return [];
    const calendar = book.termsFor(input.customers.get(s.customer), new Date(s.receivedAt)).calendar;
    return [{ t, received, closed, toResolve: resolvedHere ? minutesToResolve(t, calendar) : null }];
  });
  const by = (key: (c: Counted) => string) => groupBy(counted, key).map(([k, items]) => resolutionFigures(k, items));
  const summary = resolutionFigures('all', counted);
  return {
    ...reportHead('resolution', 'Resolution', input),
    metrics: {
      'resolution.fcr': summary.fcr,
      'resolution.escalation': summary.escalationRate,
      'resolution.reopen': summary.reopenRate,
      'resolution.kb': summary.articleRate,
      'resolution.escalated-without-kb': summary.escalatedWithoutArticle,
      'resolution.median': hoursOf(summary.median),
      'resolution.p90': hoursOf(summary.p90),
      'resolution.received': summary.received,
      'resolution.closed': summary.closed,
      'resolution.silent': percent(summary.acceptedBySilence, summary.closed),
    },
    data: {
      summary,
      byProduct: by((c) => c.t.state.product ?? '(no product)'),
      byCategory: by((c) => c.t.state.category ?? '(unqualified)'),
      byStaff: by((c) => c.t.state.openedBy),
    },
  };
}
