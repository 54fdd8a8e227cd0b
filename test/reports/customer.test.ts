import { describe, expect, it } from 'vitest';
import { customerReport } from '../../src/core/reports/customer.js';
import type { InvoiceRecord } from '../../src/core/invoice/types.js';
import { reportInput, ticket } from './fixtures.js';

const q = { category: 'question', priority: 'normal', product: 'lohn' } as const;
const invoice = (number: string, issueDate: string, net: number, more: Partial<InvoiceRecord> = {}) =>
  ({
    number,
    type: 'invoice',
    issueDate,
    customer: 'acme',
    period: { from: '2026-10-01', to: '2026-10-31' },
    totals: { net, vat: 0, gross: net, payable: net },
    ...more,
  }) as InvoiceRecord;

const tickets = [
  ticket('C1', 'acme', '2026-11-02 09:00', q)
    .reply('2026-11-02 09:20')
    .log('2026-11-02 12:00', '2026-11-02', 180)
    .resolve('2026-11-02 12:00')
    .close('2026-11-03 09:00')
    .feedback('2026-11-04 09:00', 4, 'ok'),
  ticket('C2', 'acme', '2026-11-18 09:00', q).assign('2026-11-18 09:01', 'lw'), // unanswered: 4 h passed on the 18th → overdue
  ticket('C3', 'acme', '2026-11-09 09:00', { category: 'change-request', priority: 'normal', product: 'erp' })
    .reply('2026-11-09 09:10')
    .escalate('2026-11-09 10:00')
    .estimate('2026-11-10 10:00', 360),
  ticket('C4', 'acme', '2026-11-10 09:00', { category: 'project-work', priority: 'low', product: 'erp' })
    .reply('2026-11-10 09:30')
    .handoff('2026-11-10 10:00', 'project-lead', 'tb'),
  ticket('C5', 'bau', '2026-11-10 09:00', q), // another customer
];

describe('desk report customer', () => {
  const invoices = [
    invoice('RE-2026-0001', '2026-10-01', 120000),
    invoice('RE-2026-0002', '2026-11-01', 158500),
    {
      ...invoice('RE-2026-0003', '2026-11-02', -158500),
      type: 'credit-note',
      cancels: { number: 'RE-2026-0002', issueDate: '2026-11-01', reason: 'falsch' },
    } as InvoiceRecord,
  ];
  const report = customerReport(reportInput(tickets, { asOf: '2026-11-20', customer: 'acme', invoices }));
  const d = report.data;

  it('shows the open tickets, the reaction record and the utilisation of one customer', () => {
    expect(d.customer).toMatchObject({ id: 'acme', projectLead: 'tb', salesRep: 'sh' });
    expect(d.open.map((o) => [o.ticket, o.status, o.reaction])).toEqual([
      ['C3', 'escalated', 'met'],
      ['C2', 'open', 'overdue'],
    ]);
    // received in November: C1, C2, C3, C4 → met C1, C3, C4; C2 overdue: 3 / 4 = 75 %
    expect(d.reaction).toMatchObject({ received: 4, met: 3, breaches: 1, compliance: 75 });
    expect(d.utilization?.current).toMatchObject({ used: 180, included: 600, percent: 30 });
    expect(report.metrics).toEqual({
      'customer.open': 2,
      'customer.breaches': 1,
      'customer.compliance': 75,
      'customer.utilization': 30,
      'customer.satisfaction': 4,
    });
  });

  it('lists open change requests, handoffs and the recent invoices with cancellations', () => {
    expect(d.changeRequests).toEqual([
      {
        ticket: 'C3',
        title: 'Ticket C3',
        status: 'escalated',
        receivedAt: '2026-11-09T09:00:00+01:00',
        estimateMinutes: 360,
      },
    ]);
    expect(d.handoffs.map((h) => [h.ticket, h.target, h.to])).toEqual([['C4', 'project-lead', 'tb']]);
    expect(d.invoices.map((i) => [i.number, i.type, i.cancelledBy ?? null])).toEqual([
      ['RE-2026-0003', 'credit-note', null],
      ['RE-2026-0002', 'invoice', 'RE-2026-0003'],
      ['RE-2026-0001', 'invoice', null],
    ]);
    expect(d.recentFeedback.map((f) => [f.ticket, f.score, f.comment])).toEqual([['C1', 4, 'ok']]);
  });

  it('needs a known customer', () => {
    expect(() => customerReport(reportInput(tickets, { asOf: '2026-11-20' }))).toThrow(/which customer/);
  });
});
