import { describe, expect, it } from 'vitest';
import { slaReport } from '../../src/core/reports/sla.js';
import { reportInput, ticket } from './fixtures.js';

/*
 * November 2026 as of Friday 13 November, end of day. Service hours Mon–Fri 08:00–17:00 Berlin.
 * acme: 4 h for every priority; bau: critical 2 h, high 4 h, normal 8 h, low 16 h; dorn: none.
 */
const tickets = [
  // answered after 30 service minutes: met
  ticket('A1', 'acme', '2026-11-02 09:00', { category: 'question', priority: 'high' }).reply('2026-11-02 09:30', 'mk'),
  // Mon 16:00 → Tue 12:00 is 60 + 240 = 300 service minutes; deadline Tue 11:00: breached by 60
  ticket('A2', 'acme', '2026-11-02 16:00', { category: 'question', priority: 'normal' }).reply(
    '2026-11-03 12:00',
    'lw',
  ),
  // Fri 15:00, answered only on Monday 16 Nov, after the as-of day: pending (120 of 240 minutes used)
  ticket('A3', 'acme', '2026-11-13 15:00', { category: 'question', priority: 'normal' }).reply(
    '2026-11-16 09:00',
    'lw',
  ),
  // critical, 2 h: answered after 45 minutes
  ticket('B1', 'bau', '2026-11-04 10:00', { category: 'malfunction', priority: 'critical' }).reply(
    '2026-11-04 10:45',
    'mk',
  ),
  // low, 16 h from Wed 08:00: deadline Thu 15:00; never answered, assigned to lw: overdue
  ticket('B2', 'bau', '2026-11-04 08:00', { category: 'question', priority: 'low' }).assign('2026-11-04 08:05', 'lw'),
  // no contract: best effort, answered after 120 service minutes
  ticket('D1', 'dorn', '2026-11-05 09:00', { category: 'question', priority: 'normal' }).reply(
    '2026-11-05 11:00',
    'mk',
  ),
  // received in October: not in the period
  ticket('O1', 'acme', '2026-10-30 10:00', { category: 'question', priority: 'normal' }).reply('2026-10-30 10:10'),
  // recorded after the as-of day: not known yet
  ticket('Z1', 'acme', '2026-11-16 10:00', { category: 'question', priority: 'normal' }),
];

describe('desk report sla', () => {
  const report = slaReport(reportInput(tickets, { asOf: '2026-11-13' }));

  it('counts met, breaches and pending of the requests received in the period, as of the report', () => {
    // agreed 5 (all but D1); met A1, B1; breaches A2 (late), B2 (overdue); pending A3: 2 / (2 + 2) = 50 %
    expect(report.data.summary).toEqual({
      key: 'all',
      received: 6,
      agreed: 5,
      met: 2,
      breaches: 2,
      pending: 1,
      compliance: 50,
      median: 83,
      p90: 300,
    });
    // answered: 30, 45, 120, 300 → median (45 + 120) / 2 = 82.5 → 83 min = 1.38 h; p90 nearest rank 4 of 4 = 300 min = 5 h
    expect(report.metrics).toEqual({
      'sla.compliance': 50,
      'sla.breaches': 2,
      'sla.pending': 1,
      'sla.received': 6,
      'sla.median': 1.38,
      'sla.p90': 5,
    });
  });

  it('breaks the figures down by contract, priority and staff', () => {
    expect(
      report.data.byContract.map((r) => [
        r.key,
        r.received,
        r.agreed,
        r.met,
        r.breaches,
        r.pending,
        r.compliance,
        r.median,
      ]),
    ).toEqual([
      ['acme SV-ACME', 3, 3, 1, 1, 1, 50, 165],
      ['bau MK-BAU', 2, 2, 1, 1, 0, 50, 45],
      ['dorn (no contract)', 1, 0, 0, 0, 0, null, 120],
    ]);
    expect(report.data.byPriority.map((r) => [r.key, r.received, r.met, r.breaches, r.compliance])).toEqual([
      ['critical', 1, 1, 0, 100],
      ['high', 1, 1, 0, 100],
      ['normal', 3, 0, 1, 0],
      ['low', 1, 0, 1, 0],
    ]);
    // who answered first; A3 is unanswered as of the report and unassigned: who recorded it (mk)
    expect(report.data.byStaff.map((r) => [r.key, r.received, r.met, r.breaches, r.pending, r.compliance])).toEqual([
      ['lw', 2, 0, 2, 0, 0],
      ['mk', 4, 2, 0, 1, 100],
    ]);
  });

  it('lists the breaches with deadline and how late, oldest first', () => {
    expect(
      report.data.breaches.map((b) => [b.ticket, b.kind, b.deadline, b.reactedAt ?? null, b.overdueMinutes]),
    ).toEqual([
      ['A2', 'breached', '2026-11-03T11:00:00+01:00', '2026-11-03T12:00:00+01:00', 60],
      // Wed 4 to Fri 13 Nov is 8 service days of 540 minutes: 4320 used, 960 agreed
      ['B2', 'overdue', '2026-11-05T15:00:00+01:00', null, 3360],
    ]);
  });

  it('sees later reactions once the as-of day includes them, and only one customer with --customer', () => {
    const later = slaReport(reportInput(tickets, { asOf: '2026-11-16' }));
    // A3 answered Monday 09:00, 180 minutes after receipt: met; Z1 received Monday 10:00 and
    // unanswered at 17:00 has used 420 of 240 minutes: overdue
    expect(later.data.summary).toMatchObject({ received: 7, met: 3, breaches: 3, pending: 0 });
    const one = slaReport(reportInput(tickets, { asOf: '2026-11-13', customer: 'bau' }));
    expect(one.data.summary).toMatchObject({ received: 2, met: 1, breaches: 1 });
  });

  it('has no compliance and no medians in a period without requests', () => {
    const empty = slaReport(reportInput(tickets, { asOf: '2026-11-13', period: '2026-09' }));
    expect(empty.metrics).toEqual({
      'sla.compliance': null,
      'sla.breaches': 0,
      'sla.pending': 0,
      'sla.received': 0,
      'sla.median': null,
      'sla.p90': null,
    });
  });
});
