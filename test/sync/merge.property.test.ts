import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TicketEvent } from '../../src/core/ticket/events.js';
import { compareEvents } from '../../src/core/ticket/event-order.js';
import { mergeConflicted, mergeTicketTexts, unionEvents } from '../../src/core/ticket/merge.js';
import { parseTicket } from '../../src/core/ticket/ticket-file.js';
import { serialiseTicket } from '../../src/core/ticket/ticket-record.js';
import { stringifyYaml } from '../../src/core/files/yaml-text.js';
import { ACTIVITIES, CATEGORIES, PRIORITIES } from '../../src/core/ticket/vocabulary.js';
import { ticketFile } from '../../src/core/ticket/paths.js';

const ID = 'T-4K7M2QX9ZB3D';
const FILE = ticketFile(ID);

const opened: TicketEvent = {
  id: 'e-00opened00',
  at: '2026-03-02T09:00:00+01:00',
  by: 'mk',
  type: 'opened',
  title: 'Drucker druckt nicht',
  customer: 'acme',
  description: 'Seit dem Update',
  channel: 'phone',
  receivedAt: '2026-03-02T08:55:00+01:00',
};

/**
 * Few distinct instants, each written with two offsets, so that many events share an instant and
 * the order has to come from the tie-break on the id.
 */
const instant = fc.record({ minute: fc.integer({ min: 0, max: 20 }), utc: fc.boolean() }).map(({ minute, utc }) => {
  const ms = Date.parse('2026-03-02T09:00:00+01:00') + (minute + 1) * 60_000;
  if (utc) return new Date(ms).toISOString().replace('.000Z', 'Z');
  const local = new Date(ms + 3_600_000).toISOString().slice(0, 19);
  return `${local}+01:00`;
});
const eventId = fc.stringMatching(/^[0-9a-z]{10}$/).map((s) => `e-${s}`);
const staff = fc.constantFrom('mk', 'lw', 'jb');
const words = fc.constantFrom('Treiber', 'Export', 'bitte prüfen', 'Rückruf\nmorgen', 'ok');

const payload = fc.oneof(
  words.map((text) => ({ type: 'comment' as const, text })),
  fc.record({
    type: fc.constant('qualified' as const),
    category: fc.constantFrom(...CATEGORIES),
    priority: fc.constantFrom(...PRIORITIES),
  }),
  words.map((reason) => ({ type: 'escalated' as const, reason })),
  fc.record({
    type: fc.constant('message' as const),
    direction: fc.constantFrom('to-customer' as const, 'from-customer' as const),
    text: words,
  }),
  fc.record({
    type: fc.constant('time-logged' as const),
    minutes: fc.integer({ min: 1, max: 600 }),
    activity: fc.constantFrom(...ACTIVITIES),
    on: fc.constant('2026-03-02'),
    staff,
  }),
  fc.constant({ type: 'waiting' as const }),
  fc.record({ type: fc.constant('feedback' as const), score: fc.integer({ min: 1, max: 5 }) }),
);

const event = fc
  .record({ id: eventId, at: instant, by: staff, payload })
  .map(({ payload: p, ...head }) => ({ ...head, ...p }) as TicketEvent);

/** Every event a ticket will ever have, and which of three clones has seen each one. */
const clones = fc
  .uniqueArray(fc.record({ event, seen: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()) }), {
    selector: (x) => x.event.id,
    maxLength: 25,
  })
  .map((all) => [0, 1, 2].map((i) => [opened, ...all.filter((x) => x.seen[i]).map((x) => x.event)]));

const file = (events: readonly TicketEvent[]) => serialiseTicket(events, ID);

function merged(ours: string, theirs: string): string {
  const result = mergeTicketTexts(FILE, ours, theirs, ID);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value.text;
}

const idsOf = (text: string) => {
  const parsed = parseTicket(FILE, text, ID);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value.events.map((e) => e.id);
};

