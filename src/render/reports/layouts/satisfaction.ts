import type { Report } from '../../../core/reports/index.js';
import { SATISFACTION_METRICS, type SatisfactionData, type ScoreFigures } from '../../../core/reports/satisfaction.js';
import { col, table, text, type Layout, type Section, type TableBlock } from '../document.js';
import { day, keyFigures, meta, ticket, title, type LayoutContext } from './common.js';

export function scoreTable(
  ctx: LayoutContext,
  rows: readonly ScoreFigures[],
  keyHeader: string,
  name: (k: string) => string = (k) => k,
): TableBlock {
  const s = ctx.say;
  return table(
    [
      col(keyHeader),
      col(s('report.colResponses'), 'count'),
      col(s('report.colAverage'), 'score'),
      col('4–5', 'percent'),
      col('1–2', 'count'),
      col(s('report.colScores')),
    ],
    rows.map((r) => [name(r.key), r.responses, r.average, r.share, r.low, r.scores.join(' / ')]),
    s('report.noFeedback'),
  );
}

export function satisfactionLayout(report: Report<SatisfactionData>, ctx: LayoutContext): Layout {
  const d = report.data;
  const s = ctx.say;
  const sections: Section[] = [
    {
      title: s('report.keyFigures'),
      blocks: [
        keyFigures(report, SATISFACTION_METRICS, {
          'satisfaction.average': s('report.satAverage'),
          'satisfaction.share': s('report.satShare'),
          'satisfaction.low': s('report.satLow'),
          'satisfaction.responses': s('report.colResponses'),
        }),
        text(
          d.summary.responses === 0
            ? s('report.satNothing', { label: report.period.label, through: day(ctx, report.period.through) })
            : s('report.satNote'),
        ),
      ],
    },
    {
      title: s('report.trend'),
      blocks: [
        table(
          [
            col(s('report.colPeriod')),
            col(s('report.colResponses'), 'count'),
            col(s('report.colAverage'), 'score'),
            col('4–5', 'percent'),
          ],
          d.trend.map((t) => [t.key, t.responses, t.average, t.share]),
          s('report.noPeriods'),
        ),
        {
          kind: 'chart',
          title: s('report.satByPeriod'),
          unit: 'score',
          labels: d.trend.map((t) => t.key),
          series: [{ name: s('report.seriesAverage'), values: d.trend.map((t) => t.average) }],
          reference: { value: 5, label: s('report.best') },
        },
      ],
    },
  ];
  if (d.summary.responses > 0) {
    sections.push(
      { title: s('report.byCustomer'), blocks: [scoreTable(ctx, d.byCustomer, s('report.colCustomer'))] },
      {
        title: s('report.byStaff'),
        blocks: [text(s('report.satByStaffNote')), scoreTable(ctx, d.byStaff, s('report.colStaff'), ctx.staffName)],
      },
      { title: s('report.byProduct'), blocks: [scoreTable(ctx, d.byProduct, s('report.colProduct'))] },
      {
        title: s('report.comments'),
        blocks: [
          table(
            [
              col(s('report.colDay')),
              col(s('report.colTicket')),
              col(s('report.colCustomer')),
              col(s('report.colScore'), 'count'),
              col(s('report.colFrom')),
              col(s('report.colComment')),
            ],
            d.comments
              .filter((c) => c.comment)
              .map((c) => [day(ctx, c.day), ticket(ctx, c.ticket), c.customer, c.score, c.from ?? '', c.comment ?? '']),
            s('report.noComments'),
          ),
        ],
      },
    );
  }
  const sv = d.surveys;
  if (sv.summary.responses > 0 || sv.unclear.length > 0)
    sections.push({
      title: s('report.surveys'),
      blocks: [
        text(s('report.surveysNote', { responses: sv.summary.responses, average: sv.summary.average ?? '–' })),
        table(
          [
            col(s('report.colSurvey')),
            col(s('report.colSubject')),
            col(s('report.colAsked'), 'count'),
            col(s('report.colResponses'), 'count'),
            col(s('report.colAverage'), 'score'),
            col('4–5', 'percent'),
            col(s('report.colScores')),
          ],
          sv.bySurvey.map((r) => [r.key, r.subject, r.asked, r.responses, r.average, r.share, r.scores.join(' / ')]),
          s('report.noScoredAnswers'),
        ),
        table(
          [
            col(s('report.colDay')),
            col(s('report.colCustomer')),
            col(s('report.colScore'), 'count'),
            col(s('report.colFrom')),
            col(s('report.colComment')),
          ],
          sv.comments
            .filter((c) => c.comment)
            .map((c) => [day(ctx, c.day), c.customer, c.score, c.from, c.comment ?? '']),
          s('report.noComments'),
        ),
        ...(sv.unclear.length
          ? [
              text(s('report.unclearNote')),
              table(
                [
                  col(s('report.colDay')),
                  col(s('report.colSurvey')),
                  col(s('report.colCustomer')),
                  col(s('report.colFrom')),
                  col(s('report.colAnswer')),
                ],
                sv.unclear.map((u) => [day(ctx, u.day), u.survey, u.customer, u.from, u.text.split('\n')[0] ?? '']),
                '',
              ),
            ]
          : []),
      ],
    });
  return { title: title(report, ctx), meta: meta(report, ctx), sections };
}
