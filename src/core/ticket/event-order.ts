import type { TicketEvent } from './events.js';

/**
 * Deterministic order everywhere, also after merging clones: "opened" first, then by instant,
 * then by id.
 */
export function compareEvents(a: TicketEvent, b: TicketEvent): number {
  if ((a.type === 'opened') !== (b.type === 'opened')) return a.type === 'opened' ? -1 : 1;
  const ta = Date.parse(a.at);
  const tb = Date.parse(b.at);
  if (ta !== tb) return ta - tb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
