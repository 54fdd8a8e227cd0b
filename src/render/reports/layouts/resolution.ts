import type { Report } from '../../../core/reports/index.js';
import { RESOLUTION_METRICS, type ResolutionData, type ResolutionFigures } from '../../../core/reports/resolution.js';
import { col, table, text, type ReportDocument, type Section, type TableBlock } from '../document.js';
import { keyFigures, meta, type LayoutContext } from './common.js';

function resolutionTable(
  rows: readonly ResolutionFigures[],
  keyHeader: string,
  name: (k: string) => string = (k) => k,
): TableBlock {
  return table(
    [
      col(keyHeader),
      col('Received', 'count'),
      col('Escalated', 'count'),
      col('Escalation', 'percent'),
      col('Closed', 'count'),
      col('First contact', 'percent'),
      col('Reopened', 'percent'),
      col('With article', 'percent'),
      col('Resolved', 'count'),
      col('Median', 'minutes'),
      col('90th pct', 'minutes'),
    ],
    rows.map((r) => [
      name(r.key),
      r.received,
      r.escalated,
      r.escalationRate,
      r.closed,
      r.fcr,
      r.reopenRate,
      r.articleRate,
      r.resolved,
      r.median,
      r.p90,
    ]),
    'Nothing received, closed or resolved.',
  );
}

export function resolutionLayout(report: Report<ResolutionData>, ctx: LayoutContext): ReportDocument {
  const d = report.data;
  const s = d.summary;
  const empty = s.received === 0 && s.closed === 0 && s.resolved === 0;
  const sections: Section[] = [
    {
      title: 'Key figures',
      blocks: [
        keyFigures(report, RESOLUTION_METRICS, {
          'resolution.fcr': 'First-contact resolution',
          'resolution.escalation': 'Escalation rate',
          'resolution.reopen': 'Reopen rate',
          'resolution.kb': 'Closed with an article',
          'resolution.escalated-without-kb': 'Escalated without an article',
          'resolution.median': 'Median time to resolve',
          'resolution.p90': '90th percentile',
          'resolution.received': 'Received',
          'resolution.closed': 'Closed',
          'resolution.silent': 'Accepted by silence',
        }),
        text(
          empty
            ? `Nothing was received, closed or resolved in ${report.period.label} through ${report.period.through}.`
            : `Of ${count(s.closed, 'ticket')} closed, ${s.accepted} ${s.accepted === 1 ? 'was' : 'were'} accepted by the customer and ${s.acceptedBySilence} by silence; ${s.firstContact} never reached Second Level, ${s.reopened} ${s.reopened === 1 ? 'was' : 'were'} reopened and ${s.withArticle} ${s.withArticle === 1 ? 'has' : 'have'} an article linked. Of ${count(s.received, 'request')} received, ${s.escalated} reached Second Level, ${s.escalatedWithoutArticle} of them without an article linked before. Time to resolve: service time from receipt to the last resolution of the ${count(s.resolved, 'ticket')} resolved in the period, time waiting on the customer left out.`,
        ),
      ],
    },
  ];
  if (!empty) {
    sections.push(
      { title: 'By product', blocks: [resolutionTable(d.byProduct, 'Product')] },
      { title: 'By category', blocks: [resolutionTable(d.byCategory, 'Category')] },
      {
        title: 'By staff',
        blocks: [
          text('The First Level person who recorded the request.'),
          resolutionTable(d.byStaff, 'Staff', ctx.staffName),
        ],
      },
    );
  }
  return { title: report.title, meta: meta(report, ctx), sections };
}

/** "1 ticket", "4 tickets". */
function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}
