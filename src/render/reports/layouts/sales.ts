import type { Report } from '../../../core/reports/index.js';
import {
  SALES_METRICS,
  SIGNAL_PERIODS,
  UPSELL_MIN_PERIODS,
  type QuotaSignal,
  type SalesData,
} from '../../../core/reports/sales.js';
import { displayMoney } from '../../../core/money.js';
import { formatDuration } from '../../../core/duration.js';
import { col, table, text, type ReportDocument, type TableBlock } from '../document.js';
import { keyFigures, meta, type LayoutContext } from './common.js';

function quotaTable(rows: readonly QuotaSignal[], ctx: LayoutContext, empty: string): TableBlock {
  return table(
    [
      col('Customer'),
      col('Sales rep'),
      col('Contract'),
      col('Periods'),
      col('Over in', 'count'),
      col('Included', 'minutes'),
      col('Used', 'minutes'),
      col('Use', 'percent'),
      col('Trend', 'trend', 100),
    ],
    rows.map((r) => [
      r.customer,
      r.salesRep ? ctx.staffName(r.salesRep) : '',
      r.contract,
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

export function salesLayout(report: Report<SalesData>, ctx: LayoutContext): ReportDocument {
  const d = report.data;
  const offer = d.offer;
  return {
    title: report.title,
    meta: meta(report, ctx),
    sections: [
      {
        title: 'Key figures',
        blocks: [
          keyFigures(report, SALES_METRICS, {
            'sales.upsell': 'Offer a bigger contract',
            'sales.candidates': 'Offer a first contract',
            'sales.at-risk': 'At risk',
            'sales.demand': 'Extension requests',
          }),
        ],
      },
      {
        title: 'Offer a bigger contract',
        blocks: [
          text(
            `Over their quota or commitment in ${UPSELL_MIN_PERIODS} or more of the last ${SIGNAL_PERIODS} complete periods up to ${d.day}.`,
          ),
          quotaTable(d.upsell, ctx, 'No customer is regularly over.'),
        ],
      },
      {
        title: 'Offer a first contract',
        blocks: [
          text(
            offer
              ? `Without a contract, and billed at least what the entry contract (${offer.contract ?? offer.customer}: ${displayMoney(offer.fee, 'en')} a month for ${formatDuration(offer.includedHours)} h, the cheapest monthly service contract in force) would have cost in the last ${SIGNAL_PERIODS} complete months.`
              : 'No monthly service contract is in force to compare with.',
          ),
          table(
            [
              col('Customer'),
              col('Sales rep'),
              col('Months'),
              col('Billed time', 'minutes'),
              col('Billed', 'cents'),
              col('Contract would cost', 'cents'),
            ],
            d.candidates.map((c) => [
              c.customer,
              c.salesRep ? ctx.staffName(c.salesRep) : '',
              c.months.map((m) => m.label).join(', '),
              c.minutes,
              c.amount,
              c.offerCost,
            ]),
            'No candidate.',
          ),
        ],
      },
      {
        title: 'At risk',
        blocks: [
          text(
            `Using under a third of their quota or commitment over the last ${SIGNAL_PERIODS} complete periods up to ${d.day}.`,
          ),
          quotaTable(d.atRisk, ctx, 'No customer uses under a third.'),
        ],
      },
      {
        title: 'Extension demand by product',
        blocks: [
          text(
            `Requests received in ${report.period.label} through ${report.period.through} for changes, features, new development or project work (Bedarf an Erweiterungen).`,
          ),
          table(
            [
              col('Product'),
              col('Change requests', 'count'),
              col('Feature ideas', 'count'),
              col('New development', 'count'),
              col('Project work', 'count'),
              col('Total', 'count'),
              col('Estimated', 'minutes'),
              col('Customers'),
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
            'No such requests.',
          ),
        ],
      },
    ],
  };
}
