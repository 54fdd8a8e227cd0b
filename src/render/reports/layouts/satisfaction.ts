import type { Report } from '../../../core/reports/index.js';
import { SATISFACTION_METRICS, type SatisfactionData, type ScoreFigures } from '../../../core/reports/satisfaction.js';
import { col, table, text, type ReportDocument, type Section, type TableBlock } from '../document.js';
import { keyFigures, meta, ticket, type LayoutContext } from './common.js';

export function scoreTable(
  rows: readonly ScoreFigures[],
  keyHeader: string,
  name: (k: string) => string = (k) => k,
): TableBlock {
  return table(
    [
      col(keyHeader),
      col('Responses', 'count'),
      col('Average', 'score'),
      col('4–5', 'percent'),
      col('1–2', 'count'),
      col('Scores 1–5'),
    ],
    rows.map((r) => [name(r.key), r.responses, r.average, r.share, r.low, r.scores.join(' / ')]),
    'No feedback.',
  );
}

export function satisfactionLayout(report: Report<SatisfactionData>, ctx: LayoutContext): ReportDocument {
  const d = report.data;
  const sections: Section[] = [
    {
      title: 'Key figures',
      blocks: [
        keyFigures(report, SATISFACTION_METRICS, {
          'satisfaction.average': 'Average score',
          'satisfaction.share': 'Scored 4 or 5',
          'satisfaction.low': 'Scored 1 or 2',
          'satisfaction.responses': 'Responses',
        }),
        text(
          d.summary.responses === 0
            ? `No feedback was given in ${report.period.label} through ${report.period.through}.`
            : 'The latest rating of each ticket, counted in the period it was given (desk feedback; 1 bad to 5 very good).',
        ),
      ],
    },
    {
      title: 'Trend',
      blocks: [
        table(
          [col('Period'), col('Responses', 'count'), col('Average', 'score'), col('4–5', 'percent')],
          d.trend.map((t) => [t.key, t.responses, t.average, t.share]),
          'No periods.',
        ),
        {
          kind: 'chart',
          title: 'Average score by period',
          unit: 'score',
          labels: d.trend.map((t) => t.key),
          series: [{ name: 'average', values: d.trend.map((t) => t.average) }],
          reference: { value: 5, label: 'best' },
        },
      ],
    },
  ];
  if (d.summary.responses > 0) {
    sections.push(
      { title: 'By customer', blocks: [scoreTable(d.byCustomer, 'Customer')] },
      {
        title: 'By staff',
        blocks: [text('Who resolved the ticket (else its assignee).'), scoreTable(d.byStaff, 'Staff', ctx.staffName)],
      },
      { title: 'By product', blocks: [scoreTable(d.byProduct, 'Product')] },
      {
        title: 'Comments',
        blocks: [
          table(
            [col('Day'), col('Ticket'), col('Customer'), col('Score', 'count'), col('From'), col('Comment')],
            d.comments
              .filter((c) => c.comment)
              .map((c) => [c.day, ticket(ctx, c.ticket), c.customer, c.score, c.from ?? '', c.comment ?? '']),
            'No comments.',
          ),
        ],
      },
    );
  }
  return { title: report.title, meta: meta(report, ctx), sections };
}
