import { CUSTOMER_METRICS, type CustomerData } from '../../../core/reports/customer.js';
import type { Report } from '../../../core/reports/index.js';
import { col, table, text, type Block, type Layout } from '../document.js';
import { itemTable } from './backlog.js';
import { day, keyFigures, meta, money, named, span, ticket, time, title, type LayoutContext } from './common.js';
import { breachTable, reactionTable } from './sla.js';
import { scoreTable } from './satisfaction.js';

export function customerLayout(report: Report<CustomerData>, ctx: LayoutContext): Layout {
  const d = report.data;
  const c = d.customer;
  const s = ctx.say;
  const people = [
    c.projectLead && s('report.custProjectLead', { name: ctx.staffName(c.projectLead) }),
    c.salesRep && s('report.custSalesRep', { name: ctx.staffName(c.salesRep) }),
  ]
    .filter(Boolean)
    .join(', ');
  const until = (end: string | undefined) => (end ? s('report.until', { day: day(ctx, end) }) : '');
  const contract =
    d.contract && d.contract.kind !== 'none'
      ? s('report.custContract', {
          kind: d.contract.kind,
          id: d.contract.id ? ` ${d.contract.id}` : '',
          start: day(ctx, d.contract.start),
          end: until(d.contract.end),
        })
      : d.contract
        ? s('report.custNoContractSince', { start: day(ctx, d.contract.start), end: until(d.contract.end) })
        : s('report.custNoContract');
  const last = d.review.last;
  return {
    title: title(report, ctx, { name: c.name }),
    meta: meta(report, ctx),
    sections: [
      {
        title: s('report.overview'),
        blocks: [
          text(
            [
              s('report.custOverview', { name: c.name, contract, people: people ? `; ${people}` : '' }),
              ...(c.contacts.length ? [s('report.custContacts', { list: c.contacts.join(', ') })] : []),
            ].join(' '),
          ),
          text(
            (last
              ? s('report.custLastReview', {
                  day: day(ctx, last.date),
                  by: ctx.staffName(last.by),
                  notes: last.notes ? `: ${last.notes}` : '',
                })
              : s('report.custNoReview')) +
              (d.review.due ? s('report.custReviewDue', { months: d.review.everyMonths }) : ''),
          ),
          keyFigures(report, CUSTOMER_METRICS, {
            'customer.open': s('report.backlogOpen'),
            'customer.breaches': s('report.custBreaches'),
            'customer.compliance': s('report.custCompliance'),
            'customer.utilization': s('report.custUtilization'),
            'customer.satisfaction': s('report.satAverage'),
          }),
        ],
      },
      {
        title: s('report.backlogOpen'),
        blocks: [
          itemTable(d.open, ctx, s('report.nothingOpen')),
          ...(d.awaitingAcceptance.length
            ? [itemTable(d.awaitingAcceptance, ctx, '', s('report.custAwaitingAcceptance'))]
            : []),
        ],
      },
      {
        title: s('report.title_sla'),
        blocks: [
          text(
            s('report.requestsReceivedIn', { label: report.period.label, through: day(ctx, report.period.through) }),
          ),
          reactionTable(ctx, [d.reaction], s('report.colCustomer')),
          breachTable(d.breaches, ctx),
        ],
      },
      { title: s('report.utilisation'), blocks: utilisationBlocks(d, ctx) },
      {
        title: s('report.satisfaction'),
        blocks: [
          scoreTable(ctx, [d.satisfaction], s('report.inThePeriod')),
          table(
            [
              col(s('report.colDay')),
              col(s('report.colTicket')),
              col(s('report.colScore'), 'count'),
              col(s('report.colFrom')),
              col(s('report.colComment')),
            ],
            d.recentFeedback.map((f) => [
              day(ctx, f.day),
              ticket(ctx, f.ticket),
              f.score,
              f.from ?? '',
              f.comment ?? '',
            ]),
            s('report.noFeedbackYet'),
            s('report.latestFeedback'),
          ),
        ],
      },
      {
        title: s('report.openChangeRequests'),
        blocks: [
          table(
            [
              col(s('report.colTicket')),
              col(s('report.colStatus')),
              col(s('report.colReceived')),
              col(s('report.colEstimate')),
              col(s('report.colApprovedBy')),
              col(s('report.colTitle')),
            ],
            d.changeRequests.map((r) => [
              ticket(ctx, r.ticket),
              named(ctx, 'status', r.status),
              time(ctx, r.receivedAt),
              r.estimateMinutes === undefined ? s('report.notEstimated') : span(ctx, r.estimateMinutes),
              r.approvedBy ? ctx.staffName(r.approvedBy) : s('report.notApproved'),
              r.title,
            ]),
            s('report.noOpenChangeRequests'),
          ),
        ],
      },
      {
        title: s('report.handedOff'),
        blocks: [
          table(
            [
              col(s('report.colTicket')),
              col(s('report.colTo')),
              col(s('report.colSince')),
              col(s('report.colReason')),
              col(s('report.colTitle')),
            ],
            d.handoffs.map((h) => [
              ticket(ctx, h.ticket),
              s('report.handoffTo', { target: h.target, name: ctx.staffName(h.to) }),
              time(ctx, h.at),
              h.reason,
              h.title,
            ]),
            s('report.nothingHandedOff'),
          ),
        ],
      },
      {
        title: s('report.recentInvoices'),
        blocks: [
          table(
            [
              col(s('report.colNumber')),
              col(s('report.colType')),
              col(s('report.colIssued')),
              col(s('report.colCovers')),
              col(s('report.colNet'), 'cents'),
              col(s('report.colGross'), 'cents'),
              col(s('report.colStatus')),
            ],
            d.invoices.map((i) => [
              i.number,
              s('report.invoiceType', { type: i.type }),
              day(ctx, i.issueDate),
              s('report.fromTo', { from: day(ctx, i.from), to: day(ctx, i.to) }),
              i.net,
              i.gross,
              i.cancelledBy ? s('report.cancelledBy', { number: i.cancelledBy }) : '',
            ]),
            s('report.noInvoices'),
          ),
        ],
      },
      {
        title: s('report.openItems'),
        blocks: [
          table(
            [
              col(s('report.colNumber')),
              col(s('report.colDue')),
              col(s('report.colGross'), 'cents'),
              col(s('report.colPaid'), 'cents'),
              col(s('report.colOpen'), 'cents'),
              col(s('report.colOverdue')),
            ],
            d.balance.items.map((i) => [
              i.number,
              i.dueDate ? day(ctx, i.dueDate) : '',
              i.gross,
              i.paid,
              i.open,
              i.daysOverdue > 0 ? s('report.daysCount', { count: i.daysOverdue }) : '',
            ]),
            s('report.allPaid'),
          ),
          table(
            [col(s('report.colBalance'), 'cents'), col(s('report.colOfItOverdue'), 'cents')],
            [[d.balance.open, d.balance.overdue]],
            '',
          ),
        ],
      },
    ],
  };
}

