import { describe, expect, it } from 'vitest';
import { REPORT_NAMES, REPORTS } from '../../src/core/reports/index.js';
import { canMatter, ratedSpan, reportScope, ticketSpan } from '../../src/core/reports/scope.js';
import type { TicketRecord } from '../../src/core/ticket/ticket-record.js';
import { customerSchema } from '../../src/core/schema/customer.js';
import { acme, bau, dorn, reportInput, ticket } from './fixtures.js';

/** Tickets over two years, with what a hand edit can make of a file: work days outside the ticket's life. */
function history(): TicketRecord[] {
  return [
    // closed long before anything the reports look at
    ticket('T-OLD', 'acme', '2025-02-03 09:00', { category: 'question', priority: 'normal' })
      .reply('2025-02-03 10:00')
      .resolve('2025-02-04 09:00')
      .close('2025-02-10 09:00')
      .feedback('2025-02-11 09:00', 4),
    // open since last year: in every backlog since
    ticket('T-STALE', 'bau', '2025-06-02 09:00', { category: 'malfunction', priority: 'high' })
      .escalate('2025-06-02 11:00')
      .wait('2025-06-05 09:00'),
    // resolved last year, rated this year
    ticket('T-RATED', 'acme', '2025-12-01 09:00', { category: 'question', priority: 'low' })
      .reply('2025-12-01 09:30')
      .resolve('2025-12-02 09:00')
      .close('2025-12-20 09:00')
      .feedback('2026-10-05 09:00', 2, 'zu langsam'),
    // time logged in November 2026 for a day in January, long after the ticket was closed; rated again then
    ticket('T-LATE', 'bau', '2026-01-12 09:00', { category: 'malfunction', priority: 'normal' })
      .log('2026-01-12 12:00', '2026-01-12', 120)
      .resolve('2026-01-13 09:00')
      .feedback('2026-01-14 09:00', 3)
      .close('2026-01-20 09:00')
      .log('2026-11-02 09:00', '2026-01-15', 600)
      .feedback('2026-11-20 09:00', 5),
    // a work day years before the ticket was received, and a receipt after it was recorded
    ticket('T-ODD', 'dorn', '2026-09-07 09:00', { category: 'question', priority: 'normal' })
      .log('2026-09-07 10:00', '2024-03-04', 90)
      .resolve('2026-09-07 11:00')
      .close('2026-09-08 09:00'),
    // a day no calendar has, as a hand edit can leave it: it sorts into the first quarter
    ticket('T-FEB', 'bau', '2026-04-13 09:00', { category: 'question', priority: 'normal' })
      .log('2026-04-13 10:00', '2026-02-99', 150)
      .resolve('2026-04-13 11:00')
      .close('2026-04-14 09:00'),
    ticket('T-NOW', 'acme', '2026-10-12 09:00', { category: 'change-request', priority: 'normal', product: 'lohn' })
      .estimate('2026-10-13 09:00', 240)
      .log('2026-10-13 10:00', '2026-10-13', 45),
    ticket('T-NEXT', 'dorn', '2026-11-03 09:00', { category: 'question', priority: 'normal' })
      .reply('2026-11-03 09:10')
      .log('2026-11-03 09:30', '2026-10-30', 30),
    // worked and closed in September: in the quota periods the sales signals of November settle
    ticket('T-SEPT', 'acme', '2026-09-14 09:00', { category: 'malfunction', priority: 'normal' })
      .log('2026-09-14 12:00', '2026-09-14', 700)
      .resolve('2026-09-15 09:00')
      .close('2026-09-16 09:00'),
    ticket('T-HANDED', 'acme', '2025-03-03 09:00', { category: 'new-development' }).handoff(
      '2025-03-04 09:00',
      'sales',
      'sh',
    ),
  ].map((b) => b.build());
}

/** A monthly service contract since 2024: the entry offer a customer without one is compared with. */
const eule = customerSchema.parse({
  id: 'eule',
  name: 'Eule OHG',
  contracts: [
    {
      kind: 'service',
      start: '2024-01-01',
      fee: '50.00',
      includedHours: 1,
      overageRate: '110.00',
      hourlyRate: '120.00',
      reactionTimes: '8h',
    },
  ],
});
const customers = [acme, bau, dorn, eule];

const factsOf = (t: TicketRecord) => {
  const rated = ratedSpan(t);
  return { customer: t.state.customer, status: t.state.status, span: ticketSpan(t), ...(rated && { rated }) };
};

const CASES = [
  { asOf: '2026-11-25', period: '2026-11' },
  { asOf: '2026-11-25', period: '2026-Q3' },
  { asOf: '2026-11-25', period: '2025' },
  { asOf: '2026-11-25', period: '2024-04' },
  { asOf: '2026-01-14 12:00', period: '2026-01' },
  { asOf: '2026-11-25', period: '2026-Q1' },
  { asOf: '2026-11-25', period: '2026', customer: 'bau' },
];

describe('which tickets can matter for a report', () => {
  it('every report comes out the same from the tickets that can matter as from every ticket', () => {
    const all = history();
    for (const c of CASES) {
      const input = reportInput(all, { ...c, customers });
      for (const name of REPORT_NAMES) {
        if (name === 'customer' && input.customer === undefined) continue;
        const scope = reportScope(name, input);
        const chosen = all.filter((t) => canMatter(scope, factsOf(t)));
        expect({ name, ...c, report: REPORTS[name].build({ ...input, tickets: chosen }) }).toEqual({
          name,
          ...c,
          report: REPORTS[name].build(input),
        });
      }
    }
  });

  it('leaves out what was over before the period, and what began after it', () => {
    const input = reportInput(history(), { asOf: '2026-11-25', period: '2025-Q1' });
    const chosen = (name: 'sla' | 'backlog') => {
      const scope = reportScope(name, input);
      return input.tickets
        .filter((t) => canMatter(scope, factsOf(t)))
        .map((t) => t.id)
        .sort();
    };
    // T-STALE is still open now, but was received after the quarter; T-ODD logged time for a day before it
    expect(chosen('sla')).toEqual(['T-HANDED', 'T-ODD', 'T-OLD']);
    // at the quarter's end T-OLD was closed and T-HANDED handed off
    expect(chosen('backlog')).toEqual(['T-ODD']);
    const now = reportInput(history(), { asOf: '2026-11-25', period: '2026-11' });
    const scope = reportScope('backlog', now);
    const open = now.tickets
      .filter((t) => canMatter(scope, factsOf(t)))
      .map((t) => t.id)
      .sort();
    expect(open).toEqual(['T-NEXT', 'T-NOW', 'T-STALE']);
  });

  it('a ticket spans its receipt, its events and the days time was logged for', () => {
    const [odd] = history().filter((t) => t.id === 'T-ODD');
    const span = ticketSpan(odd!);
    expect(new Date(span.from).toISOString()).toBe('2024-03-04T00:00:00.000Z');
    expect(new Date(span.to).toISOString()).toBe('2026-09-08T07:00:00.000Z');
  });
});
