/**
 * `desk report sla`: reaction-time compliance (docs/domain.md §5) of the requests received in the
 * period, by contract, priority and staff, with the breaches listed (docs/reports.md#sla).
 */
import { isNotARequest } from '../ticket/projection.js';
import { PRIORITIES } from '../ticket/vocabulary.js';
import { reactionOf, type Reaction } from './clock.js';
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
import { byText, groupBy, hoursOf, median, percent, percentile } from './stats.js';

export interface ReactionFigures {
  key: string;
  /** Requests received in the period. */
  received: number;
  /** Of them, with a reaction time agreed. */
  agreed: number;
  met: number;
  /** Answered late, or unanswered past the deadline. */
  breaches: number;
  /** Unanswered, deadline not yet reached. */
  pending: number;
  /** met / (met + breaches), in percent; pending and best-effort requests do not count. */
  compliance: number | null;
  /** Of all answered requests, agreed or not: service minutes to the first reaction. */
  median: number | null;
  p90: number | null;
}

export interface SlaData {
  summary: ReactionFigures;
  byContract: ReactionFigures[];
  byPriority: ReactionFigures[];
  byStaff: ReactionFigures[];
  breaches: Reaction[];
}

export const SLA_METRICS: readonly MetricDef[] = [
  {
    name: 'sla.compliance',
    unit: 'percent',
    description: 'requests answered within the reaction time, of those decided (met + breaches)',
  },
  { name: 'sla.breaches', unit: 'count', description: 'requests answered late or unanswered past the deadline' },
  { name: 'sla.pending', unit: 'count', description: 'requests unanswered, deadline not reached yet' },
  { name: 'sla.received', unit: 'count', description: 'requests received in the period' },
  { name: 'sla.median', unit: 'hours', description: 'median service time to the first reaction' },
  { name: 'sla.p90', unit: 'hours', description: '90th percentile of the service time to the first reaction' },
];

export function reactionFigures(key: string, reactions: readonly Reaction[]): ReactionFigures {
  const count = (...kinds: Reaction['kind'][]) => reactions.filter((r) => kinds.includes(r.kind)).length;
  const met = count('met');
  const breaches = count('breached', 'overdue');
  const answered = reactions.flatMap((r) => (r.minutes === null ? [] : [r.minutes]));
  return {
    key,
    received: reactions.length,
    agreed: reactions.length - count('none'),
    met,
    breaches,
    pending: count('pending'),
    compliance: percent(met, met + breaches),
    median: median(answered),
    p90: percentile(answered, 90),
  };
}

/** The reactions to requests received in the period, as of the report's instant, in ticket-id order. */
export function reactionsInPeriod(input: ReportInput): Reaction[] {
  const book = slaBookOf(input);
  const at = input.asOf.at;
  return (
    forCustomer(ticketsAt(input.tickets, at), input.customer)
      .filter((t) => inPeriod(dayOf(t.state.receivedAt, input.timeZone), input.period))
      // spam and duplicates were never requests of their own
      .filter((t) => !isNotARequest(t.state))
      .map((t) => reactionOf(t, input.customers.get(t.state.customer), book, at, input.timeZone))
  );
}

export function slaReport(input: ReportInput): Report<SlaData> {
  const reactions = reactionsInPeriod(input);
  const summary = reactionFigures('all', reactions);
  const priorityRank = (key: string) => (PRIORITIES as readonly string[]).indexOf(key) + 1 || PRIORITIES.length + 1;
  const data: SlaData = {
    summary,
    byContract: groupBy(reactions, (r) => r.contract).map(([k, rs]) => reactionFigures(k, rs)),
    byPriority: groupBy(reactions, (r) => r.priority ?? 'unqualified')
      .sort(([a], [b]) => priorityRank(a) - priorityRank(b))
      .map(([k, rs]) => reactionFigures(k, rs)),
    byStaff: groupBy(reactions, (r) => r.staff).map(([k, rs]) => reactionFigures(k, rs)),
    breaches: reactions
      .filter((r) => r.kind === 'breached' || r.kind === 'overdue')
      .sort((a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt) || byText(a.ticket, b.ticket)),
  };
  return {
    ...reportHead('sla', 'Reaction times', input),
    metrics: {
      'sla.compliance': summary.compliance,
      'sla.breaches': summary.breaches,
      'sla.pending': summary.pending,
      'sla.received': summary.received,
      'sla.median': hoursOf(summary.median),
      'sla.p90': hoursOf(summary.p90),
    },
    data,
  };
}