function utilisationBlocks(d: CustomerData, ctx: LayoutContext): Block[] {
  const s = ctx.say;
  const u = d.utilization;
  if (!u) {
    const p = d.payPerUse ?? { minutes: 0, amount: 0 };
    return [text(s('report.custPayPerUse', { time: span(ctx, p.minutes), amount: money(ctx, p.amount) }))];
  }
  return [
    text(
      s('report.custQuotaLine', {
        contract: u.contract.id ?? u.contract.kind,
        kind: u.contract.kind,
        period: u.contract.period,
        pooled: u.contract.settlement === 'pooled' ? 'yes' : 'no',
        label: u.current.period.label,
        day: u.projection.elapsedDays,
        days: u.projection.totalDays,
      }),
    ),
    table(
      [
        col(s('report.colPeriod')),
        col(s('report.colIncluded'), 'minutes'),
        col(s('report.colUsed'), 'minutes'),
        col(s('report.colOver'), 'minutes'),
        col(s('report.colUse'), 'percent'),
      ],
      u.trend.map((p) => [p.period.label, p.included, p.used, p.over, p.percent]),
      s('report.noPeriods'),
    ),
    table(
      [
        col(s('report.colRemaining'), 'minutes'),
        col(s('report.colOverAmount'), 'cents'),
        col(s('report.colProjectedUse'), 'minutes'),
        col(s('report.colProjected'), 'percent'),
        col(s('report.colTrend'), 'trend', 100),
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
            s('report.custPool', {
              window: u.pool.window.label,
              used: span(ctx, u.pool.used),
              included: span(ctx, u.pool.included),
              excess: span(ctx, u.pool.excess),
            }),
          ),
        ]
      : []),
  ];
}
