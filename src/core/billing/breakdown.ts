import type { Minutes } from '../duration.js';
import { ACTIVITIES, type Activity, type Category } from '../ticket/vocabulary.js';
import type { ClassifiedEntry } from './classify.js';
import { noBucketMinutes, type BucketMinutes, type TicketFacts } from './types.js';

export interface UsageRow {
  logged: Minutes;
  billed: Minutes;
  /** The rounded minutes by bucket; they add up to `billed`. */
  buckets: BucketMinutes;
}

export interface TicketUsage extends UsageRow {
  ticketId: string;
  title?: string;
  category?: Category;
}

export interface ActivityUsage extends UsageRow {
  activity: Activity;
}

function addTo(row: UsageRow, c: ClassifiedEntry): void {
  row.logged += c.entry.minutes;
  row.billed += c.billed;
  for (const p of c.parts) row.buckets[p.bucket] += p.minutes;
}

const emptyRow = (): UsageRow => ({ logged: 0, billed: 0, buckets: noBucketMinutes() });

/** Per ticket, in ticket-id order so that two runs over the same data print the same table. */
export function usageByTicket(classified: readonly ClassifiedEntry[], tickets: readonly TicketFacts[]): TicketUsage[] {
  const facts = new Map(tickets.map((t) => [t.id, t]));
  const rows = new Map<string, TicketUsage>();
  for (const c of classified) {
    const id = c.entry.ticketId;
    let row = rows.get(id);
    if (!row) {
      const t = facts.get(id);
      row = {
        ticketId: id,
        ...emptyRow(),
        ...(t?.title !== undefined && { title: t.title }),
        ...(t?.category !== undefined && { category: t.category }),
      };
      rows.set(id, row);
    }
    addTo(row, c);
  }
  return [...rows.values()].sort((a, b) => (a.ticketId < b.ticketId ? -1 : a.ticketId > b.ticketId ? 1 : 0));
}

/** Per activity, in vocabulary order; activities without time are left out. */
export function usageByActivity(classified: readonly ClassifiedEntry[]): ActivityUsage[] {
  const rows = new Map<Activity, ActivityUsage>();
  for (const c of classified) {
    const row = rows.get(c.entry.activity) ?? { activity: c.entry.activity, ...emptyRow() };
    rows.set(c.entry.activity, row);
    addTo(row, c);
  }
  return ACTIVITIES.flatMap((a) => rows.get(a) ?? []);
}
