import { HOTSPOTS_METRICS, type HotspotsData } from '../../../core/reports/hotspots.js';
import type { Report } from '../../../core/reports/index.js';
import { col, table, text, type Layout, type Section } from '../document.js';
import { day, keyFigures, meta, named, ticket, title, type LayoutContext } from './common.js';

const CHART_ROWS = 8;

/** `acme: lohn question` (customer, product/module, category; core/reports/hotspots.ts) with the category named. */
function sameProblem(ctx: LayoutContext, key: string): string {
  const space = key.lastIndexOf(' ');
  return space < 0 ? key : `${key.slice(0, space)} ${named(ctx, 'category', key.slice(space + 1))}`;
}

export function hotspotsLayout(report: Report<HotspotsData>, ctx: LayoutContext): Layout {
  const d = report.data;
  const s = ctx.say;
  const p = report.period;
  const sections: Section[] = [
    {
      title: s('report.keyFigures'),
      blocks: [
        keyFigures(report, HOTSPOTS_METRICS, {
          'hotspots.received': s('report.requestsReceived'),
          'hotspots.rise': s('report.hotRise'),
          'hotspots.recurring': s('report.hotRecurring'),
        }),
        text(
          d.received === 0 && d.receivedBefore === 0
            ? s('report.hotNothing', { label: p.label, previous: d.previous.label })
            : s('report.hotNote', {
                label: p.label,
                through: day(ctx, p.through),
                received: d.received,
                previous: d.previous.label,
                before: d.receivedBefore,
              }),
        ),
      ],
    },
  ];
  if (d.rows.length) {
    const top = d.rows.filter((r) => r.current > 0).slice(0, CHART_ROWS);
    sections.push({
      title: s('report.hotByArea'),
      blocks: [
        table(
          [
            col(s('report.colArea')),
            col(s('report.colCategory')),
            col(p.label, 'count'),
            col(d.previous.label, 'count'),
            col(s('report.colChange'), 'count'),
          ],
          d.rows.map((r) => [
            r.area,
            named(ctx, 'category', r.category),
            r.current,
            r.previous,
            r.change > 0 ? `+${r.change}` : String(r.change),
          ]),
          s('report.noRequests'),
        ),
        ...(top.length
          ? [
              {
                kind: 'chart' as const,
                title: s('report.hotBiggestRises', { count: top.length }),
                unit: 'count' as const,
                labels: top.map((r) => `${r.area} ${named(ctx, 'category', r.category)}`),
                series: [
                  { name: p.label, values: top.map((r) => r.current) },
                  { name: d.previous.label, values: top.map((r) => r.previous) },
                ],
              },
            ]
          : []),
      ],
    });
  }
  sections.push(
    {
      title: s('report.hotCustomers'),
      blocks: [
        table(
          [
            col(s('report.colCustomer')),
            col(p.label, 'count'),
            col(d.previous.label, 'count'),
            col(s('report.colTimeLogged'), 'minutes'),
          ],
          d.customers.map((c) => [c.customer, c.current, c.previous, c.minutes]),
          s('report.noRequests'),
        ),
      ],
    },
    {
      title: s('report.hotRecurring'),
      blocks: [
        text(s('report.hotRecurringNote')),
        table(
          [
            col(s('report.colKind')),
            col(s('report.colWhat')),
            col(s('report.colRequests'), 'count'),
            col(s('report.colCustomers')),
            col(s('report.colTickets')),
          ],
          d.recurring.map((r) => [
            r.kind === 'article' ? s('report.kindArticle') : s('report.kindSameCustomer'),
            r.kind === 'article' ? r.key : sameProblem(ctx, r.key),
            r.count,
            r.customers.join(', '),
            r.tickets.map((id) => ticket(ctx, id)).join(' '),
          ]),
          s('report.hotNoRecurring'),
        ),
      ],
    },
  );
  return { title: title(report, ctx), meta: meta(report, ctx), sections };
}
