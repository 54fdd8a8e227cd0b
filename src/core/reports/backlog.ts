/**
 * `desk report backlog`: the work support still owes, as it stood at one instant: open tickets
 * by level and age, those waiting on the customer, those nobody has taken.
 */
import type { IsoDate } from '../billing/types.js';
import type { TicketState } from '../ticket/projection.js';
import type { Level, Priority, Status } from '../ticket/vocabulary.js';
import { toZonedIso } from '../time.js';
import { dayOf, forCustomer, reportHead, snapshotAt, ticketsAt, type Report, type ReportInput } from './input.js';
import type { MetricDef } from './metrics.js';
import { daysBetween } from './period.js';
import { byText } from './stats.js';

/** Age buckets in calendar days since receipt (0 = received that day); the last is open-ended. */
export const AGE_BUCKETS = [
  { label: '0–1 days', max: 1 },
  { label: '2–3 days', max: 3 },
  { label: '4–7 days', max: 7 },
  { label: '8–14 days', max: 14 },
  { label: '15–30 days', max: 30 },
  { label: 'over 30 days', max: Infinity },
] as const;

/** Support owes work on these: not resolved (waiting for acceptance), closed or handed off. */
export const BACKLOG_STATUSES: readonly Status[] = ['new', 'open', 'escalated', 'waiting'];

export interface BacklogItem {
  ticket: string;
  customer: string;
  title: string;
  status: Status;
  level: Level;
  priority?: Priority;
  assignee?: string;
  receivedAt: string;
  ageDays: number;
  waitingSince?: string;
  waitingDays?: number;
}

export interface BacklogData {
  /** The instant of the snapshot, ISO with the company's offset. */
  at: string;
  open: number;
  byLevel: { level: Level; buckets: number[]; total: number }[];
  /** Per age bucket, both levels. */
  totals: number[];
  /** Every open ticket, oldest first. */
  items: BacklogItem[];
  waiting: BacklogItem[];
  unassigned: BacklogItem[];
  /** Resolved, waiting for the customer's acceptance: not backlog, shown for completeness. */
  awaitingAcceptance: number;
}

export const BACKLOG_METRICS: readonly MetricDef[] = [
  { name: 'backlog.open', unit: 'count', description: 'open tickets (new, open, escalated, waiting)' },
  { name: 'backlog.l1', unit: 'count', description: 'open tickets at First Level' },
  { name: 'backlog.l2', unit: 'count', description: 'open tickets at Second Level' },
  { name: 'backlog.waiting', unit: 'count', description: 'open tickets waiting on the customer' },
  { name: 'backlog.unassigned', unit: 'count', description: 'open tickets nobody is assigned to' },
  { name: 'backlog.oldest', unit: 'days', description: 'age of the oldest open ticket in days (0 when none is open)' },
  { name: 'backlog.over-30', unit: 'count', description: 'open tickets older than 30 days' },
];

export const bucketOf = (ageDays: number) => AGE_BUCKETS.findIndex((b) => ageDays <= b.max);

export function backlogItems(
  states: readonly TicketState[],
  day: IsoDate,
  timeZone: string,
  statuses: readonly Status[] = BACKLOG_STATUSES,
): BacklogItem[] {
  return states
    .filter((s) => statuses.includes(s.status))
    .map((s) => {
      const waitingDay = s.waitingSince === undefined ? undefined : dayOf(s.waitingSince, timeZone);
      return {
        ticket: s.id,
        customer: s.customer,
        title: s.title,
        status: s.status,
        level: s.level,
        ...(s.priority && { priority: s.priority }),
        ...(s.assignee && { assignee: s.assignee }),
        receivedAt: s.receivedAt,
        ageDays: daysBetween(dayOf(s.receivedAt, timeZone), day) - 1,
        ...(s.waitingSince &&
          waitingDay && { waitingSince: s.waitingSince, waitingDays: daysBetween(waitingDay, day) - 1 }),
      };
    })
    .sort((a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt) || byText(a.ticket, b.ticket));
}

export function backlogReport(input: ReportInput): Report<BacklogData> {
  const at = snapshotAt(input);
  const day = dayOf(at.toISOString(), input.timeZone);
  const states = forCustomer(ticketsAt(input.tickets, at), input.customer).map((t) => t.state);
  const items = backlogItems(states, day, input.timeZone);
  const byLevel = ([1, 2] as const).map((level) => {
    const buckets = AGE_BUCKETS.map(() => 0);
    for (const i of items)
      if (i.level === level) buckets[bucketOf(i.ageDays)] = (buckets[bucketOf(i.ageDays)] ?? 0) + 1;
    return { level, buckets, total: buckets.reduce((s, n) => s + n, 0) };
  });
  const waiting = items.filter((i) => i.status === 'waiting');
  const unassigned = items.filter((i) => i.assignee === undefined);
  return {
    ...reportHead('backlog', 'Backlog', input),
    metrics: {
      'backlog.open': items.length,
      'backlog.l1': byLevel[0]?.total ?? 0,
      'backlog.l2': byLevel[1]?.total ?? 0,
      'backlog.waiting': waiting.length,
      'backlog.unassigned': unassigned.length,
      'backlog.oldest': items.reduce((max, i) => Math.max(max, i.ageDays), 0),
      'backlog.over-30': items.filter((i) => i.ageDays > 30).length,
    },
    data: {
      at: toZonedIso(at, input.timeZone),
      open: items.length,
      byLevel,
      totals: AGE_BUCKETS.map((_, b) => byLevel.reduce((s, l) => s + (l.buckets[b] ?? 0), 0)),
      items,
      waiting,
      unassigned,
      awaitingAcceptance: states.filter((s) => s.status === 'resolved').length,
    },
  };
}
