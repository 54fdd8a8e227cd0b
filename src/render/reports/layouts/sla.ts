import type { Report } from '../../../core/reports/index.js';
import { SLA_METRICS, type ReactionFigures, type SlaData } from '../../../core/reports/sla.js';
import { col, table, text, type ReportDocument, type Section, type TableBlock } from '../document.js';
import { keyFigures, meta, ticket, time, type LayoutContext } from './common.js';

export function reactionTable(
  rows: readonly ReactionFigures[],
  keyHeader: string,
  name: (key: string) => string = (k) => k,
): TableBlock {
  return table(
    [
      col(keyHeader),
      col('Received', 'count'),
      col('Agreed', 'count'),
      col('Met', 'count'),
      col('Breaches', 'count'),
      col('Pending', 'count'),
      col('Compliance', 'percent'),
      col('Median', 'minutes'),
      col('90th pct', 'minutes'),
    ],
    rows.map((r) => [name(r.key), r.received, r.agreed, r.met, r.breaches, r.pending, r.compliance, r.median, r.p90]),
    'No requests.',
  );
}

export function breachTable(breaches: SlaData['breaches'], ctx: LayoutContext): TableBlock {
  return table(
    [
      col('Ticket'),
      col('Customer'),
      col('Priority'),
      col('Received'),
      col('Deadline'),
      col('Answered'),
      col('Late by', 'minutes'),
      col('Staff'),
    ],
    breaches.map((b) => [
      ticket(ctx, b.ticket),
      b.customer,
      b.priority ?? 'unqualified',
      time(b.receivedAt),
      time(b.deadline),
      time(b.reactedAt) ?? 'not yet',
      b.overdueMinutes ?? null,
      b.staff,
    ]),
    'No breaches.',
  );
}

export function slaLayout(report: Report<SlaData>, ctx: LayoutContext): ReportDocument {
  const d = report.data;
  const sections: Section[] = [
    {
      title: 'Key figures',
      blocks: [
        keyFigures(report, SLA_METRICS, {
          'sla.compliance': 'Compliance',
          'sla.breaches': 'Breaches',
          'sla.pending': 'Pending',
          'sla.received': 'Requests received',
          'sla.median': 'Median reaction',
          'sla.p90': '90th percentile',
        }),
        text(
          d.summary.received === 0
            ? `No requests were received in ${report.period.label} through ${report.period.through}.`
            : "Requests received in the period. The reaction is the first thing that told the customer the request is handled (a reply, a conversation while recording it, a question put to them, the solution, a close or a hand-off), counted in service hours of the contract's calendar; compliance = met / (met + breaches), pending and best-effort requests, spam and duplicates left out. Durations are service time (hours:minutes).",
        ),
      ],
    },
  ];
  if (d.summary.received > 0) {
    sections.push(
      {
        title: 'By contract',
        blocks: [
          reactionTable(d.byContract, 'Contract'),
          {
            kind: 'chart',
            title: 'Compliance by contract',
            unit: 'percent',
            labels: d.byContract.filter((r) => r.compliance !== null).map((r) => r.key),
            series: [
              {
                name: 'compliance',
                values: d.byContract.filter((r) => r.compliance !== null).map((r) => r.compliance),
              },
            ],
            reference: { value: 100, label: 'all met' },
          },
        ],
      },
      { title: 'By priority', blocks: [reactionTable(d.byPriority, 'Priority')] },
      {
        title: 'By staff',
        blocks: [
          text('Who answered first; for requests not answered yet, the assignee, else who recorded it.'),
          reactionTable(d.byStaff, 'Staff', ctx.staffName),
        ],
      },
      { title: 'Breaches', blocks: [breachTable(d.breaches, ctx)] },
    );
  }
  return { title: report.title, meta: meta(report, ctx), sections };
}
