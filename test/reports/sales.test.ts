import { describe, expect, it } from 'vitest';
import { salesReport } from '../../src/core/reports/sales.js';
import { customerSchema } from '../../src/core/schema/customer.js';
import { acme, bau, dorn, reportInput, ticket } from './fixtures.js';

const eck = customerSchema.parse({
  id: 'eck',
  name: 'Eck OHG',
  salesRep: 'sh',
  contracts: [{ kind: 'none', start: '2025-01-01', hourlyRate: '130.00' }],
});
const q = { category: 'question', priority: 'normal', product: 'lohn' } as const;
const hours = (h: number) => h * 60;

const tickets = [
  // ACME (10 h quota): August 12 h, September 9 h, October 11 h → over in 2 of the last 3 months
  ticket('A1', 'acme', '2026-08-03 09:00', q)
    .log('2026-08-04 17:00', '2026-08-04', hours(12))
    .log('2026-09-04 17:00', '2026-09-04', hours(9))
    .log('2026-10-05 17:00', '2026-10-05', hours(11)),
  // Bau (20 h minimum): 2 + 3 + 1 = 6 h of 60 h = 10 % → at risk
  ticket('B1', 'bau', '2026-08-03 09:00', q)
    .log('2026-08-04 17:00', '2026-08-04', hours(2))
    .log('2026-09-04 17:00', '2026-09-04', hours(3))
    .log('2026-10-05 17:00', '2026-10-05', hours(1)),
  // Dorn, no contract: 10 h × 130.00 = 1,300.00 < 3 × 1,200.00
  ticket('D1', 'dorn', '2026-08-03 09:00', q)
    .log('2026-08-04 17:00', '2026-08-04', hours(3))
    .log('2026-09-04 17:00', '2026-09-04', hours(4))
    .log('2026-10-05 17:00', '2026-10-05', hours(3)),
  // Eck, no contract: 28 h × 130.00 = 3,640.00 ≥ 3 × 1,200.00 → offer a first contract
  ticket('E1', 'eck', '2026-08-03 09:00', q)
    .log('2026-08-04 17:00', '2026-08-04', hours(10))
    .log('2026-09-04 17:00', '2026-09-04', hours(10))
    .log('2026-10-05 17:00', '2026-10-05', hours(8)),
  // extension demand in November
  ticket('X1', 'acme', '2026-11-02 09:00', { category: 'change-request', priority: 'normal', product: 'erp' })
    .escalate('2026-11-02 10:00')
    .estimate('2026-11-03 10:00', hours(6)),
  ticket('X2', 'acme', '2026-11-03 09:00', { category: 'feature-idea', priority: 'low', product: 'erp' }),
  ticket('X3', 'dorn', '2026-11-04 09:00', { category: 'change-request', priority: 'normal', product: 'erp' })
    .escalate('2026-11-04 10:00')
    .estimate('2026-11-05 10:00', hours(2)),
  ticket('X4', 'bau', '2026-11-05 09:00', { category: 'project-work', priority: 'normal', product: 'lohn' }),
];

describe('desk report sales', () => {
  const report = salesReport(reportInput(tickets, { asOf: '2026-11-20', customers: [acme, bau, dorn, eck] }));

  it('finds customers over quota in 2 of the last 3 complete periods', () => {
    expect(
      report.data.upsell.map((u) => [
        u.customer,
        u.periods.map((p) => p.period.label),
        u.overCount,
        u.used,
        u.included,
      ]),
    ).toEqual([['acme', ['2026-08', '2026-09', '2026-10'], 2, hours(32), hours(30)]]);
  });

  it('finds customers without a contract whose billed time would have paid for the entry contract', () => {
    expect(report.data.offer).toEqual({ customer: 'acme', contract: 'SV-ACME', fee: 120000, includedHours: 600 });
    expect(
      report.data.candidates.map((c) => [c.customer, c.months.map((m) => m.label), c.minutes, c.amount, c.offerCost]),
    ).toEqual([['eck', ['2026-08', '2026-09', '2026-10'], hours(28), 364000, 360000]]);
  });

  it('finds customers using under a third of their quota, and extension demand by product', () => {
    expect(report.data.atRisk.map((r) => [r.customer, r.used, r.included, r.percent])).toEqual([
      ['bau', hours(6), hours(60), 10],
    ]);
    expect(report.data.demand.map((d) => [d.product, d.byCategory, d.total, d.estimateMinutes, d.customers])).toEqual([
      [
        'erp',
        { 'change-request': 2, 'feature-idea': 1, 'new-development': 0, 'project-work': 0 },
        3,
        hours(8),
        ['acme', 'dorn'],
      ],
      ['lohn', { 'change-request': 0, 'feature-idea': 0, 'new-development': 0, 'project-work': 1 }, 1, 0, ['bau']],
    ]);
    expect(report.metrics).toEqual({ 'sales.upsell': 1, 'sales.candidates': 1, 'sales.at-risk': 1, 'sales.demand': 4 });
  });
});
