import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activeInvoices, ruleViolations, vatBreakdownOf } from '../../src/core/invoice/index.js';
import type { TicketFacts, TimeEntry } from '../../src/core/billing/index.js';
import { acmeService } from '../billing/fixtures.js';
import { billing, invoiceable, Ledger } from './fixtures.js';

const CONTRACTS = [
  [acmeService()],
  [acmeService({ settlement: 'pooled', poolWindow: 'quarter' })],
  [{ kind: 'commitment', start: '2026-01-01', minimumHours: 20, rate: '100.00', unused: 'carry-over' }],
  [{ kind: 'none', start: '2026-01-01', hourlyRate: '130.00' }],
  [acmeService({ end: '2026-05-15' }), { kind: 'commitment', start: '2026-05-16', minimumHours: 5, rate: '95.00' }],
];
const TICKETS: TicketFacts[] = [
  { id: 'T-Q', category: 'question' },
  { id: 'T-M', category: 'malfunction' },
  { id: 'T-D', category: 'data-problem' },
];

const day = (month: number, d: number) => `2026-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

const entryArb = fc.record({
  month: fc.integer({ min: 1, max: 12 }),
  d: fc.integer({ min: 1, max: 28 }),
  minutes: fc.integer({ min: 1, max: 600 }),
  ticket: fc.constantFrom('T-Q', 'T-M', 'T-D'),
  analysis: fc.boolean(),
  goodwill: fc.boolean(),
});

/** Runs on days of the year in order; some followed by cancelling an invoice then active. */
const stepsArb = fc.array(
  fc.record({
    month: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
    cancel: fc.option(fc.nat(), { nil: undefined }),
  }),
  { maxLength: 8 },
);

describe('invoice runs, property-based', () => {
  it('totals add up, no time entry is billed twice or never, and the schedule of runs and cancellations changes no total', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: CONTRACTS.length - 1 }),
        fc.array(entryArb, { maxLength: 25 }),
        stepsArb,
        (kind, raw, steps) => {
          const entries: TimeEntry[] = raw.map((e, i) => ({
            id: `e-${String(i).padStart(3, '0')}`,
            ticketId: e.ticket,
            date: day(e.month, e.d),
            minutes: e.minutes,
            activity: e.analysis ? 'analysis' : 'solution',
            staff: 'jb',
            level: e.analysis ? 2 : 1,
            ...(e.goodwill && { nonBillable: { reason: 'goodwill' } }),
          }));
          const customer = invoiceable('acme', CONTRACTS[kind]!);
          const ledger = new Ledger(() => [billing(customer, entries, TICKETS)]);
          const dates = steps
            .map((s) => ({ ...s, date: day(s.month, s.d) }))
            .sort((a, b) => (a.date < b.date ? -1 : 1));
          for (const step of dates) {
            ledger.run(step.date);
            const active = activeInvoices(ledger.records);
            if (step.cancel !== undefined && active.length > 0)
              ledger.cancel(active[step.cancel % active.length]!.number, step.date);
          }
          ledger.run('2027-03-01');

          for (const r of ledger.records) {
            expect(r.totals.net).toBe(r.lines.reduce((s, l) => s + l.net, 0));
            expect(r.totals.vat).toBe(vatBreakdownOf(r.lines).reduce((s, b) => s + b.tax, 0));
            expect(r.totals.gross).toBe(r.totals.net + r.totals.vat);
            expect(ruleViolations(r)).toEqual([]);
          }
          const active = activeInvoices(ledger.records);
          const keys = active.flatMap((r) => r.lines.map((l) => l.key));
          expect(new Set(keys).size).toBe(keys.length);
          const settledIn = new Map<string, number>();
          for (const r of active)
            for (const s of r.settlements) for (const id of s.entries) settledIn.set(id, (settledIn.get(id) ?? 0) + 1);
          for (const e of entries.filter((x) => !x.nonBillable))
            expect(settledIn.get(e.id), `${e.id} on ${e.date}`).toBe(1);
          for (const count of settledIn.values()) expect(count).toBe(1);

          // one run after the year bills exactly what all the runs and cancellations together bill
          const once = new Ledger(() => [billing(customer, entries, TICKETS)]);
          once.run('2027-03-01');
          const sum = (rs: typeof active) => rs.reduce((s, r) => s + r.totals.net, 0);
          expect(sum(active)).toBe(sum(activeInvoices(once.records)));
          for (const year of ['2026', '2027']) {
            const seqs = ledger.records
              .filter((r) => r.issueDate.startsWith(year))
              .map((r) => Number(r.number.slice(8)));
            expect(seqs, `gapless ${year}`).toEqual(seqs.map((_, i) => i + 1));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
