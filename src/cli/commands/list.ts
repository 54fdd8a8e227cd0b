import { sortByUrgency } from '../../core/ticket/urgency.js';
import { t, text, type Key } from '../../i18n/index.js';
import type { TicketSummary } from '../../store/helpdesk.js';
import { CATEGORIES, IN_SUPPORT, STATUSES, type Status } from '../../core/ticket/vocabulary.js';
import { usage } from '../../core/errors.js';
import { byDeadline, pendingDeadline, type TicketSla } from '../../core/sla/index.js';
import type { Helpdesk } from '../../store/helpdesk.js';
import { localTime, timeLeft } from '../../render/terminal/sla-text.js';
import { openHelpdesk, type GlobalOptions } from '../context.js';
import { print, printJson, warn } from '../output.js';
import { paint, paintErr, table } from '../../render/terminal/style.js';
import { pageFor } from '../pager.js';
import { colourStatus, shortTime } from '../../render/terminal/ticket-text.js';
import { forTerminalLine as line } from '../../core/safe-text/index.js';
import { oneOf } from './qualification.js';
import { io } from '../../io/context.js';

export interface ListFlags extends GlobalOptions {
  status?: string;
  level?: string;
  customer?: string;
  assignee?: string;
  category?: string;
  product?: string;
  mine?: boolean;
  all?: boolean;
  tag?: string[];
  sort?: 'urgency' | 'deadline';
  json?: boolean;
  ids?: boolean;
}

export type FilterFlags = Omit<ListFlags, 'sort' | 'json' | 'ids'>;

/** The filters `desk list` and `desk search` share: the statuses to read and a test for each summary. */
export async function ticketFilter(
  hd: Helpdesk,
  o: FilterFlags,
): Promise<{ statuses: readonly Status[]; matches: (s: TicketSummary) => boolean }> {
  const statuses = o.status
    ? o.status.split(',').map((s) => oneOf(s.trim(), STATUSES, '--status'))
    : o.all
      ? STATUSES
      : IN_SUPPORT;
  const level = o.level === undefined ? undefined : Number(oneOf(o.level, ['1', '2'], '--level'));
  const category = o.category === undefined ? undefined : oneOf(o.category, CATEGORIES, '--category');
  const assignee = o.mine ? (await hd.identify(o.as, io().env)).id : o.assignee;
  if (o.assignee && !hd.staffMember(o.assignee)) hd.requireStaff(o.assignee, '--assignee');
  if (o.customer) await hd.customer(o.customer);
  if (o.mine && o.assignee) throw usage(text('queue.mineAndAssignee'));
  const tags = (o.tag ?? []).map((t) => t.replace(/^\+/, ''));
  return {
    statuses,
    matches: (s) =>
      (level === undefined || s.level === level) &&
      (!o.customer || s.customer === o.customer) &&
      (!assignee || s.assignee === assignee) &&
      (!category || s.category === category) &&
      (!o.product || s.product === o.product || `${s.product}/${s.module}` === o.product) &&
      tags.every((t) => (s.tags ?? []).includes(t)),
  };
}

/** `desk list`: the open tickets, most urgent first, oldest first within a priority. */
export async function list(o: ListFlags): Promise<void> {
  const hd = await openHelpdesk(o);
  const { statuses, matches } = await ticketFilter(hd, o);
  const { summaries, problems } = await hd.tickets.summaries(statuses);
  const rows = summaries.filter(matches);
  sortByUrgency(rows);
  const due = o.sort === 'deadline' ? await sortByDeadline(hd, statuses, rows) : undefined;
  const short = await hd.tickets.shortIds(rows.map((s) => s.id));
  for (const p of problems) warn(`${paintErr.yellow(t('queue.skipped'))} ${p.file}: ${p.field}: ${p.message}\n`);

  if (o.json) {
    await printJson(rows.map((s) => ({ ...listed(s), short: short.get(s.id) })));
    return;
  }
  // for batches: desk list ... --ids | desk tag +urgent
  if (o.ids) {
    if (rows.length) await print(rows.map((s) => s.id).join('\n'));
    return;
  }
  if (rows.length === 0) {
    await print(t('queue.noMatch'));
    return;
  }
  if (o.all) await pageFor(hd, o); // every ticket ever: more than a screen
  if (due) {
    await print(deadlineTable(rows, due, short, hd.timeZone));
    return;
  }
  await print(
    table(
      rows.map((s) => [
        short.get(s.id) ?? s.id,
        colourStatus(s.status),
        t('queue.levelShort', { level: s.level }),
        s.priority ? t(`priority.${s.priority}`) : '-',
        s.customer,
        line(s.assignee ?? '-'),
        s.category ? t(`category.${s.category}`) : '-',
        shortTime(s.receivedAt),
        `${line(s.title)}${s.tags?.length ? ` ${paint.dim(s.tags.map((t) => `#${t}`).join(' '))}` : ''}`,
      ]),
      columns(
        'colId',
        'colStatus',
        'colLevel',
        'colPrio',
        'colCustomer',
        'colAssignee',
        'colCategory',
        'colReceived',
        'colTitle',
      ),
    ),
  );
}

/** Reorders `rows` in place by reaction deadline (the unanswered first) and returns each one's status. */
async function sortByDeadline(
  hd: Helpdesk,
  statuses: readonly Status[],
  rows: TicketSummary[],
): Promise<Map<string, TicketSla>> {
  const [source, { tickets }] = await Promise.all([hd.sla(), hd.tickets.inStatus(statuses)]);
  const chosen = new Set(rows.map((s) => s.id));
  const sorted = source
    .rowsOf(
      tickets.filter((t) => chosen.has(t.id)),
      hd.now(),
    )
    .sort(byDeadline);
  rows.splice(0, rows.length, ...sorted.map((r) => r.state));
  return new Map(sorted.map((r) => [r.state.id, r.sla]));
}

function deadlineTable(
  rows: readonly TicketSummary[],
  due: ReadonlyMap<string, TicketSla>,
  short: ReadonlyMap<string, string>,
  timeZone: string,
): string {
  return table(
    rows.map((s) => {
      const sla = due.get(s.id) as TicketSla;
      const deadline = pendingDeadline(sla);
      return [
        short.get(s.id) ?? s.id,
        deadline ? localTime(deadline, timeZone) : '-',
        timeLeft(sla.reaction),
        colourStatus(s.status),
        t('queue.levelShort', { level: s.level }),
        s.priority ? t(`priority.${s.priority}`) : '-',
        s.customer,
        line(s.assignee ?? '-'),
        line(s.title),
      ];
    }),
    columns('colId', 'colDue', 'colLeft', 'colStatus', 'colLevel', 'colPrio', 'colCustomer', 'colAssignee', 'colTitle'),
  );
}

/** A table's header in the reader's words. */
const columns = (...keys: ColumnKey[]) => keys.map((k) => t(`queue.${k}`));
type ColumnKey = Extract<Key, `queue.col${string}`> extends `queue.${infer K}` ? K : never;

/** The documented JSON shape of a ticket in lists (docs/json.md). */
export function listed(s: TicketSummary) {
  return {
    id: s.id,
    title: s.title,
    customer: s.customer,
    status: s.status,
    level: s.level,
    category: s.category ?? null,
    product: s.product ?? null,
    module: s.module ?? null,
    priority: s.priority ?? null,
    assignee: s.assignee ?? null,
    tags: s.tags ?? [],
    closure: s.closure ?? null,
    receivedAt: s.receivedAt,
    updatedAt: s.updatedAt,
  };
}
