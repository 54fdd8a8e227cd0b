import type { TicketEvent } from './events.js';
import { compareEvents } from './event-order.js';
import { project, type TicketState } from './projection.js';
import { stringifyYaml } from '../files/yaml-text.js';

export interface TicketRecord {
  id: string;
  events: TicketEvent[];
  state: TicketState;
}

const HEADER = ' desk ticket. The events are the record; the summary is recomputed from them on every write.';

/** The fields of a ticket's state that lists show, filter and sort by; a file's summary repeats them for people. */
const SUMMARY_FIELDS = [
  'title',
  'customer',
  'status',
  'level',
  'category',
  'product',
  'module',
  'priority',
  'assignee',
  'receivedAt',
  'updatedAt',
  'tags',
  'closure',
] as const;
export type TicketSummary = Pick<TicketState, 'id' | (typeof SUMMARY_FIELDS)[number]>;

export function summaryOf(s: TicketState): TicketSummary {
  return Object.fromEntries([['id', s.id], ...SUMMARY_FIELDS.map((k) => [k, s[k]])]) as TicketSummary;
}

/** The file text for a ticket: summary first for people, then the events in their fixed order. */
export function serialiseTicket(events: readonly TicketEvent[], id: string): string {
  const sorted = [...events].sort(compareEvents);
  const s = project(id, sorted);
  const { id: _, ...listed } = summaryOf(s);
  const summary = { ...listed, tags: s.tags.length ? s.tags : undefined, firstReactionAt: s.firstReactionAt };
  return stringifyYaml({ id, summary: dropUndefined(summary), events: sorted.map(dropUndefined) }, HEADER);
}

function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
