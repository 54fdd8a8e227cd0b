import type { Report } from '../../../core/reports/index.js';
import { UTILIZATION_METRICS, type UtilizationData, type UtilizationRow } from '../../../core/reports/utilization.js';
import { col, table, text, type Layout, type Section } from '../document.js';
import { day, keyFigures, meta, title, type LayoutContext } from './common.js';

/** `service, month, pooled`, in German `Servicevertrag, monatlich, Mischkalkulation`. */
export const contractOf = (ctx: LayoutContext, r: UtilizationRow) =>
  ctx.say('report.contractOf', {
    kind: r.contract.kind,
    period: r.contract.period,
    pooled: r.contract.settlement === 'pooled' ? 'yes' : 'no',
  });

export function utilizationLayout(report: Report<UtilizationData>, ctx: LayoutContext): Layout {
  const { rows, withoutQuota } = report.data;
  const s = ctx.say;
  const today = day(ctx, report.data.day);
  const sections: Section[] = [
    {
      title: s('report.keyFigures'),
      blocks: [
        keyFigures(report, UTILIZATION_METRICS, {
          'utilization.max': s('report.utilMax'),
          'utilization.projected': s('report.utilProjected'),
          'utilization.over': s('report.utilOver'),
          'utilization.customers': s('report.utilCustomers'),
        }),
      ],
    },
  ];
  if (rows.length === 0) {
    sections.push({
      title: s('report.currentPeriod'),
      blocks: [text(s('report.utilNone', { day: today }))],
    });
  } else {
    sections.push({
      title: s('report.currentPeriod'),
      blocks: [
        text(s('report.utilNote', { day: today })),
        table(
          [
            col(s('report.colCustomer')),
            col(s('report.colContract')),
            col(s('report.colPeriod')),
            col(s('report.colDays'), 'text'),
            col(s('report.colIncluded'), 'minutes'),
            col(s('report.colUsed'), 'minutes'),
            col(s('report.colRemaining'), 'minutes'),
            col(s('report.colOver'), 'minutes'),
            col(s('report.colOverAmount'), 'cents'),
            col(s('report.colUse'), 'percent'),
            col(s('report.colProjected'), 'percent'),
            col(s('report.colTrend'), 'trend', 100),
          ],
          rows.map((r) => [
            r.customer,
            contractOf(ctx, r),
            r.current.period.label,
            s('report.dayOf', { day: r.projection.elapsedDays, days: r.projection.totalDays }),
            r.current.included,
            r.current.used,
            r.current.remaining,
            r.current.over,
            r.current.overAmount,
            r.current.percent,
            r.projection.percent,
            r.trend.map((p) => p.percent),
          ]),
          s('report.utilNoQuota'),
        ),
        {
          kind: 'chart',
          title: s('report.utilChart'),
          unit: 'percent',
          labels: rows.map((r) => r.customer),
          series: [
            { name: s('report.seriesUsedSoFar'), values: rows.map((r) => r.current.percent) },
            { name: s('report.seriesProjected'), values: rows.map((r) => r.projection.percent) },
          ],
          reference: { value: 100, label: s('report.quota') },
        },
      ],
    });
    const pooled = rows.filter((r) => r.pool);
    if (pooled.length) {
      sections.push({
        title: s('report.pooledContracts'),
        blocks: [
          text(s('report.pooledNote')),
          table(
            [
              col(s('report.colCustomer')),
              col(s('report.colWindow')),
              col(s('report.colIncludedSoFar'), 'minutes'),
              col(s('report.colUsedSoFar'), 'minutes'),
              col(s('report.colBalance'), 'minutes'),
              col(s('report.colExcess'), 'minutes'),
            ],
            pooled.map((r) => [
              r.customer,
              r.pool?.window.label ?? '',
              r.pool?.included ?? 0,
              r.pool?.used ?? 0,
              r.pool?.balance ?? 0,
              r.pool?.excess ?? 0,
            ]),
            s('report.noPooled'),
          ),
        ],
      });
    }
    sections.push({
      title: s('report.lastPeriods'),
      blocks: ctx.terminal
        ? [text(s('report.everyPeriodElsewhere'))]
        : [
            table(
              [
                col(s('report.colCustomer')),
                col(s('report.colPeriod')),
                col(s('report.colIncluded'), 'minutes'),
                col(s('report.colUsed'), 'minutes'),
                col(s('report.colOver'), 'minutes'),
                col(s('report.colUse'), 'percent'),
              ],
              rows.flatMap((r) =>
                r.trend.map((p) => [r.customer, p.period.label, p.included, p.used, p.over, p.percent]),
              ),
              s('report.noPeriods'),
            ),
          ],
    });
  }
  if (withoutQuota.length) {
    sections.push({
      title: s('report.withoutQuota'),
      blocks: [
        text(s('report.withoutQuotaNote', { day: today, customers: withoutQuota.map((c) => c.customer).join(', ') })),
      ],
    });
  }
  return { title: title(report, ctx), meta: meta(report, ctx), sections };
}
