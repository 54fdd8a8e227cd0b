import { describe, expect, it } from 'vitest';
import { satisfactionReport } from '../../src/core/reports/satisfaction.js';
import { reportInput, ticket } from './fixtures.js';

const q = (product: string) => ({ category: 'question', priority: 'normal', product }) as const;

const tickets = [
  // rated 2, then 5: the later rating replaces the earlier one
  ticket('S1', 'acme', '2026-11-02 09:00', q('lohn'))
    .resolve('2026-11-02 10:00', 'mk')
    .feedback('2026-11-03 09:00', 2, 'schlecht')
    .feedback('2026-11-05 09:00', 5),
  ticket('S2', 'acme', '2026-11-02 09:00', q('erp'))
    .escalate('2026-11-02 09:10')
    .resolve('2026-11-09 10:00', 'jb')
    .feedback('2026-11-10 09:00', 4, 'gut'),
  ticket('S3', 'bau', '2026-11-03 09:00', q('lohn'))
    .resolve('2026-11-11 10:00', 'mk')
    .feedback('2026-11-12 09:00', 1, 'zu langsam', 'Herr Bau'),
  ticket('S4', 'bau', '2026-10-12 09:00', q('lohn')).resolve('2026-10-19 10:00', 'lw').feedback('2026-10-20 09:00', 3),
  // rated after the as-of day: not counted
  ticket('S5', 'dorn', '2026-11-16 09:00', q('lohn')).resolve('2026-11-16 10:00').feedback('2026-11-25 09:00', 5),
];

describe('desk report satisfaction', () => {
  const report = satisfactionReport(reportInput(tickets, { asOf: '2026-11-20' }));

  it('counts the latest rating per ticket given in the period', () => {
    // 5, 4, 1: average 10 / 3 = 3.33; 4–5: 2 of 3 = 66.7 %; one of 1–2
    expect(report.data.summary).toEqual({
      key: 'all',
      responses: 3,
      average: 3.33,
      share: 66.7,
      low: 1,
      scores: [1, 0, 0, 1, 1],
    });
    expect(report.metrics).toEqual({
      'satisfaction.average': 3.33,
      'satisfaction.share': 66.7,
      'satisfaction.low': 1,
      'satisfaction.responses': 3,
    });
  });

  it('by customer, by who resolved the ticket, by product', () => {
    expect(report.data.byCustomer.map((r) => [r.key, r.responses, r.average, r.share])).toEqual([
      ['acme', 2, 4.5, 100],
      ['bau', 1, 1, 0],
    ]);
    expect(report.data.byStaff.map((r) => [r.key, r.responses, r.average])).toEqual([
      ['jb', 1, 4],
      ['mk', 2, 3],
    ]);
    expect(report.data.byProduct.map((r) => [r.key, r.average])).toEqual([
      ['erp', 4],
      ['lohn', 3],
    ]);
  });

  it('lists the comments and a trend over six periods', () => {
    expect(
      report.data.comments.filter((c) => c.comment).map((c) => [c.day, c.ticket, c.score, c.comment, c.from ?? null]),
    ).toEqual([
      ['2026-11-10', 'S2', 4, 'gut', null],
      ['2026-11-12', 'S3', 1, 'zu langsam', 'Herr Bau'],
    ]);
    expect(report.data.trend.map((t) => [t.key, t.responses, t.average])).toEqual([
      ['2026-06', 0, null],
      ['2026-07', 0, null],
      ['2026-08', 0, null],
      ['2026-09', 0, null],
      ['2026-10', 1, 3],
      ['2026-11', 3, 3.33],
    ]);
  });
});
