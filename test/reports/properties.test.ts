import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REPORTS, REPORT_NAMES, type Report } from '../../src/core/reports/index.js';
import type { BacklogData } from '../../src/core/reports/backlog.js';
import type { HotspotsData } from '../../src/core/reports/hotspots.js';
import type { ResolutionData, ResolutionFigures } from '../../src/core/reports/resolution.js';
import type { SatisfactionData, ScoreFigures } from '../../src/core/reports/satisfaction.js';
import type { ReactionFigures, SlaData } from '../../src/core/reports/sla.js';
import { CATEGORIES, PRIORITIES } from '../../src/core/ticket/vocabulary.js';
import { reportInput, ticket, type TicketBuilder } from './fixtures.js';

/*
 * Random helpdesks: tickets of three customers received on working days of October and
 * November 2026, each taken through a random sequence of steps an hour or a day apart.
 */
type ArbValue<A> = A extends fc.Arbitrary<infer T> ? T : never;

const STEPS = [
  'reply',
  'escalate',
  'wait',
  'customer-reply',
  'resolve',
  'close',
  'reopen',
  'feedback',
  'kb',
  'log',
  'assign',
] as const;
const ticketSpec = fc.record({
  customer: fc.constantFrom('acme', 'bau', 'dorn'),
  day: fc.integer({ min: 0, max: 40 }),
  hour: fc.integer({ min: 6, max: 19 }),
  category: fc.option(fc.constantFrom(...CATEGORIES), { nil: undefined }),
  priority: fc.option(fc.constantFrom(...PRIORITIES), { nil: undefined }),
  product: fc.option(fc.constantFrom('lohn', 'erp'), { nil: undefined }),
  steps: fc.array(
    fc.record({
      step: fc.constantFrom(...STEPS),
      gapHours: fc.integer({ min: 1, max: 30 }),
      score: fc.integer({ min: 1, max: 5 }),
      staff: fc.constantFrom('mk', 'lw', 'jb'),
    }),
    { maxLength: 8 },
  ),
});

