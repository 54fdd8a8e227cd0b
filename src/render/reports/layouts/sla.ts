import type { Report } from '../../../core/reports/index.js';
import { SLA_METRICS, type ReactionFigures, type SlaData } from '../../../core/reports/sla.js';
import { col, table, text, type Layout, type Section, type TableBlock } from '../document.js';
import { contractKey, day, keyFigures, meta, named, ticket, time, title, type LayoutContext } from './common.js';

export function reactionTable(
  ctx: LayoutContext,
  rows: readonly ReactionFigures[],
  keyHeader: string,
  name: (key: string) => string = (k) => k,
): TableBlock {
  const s = ctx.say;
  return table(
    [
      col(keyHeader),
      col(s('report.colReceivedCount'), 'count'),
      col(s('report.colAgreed'), 'count'),
      col(s('report.colMet'), 'count'),
      col(s('report.colBreaches'), 'count'),
      col(s('report.colPending'), 'count'),
      col(s('report.colCompliance'), 'percent'),
      col(s('report.colMedian'), 'minutes'),
      col(s('report.colP90'), 'minutes'),
    ],
    rows.map((r) => [name(r.key), r.received, r.agreed, r.met, r.breaches, r.pending, r.compliance, r.median, r.p90]),
    s('report.noRequests'),
  );
}

export function breachTable(breaches: SlaData['breaches'], ctx: LayoutContext): TableBlock {
  const s = ctx.say;
  return table(
    [
      col(s('report.colTicket')),
      col(s('report.colCustomer')),
      col(s('report.colPriority')),
      col(s('report.colReceived')),
      col(s('report.colDeadline')),
      col(s('report.colAnswered')),
      col(s('report.colLateBy'), 'minutes'),
      col(s('report.colStaff')),
    ],
    breaches.map((b) => [
      ticket(ctx, b.ticket),
      b.customer,
      b.priority ? s(`priority.${b.priority}`) : s('words.unqualified'),
      time(ctx, b.receivedAt),
      time(ctx, b.deadline),
      time(ctx, b.reactedAt) ?? s('report.notYet'),
      b.overdueMinutes ?? null,
      b.staff,
    ]),
    s('report.noBreaches'),
  );
}

export function slaLayout(report: Report<SlaData>, ctx: LayoutContext): Layout {
  const d = report.data;
  const s = ctx.say;
  const p = report.period;
  const sections: Section[] = [
    {
      title: s('report.keyFigures'),
      blocks: [
        keyFigures(report, SLA_METRICS, {
          'sla.compliance': s('report.slaCompliance'),
          'sla.breaches': s('report.slaBreaches'),
          'sla.pending': s('report.slaPending'),
          'sla.received': s('report.requestsReceived'),
          'sla.median': s('report.slaMedian'),
          'sla.p90': s('report.p90Long'),
        }),
        text(
          d.summary.received === 0
            ? s('report.noRequestsIn', { label: p.label, through: day(ctx, p.through) })
            : s('report.slaNote'),
        ),
      ],
    },
  ];
  if (d.summary.received > 0) {
    sections.push(
      {
        title: s('report.byContract'),
        blocks: [
          reactionTable(ctx, d.byContract, s('report.colContract'), (k) => contractKey(ctx, k)),
          {
            kind: 'chart',
            title: s('report.complianceByContract'),
            unit: 'percent',
            labels: d.byContract.filter((r) => r.compliance !== null).map((r) => contractKey(ctx, r.key)),
            series: [
              {
                name: s('report.seriesCompliance'),
                values: d.byContract.filter((r) => r.compliance !== null).map((r) => r.compliance),
              },
            ],
            reference: { value: 100, label: s('report.allMet') },
          },
        ],
      },
      {
        title: s('report.byPriority'),
        blocks: [reactionTable(ctx, d.byPriority, s('report.colPriority'), (k) => named(ctx, 'priority', k))],
      },
      {
        title: s('report.byStaff'),
        blocks: [text(s('report.slaByStaffNote')), reactionTable(ctx, d.byStaff, s('report.colStaff'), ctx.staffName)],
      },
      { title: s('report.slaBreaches'), blocks: [breachTable(d.breaches, ctx)] },
    );
  }
  return { title: title(report, ctx), meta: meta(report, ctx), sections };
}
