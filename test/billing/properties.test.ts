import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUCKETS,
  classifyEntries,
  entriesCountedFrom,
  firstDayRead,
  periodOf,
  periodsBetween,
  roundUp,
  settle,
  type Statement,
  type TicketFacts,
  type TimeEntry,
} from '../../src/core/billing/index.js';
import { ACTIVITIES, CATEGORIES } from '../../src/core/ticket/vocabulary.js';
import { formatMoney } from '../../src/core/money.js';
import { isoOf } from '../../src/core/billing/dates.js';
import type { Customer } from '../../src/core/schema/customer.js';
import { customer } from './fixtures.js';

const TICKETS = ['T-1', 'T-2', 'T-3', 'T-4'];
const increment = fc.constantFrom(1, 5, 10, 15, 30, 60);
const rate = fc.integer({ min: 0, max: 50_000 }).map(formatMoney);
const hours = fc.integer({ min: 0, max: 60 * 40 }).map((m) => `${m}m`);
/** Small caps, so that tickets run past them often. */
const cap = fc.integer({ min: 0, max: 60 * 6 }).map((m) => `${m}m`);
/** L2 analysis is what the cap splits, so it is drawn far more often than its share. */
const activity = fc.oneof(
  { arbitrary: fc.constant('analysis' as const), weight: 2 },
  { arbitrary: fc.constantFrom(...ACTIVITIES), weight: 3 },
);

/** Service contracts carry most rules (quota, cap, scope, pools), so they are drawn most often. */
const contract = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('service'),
      fee: rate,
      includedHours: hours,
      overageRate: rate,
      hourlyRate: rate,
      increment,
      analysisCap: cap,
      settlement: fc.constantFrom('per-period', 'pooled'),
      poolWindow: fc.constantFrom('quarter', 'contract-year'),
      period: fc.constantFrom('month', 'quarter'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('commitment'),
      minimumHours: hours,
      rate,
      increment,
      unused: fc.constantFrom('forfeit', 'carry-over'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('none'), hourlyRate: rate, increment }) },
);

/** A customer with one contract from 2026-01-01, or none at all (pay-per-use at its list rate). */
const customers = fc
  .option(contract, { nil: undefined })
  .map((c) => (c ? customer([{ ...c, start: '2026-01-01' }]) : customer([], { listRate: '130.00' })));

const day = (months: [number, number]) =>
  fc
    .record({ m: fc.integer({ min: months[0], max: months[1] }), d: fc.integer({ min: 1, max: 28 }) })
    .map(({ m, d }) => isoOf(2026, m, d));

const entryArb = (months: [number, number]) =>
  fc.record({
    ticketId: fc.constantFrom(...TICKETS),
    date: day(months),
    minutes: fc.integer({ min: 1, max: 12 * 60 }),
    activity,
    staff: fc.constant('anna'),
    level: fc.constantFrom(1 as const, 2 as const),
    nonBillable: fc.option(fc.constant({ reason: 'goodwill' }), { nil: undefined }),
  });

const entriesArb = (months: [number, number]) =>
  fc
    .array(entryArb(months), { maxLength: 40, size: 'medium' })
    .map((list) => list.map((e, i): TimeEntry => ({ ...e, id: `e-${String(i).padStart(3, '0')}` })));

/** Included categories are drawn often enough for tickets to reach the analysis cap. */
const category = fc.oneof(
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.constantFrom('question' as const, 'malfunction' as const) },
  { weight: 2, arbitrary: fc.constantFrom(...CATEGORIES) },
);
const ticketsArb = fc
  .tuple(...TICKETS.map(() => category))
  .map((cats) => TICKETS.map((id, i): TicketFacts => ({ id, ...(cats[i] && { category: cats[i] }) })));

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function statementsOf(
  c: Customer,
  entries: TimeEntry[],
  tickets: TicketFacts[],
  from: string,
  to: string,
): Statement[] {
  const k = c.contracts[0];
  if (!k) return [settle({ customer: c, contract: undefined, period: { from, to, label: 'x' }, entries, tickets })];
  return periodsBetween(k, from, to).map((period) => settle({ customer: c, contract: k, period, entries, tickets }));
}

function amountsOf(s: Statement): number[] {
  return [
    s.net,
    ...s.lines.map((l) => l.amount),
    s.quota?.overageAmount ?? 0,
    s.pool?.amount ?? 0,
    s.commitment?.excessAmount ?? 0,
    s.beyondCap.amount,
    s.outsideContract.amount,
    s.payPerUse.amount,
  ];
}

