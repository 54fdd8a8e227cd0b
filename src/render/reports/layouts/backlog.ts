import { AGE_BUCKETS, BACKLOG_METRICS, type BacklogData, type BacklogItem } from '../../../core/reports/backlog.js';
import type { Report } from '../../../core/reports/index.js';
import { col, table, text, type Layout, type TableBlock } from '../document.js';
import { keyFigures, meta, ticket, time, title, type LayoutContext } from './common.js';

export function itemTable(
  items: readonly BacklogItem[],
  ctx: LayoutContext,
  empty: string,
  heading?: string,
): TableBlock {
  const s = ctx.say;
  return table(
    [
      col(s('report.colTicket')),
      col(s('report.colCustomer')),
      col(s('report.colStatus')),
      col(s('report.colLevel')),
      col(s('report.colPriority')),
      col(s('report.colAssignee')),
      col(s('report.colReceived')),
      col(s('report.colAgeDays'), 'days'),
      col(s('report.colTitle')),
    ],
    items.map((i) => [
      ticket(ctx, i.ticket),
      i.customer,
      s(`status.${i.status}`),
      `L${i.level}`,
      i.priority ? s(`priority.${i.priority}`) : '–',
      i.assignee ?? s('report.unassigned'),
      time(ctx, i.receivedAt),
      i.ageDays,
      i.title,
    ]),
    empty,
    heading,
  );
}

/** `0–1 days` … `over 30 days`, from the buckets' limits (core keeps the English labels for --json). */
function ageLabel(ctx: LayoutContext, i: number): string {
  const from = i === 0 ? 0 : AGE_BUCKETS[i - 1]!.max + 1;
  const to = AGE_BUCKETS[i]!.max;
  return to === Infinity ? ctx.say('report.ageOver', { days: from - 1 }) : ctx.say('report.ageRange', { from, to });
}

export function backlogLayout(report: Report<BacklogData>, ctx: LayoutContext): Layout {
  const d = report.data;
  const s = ctx.say;
  const level = (n: number) => s('report.levelN', { level: n });
  return {
    title: title(report, ctx),
    meta: [...meta(report, ctx), s('report.snapshotAt', { at: time(ctx, d.at) ?? '' })],
    sections: [
      {
        title: s('report.keyFigures'),
        blocks: [
          keyFigures(report, BACKLOG_METRICS, {
            'backlog.open': s('report.backlogOpen'),
            'backlog.l1': s('report.backlogL1'),
            'backlog.l2': s('report.backlogL2'),
            'backlog.waiting': s('report.backlogWaiting'),
            'backlog.unassigned': s('report.backlogUnassigned'),
            'backlog.oldest': s('report.backlogOldest'),
            'backlog.over-30': s('report.backlogOver30'),
          }),
          text(s('report.backlogNote', { count: d.awaitingAcceptance })),
        ],
      },
      {
        title: s('report.byLevelAndAge'),
        blocks: [
          table(
            [
              col(s('report.colLevel')),
              ...AGE_BUCKETS.map((_, i) => col(ageLabel(ctx, i), 'count')),
              col(s('report.colTotal'), 'count'),
            ],
            [
              ...d.byLevel.map((l) => [level(l.level), ...l.buckets, l.total]),
              [s('report.colTotal'), ...d.totals, d.open],
            ],
            s('report.nothingOpen'),
          ),
          {
            kind: 'chart',
            title: s('report.openByAge'),
            unit: 'count',
            labels: AGE_BUCKETS.map((_, i) => ageLabel(ctx, i)),
            series: d.byLevel.map((l) => ({ name: level(l.level), values: l.buckets })),
          },
        ],
      },
      {
        title: s('report.backlogWaiting'),
        blocks: [
          table(
            [
              col(s('report.colTicket')),
              col(s('report.colCustomer')),
              col(s('report.colLevel')),
              col(s('report.colSince')),
              col(s('report.colDays'), 'days'),
              col(s('report.colTitle')),
            ],
            d.waiting.map((i) => [
              ticket(ctx, i.ticket),
              i.customer,
              `L${i.level}`,
              time(ctx, i.waitingSince),
              i.waitingDays ?? null,
              i.title,
            ]),
            s('report.noneWaiting'),
          ),
        ],
      },
      {
        title: s('report.backlogUnassigned'),
        blocks: [itemTable(d.unassigned, ctx, s('report.everyoneAssigned'))],
      },
      { title: s('report.allOpenOldestFirst'), blocks: [itemTable(d.items, ctx, s('report.nothingOpen'))] },
    ],
  };
}
