import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventPayload, TicketEvent } from '../../src/core/ticket/events.js';
import { project } from '../../src/core/ticket/projection.js';
import { decideConfirm } from '../../src/core/ticket/time-rules.js';

const ID = 'T-4K7M2QX9ZB3D';
let clock = 0;
/** An event at the next minute (or at `minute`), as a command in some clone recorded it. */
function ev(payload: EventPayload, id: string, by = 'mk', minute?: number): TicketEvent {
  const at = new Date(Date.parse('2026-10-05T09:00:00+02:00') + (minute ?? ++clock) * 60_000).toISOString();
  return { id, at, by, ...payload } as TicketEvent;
}
const opened = ev(
  {
    type: 'opened',
    title: 'Lohnexport bricht ab',
    customer: 'acme',
    description: '',
    channel: 'phone',
    receivedAt: '2026-10-05T09:00:00+02:00',
    category: 'malfunction',
    priority: 'normal',
  },
  'e-00opened00',
  'mk',
  0,
);
const hour = (id: string, minutes: number, extra: Partial<EventPayload<'time-logged'>> = {}, minute?: number) =>
  ev({ type: 'time-logged', minutes, activity: 'solution', on: '2026-10-05', staff: 'mk', ...extra }, id, 'mk', minute);

describe('corrections of one entry made apart in two clones', () => {
  it('both clones replace the same 1 h entry by 2 h: one replacement counts, 2:00 h, flagged until confirmed', () => {
    const events = [
      opened,
      hour('e-0000entry1', 60, {}, 1),
      ev(
        {
          type: 'time-logged',
          minutes: 120,
          activity: 'solution',
          on: '2026-10-05',
          staff: 'mk',
          replaces: 'e-0000entry1',
        },
        'e-00cloneaa1',
        'mk',
        10,
      ),
      ev(
        {
          type: 'time-logged',
          minutes: 120,
          activity: 'solution',
          on: '2026-10-05',
          staff: 'jb',
          replaces: 'e-0000entry1',
        },
        'e-00clonebb1',
        'jb',
        12,
      ),
    ];
    const s = project(ID, events);
    expect(s.timeEntries.map((t) => [t.id, t.minutes])).toEqual([['e-00clonebb1', 120]]);
    expect(s.timeConflicts).toEqual([
      expect.objectContaining({ entry: 'e-0000entry1', stands: 'e-00clonebb1', outcome: 'e-00clonebb1' }),
    ]);
    const confirm = decideConfirm(s, events, 'e-00cloneaa1', 'mit Jonas abgestimmt');
    expect(confirm).toEqual({ type: 'time-confirmed', entry: 'e-00clonebb1', note: 'mit Jonas abgestimmt' });
    const after = project(ID, [...events, ev(confirm, 'e-0confirm01', 'ak', 20)]);
    expect(after.timeConflicts).toEqual([]);
    expect(after.timeEntries.map((t) => t.id)).toEqual(['e-00clonebb1']);
  });

  it('a cancellation against a replacement: the later counts, the same whatever order the events arrive in', () => {
    const cancel = ev({ type: 'time-cancelled', entry: 'e-0000entry1', reason: 'doppelt' }, 'e-00cancel01', 'mk', 30);
    const replace = ev(
      {
        type: 'time-logged',
        minutes: 45,
        activity: 'analysis',
        on: '2026-10-05',
        staff: 'jb',
        replaces: 'e-0000entry1',
      },
      'e-00replace1',
      'jb',
      20,
    );
    const base = [opened, hour('e-0000entry1', 60, {}, 1)];
    const s = project(ID, [...base, cancel, replace]);
    expect(s.timeEntries).toEqual([]);
    expect(s.timeConflicts).toEqual([expect.objectContaining({ outcome: 'e-00cancel01' })]);
    expect(s.timeConflicts[0]).not.toHaveProperty('stands');
    expect(project(ID, [replace, ...base.reverse(), cancel])).toEqual(s);
  });

  it('never more than one entry of a lineage counts, whatever corrections two clones make apart (property)', () => {
    const correction = fc.record({
      clone: fc.constantFrom('a', 'b'),
      kind: fc.constantFrom('replace', 'cancel'),
      minutes: fc.integer({ min: 1, max: 300 }),
      minute: fc.integer({ min: 2, max: 60 }),
    });
    fc.assert(
      fc.property(fc.array(correction, { maxLength: 8 }), (steps) => {
        // each clone corrects what it sees as standing: its own latest correction, or the entry;
        // desk stamps an event after the last one its clone has, so a correction follows what it corrects
        const seen: Record<string, string | undefined> = { a: 'e-0000entry1', b: 'e-0000entry1' };
        const clock: Record<string, number> = { a: 1, b: 1 };
        const events: TicketEvent[] = [opened, hour('e-0000entry1', 60, {}, 1)];
        steps.forEach((c, i) => {
          const target = seen[c.clone];
          if (!target) return; // this clone cancelled it: nothing left to correct there
          const id = `e-${c.clone}${String(i).padStart(9, '0')}`;
          const minute = (clock[c.clone] = (clock[c.clone] ?? 1) + c.minute);
          if (c.kind === 'cancel') {
            events.push(ev({ type: 'time-cancelled', entry: target }, id, 'mk', minute));
            seen[c.clone] = undefined;
          } else {
            events.push(
              ev(
                {
                  type: 'time-logged',
                  minutes: c.minutes,
                  activity: 'solution',
                  on: '2026-10-05',
                  staff: 'mk',
                  replaces: target,
                },
                id,
                'mk',
                minute,
              ),
            );
            seen[c.clone] = id;
          }
        });
        const s = project(ID, events);
        expect(s.timeEntries.length).toBeLessThanOrEqual(1);
        const both = steps.some((c) => c.clone === 'a') && steps.some((c) => c.clone === 'b');
        expect(s.timeConflicts.length).toBe(both ? 1 : 0);
        for (const c of s.timeConflicts) expect(c.stands).toBe(s.timeEntries[0]?.id);
      }),
      { numRuns: 300 },
    );
  });

  it('an entry marked for review counts once confirmed; a replacement needs no confirmation', () => {
    const marked = hour('e-00review01', 530, { review: 'session started 2026-10-05 ran 17h 50m' }, 1);
    const s = project(ID, [opened, marked]);
    expect(s.timeEntries[0]?.review).toContain('ran 17h 50m');
    const confirm = decideConfirm(s, [opened, marked], 'e-00review', undefined);
    expect(confirm).toEqual({ type: 'time-confirmed', entry: 'e-00review01' });
    expect(project(ID, [opened, marked, ev(confirm, 'e-0confirm01')]).timeEntries[0]).not.toHaveProperty('review');
    expect(() => decideConfirm(project(ID, [opened, hour('e-0000entry1', 60)]), [], 'e-0000entry1', undefined)).toThrow(
      /nothing to confirm on e-0000entry1/,
    );
  });
});

