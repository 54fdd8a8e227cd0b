import type { Parsed, Problem } from '../files/yaml-text.js';
import type { TicketEvent } from './events.js';
import { parseTicket } from './ticket-file.js';
import { serialiseTicket } from './ticket-record.js';
import { splitConflict } from '../files/conflict-markers.js';
import { compareEvents } from './event-order.js';

/**
 * Merging two versions of a ticket: events are append-only and carry ids unique across clones,
 * so the merge is the union of the events by id and the summary is recomputed. Nothing from
 * either side is dropped, and the result does not depend on which side is "ours" — which is what
 * lets every clone end up with the same file, whatever order the clones synced in.
 */

/** Two versions of one event (same id, different content): which was kept, which dropped. */
export interface Divergence {
  id: string;
  kept: TicketEvent;
  dropped: TicketEvent[];
}

export interface EventUnion {
  events: TicketEvent[];
  divergent: Divergence[];
}

/**
 * The union of event logs by event id. An id is meant to name one event; if a hand edit made
 * two versions of it, the one whose canonical text sorts first is kept — a choice that does not
 * depend on the order of the logs — and the other is reported, never silently dropped.
 */
export function unionEvents(...logs: readonly (readonly TicketEvent[])[]): EventUnion {
  const byId = new Map<string, { kept: TicketEvent; key: string; dropped: Map<string, TicketEvent> }>();
  for (const log of logs) {
    for (const event of log) {
      const key = canonical(event);
      const seen = byId.get(event.id);
      if (!seen) byId.set(event.id, { kept: event, key, dropped: new Map() });
      else if (key !== seen.key) {
        if (key < seen.key) {
          seen.dropped.set(seen.key, seen.kept);
          seen.kept = event;
          seen.key = key;
        } else seen.dropped.set(key, event);
      }
    }
  }
  const ids = [...byId.keys()].sort();
  const divergent = ids.flatMap((id) => {
    const { kept, dropped } = byId.get(id)!;
    return dropped.size
      ? [{ id, kept, dropped: [...dropped.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, e]) => e) }]
      : [];
  });
  return { events: ids.map((id) => byId.get(id)!.kept), divergent };
}

export interface MergedTicket {
  id: string;
  text: string;
  events: TicketEvent[];
  divergent: Divergence[];
}

/**
 * Merges two versions of a ticket file's text. Fails — with problems naming the side — only when
 * a side is not a ticket, the two are different tickets, or their union is not a consistent log
 * (two different "opened" events). The common ancestor is not needed: events are never removed,
 * so whatever is in the ancestor is in both sides.
 */
export function mergeTicketTexts(
  file: string,
  ours: string,
  theirs: string,
  expectedId?: string,
): Parsed<MergedTicket> {
  const a = parseTicket(file, ours, expectedId);
  const b = parseTicket(file, theirs, expectedId);
  const problems = [...(a.ok ? [] : sided(a.problems, 'ours')), ...(b.ok ? [] : sided(b.problems, 'theirs'))];
  if (!a.ok || !b.ok) return { ok: false, problems };
  if (a.value.id !== b.value.id) {
    return {
      ok: false,
      problems: [
        { file, field: 'id', message: `the two sides are different tickets (${a.value.id} and ${b.value.id})` },
      ],
    };
  }
  return mergeRecords(file, a.value.id, [a.value.events, b.value.events]);
}

/** Merges any number of event logs of one ticket into its file text, checked like a read. */
export function mergeRecords(
  file: string,
  id: string,
  logs: readonly (readonly TicketEvent[])[],
): Parsed<MergedTicket> {
  const { events: union, divergent } = unionEvents(...logs);
  const events = withoutRepeatedSilence(union);
  const text = serialiseTicket(events, id);
  const check = parseTicket(file, text, id);
  if (!check.ok)
    return {
      ok: false,
      problems: check.problems.map((p) => ({ ...p, message: `after merging both sides: ${p.message}` })),
    };
  return { ok: true, value: { id, text, events: check.value.events, divergent } };
}

/** A ticket file left with conflict markers, merged by its events as the driver would have. */
export function mergeConflicted(file: string, text: string, expectedId?: string): Parsed<MergedTicket> {
  const sides = splitConflict(text);
  if (!sides)
    return {
      ok: false,
      problems: [
        { file, field: '(file)', message: 'the conflict markers do not nest as git writes them; merge it by hand' },
      ],
    };
  return mergeTicketTexts(file, sides.ours, sides.theirs, expectedId);
}

/**
 * Two clones that both find a resolved ticket's silence period over each close it by silence,
 * with events of different ids. That is one fact seen twice, not two closings: the closing that
 * comes first in event order is kept and a closing by silence of a ticket already closed is
 * dropped. Decided on the ordered union, so every clone keeps the same one whatever the order of
 * syncs.
 */
function withoutRepeatedSilence(events: readonly TicketEvent[]): TicketEvent[] {
  let closed = false;
  return [...events].sort(compareEvents).filter((e) => {
    if (e.type === 'reopened') closed = false;
    if (e.type !== 'closed') return true;
    if (closed && e.silentDays !== undefined) return false;
    closed = true;
    return true;
  });
}

function sided(problems: Problem[], side: 'ours' | 'theirs'): Problem[] {
  return problems.map((p) => ({ ...p, message: `${side === 'ours' ? 'our' : 'their'} side: ${p.message}` }));
}

/** An event's content as one string with its keys in a fixed order: equal events, equal strings. */
function canonical(event: TicketEvent): string {
  const entries = Object.entries(event).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}
