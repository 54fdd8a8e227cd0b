import type { Report } from '../../../core/reports/index.js';
import {
  SALES_METRICS,
  SIGNAL_PERIODS,
  UPSELL_MIN_PERIODS,
  type QuotaSignal,
  type SalesData,
} from '../../../core/reports/sales.js';
import { formatDuration } from '../../../core/duration.js';
import { col, table, text, type Layout, type TableBlock } from '../document.js';
import { contractName, day, keyFigures, meta, money, title, type LayoutContext } from './common.js';

function quotaTable(rows: readonly QuotaSignal[], ctx: LayoutContext, empty: string): TableBlock {
  const s = ctx.say;
  return table(
    [
      col(s('report.colCustomer')),
      col(s('report.colSalesRep')),
      col(s('report.colContract')),
      col(s('report.colPeriods')),
      col(s('report.colOverIn'), 'count'),
      col(s('report.colIncluded'), 'minutes'),
      col(s('report.colUsed'), 'minutes'),
      col(s('report.colUse'), 'percent'),
      col(s('report.colTrend'), 'trend', 100),
    ],
    rows.map((r) => [
      r.customer,
      r.salesRep ? ctx.staffName(r.salesRep) : '',
      contractName(ctx, r.contract),
      r.periods.map((p) => p.period.label).join(', '),
      r.overCount,
      r.included,
      r.used,
      r.percent,
      r.periods.map((p) => p.percent),
    ]),
    empty,
  );
}

export function salesLayout(report: Report<SalesData>, ctx: LayoutContext): Layout {
  const d = report.data;
  const s = ctx.say;
  const offer = d.offer;
  return {
    title: title(report, ctx),
    meta: meta(report, ctx),
    sections: [
      {
        title: s('report.keyFigures'),
        blocks: [
          keyFigures(report, SALES_METRICS, {
            'sales.upsell': s('report.salesUpsell'),
            'sales.candidates': s('report.salesCandidates'),
            'sales.at-risk': s('report.salesAtRisk'),
            'sales.demand': s('report.salesDemand'),
          }),
        ],
      },
      {
        title: s('report.salesUpsell'),
        blocks: [
          text(s('report.salesUpsellNote', { min: UPSELL_MIN_PERIODS, of: SIGNAL_PERIODS, day: day(ctx, d.day) })),
          quotaTable(d.upsell, ctx, s('report.salesNoUpsell')),
        ],
      },
      {
        title: s('report.salesCandidates'),
        blocks: [
          text(
            offer
              ? s('report.salesOfferNote', {
                  contract: offer.contract ?? offer.customer,
                  fee: money(ctx, offer.fee),
                  hours: formatDuration(offer.includedHours),
                  months: SIGNAL_PERIODS,
                })
              : s('report.salesNoOffer'),
          ),
          table(
            [
              col(s('report.colCustomer')),
              col(s('report.colSalesRep')),
              col(s('report.colMonths')),
              col(s('report.colBilledTime'), 'minutes'),
              col(s('report.colBilled'), 'cents'),
              col(s('report.colContractWouldCost'), 'cents'),
            ],
            d.candidates.map((c) => [
              c.customer,
              c.salesRep ? ctx.staffName(c.salesRep) : '',
              c.months.map((m) => m.label).join(', '),
              c.minutes,
              c.amount,
              c.offerCost,
            ]),
            s('report.salesNoCandidate'),
          ),
        ],
      },
      {
        title: s('report.salesAtRisk'),
        blocks: [
          text(s('report.salesAtRiskNote', { of: SIGNAL_PERIODS, day: day(ctx, d.day) })),
          quotaTable(d.atRisk, ctx, s('report.salesNoAtRisk')),
        ],
      },
      {
        title: s('report.salesDemandByProduct'),
        blocks: [
          text(s('report.salesDemandNote', { label: report.period.label, through: day(ctx, report.period.through) })),
          table(
            [
              col(s('report.colProduct')),
              col(s('report.colChangeRequests'), 'count'),
              col(s('report.colFeatureIdeas'), 'count'),
              col(s('report.colNewDevelopment'), 'count'),
              col(s('report.colProjectWork'), 'count'),
              col(s('report.colTotal'), 'count'),
              col(s('report.colEstimated'), 'minutes'),
              col(s('report.colCustomers')),
            ],
            d.demand.map((x) => [
              x.product,
              x.byCategory['change-request'],
              x.byCategory['feature-idea'],
              x.byCategory['new-development'],
              x.byCategory['project-work'],
              x.total,
              x.estimateMinutes,
              x.customers.join(', '),
            ]),
            s('report.salesNoDemand'),
          ),
        ],
      },
    ],
  };
}
