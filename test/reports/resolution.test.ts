import { describe, expect, it } from 'vitest';
import { resolutionReport } from '../../src/core/reports/resolution.js';
import { reportInput, ticket } from './fixtures.js';

/* November 2026 as of Friday 20 November; service hours Mon–Fri 08:00–17:00 Berlin. */
const tickets = [
  // solved at First Level with an article: 09:00 → 11:00 = 120 service minutes
  ticket('R1', 'acme', '2026-11-02 09:00', { category: 'malfunction', priority: 'normal', product: 'lohn' }, 'mk')
    .resolve('2026-11-02 11:00', 'mk', 'drucker')
    .close('2026-11-03 10:00'),
  // escalated without an article; Tue 08:00 → Wed 12:00 = 540 + 240 = 780
  ticket('R2', 'acme', '2026-11-03 08:00', { category: 'malfunction', priority: 'normal', product: 'lohn' }, 'lw')
    .escalate('2026-11-03 09:00', 'lw')
    .resolve('2026-11-04 12:00', 'jb')
    .close('2026-11-05 10:00', 'lw'),
  // waits on the customer, is resolved, reopened and resolved again: worked Wed 10–11, Thu 10–11, Mon 09–10 = 180
  ticket('R3', 'bau', '2026-11-04 10:00', { category: 'question', priority: 'normal', product: 'erp' }, 'mk')
    .wait('2026-11-04 11:00')
    .customerReply('2026-11-05 10:00')
    .resolve('2026-11-05 11:00')
    .close('2026-11-06 09:00')
    .reopen('2026-11-09 09:00')
    .kb('2026-11-09 09:30', 'kasse')
    .resolve('2026-11-09 10:00')
    .close('2026-11-10 09:00'),
  // an article was linked before the escalation; still at Second Level
  ticket('R4', 'bau', '2026-11-05 09:00', { category: 'question', priority: 'normal', product: 'erp' }, 'lw')
    .kb('2026-11-05 09:10', 'faq', 'lw')
    .escalate('2026-11-05 09:30', 'lw'),
  // received in October, resolved and closed in November: Wed 28 Oct 09:00 → Mon 2 Nov 09:00 = 480 + 540 + 540 + 60 = 1620
  ticket('R5', 'dorn', '2026-10-28 09:00', { category: 'question', priority: 'low', product: 'lohn' }, 'mk')
    .resolve('2026-11-02 09:00')
    .close('2026-11-02 10:00'),
  // received, nothing else yet
  ticket('R6', 'acme', '2026-11-06 09:00', { category: 'malfunction', priority: 'high', product: 'lohn' }, 'mk'),
  // received after the as-of day: not known yet
  ticket('R7', 'acme', '2026-11-23 09:00', { category: 'question', priority: 'normal', product: 'lohn' })
    .resolve('2026-11-23 10:00')
    .close('2026-11-23 11:00'),
];

describe('desk report resolution', () => {
  const report = resolutionReport(reportInput(tickets, { asOf: '2026-11-20' }));

  it('counts first-contact resolution, escalations, reopenings and articles', () => {
    // received R1 R2 R3 R4 R6 (R7 not yet known); escalated R2 R4 → 2/5 = 40 %; closed R1 R2 R3 R5;
    // first contact R1 R3 R5 → 3/4 = 75 %; reopened R3 → 25 %; with article R1 R3 → 50 %
    expect(report.data.summary).toEqual({
      key: 'all',
      received: 5,
      escalated: 2,
      escalationRate: 40,
      escalatedWithoutArticle: 1,
      closed: 4,
      accepted: 4,
      acceptedBySilence: 0,
      firstContact: 3,
      fcr: 75,
      reopened: 1,
      reopenRate: 25,
      withArticle: 2,
      articleRate: 50,
      resolved: 4,
      // 120, 180, 780, 1620: median (180 + 780) / 2 = 480; p90 nearest rank 4 of 4
      median: 480,
      p90: 1620,
    });
    expect(report.metrics).toEqual({
      'resolution.fcr': 75,
      'resolution.escalation': 40,
      'resolution.reopen': 25,
      'resolution.kb': 50,
      'resolution.escalated-without-kb': 1,
      'resolution.median': 8,
      'resolution.p90': 27,
      'resolution.received': 5,
      'resolution.closed': 4,
      'resolution.silent': 0,
    });
  });

  it('breaks down by product, category and the staff who recorded the request', () => {
    expect(
      report.data.byProduct.map((r) => [
        r.key,
        r.received,
        r.escalationRate,
        r.closed,
        r.fcr,
        r.reopenRate,
        r.articleRate,
        r.median,
      ]),
    ).toEqual([
      ['erp', 2, 50, 1, 100, 100, 100, 180],
      ['lohn', 3, 33.3, 3, 66.7, 0, 33.3, 780],
    ]);
    expect(report.data.byCategory.map((r) => [r.key, r.received, r.closed, r.fcr])).toEqual([
      ['malfunction', 3, 2, 50],
      ['question', 2, 2, 100],
    ]);
    expect(report.data.byStaff.map((r) => [r.key, r.received, r.escalated, r.closed, r.fcr])).toEqual([
      ['lw', 2, 2, 1, 0],
      ['mk', 3, 0, 3, 100],
    ]);
  });
});
