import { PRIORITIES, type Priority } from './vocabulary.js';

/**
 * The order of a work list, most urgent first: by priority (unqualified last), then the oldest
 * request first, then by id, so that the order never depends on how the tickets were read.
 * Sorts in place; keys are computed once per ticket, not per comparison (100,000 tickets).
 */
export function sortByUrgency<T extends { id: string; priority?: Priority; receivedAt: string }>(rows: T[]): T[] {
  const key = new Map(
    rows.map((s) => [
      s,
      { rank: s.priority ? PRIORITIES.indexOf(s.priority) : PRIORITIES.length, received: Date.parse(s.receivedAt) },
    ]),
  );
  return rows.sort((a, b) => {
    const [x, y] = [key.get(a)!, key.get(b)!];
    return x.rank - y.rank || x.received - y.received || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}
