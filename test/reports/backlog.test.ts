import { describe, expect, it } from 'vitest';
import { backlogReport } from '../../src/core/reports/backlog.js';
import { reportInput, ticket } from './fixtures.js';

const q = { category: 'question', priority: 'normal' } as const;

const tickets = [
  ticket('K1', 'acme', '2026-11-20 10:00'), // new, unassigned, 0 days
  ticket('K2', 'acme', '2026-11-17 10:00', q).assign('2026-11-17 10:05', 'mk'), // 3 days
  ticket('K3', 'bau', '2026-11-10 10:00', q).escalate('2026-11-10 11:00'), // Level 2, 10 days
  ticket('K4', 'bau', '2026-10-15 10:00', q).assign('2026-10-15 10:05', 'lw').wait('2026-11-16 09:00', 'lw'), // 36 days, waiting 4
  ticket('K5', 'dorn', '2026-11-19 10:00', q).resolve('2026-11-19 11:00'), // resolved: awaits acceptance
  ticket('K6', 'dorn', '2026-11-01 10:00', q).resolve('2026-11-02 11:00').close('2026-11-03 09:00'), // closed
  ticket('K7', 'acme', '2026-11-21 10:00', q), // after the snapshot
];

describe('desk report backlog', () => {
  it('counts open tickets by level and age, waiting and unassigned ones', () => {
    const report = backlogReport(reportInput(tickets, { asOf: '2026-11-20' }));
    expect(report.data.byLevel).toEqual([
      { level: 1, buckets: [1, 1, 0, 0, 0, 1], total: 3 },
      { level: 2, buckets: [0, 0, 0, 1, 0, 0], total: 1 },
    ]);
    expect(report.data.totals).toEqual([1, 1, 0, 1, 0, 1]);
    expect(report.data.items.map((i) => [i.ticket, i.ageDays])).toEqual([
      ['K4', 36],
      ['K3', 10],
      ['K2', 3],
      ['K1', 0],
    ]);
    expect(report.data.waiting.map((i) => [i.ticket, i.waitingDays])).toEqual([['K4', 4]]);
    expect(report.data.unassigned.map((i) => i.ticket)).toEqual(['K1']);
    expect(report.data.awaitingAcceptance).toBe(1);
    expect(report.metrics).toEqual({
      'backlog.open': 4,
      'backlog.l1': 3,
      'backlog.l2': 1,
      'backlog.waiting': 1,
      'backlog.unassigned': 1,
      'backlog.oldest': 36,
      'backlog.over-30': 1,
    });
  });

  it('takes the snapshot at the end of an earlier period', () => {
    const october = backlogReport(reportInput(tickets, { asOf: '2026-11-20', period: '2026-10' }));
    expect(october.data.at).toBe('2026-10-31T23:59:59.999+01:00');
    // only K4 existed, open (not yet waiting), 16 days old
    expect(october.data.items.map((i) => [i.ticket, i.status, i.ageDays])).toEqual([['K4', 'open', 16]]);
    expect(october.data.byLevel[0]?.buckets).toEqual([0, 0, 0, 0, 1, 0]);
  });
});