const pad = (n: number) => String(n).padStart(2, '0');
function local(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

function build(specs: ArbValue<typeof ticketSpec>[]): TicketBuilder[] {
  return specs.map((s, i) => {
    let t = Date.UTC(2026, 9, 1, s.hour) + s.day * 86_400_000;
    const b = ticket(`T${String(i).padStart(3, '0')}`, s.customer, local(t), {
      category: s.category,
      priority: s.priority,
      product: s.product,
    });
    for (const step of s.steps) {
      t += step.gapHours * 3_600_000;
      const at = local(t);
      const on = at.slice(0, 10);
      switch (step.step) {
        case 'reply':
          b.reply(at, step.staff);
          break;
        case 'escalate':
          b.escalate(at, step.staff);
          break;
        case 'wait':
          b.wait(at, step.staff);
          break;
        case 'customer-reply':
          b.customerReply(at);
          break;
        case 'resolve':
          b.resolve(at, step.staff, step.score > 3 ? 'artikel' : undefined);
          break;
        case 'close':
          b.close(at, step.staff);
          break;
        case 'reopen':
          b.reopen(at, step.staff);
          break;
        case 'feedback':
          b.feedback(at, step.score);
          break;
        case 'kb':
          b.kb(at, `a${step.score}`);
          break;
        case 'log':
          b.log(at, on, step.gapHours * 7, step.staff);
          break;
        case 'assign':
          b.assign(at, step.staff);
          break;
      }
    }
    return b;
  });
}

const helpdesk = fc.record({
  tickets: fc.array(ticketSpec, { maxLength: 25 }),
  asOfDay: fc.integer({ min: 0, max: 60 }),
  period: fc.constantFrom(undefined, '2026-10', '2026-11', '2026-Q4', '2026'),
});

function run(h: ArbValue<typeof helpdesk>) {
  const asOf = local(Date.UTC(2026, 9, 1) + h.asOfDay * 86_400_000).slice(0, 10);
  const period = h.period && h.period.replace('2026-11', asOf >= '2026-11-01' ? '2026-11' : '2026-10');
  const input = reportInput(build(h.tickets), { asOf, period });
  return Object.fromEntries(
    REPORT_NAMES.filter((n) => n !== 'customer').map((n) => [n, REPORTS[n].build(input)]),
  ) as Record<string, Report>;
}

/** Every percentage anywhere in a report's figures, by field name. */
function percentages(value: unknown, key = ''): number[] {
  if (Array.isArray(value)) return value.flatMap((v) => percentages(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => percentages(v, k));
  return typeof value === 'number' && /(compliance|Rate|fcr|share|^percent)$/.test(key) ? [value] : [];
}

const sum = <T>(rows: readonly T[], f: (r: T) => number) => rows.reduce((s, r) => s + f(r), 0);

describe('report properties on random helpdesks', () => {
  it('percentages stay within 0–100 (utilisation within 0 and more, never negative)', () => {
    fc.assert(
      fc.property(helpdesk, (h) => {
        const reports = run(h);
        for (const [name, r] of Object.entries(reports)) {
          for (const p of percentages(r.data)) {
            expect(p, name).toBeGreaterThanOrEqual(0);
            if (name !== 'utilization' && name !== 'sales') expect(p, name).toBeLessThanOrEqual(100);
          }
          for (const [metric, v] of Object.entries(r.metrics))
            if (v !== null) expect(Number.isFinite(v), metric).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('totals equal the sum of their parts, and no ticket is counted in two buckets', () => {
    fc.assert(
      fc.property(helpdesk, (h) => {
        const r = run(h);
        const sla = r.sla?.data as SlaData;
        const s = sla.summary;
        expect(s.met + s.breaches + s.pending + (s.received - s.agreed)).toBe(s.received);
        for (const groups of [sla.byContract, sla.byPriority, sla.byStaff]) {
          for (const k of ['received', 'agreed', 'met', 'breaches', 'pending'] as (keyof ReactionFigures)[])
            expect(sum(groups, (g) => g[k] as number)).toBe(s[k]);
        }
        const res = r.resolution?.data as ResolutionData;
        for (const groups of [res.byProduct, res.byCategory, res.byStaff]) {
          for (const k of [
            'received',
            'escalated',
            'closed',
            'firstContact',
            'reopened',
            'withArticle',
            'resolved',
          ] as (keyof ResolutionFigures)[]) {
            expect(sum(groups, (g) => g[k] as number)).toBe(res.summary[k]);
          }
        }
        const sat = r.satisfaction?.data as SatisfactionData;
        expect(sum(sat.summary.scores, (n) => n)).toBe(sat.summary.responses);
        for (const groups of [sat.byCustomer, sat.byStaff, sat.byProduct]) {
          expect(sum(groups, (g: ScoreFigures) => g.responses)).toBe(sat.summary.responses);
        }
        const hot = r.hotspots?.data as HotspotsData;
        expect(sum(hot.rows, (x) => x.current)).toBe(hot.received);
        expect(sum(hot.rows, (x) => x.previous)).toBe(hot.receivedBefore);
        const back = r.backlog?.data as BacklogData;
        expect(sum(back.byLevel, (l) => l.total)).toBe(back.open);
        for (const l of back.byLevel) expect(sum(l.buckets, (n) => n)).toBe(l.total);
        const ids = back.items.map((i) => i.ticket);
        expect(new Set(ids).size).toBe(ids.length);
        expect(back.items.length).toBe(back.open);
      }),
      { numRuns: 60 },
    );
  });

  it('the same input gives the same figures, whatever order the tickets come in', () => {
    fc.assert(
      fc.property(helpdesk, (h) => {
        const forward = JSON.stringify(run(h));
        const backward = JSON.stringify(run({ ...h, tickets: [...h.tickets].reverse() }));
        // ticket ids follow the position, so compare counts that do not name tickets
        const counts = (json: string) =>
          Object.values(JSON.parse(json) as Record<string, Report>).map((r) => r.metrics);
        expect(counts(backward)).toEqual(counts(forward));
      }),
      { numRuns: 30 },
    );
  });
});