describe('merging two versions of a ticket', () => {
  it('is commutative in its result: the same file whichever side is ours', () => {
    fc.assert(
      fc.property(clones, ([a, b]) => {
        expect(merged(file(a!), file(b!))).toBe(merged(file(b!), file(a!)));
      }),
    );
  });

  it('is idempotent: merging a version with itself, or a merge with one of its sides, changes nothing', () => {
    fc.assert(
      fc.property(clones, ([a, b]) => {
        expect(merged(file(a!), file(a!))).toBe(file(a!));
        const m = merged(file(a!), file(b!));
        expect(merged(m, file(a!))).toBe(m);
        expect(merged(file(b!), m)).toBe(m);
      }),
    );
  });

  it('is associative: three clones syncing in any grouping end with the same file', () => {
    fc.assert(
      fc.property(clones, ([a, b, c]) => {
        const left = merged(merged(file(a!), file(b!)), file(c!));
        expect(merged(file(a!), merged(file(b!), file(c!)))).toBe(left);
        expect(merged(merged(file(c!), file(a!)), file(b!))).toBe(left);
      }),
    );
  });

  it('never loses an event: every event of either side is in the result, unchanged', () => {
    fc.assert(
      fc.property(clones, ([a, b]) => {
        const result = mergeTicketTexts(FILE, file(a!), file(b!), ID);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const byId = new Map(result.value.events.map((e) => [e.id, e]));
        for (const e of [...a!, ...b!]) expect(byId.get(e.id)).toEqual(e);
        expect(new Set(result.value.events.map((e) => e.id))).toEqual(new Set([...a!, ...b!].map((e) => e.id)));
        expect(result.value.events).toHaveLength(new Set([...a!, ...b!].map((e) => e.id)).size);
        expect(result.value.divergent).toEqual([]);
      }),
    );
  });

  it('orders deterministically: opened first, then by instant, then by id, whatever order the files list them in', () => {
    fc.assert(
      fc.property(clones, fc.infiniteStream(fc.nat()), ([a, b], random) => {
        const shuffled = (events: readonly TicketEvent[]) => {
          const out = [...events];
          for (let i = out.length - 1; i > 0; i--) {
            const j = random.next().value % (i + 1);
            [out[i], out[j]] = [out[j]!, out[i]!];
          }
          return stringifyYaml({ id: ID, events: out });
        };
        const text = merged(shuffled(a!), shuffled(b!));
        expect(text).toBe(merged(file(a!), file(b!)));
        const result = mergeTicketTexts(FILE, text, text, ID);
        if (!result.ok) throw new Error('merged text does not parse');
        expect([...result.value.events].sort(compareEvents)).toEqual(result.value.events);
        expect(idsOf(text)[0]).toBe(opened.id);
      }),
    );
  });

  it('keeps one version of an event edited differently on two sides, the same one either way, and reports it', () => {
    const variant = fc.record({ base: event, text: words });
    fc.assert(
      fc.property(clones, variant, ([a, b], { base, text }) => {
        const theirs = { ...base, type: 'comment', text: `${text} (bearbeitet)` } as TicketEvent;
        const ab = mergeTicketTexts(FILE, file([...a!, base]), file([...b!, theirs]), ID);
        const ba = mergeTicketTexts(FILE, file([...b!, theirs]), file([...a!, base]), ID);
        if (!ab.ok || !ba.ok) throw new Error('merge failed');
        expect(ab.value.text).toBe(ba.value.text);
        expect(ab.value.events.filter((e) => e.id === base.id)).toHaveLength(1);
        expect(ab.value.divergent).toHaveLength(1);
        expect(ab.value.divergent[0]!.id).toBe(base.id);
        expect(ab.value.divergent).toEqual(ba.value.divergent);
      }),
    );
  });
});