describe('moves made apart that the workflow would not allow in sequence', () => {
  const l2 = [
    opened,
    ev({ type: 'escalated', reason: 'Datenbank' }, 'e-0escalate1', 'mk', 1),
    ev({ type: 'resolved', solution: 'Index neu aufgebaut' }, 'e-00resolved', 'jb', 2),
  ];
  it('clone A returns and closes it accepted, clone B escalates it meanwhile: it stays closed, and says so', () => {
    const a = [
      ev({ type: 'returned' }, 'e-00returned', 'jb', 3),
      ev({ type: 'closed', acceptedBy: 'Sabine Vogt' }, 'e-000closed1', 'mk', 5),
    ];
    // clone B did not see the resolution: it reopened (before) and escalated again (after A closed)
    const b = [ev({ type: 'escalated', reason: 'nochmal prüfen', to: 'jb' }, 'e-0escalate2', 'lw', 6)];
    const s = project(ID, [...l2, ...a, ...b]);
    expect([s.status, s.level, s.acceptedBy]).toEqual(['closed', 1, 'Sabine Vogt']);
    expect(s.moveConflicts).toEqual([
      { event: 'e-0escalate2', type: 'escalated', by: 'lw', at: expect.any(String), status: 'closed' },
    ]);
    const settled = project(ID, [
      ...l2,
      ...a,
      ...b,
      ev({ type: 'settled', note: 'bleibt geschlossen' }, 'e-00settled1', 'ak', 9),
    ]);
    expect(settled.moveConflicts).toEqual([]);
    expect(settled.status).toBe('closed');
  });

  it('moves that fit one after the other are all applied', () => {
    const s = project(ID, [
      ...l2,
      ev({ type: 'returned' }, 'e-00returned', 'jb', 3),
      ev({ type: 'reopened', reason: 'wieder da' }, 'e-00reopened', 'mk', 4),
    ]);
    expect([s.status, s.moveConflicts]).toEqual(['open', []]);
  });
});