describe('billing properties', () => {
  it('every rounded minute lands in exactly one bucket: nothing lost, nothing counted twice', () => {
    fc.assert(
      fc.property(customers, entriesArb([1, 12]), ticketsArb, (c, entries, tickets) => {
        const classified = classifyEntries({ customer: c, entries, tickets });
        expect(classified.map((x) => x.entry.id).sort()).toEqual(entries.map((e) => e.id).sort());
        for (const x of classified) {
          expect(sum(x.parts.map((p) => p.minutes))).toBe(x.billed);
          expect(x.parts.every((p) => p.minutes > 0 && p.entry === x.entry)).toBe(true);
        }
        const statements = statementsOf(c, entries, tickets, '2026-01-01', '2026-12-31');
        expect(sum(statements.map((s) => sum(BUCKETS.map((b) => s.buckets[b]))))).toBe(
          sum(classified.map((x) => x.billed)),
        );
        expect(sum(statements.map((s) => s.entries))).toBe(entries.length);
      }),
    );
  });

  it('rounding never makes time go down, per entry and in total, and adds less than one increment per entry', () => {
    fc.assert(
      fc.property(customers, entriesArb([1, 12]), ticketsArb, (c, entries, tickets) => {
        const increment = c.contracts[0]?.increment ?? 15;
        for (const x of classifyEntries({ customer: c, entries, tickets })) {
          expect(x.billed).toBe(roundUp(x.entry.minutes, increment));
          expect(x.billed).toBeGreaterThanOrEqual(x.entry.minutes);
          expect(x.billed - x.entry.minutes).toBeLessThan(increment);
        }
        for (const s of statementsOf(c, entries, tickets, '2026-01-01', '2026-12-31'))
          expect(s.billed).toBeGreaterThanOrEqual(s.logged);
      }),
    );
  });

  it('amounts are non-negative whole cents, and the lines add up to the net', () => {
    fc.assert(
      fc.property(customers, entriesArb([1, 12]), ticketsArb, (c, entries, tickets) => {
        for (const s of statementsOf(c, entries, tickets, '2026-01-01', '2026-12-31')) {
          for (const amount of amountsOf(s)) expect(Number.isSafeInteger(amount) && amount >= 0).toBe(true);
          expect(sum(s.lines.map((l) => l.amount))).toBe(s.net);
        }
      }),
    );
  });

  it('periods from a day on settle the same from the time of the tickets worked on since', () => {
    fc.assert(
      fc.property(
        customers,
        entriesArb([1, 12]),
        ticketsArb,
        fc.integer({ min: 1, max: 12 }),
        (c, entries, tickets, month) => {
          const k = c.contracts[0];
          const from = isoOf(2026, month, 1);
          const counted = entriesCountedFrom(entries, from, '2026-12-31');
          const all = statementsOf(c, entries, tickets, '2026-01-01', '2026-12-31').filter(
            (s) => firstDayRead(k, s.period) >= from,
          );
          const cut = statementsOf(c, counted, tickets, '2026-01-01', '2026-12-31').filter(
            (s) => firstDayRead(k, s.period) >= from,
          );
          expect(cut).toEqual(all);
        },
      ),
    );
  });

  it('adding an entry never lowers a bucket total over the whole history', () => {
    fc.assert(
      fc.property(customers, entriesArb([1, 12]), entryArb([1, 12]), ticketsArb, (c, entries, extra, tickets) => {
        const totals = (list: TimeEntry[]) => {
          const t = Object.fromEntries(BUCKETS.map((b) => [b, 0]));
          for (const p of classifyEntries({ customer: c, entries: list, tickets }).flatMap((x) => x.parts))
            t[p.bucket] = (t[p.bucket] ?? 0) + p.minutes;
          return t;
        };
        const before = totals(entries);
        const after = totals([...entries, { ...extra, id: 'e-extra' }]);
        for (const b of BUCKETS) expect(after[b]).toBeGreaterThanOrEqual(before[b] ?? 0);
      }),
    );
  });

  it('adding an entry to a period never lowers its bucket totals or its net', () => {
    fc.assert(
      fc.property(customers, entriesArb([10, 10]), entryArb([10, 10]), ticketsArb, (c, entries, extra, tickets) => {
        const k = c.contracts[0];
        const period = k ? periodOf(k, '2026-10-01') : { from: '2026-10-01', to: '2026-10-31', label: '2026-10' };
        if (!period) throw new Error('October has no period');
        const run = (list: TimeEntry[]) => settle({ customer: c, contract: k, period, entries: list, tickets });
        const before = run(entries);
        const after = run([...entries, { ...extra, id: 'e-extra' }]);
        for (const b of BUCKETS) expect(after.buckets[b]).toBeGreaterThanOrEqual(before.buckets[b]);
        expect(after.net).toBeGreaterThanOrEqual(before.net);
      }),
    );
  });
});
