import { describeDuration } from '../../../core/duration.js';
import { CUSTOMER_METRICS, type CustomerData } from '../../../core/reports/customer.js';
import type { Report } from '../../../core/reports/index.js';
import { displayMoney } from '../../../core/money.js';
import { col, table, text, type Block, type ReportDocument } from '../document.js';
import { itemTable } from './backlog.js';
import { keyFigures, meta, ticket, time, type LayoutContext } from './common.js';
import { breachTable, reactionTable } from './sla.js';
import { scoreTable } from './satisfaction.js';

export function customerLayout(report: Report<CustomerData>, ctx: LayoutContext): ReportDocument {
  const d = report.data;
  const c = d.customer;
  const people = [
    c.projectLead && `project lead ${ctx.staffName(c.projectLead)}`,
    c.salesRep && `sales rep ${ctx.staffName(c.salesRep)}`,
  ]
    .filter(Boolean)
    .join(', ');
  const contract = d.contract
    ? `${d.contract.kind === 'none' ? 'no contract (billed per use)' : `${d.contract.kind} contract ${d.contract.id ?? ''}`.trimEnd()} since ${d.contract.start}${d.contract.end ? ` until ${d.contract.end}` : ''}`
    : 'no contract (billed per use)';
  return {
    title: report.title,
    meta: meta(report, ctx),
    sections: [
      {
        title: 'Overview',
        blocks: [
          text(
            `${c.name}: ${contract}${people ? `; ${people}` : ''}.${c.contacts.length ? ` Contacts: ${c.contacts.join(', ')}.` : ''}`,
          ),
          text(
            `${d.review.last ? `Last review ${d.review.last.date} with ${ctx.staffName(d.review.last.by)}${d.review.last.notes ? `: ${d.review.last.notes}` : ''}.` : 'No review of the contract yet.'}${d.review.due ? ` REVIEW DUE: not reviewed for ${d.review.everyMonths} months (desk customer review).` : ''}`,
          ),
          keyFigures(report, CUSTOMER_METRICS, {
            'customer.open': 'Open tickets',
            'customer.breaches': 'Reaction breaches',
            'customer.compliance': 'Reaction compliance',
            'customer.utilization': 'Use of the quota',
            'customer.satisfaction': 'Average score',
          }),
        ],
      },
      {
        title: 'Open tickets',
        blocks: [
          itemTable(d.open, ctx, 'Nothing open.'),
          ...(d.awaitingAcceptance.length
            ? [itemTable(d.awaitingAcceptance, ctx, '', "Resolved, waiting for the customer's acceptance")]
            : []),
        ],
      },
      {
        title: 'Reaction times',
        blocks: [
          text(`Requests received in ${report.period.label} through ${report.period.through}.`),
          reactionTable([d.reaction], 'Customer'),
          breachTable(d.breaches, ctx),
        ],
      },
      { title: 'Utilisation', blocks: utilisationBlocks(d) },
      {
        title: 'Satisfaction',
        blocks: [
          scoreTable([d.satisfaction], 'In the period'),
          table(
            [col('Day'), col('Ticket'), col('Score', 'count'), col('From'), col('Comment')],
            d.recentFeedback.map((f) => [f.day, ticket(ctx, f.ticket), f.score, f.from ?? '', f.comment ?? '']),
            'No feedback yet.',
            'Latest feedback',
          ),
        ],
      },
      {
        title: 'Open change requests',
        blocks: [
          table(
            [col('Ticket'), col('Status'), col('Received'), col('Estimate'), col('Approved by'), col('Title')],
            d.changeRequests.map((r) => [
              ticket(ctx, r.ticket),
              r.status,
              time(r.receivedAt),
              r.estimateMinutes === undefined ? 'not estimated' : describeDuration(r.estimateMinutes),
              r.approvedBy ? ctx.staffName(r.approvedBy) : 'not approved',
              r.title,
            ]),
            'No open change requests.',
          ),
        ],
      },
      {
        title: 'Handed off',
        blocks: [
          table(
            [col('Ticket'), col('To'), col('Since'), col('Reason'), col('Title')],
            d.handoffs.map((h) => [
              ticket(ctx, h.ticket),
              `${h.target} ${ctx.staffName(h.to)}`,
              time(h.at),
              h.reason,
              h.title,
            ]),
            'Nothing handed off.',
          ),
        ],
      },
      {
        title: 'Recent invoices',
        blocks: [
          table(
            [
              col('Number'),
              col('Type'),
              col('Issued'),
              col('Covers'),
              col('Net', 'cents'),
              col('Gross', 'cents'),
              col('Status'),
            ],
            d.invoices.map((i) => [
              i.number,
              i.type,
              i.issueDate,
              `${i.from} to ${i.to}`,
              i.net,
              i.gross,
              i.cancelledBy ? `cancelled by ${i.cancelledBy}` : '',
            ]),
            'No invoices yet.',
          ),
        ],
      },
      {
        title: 'Open items',
        blocks: [
          table(
            [
              col('Number'),
              col('Due'),
              col('Gross', 'cents'),
              col('Paid', 'cents'),
              col('Open', 'cents'),
              col('Overdue'),
            ],
            d.balance.items.map((i) => [
              i.number,
              i.dueDate ?? '',
              i.gross,
              i.paid,
              i.open,
              i.daysOverdue > 0 ? `${i.daysOverdue} days` : '',
            ]),
            'Nothing open: every invoice is paid.',
          ),
          table([col('Balance', 'cents'), col('Of it overdue', 'cents')], [[d.balance.open, d.balance.overdue]], ''),
        ],
      },
    ],
  };
}

function utilisationBlocks(d: CustomerData): Block[] {
  const u = d.utilization;
  if (!u) {
    const p = d.payPerUse ?? { minutes: 0, amount: 0 };
    return [
      text(
        `No quota: time is billed per use. In the period: ${describeDuration(p.minutes)} billed, ${displayMoney(p.amount, 'en')} net.`,
      ),
    ];
  }
  return [
    text(
      `${u.contract.id ?? u.contract.kind} (${u.contract.kind}, per ${u.contract.period}${u.contract.settlement === 'pooled' ? ', pooled' : ''}); current period ${u.current.period.label}, day ${u.projection.elapsedDays} of ${u.projection.totalDays}.`,
    ),
    table(
      [
        col('Period'),
        col('Included', 'minutes'),
        col('Used', 'minutes'),
        col('Over', 'minutes'),
        col('Use', 'percent'),
      ],
      u.trend.map((p) => [p.period.label, p.included, p.used, p.over, p.percent]),
      'No periods.',
    ),
    table(
      [
        col('Remaining', 'minutes'),
        col('Over amount', 'cents'),
        col('Projected use', 'minutes'),
        col('Projected', 'percent'),
        col('Trend', 'trend', 100),
      ],
      [
        [
          u.current.remaining,
          u.current.overAmount,
          u.projection.used,
          u.projection.percent,
          u.trend.map((p) => p.percent),
        ],
      ],
      '',
    ),
    ...(u.pool
      ? [
          text(
            `Pool window ${u.pool.window.label}: ${describeDuration(u.pool.used)} used of ${describeDuration(u.pool.included)} so far; excess ${describeDuration(u.pool.excess)}.`,
          ),
        ]
      : []),
  ];
}
