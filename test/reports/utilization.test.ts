import { describe, expect, it } from 'vitest';
import { utilizationReport } from '../../src/core/reports/utilization.js';
import { reportInput, ticket } from './fixtures.js';

const q = { category: 'question', priority: 'normal', product: 'lohn' } as const;

const tickets = [
  // ACME, service contract, 10 h a month
  ticket('A1', 'acme', '2026-09-01 09:00', q)
    .log('2026-09-10 17:00', '2026-09-10', 300) // September 5:00 of 10:00 = 50 %
    .log('2026-10-12 17:00', '2026-10-12', 660) // October 11:00 = 110 %, 1:00 over
    .log('2026-11-02 17:00', '2026-11-02', 120)
    .log('2026-11-10 17:00', '2026-11-10', 230) // 3:50 rounds up to 4:00: November 6:00 = 60 %
    .log('2026-11-23 17:00', '2026-11-23', 240), // logged after the as-of day
  // Bau, commitment of 20 h a month at 100.00: November 25 h = 125 %, 5 h over = 500.00
  ticket('B1', 'bau', '2026-11-02 09:00', q)
    .log('2026-11-05 17:00', '2026-11-05', 900)
    .log('2026-11-12 17:00', '2026-11-12', 600),
  ticket('D1', 'dorn', '2026-11-02 09:00', q).log('2026-11-05 17:00', '2026-11-05', 60),
];

describe('desk report utilization', () => {
  const report = utilizationReport(reportInput(tickets, { asOf: '2026-11-20' }));
  const [a, b] = report.data.rows;

  it('measures the current period against the quota and projects it by the pace so far', () => {
    expect(a?.current).toMatchObject({
      period: { label: '2026-11' },
      through: '2026-11-20',
      included: 600,
      used: 360,
      remaining: 240,
      over: 0,
      overAmount: 0,
      percent: 60,
    });
    // 6:00 in 20 of 30 days → 9:00 by the end of the month = 90 %
    expect(a?.projection).toEqual({ elapsedDays: 20, totalDays: 30, used: 540, percent: 90, over: 0 });
    expect(a?.trend.map((p) => [p.period.label, p.used, p.percent, p.over])).toEqual([
      ['2026-06', 0, 0, 0],
      ['2026-07', 0, 0, 0],
      ['2026-08', 0, 0, 0],
      ['2026-09', 300, 50, 0],
      ['2026-10', 660, 110, 60],
      ['2026-11', 360, 60, 0],
    ]);
  });

  it('measures a commitment by its minimum hours, the excess billed at its rate', () => {
    expect(b?.customer).toBe('bau');
    expect(b?.current).toMatchObject({ included: 1200, used: 1500, over: 300, overAmount: 50000, percent: 125 });
    // 25 h in 20 days → 37:30 in 30 days = 187.5 %
    expect(b?.projection).toMatchObject({ used: 2250, percent: 187.5, over: 1050 });
  });

  it('names customers without a quota and sums up the highest figures as metrics', () => {
    expect(report.data.withoutQuota).toEqual([{ customer: 'dorn', name: 'Dorn e.K.' }]);
    expect(report.metrics).toEqual({
      'utilization.max': 125,
      'utilization.projected': 187.5,
      'utilization.over': 1,
      'utilization.customers': 2,
    });
  });

  it('looks at a past period as it ended, and refuses a customer without a contract', () => {
    const october = utilizationReport(
      reportInput(tickets, { asOf: '2026-11-20', period: '2026-10', customer: 'acme' }),
    );
    expect(october.data.rows.map((r) => [r.current.period.label, r.current.percent, r.projection.percent])).toEqual([
      ['2026-10', 110, 110],
    ]);
    expect(() => utilizationReport(reportInput(tickets, { asOf: '2026-11-20', customer: 'dorn' }))).toThrow(
      /customer dorn has no service contract or commitment on 2026-11-20/,
    );
  });
});
