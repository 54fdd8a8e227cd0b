import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerPeriodsBetween, customerTime, settle } from '../../src/core/billing/index.js';
import { activeInvoices, ruleViolations, type InvoiceRecord } from '../../src/core/invoice/index.js';
import type { EventPayload, TicketEvent } from '../../src/core/ticket/events.js';
import { project } from '../../src/core/ticket/projection.js';
import { acmeService } from '../billing/fixtures.js';
import { billing, invoiceable, Ledger } from '../invoice/fixtures.js';

/**
 * The rule of docs/billing.md, on the billing core with many cases: whatever the order of logs,
 * corrections (some made apart, naming an entry that no longer counts), invoice runs and
 * cancellations, once a last run has billed everything, the documents bill each period exactly
 * what its statement from the final time says — to the cent — and no entry is on two invoices
 * that stand. (The same rule through real clones, syncs and kills: multi-clone.property.test.ts.)
 */

const CONTRACTS = [
  [acmeService()],
  [acmeService({ settlement: 'pooled', poolWindow: 'quarter' })],
  [{ kind: 'commitment', start: '2026-01-01', minimumHours: 20, rate: '100.00', unused: 'carry-over' }],
  [{ kind: 'none', start: '2026-01-01', hourlyRate: '130.00' }],
  [acmeService({ end: '2026-08-15' }), { kind: 'commitment', start: '2026-08-16', minimumHours: 5, rate: '95.01' }],
  [acmeService({ overageRate: '110.01', hourlyRate: '119.99', increment: 10 })],
];
const TICKETS = [
  { id: 'T-QQQQQQQQQQQQ', category: 'question' },
  { id: 'T-MMMMMMMMMMMM', category: 'malfunction' },
  { id: 'T-DDDDDDDDDDDD', category: 'data-problem' },
] as const;

const step = fc.oneof(
  fc.record({
    op: fc.constant('log' as const),
    ticket: fc.nat({ max: 2 }),
    // often into a period billed already: up to two months back
    daysBack: fc.nat({ max: 60 }),
    minutes: fc.integer({ min: 1, max: 600 }),
    analysis: fc.boolean(),
  }),
  fc.record({
    op: fc.constant('replace' as const),
    pick: fc.nat(),
    minutes: fc.integer({ min: 1, max: 600 }),
    apart: fc.boolean(),
  }),
  fc.record({ op: fc.constant('undo' as const), pick: fc.nat(), apart: fc.boolean() }),
  fc.record({ op: fc.constant('run' as const), days: fc.integer({ min: 1, max: 35 }) }),
  fc.record({ op: fc.constant('cancel' as const), pick: fc.nat() }),
);