describe('two clones closing the same ticket by silence', () => {
  const resolved: TicketEvent = {
    id: 'e-0resolved0',
    at: '2026-03-02T10:00:00+01:00',
    by: 'mk',
    type: 'resolved',
    solution: 'Treiber neu installiert',
  };
  const silence = (id: string, at: string, by: string): TicketEvent => ({ id, at, by, type: 'closed', silentDays: 10 });
  const a = [opened, resolved, silence('e-aaaaaaaaaa', '2026-03-17T08:00:00+01:00', 'mk')];
  const b = [opened, resolved, silence('e-bbbbbbbbbb', '2026-03-16T17:30:00+01:00', 'lw')];

  it('keep one closing, the earlier, whichever side is ours', () => {
    const ab = mergeTicketTexts(FILE, serialiseTicket(a, ID), serialiseTicket(b, ID));
    const ba = mergeTicketTexts(FILE, serialiseTicket(b, ID), serialiseTicket(a, ID));
    if (!ab.ok || !ba.ok) throw new Error('merge failed');
    expect(ab.value.text).toBe(ba.value.text);
    expect(ab.value.events.filter((e) => e.type === 'closed').map((e) => e.id)).toEqual(['e-bbbbbbbbbb']);
  });

  it('but keep a closing by silence after the ticket was reopened and resolved again', () => {
    const reopened: TicketEvent = {
      id: 'e-0reopened',
      at: '2026-03-18T09:00:00+01:00',
      by: 'mk',
      type: 'reopened',
      reason: 'Fehler tritt wieder auf',
    };
    const again: TicketEvent = { ...resolved, id: 'e-resolved02', at: '2026-03-18T11:00:00+01:00' };
    const later = silence('e-cccccccccc', '2026-04-02T08:00:00+01:00', 'mk');
    const merged = mergeTicketTexts(FILE, serialiseTicket([...a, reopened, again, later], ID), serialiseTicket(b, ID));
    if (!merged.ok) throw new Error('merge failed');
    expect(merged.value.events.filter((e) => e.type === 'closed').map((e) => e.id)).toEqual([
      'e-bbbbbbbbbb',
      'e-cccccccccc',
    ]);
  });
});

describe('what cannot be merged is refused, not guessed', () => {
  it('a side that is not a ticket, or a different ticket, is reported with the side', () => {
    const good = file([opened]);
    const broken = mergeTicketTexts(FILE, good, 'events: [\n  broken', ID);
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problems[0]!.message).toMatch(/^their side: /);
    const other = mergeTicketTexts(FILE, good, good.replaceAll(ID, 'T-0000000000AA'));
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.problems[0]!.message).toContain('different tickets');
    const twoOpened = mergeTicketTexts(FILE, good, file([{ ...opened, id: 'e-0another00' }]), ID);
    expect(twoOpened.ok).toBe(false);
    if (!twoOpened.ok) expect(twoOpened.problems[0]!.message).toContain('exactly one "opened"');
  });
});

describe('a ticket a plain text merge left with conflict markers', () => {
  /** What `git merge-file` writes for two clones that appended events to the same ticket. */
  function conflicted(a: string, b: string): string {
    const x = a.split('\n');
    const y = b.split('\n');
    let head = 0;
    while (head < x.length && head < y.length && x[head] === y[head]) head++;
    let tail = 0;
    while (tail < x.length - head && tail < y.length - head && x[x.length - 1 - tail] === y[y.length - 1 - tail])
      tail++;
    return [
      ...x.slice(0, head),
      '<<<<<<< ours',
      ...x.slice(head, x.length - tail),
      '=======',
      ...y.slice(head, y.length - tail),
      '>>>>>>> theirs',
      ...x.slice(x.length - tail),
    ].join('\n');
  }

  it('is named as a merge problem on read, and merges by its events to what the driver would have written', () => {
    fc.assert(
      fc.property(clones, ([a, b]) => {
        const text = conflicted(file(a!), file(b!));
        if (text === file(a!) || !text.includes('<<<<<<<')) return;
        const read = parseTicket(FILE, text, ID);
        expect(read.ok).toBe(false);
        if (!read.ok) expect(read.problems[0]!.message).toContain('desk setup');
        const repaired = mergeConflicted(FILE, text, ID);
        if (!repaired.ok) throw new Error(JSON.stringify(repaired.problems));
        expect(repaired.value.text).toBe(merged(file(a!), file(b!)));
      }),
    );
  });

  it('unions the events of a single side too', () => {
    const { events } = unionEvents([opened], [opened], []);
    expect(events).toEqual([opened]);
  });
});
