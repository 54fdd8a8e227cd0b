import type { Report } from '../../../core/reports/index.js';
import { RESOLUTION_METRICS, type ResolutionData, type ResolutionFigures } from '../../../core/reports/resolution.js';
import { col, table, text, type Layout, type Section, type TableBlock } from '../document.js';
import { day, keyFigures, meta, named, title, type LayoutContext } from './common.js';

function resolutionTable(
  ctx: LayoutContext,
  rows: readonly ResolutionFigures[],
  keyHeader: string,
  name: (k: string) => string = (k) => k,
): TableBlock {
  const s = ctx.say;
  return table(
    [
      col(keyHeader),
      col(s('report.colReceivedCount'), 'count'),
      col(s('report.colEscalated'), 'count'),
      col(s('report.colEscalation'), 'percent'),
      col(s('report.colClosed'), 'count'),
      col(s('report.colFirstContact'), 'percent'),
      col(s('report.colReopened'), 'percent'),
      col(s('report.colWithArticle'), 'percent'),
      col(s('report.colResolved'), 'count'),
      col(s('report.colMedian'), 'minutes'),
      col(s('report.colP90'), 'minutes'),
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
    s('report.nothingReceivedClosedResolved'),
  );
}

export function resolutionLayout(report: Report<ResolutionData>, ctx: LayoutContext): Layout {
  const d = report.data;
  const s = ctx.say;
  const sum = d.summary;
  const empty = sum.received === 0 && sum.closed === 0 && sum.resolved === 0;
  const categoryName = (k: string) => named(ctx, 'category', k);
  const sections: Section[] = [
    {
      title: s('report.keyFigures'),
      blocks: [
        keyFigures(report, RESOLUTION_METRICS, {
          'resolution.fcr': s('report.resFcr'),
          'resolution.escalation': s('report.resEscalation'),
          'resolution.reopen': s('report.resReopen'),
          'resolution.kb': s('report.resKb'),
          'resolution.escalated-without-kb': s('report.resEscalatedWithoutKb'),
          'resolution.median': s('report.resMedian'),
          'resolution.p90': s('report.p90Long'),
          'resolution.received': s('report.resReceived'),
          'resolution.closed': s('report.resClosed'),
          'resolution.silent': s('report.resSilent'),
        }),
        text(
          empty
            ? s('report.resNothing', { label: report.period.label, through: day(ctx, report.period.through) })
            : s('report.resNote', {
                closed: sum.closed,
                accepted: sum.accepted,
                silence: sum.acceptedBySilence,
                firstContact: sum.firstContact,
                reopened: sum.reopened,
                withArticle: sum.withArticle,
                received: sum.received,
                escalated: sum.escalated,
                withoutArticle: sum.escalatedWithoutArticle,
                resolved: sum.resolved,
              }),
        ),
      ],
    },
  ];
  if (!empty) {
    sections.push(
      { title: s('report.byProduct'), blocks: [resolutionTable(ctx, d.byProduct, s('report.colProduct'))] },
      {
        title: s('report.byCategory'),
        blocks: [resolutionTable(ctx, d.byCategory, s('report.colCategory'), categoryName)],
      },
      {
        title: s('report.byStaff'),
        blocks: [
          text(s('report.resByStaffNote')),
          resolutionTable(ctx, d.byStaff, s('report.colStaff'), ctx.staffName),
        ],
      },
    );
  }
  return { title: title(report, ctx), meta: meta(report, ctx), sections };
}
