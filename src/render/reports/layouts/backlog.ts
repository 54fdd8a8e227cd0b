import { AGE_BUCKETS, BACKLOG_METRICS, type BacklogData, type BacklogItem } from '../../../core/reports/backlog.js';
import type { Report } from '../../../core/reports/index.js';
import { col, table, text, type ReportDocument, type TableBlock } from '../document.js';
import { keyFigures, meta, ticket, time, type LayoutContext } from './common.js';

export function itemTable(
  items: readonly BacklogItem[],
  ctx: LayoutContext,
  empty: string,
  title?: string,
): TableBlock {
  return table(
    [
      col('Ticket'),
      col('Customer'),
      col('Status'),
      col('Level'),
      col('Priority'),
      col('Assignee'),
      col('Received'),
      col('Age (days)', 'days'),
      col('Title'),
    ],
    items.map((i) => [
      ticket(ctx, i.ticket),
      i.customer,
      i.status,
      `L${i.level}`,
      i.priority ?? '–',
      i.assignee ?? 'unassigned',
      time(i.receivedAt),
      i.ageDays,
      i.title,
    ]),
    empty,
    title,
  );
}

export function backlogLayout(report: Report<BacklogData>, ctx: LayoutContext): ReportDocument {
  const d = report.data;
  return {
    title: report.title,
    meta: [...meta(report, ctx), `Snapshot at ${time(d.at)}`],
    sections: [
      {
        title: 'Key figures',
        blocks: [
          keyFigures(report, BACKLOG_METRICS, {
            'backlog.open': 'Open tickets',
            'backlog.l1': 'At First Level',
            'backlog.l2': 'At Second Level',
            'backlog.waiting': 'Waiting on the customer',
            'backlog.unassigned': 'Unassigned',
            'backlog.oldest': 'Oldest (days)',
            'backlog.over-30': 'Older than 30 days',
          }),
          text(
            `Open: new, open, escalated or waiting. Age: calendar days since the request was received. ${d.awaitingAcceptance} resolved ticket${d.awaitingAcceptance === 1 ? '' : 's'} wait for the customer's acceptance and are not counted.`,
          ),
        ],
      },
      {
        title: 'By level and age',
        blocks: [
          table(
            [col('Level'), ...AGE_BUCKETS.map((b) => col(b.label, 'count')), col('Total', 'count')],
            [...d.byLevel.map((l) => [`Level ${l.level}`, ...l.buckets, l.total]), ['Total', ...d.totals, d.open]],
            'Nothing open.',
          ),
          {
            kind: 'chart',
            title: 'Open tickets by age',
            unit: 'count',
            labels: AGE_BUCKETS.map((b) => b.label),
            series: d.byLevel.map((l) => ({ name: `Level ${l.level}`, values: l.buckets })),
          },
        ],
      },
      {
        title: 'Waiting on the customer',
        blocks: [
          table(
            [col('Ticket'), col('Customer'), col('Level'), col('Since'), col('Days', 'days'), col('Title')],
            d.waiting.map((i) => [
              ticket(ctx, i.ticket),
              i.customer,
              `L${i.level}`,
              time(i.waitingSince),
              i.waitingDays ?? null,
              i.title,
            ]),
            'No ticket waits on a customer.',
          ),
        ],
      },
      { title: 'Unassigned', blocks: [itemTable(d.unassigned, ctx, 'Every open ticket has someone.')] },
      { title: 'All open tickets, oldest first', blocks: [itemTable(d.items, ctx, 'Nothing open.')] },
    ],
  };
}