describe('each billable minute billed exactly once (billing core, property)', () => {
  it('late time, corrections, runs and cancellations in any order: the documents bill what the final files say', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: CONTRACTS.length - 1 }),
        fc.array(step, { minLength: 1, maxLength: 30 }),
        (kind, steps) => {
          const customer = invoiceable('acme', CONTRACTS[kind]!);
          const events = new Map<string, TicketEvent[]>(
            TICKETS.map((t) => [
              t.id,
              [
                {
                  id: `e-${t.id.slice(2, 12).toLowerCase()}`,
                  at: '2026-05-31T09:00:00+02:00',
                  by: 'mk',
                  type: 'opened',
                  title: 'Lohnexport',
                  customer: 'acme',
                  description: '',
                  channel: 'phone',
                  receivedAt: '2026-05-31T09:00:00+02:00',
                  category: t.category,
                  priority: 'normal',
                  // the malfunction is at Second Level, so its analysis spends the cap
                  ...(t.category === 'malfunction' && {}),
                } as TicketEvent,
                ...(t.category === 'malfunction'
                  ? [
                      {
                        id: 'e-escalated00',
                        at: '2026-05-31T09:01:00+02:00',
                        by: 'mk',
                        type: 'escalated',
                        reason: 'L2',
                      } as TicketEvent,
                    ]
                  : []),
              ],
            ]),
          );
          let clock = Date.parse('2026-06-01T10:00:00+02:00');
          let seq = 0;
          const add = (ticket: string, payload: EventPayload) => {
            clock += 3_600_000 * 7;
            events.get(ticket)!.push({
              id: `e-${String(++seq).padStart(10, '0')}`,
              at: new Date(clock).toISOString(),
              by: 'mk',
              ...payload,
            } as TicketEvent);
          };
          const states = () => TICKETS.map((t) => project(t.id, events.get(t.id)!));
          const allEntries = () => [...events.values()].flat().filter((e) => e.type === 'time-logged');
          const today = () => new Date(clock).toISOString().slice(0, 10);
          const ledger = new Ledger(() => [
            billing(customer, customerTime(states()).entries, customerTime(states()).tickets),
          ]);

          for (const s of steps) {
            if (s.op === 'log') {
              const back = new Date(clock - s.daysBack * 86_400_000).toISOString().slice(0, 10);
              const on = back < '2026-06-01' ? '2026-06-01' : back;
              add(TICKETS[s.ticket]!.id, {
                type: 'time-logged',
                minutes: s.minutes,
                activity: s.analysis ? 'analysis' : 'solution',
                on,
                staff: 'jb',
              });
            } else if (s.op === 'replace' || s.op === 'undo') {
              // made apart, a correction may name an entry another correction replaced already
              const pool = s.apart ? allEntries() : states().flatMap((t) => t.timeEntries.map((e) => ({ id: e.id })));
              if (pool.length === 0) continue;
              const target = pool[s.pick % pool.length]!.id;
              const ticket = [...events].find(([, es]) => es.some((e) => e.id === target))![0];
              const old = allEntries().find((e) => e.id === target)!;
              add(
                ticket,
                s.op === 'undo'
                  ? { type: 'time-cancelled', entry: target }
                  : {
                      type: 'time-logged',
                      minutes: s.minutes,
                      activity: old.activity,
                      on: old.on,
                      staff: 'jb',
                      replaces: target,
                    },
              );
            } else if (s.op === 'run') {
              clock += 86_400_000 * s.days;
              if (today() < '2026-12-01') ledger.run(today());
            } else {
              const active = activeInvoices(ledger.records);
              if (active.length > 0) ledger.cancel(active[s.pick % active.length]!.number, today());
            }
          }
          ledger.run('2026-12-15');

          for (const r of ledger.records) expect(ruleViolations(r), r.number).toEqual([]);
          const time = customerTime(states());
          const input = { customer, ...time, listRate: 13000 };
          for (const { contract, period } of customerPeriodsBetween(customer, {
            from: '2026-06-01',
            to: '2026-11-30',
          })) {
            const statement = settle({ ...input, contract, period });
            // a pool's excess is billed once for its window, by the statement of the period that closes it
            const window = statement.pool?.closes ? billedIn(ledger.records, statement.pool.window.label, false) : 0;
            expect(billedIn(ledger.records, period.label, false) + window, period.label).toBe(statement.net);
          }
          expect(entriesOnTwoActiveInvoices(ledger.records)).toEqual([]);
          // and a run after that finds nothing more to bill
          expect(ledger.run('2026-12-16').filter((r) => r.lines.some((l) => l.period.to < '2026-12-01'))).toEqual([]);
        },
      ),
      {
        numRuns: Number(process.env.DESK_PROPERTY_RUNS ?? 400),
        // random schedules seldom fill a pool: one case always does (June alone beyond Q2's 30 h)
        examples: [
          [
            1,
            [391, 406, 451, 511].map(
              (minutes) => ({ op: 'log', ticket: 0, daysBack: 0, minutes, analysis: false }) as const,
            ),
          ],
        ],
      },
    );
  });
});

/** Net of the lines for a period over every document: invoices add, credit notes take away. */
function billedIn(records: readonly InvoiceRecord[], label: string, advance: boolean): number {
  let sum = 0;
  for (const r of records)
    for (const l of r.lines)
      if (l.period.label === label && ['service-fee', 'commitment-minimum'].includes(l.kind) === advance)
        sum += (r.type === 'credit-note' ? -1 : 1) * l.net;
  return sum;
}

function entriesOnTwoActiveInvoices(records: readonly InvoiceRecord[]): string[] {
  const on = new Map<string, string>();
  const twice: string[] = [];
  for (const r of activeInvoices(records))
    for (const id of new Set(r.lines.flatMap((l) => l.entries))) {
      if (on.has(id)) twice.push(id);
      on.set(id, r.number);
    }
  return twice;
}
