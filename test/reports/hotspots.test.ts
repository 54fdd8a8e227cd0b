import { describe, expect, it } from 'vitest';
import { hotspotsReport } from '../../src/core/reports/hotspots.js';
import { reportInput, ticket } from './fixtures.js';

const exp = { category: 'malfunction', priority: 'normal', product: 'lohn', module: 'export' } as const;
const lager = (category: 'question' | 'malfunction') =>
  ({ category, priority: 'normal', product: 'erp', module: 'lager' }) as const;

const tickets = [
  // November (as of the 20th)
  ticket('N1', 'acme', '2026-11-02 09:00', exp).kb('2026-11-02 09:30', 'export-fehler'),
  ticket('N2', 'acme', '2026-11-09 09:00', exp).kb('2026-11-09 09:30', 'export-fehler'),
  ticket('N3', 'bau', '2026-11-10 09:00', exp).log('2026-11-10 10:00', '2026-11-10', 30),
  ticket('N4', 'acme', '2026-11-11 09:00', lager('question')),
  ticket('N5', 'dorn', '2026-11-12 09:00'),
  // October
  ticket('O1', 'acme', '2026-10-05 09:00', exp),
  ticket('O2', 'acme', '2026-10-06 09:00', lager('question')),
  ticket('O3', 'acme', '2026-10-07 09:00', lager('question')),
  ticket('O4', 'acme', '2026-10-08 09:00', lager('malfunction')),
];

describe('desk report hotspots', () => {
  const report = hotspotsReport(reportInput(tickets, { asOf: '2026-11-20' }));

  it('compares product/module × category with the previous period, the biggest rises first', () => {
    expect(report.data.previous.label).toBe('2026-10');
    expect(report.data.rows.map((r) => [r.area, r.category, r.current, r.previous, r.change])).toEqual([
      ['lohn/export', 'malfunction', 3, 1, 2],
      ['(no product)', '(unqualified)', 1, 0, 1],
      ['erp/lager', 'question', 1, 2, -1],
      ['erp/lager', 'malfunction', 0, 1, -1],
    ]);
    expect(report.metrics).toEqual({ 'hotspots.received': 5, 'hotspots.rise': 2, 'hotspots.recurring': 2 });
  });

  it('ranks customers by requests, then time logged', () => {
    expect(report.data.customers.map((c) => [c.customer, c.current, c.previous, c.minutes])).toEqual([
      ['acme', 3, 4, 0],
      ['bau', 1, 0, 30],
      ['dorn', 1, 0, 0],
    ]);
  });

  it('finds recurring problems: one article for several requests, one customer with the same problem again', () => {
    expect(report.data.recurring.map((r) => [r.kind, r.key, r.count, r.tickets, r.customers])).toEqual([
      ['article', 'export-fehler', 2, ['N1', 'N2'], ['acme']],
      ['customer', 'acme: lohn/export malfunction', 2, ['N1', 'N2'], ['acme']],
    ]);
  });
});
