import type { Report } from '../../../core/reports/index.js';
import { UTILIZATION_METRICS, type UtilizationData, type UtilizationRow } from '../../../core/reports/utilization.js';
import { col, table, text, type ReportDocument, type Section } from '../document.js';
import { keyFigures, meta, type LayoutContext } from './common.js';

export const contractOf = (r: UtilizationRow) =>
  `${r.contract.kind}, ${r.contract.period}${r.contract.settlement === 'pooled' ? ', pooled' : ''}`;

export function utilizationLayout(report: Report<UtilizationData>, ctx: LayoutContext): ReportDocument {
  const { rows, withoutQuota, day } = report.data;
  const sections: Section[] = [
    {
      title: 'Key figures',
      blocks: [
        keyFigures(report, UTILIZATION_METRICS, {
          'utilization.max': 'Highest use',
          'utilization.projected': 'Highest projected use',
          'utilization.over': 'Customers over',
          'utilization.customers': 'Customers with a quota',
        }),
      ],
    },
  ];
  if (rows.length === 0) {
    sections.push({
      title: 'Current period',
      blocks: [text(`No customer has a service contract or minimum-hours commitment on ${day}.`)],
    });
  } else {
    sections.push({
      title: 'Current period',
      blocks: [
        text(
          `Quota (service contract) or minimum plus carried-in hours (commitment) of the contract period holding ${day}; used through that day. Projected: used so far extrapolated to the period's end by calendar days.`,
        ),
        table(
          [
            col('Customer'),
            col('Contract'),
            col('Period'),
            col('Days', 'text'),
            col('Included', 'minutes'),
            col('Used', 'minutes'),
            col('Remaining', 'minutes'),
            col('Over', 'minutes'),
            col('Over amount', 'cents'),
            col('Use', 'percent'),
            col('Projected', 'percent'),
            col('Trend', 'trend', 100),
          ],
          rows.map((r) => [
            r.customer,
            contractOf(r),
            r.current.period.label,
            `${r.projection.elapsedDays} of ${r.projection.totalDays}`,
            r.current.included,
            r.current.used,
            r.current.remaining,
            r.current.over,
            r.current.overAmount,
            r.current.percent,
            r.projection.percent,
            r.trend.map((p) => p.percent),
          ]),
          'No customer with a quota.',
        ),
        {
          kind: 'chart',
          title: 'Use of the quota or commitment, so far and projected to the period end',
          unit: 'percent',
          labels: rows.map((r) => r.customer),
          series: [
            { name: 'used so far', values: rows.map((r) => r.current.percent) },
            { name: 'projected', values: rows.map((r) => r.projection.percent) },
          ],
          reference: { value: 100, label: 'quota' },
        },
      ],
    });
    const pooled = rows.filter((r) => r.pool);
    if (pooled.length) {
      sections.push({
        title: 'Pooled contracts (Mischkalkulation)',
        blocks: [
          text(
            'Periods over and under their quota balance out within the pool window; only the net excess is billed when the window closes.',
          ),
          table(
            [
              col('Customer'),
              col('Window'),
              col('Included so far', 'minutes'),
              col('Used so far', 'minutes'),
              col('Balance', 'minutes'),
              col('Excess', 'minutes'),
            ],
            pooled.map((r) => [
              r.customer,
              r.pool?.window.label ?? '',
              r.pool?.included ?? 0,
              r.pool?.used ?? 0,
              r.pool?.balance ?? 0,
              r.pool?.excess ?? 0,
            ]),
            'No pooled contract.',
          ),
        ],
      });
    }
    sections.push({
      title: 'Last periods',
      blocks: ctx.terminal
        ? [text('Every period in figures: --format md, html, csv or json.')]
        : [
            table(
              [
                col('Customer'),
                col('Period'),
                col('Included', 'minutes'),
                col('Used', 'minutes'),
                col('Over', 'minutes'),
                col('Use', 'percent'),
              ],
              rows.flatMap((r) =>
                r.trend.map((p) => [r.customer, p.period.label, p.included, p.used, p.over, p.percent]),
              ),
              'No periods.',
            ),
          ],
    });
  }
  if (withoutQuota.length) {
    sections.push({
      title: 'Without a quota',
      blocks: [text(`Billed per use on ${day}: ${withoutQuota.map((c) => c.customer).join(', ')}.`)],
    });
  }
  return { title: report.title, meta: meta(report, ctx), sections };
}
