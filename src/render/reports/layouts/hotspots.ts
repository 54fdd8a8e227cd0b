import { HOTSPOTS_METRICS, type HotspotsData } from '../../../core/reports/hotspots.js';
import type { Report } from '../../../core/reports/index.js';
import { col, table, text, type ReportDocument, type Section } from '../document.js';
import { keyFigures, meta, ticket, type LayoutContext } from './common.js';

const CHART_ROWS = 8;

export function hotspotsLayout(report: Report<HotspotsData>, ctx: LayoutContext): ReportDocument {
  const d = report.data;
  const sections: Section[] = [
    {
      title: 'Key figures',
      blocks: [
        keyFigures(report, HOTSPOTS_METRICS, {
          'hotspots.received': 'Requests received',
          'hotspots.rise': 'Biggest rise',
          'hotspots.recurring': 'Recurring problems',
        }),
        text(
          d.received === 0 && d.receivedBefore === 0
            ? `No requests were received in ${report.period.label} or ${d.previous.label}.`
            : `Requests received in ${report.period.label} through ${report.period.through} (${d.received}) against the whole of ${d.previous.label} (${d.receivedBefore}), by product/module and category, the biggest rises first.`,
        ),
      ],
    },
  ];
  if (d.rows.length) {
    const top = d.rows.filter((r) => r.current > 0).slice(0, CHART_ROWS);
    sections.push({
      title: 'By product/module and category',
      blocks: [
        table(
          [
            col('Product/module'),
            col('Category'),
            col(report.period.label, 'count'),
            col(d.previous.label, 'count'),
            col('Change', 'count'),
          ],
          d.rows.map((r) => [
            r.area,
            r.category,
            r.current,
            r.previous,
            r.change > 0 ? `+${r.change}` : String(r.change),
          ]),
          'No requests.',
        ),
        ...(top.length
          ? [
              {
                kind: 'chart' as const,
                title: `The ${top.length} biggest rises`,
                unit: 'count' as const,
                labels: top.map((r) => `${r.area} ${r.category}`),
                series: [
                  { name: report.period.label, values: top.map((r) => r.current) },
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
      title: 'Customers with the most requests',
      blocks: [
        table(
          [
            col('Customer'),
            col(report.period.label, 'count'),
            col(d.previous.label, 'count'),
            col('Time logged', 'minutes'),
          ],
          d.customers.map((c) => [c.customer, c.current, c.previous, c.minutes]),
          'No requests.',
        ),
      ],
    },
    {
      title: 'Recurring problems',
      blocks: [
        text(
          'An article that solved two or more requests of the period, and a customer reporting the same kind of problem (product/module and category) two or more times.',
        ),
        table(
          [col('Kind'), col('What'), col('Requests', 'count'), col('Customers'), col('Tickets')],
          d.recurring.map((r) => [
            r.kind === 'article' ? 'article' : 'same customer',
            r.key,
            r.count,
            r.customers.join(', '),
            r.tickets.map((id) => ticket(ctx, id)).join(' '),
          ]),
          'No recurring problems.',
        ),
      ],
    },
  );
  return { title: report.title, meta: meta(report, ctx), sections };
}
