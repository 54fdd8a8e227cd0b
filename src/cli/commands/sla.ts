import { requireDuration } from '../../core/duration.js';
import { t, text } from '../../i18n/index.js';
import { formatDay } from '../../i18n/format.js';
import { DeskError, invalid, refused } from '../../core/errors.js';
import type { Problem } from '../../core/files/yaml-text.js';
import {
  awaitingList,
  isOpenForSupport,
  levelsOf,
  pendingDeadline,
  reactionBreached,
  workList,
  type QueueRow,
  type SlaRow,
} from '../../core/sla/index.js';
import { IN_SUPPORT, STATUSES, type Status } from '../../core/ticket/vocabulary.js';
import { localDate } from '../../core/calendar/business-days.js';
import { customerAwaitsAnswer, followUpDay, silenceDay, type DailyRules } from '../../core/ticket/daily.js';
import type { Helpdesk } from '../../store/helpdesk.js';
import { openHelpdesk, type GlobalOptions } from '../context.js';
import { print, printJson, warn as warnLine } from '../output.js';
import { paint, paintErr, table } from '../../render/terminal/style.js';
import { breachMark, localTime, queueHeading, slaJson, timeLeft } from '../../render/terminal/sla-text.js';
import { colourStatus } from '../../render/terminal/ticket-text.js';
import { listed } from './list.js';
import { UNKNOWN_CUSTOMER } from '../../core/ticket/vocabulary.js';
import { mailQueueSections } from '../../render/terminal/mail-queue.js';
import { forTerminalLine as line } from '../../core/safe-text/index.js';
import { io } from '../../io/context.js';

/** Tickets support still works on (the queue and the SLA view show no others). */
const OPEN_FOR_SUPPORT: readonly Status[] = STATUSES.filter((s) => isOpenForSupport({ status: s }));

/** Every ticket in `statuses` with its reaction and resolution status as of the helpdesk's now. */
async function loadRows(o: GlobalOptions, statuses: readonly Status[] = OPEN_FOR_SUPPORT) {
  const hd = await openHelpdesk(o);
  const [{ tickets, problems }, source] = await Promise.all([hd.tickets.inStatus(statuses), hd.sla()]);
  warn([...problems, ...source.problems]);
  const now = hd.now();
  const view: View = {
    short: await hd.tickets.shortIds(tickets.map((t) => t.id)),
    timeZone: hd.timeZone,
    // a request from an unknown sender has no customer and so no agreement yet: not an unreadable file
    known: (customer) => customer === UNKNOWN_CUSTOMER || source.hasCustomer(customer),
  };
  return { hd, now, rows: source.rowsOf(tickets, now), view, source, tickets };
}

/** What rendering needs besides the rows; a ticket of an unreadable customer has unknown figures, not none. */
interface View {
  short: ReadonlyMap<string, string>;
  timeZone: string;
  known: (customer: string) => boolean;
}

function warn(problems: readonly Problem[]): void {
  for (const p of problems) warnLine(`${paintErr.yellow(t('queue.skipped'))} ${p.file}: ${p.field}: ${p.message}\n`);
}

function render<R extends SlaRow>(rows: readonly R[], view: View, need?: (row: R) => string): string {
  return table(
    rows.map((row) => {
      const { state: s, sla } = row;
      const due = pendingDeadline(sla);
      const left = need
        ? need(row)
        : view.known(s.customer)
          ? timeLeft(sla.reaction)
          : paint.yellow(t('queue.unknownCustomer'));
      return [
        breachMark(sla),
        view.short.get(s.id) ?? s.id,
        due ? localTime(due, view.timeZone) : '-',
        left,
        s.priority ? t(`priority.${s.priority}`) : '-',
        colourStatus(s.status),
        t('queue.levelShort', { level: s.level }),
        s.customer,
        line(s.assignee ?? '-'),
        line(s.title),
      ];
    }),
    [
      '',
      t('queue.colId'),
      t('queue.colDue'),
      t(need ? 'queue.colNeeds' : 'queue.colLeft'),
      t('queue.colPrio'),
      t('queue.colStatus'),
      t('queue.colLevel'),
      t('queue.colCustomer'),
      t('queue.colAssignee'),
      t('queue.colTitle'),
    ],
  );
}

/** The NEEDS column of the queue: what the person has to do with the ticket now. */
function describeNeed(row: QueueRow, view: View, closesOn: string | undefined, followUpOn: string | undefined): string {
  const silence = closesOn ? t('queue.closesBySilence', { day: formatDay(closesOn) }) : '';
  switch (row.need) {
    case 'overdue':
    case 'unanswered':
      return view.known(row.state.customer) ? timeLeft(row.sla.reaction) : paint.yellow(t('queue.unknownCustomer'));
    case 'returned':
      return t('queue.returned', { silence });
    case 'customer-wrote':
      return paint.yellow(t('queue.customerWroteBack'));
    case 'follow-up':
      return t('queue.followUp', { day: followUpOn ? formatDay(followUpOn) : '' });
    case 'acceptance':
      return t('queue.awaitingAcceptance', { silence });
    case 'in-progress':
    case 'unassigned':
      return row.sla.reaction.kind === 'breached' ? timeLeft(row.sla.reaction) : t('queue.answered');
  }
}

function dailyRules(hd: Helpdesk, calendar: DailyRules['calendar']): DailyRules {
  const { followUpDays, autoCloseDays } = hd.config.workflow;
  return { calendar, followUpDays, autoCloseDays };
}

const asJson = ({ state, sla }: SlaRow, view: View) => ({
  ...listed(state),
  short: view.short.get(state.id),
  sla: view.known(state.customer) ? slaJson(sla, view.timeZone) : null,
});

/**
 * `desk queue` (and `desk` alone in a terminal): the acting person's work list at their levels,
 * theirs first, then the unassigned; the unanswered by reaction deadline.
 */
export async function queue(o: GlobalOptions & { json?: boolean }): Promise<void> {
  const { hd, now, rows, view, tickets, source } = await loadRows(o, IN_SUPPORT);
  const me = await hd.identify(o.as, io().env);
  const levels = levelsOf(me.roles);
  if (levels.length === 0) {
    throw refused(text('queue.notAtALevel', { id: me.id, roles: me.roles.join(', ') }), text('queue.notAtALevelHint'));
  }
  const rules = dailyRules(hd, source.book.calendar);
  const events = new Map(tickets.map((t) => [t.id, t.events]));
  const mine = workList(rows, me, now, {
    today: localDate(rules.calendar, now),
    followUpDay: (s) => followUpDay(s, rules),
    customerAnswered: (s) => customerAwaitsAnswer(s, events.get(s.id) ?? []),
  });
  const closesOn = (row: QueueRow) => silenceDay(row.state, events.get(row.state.id) ?? [], rules);
  const mail = mailQueueSections(
    rows.map((r) => r.state),
    me,
    view.short,
  );
  if (o.json) {
    await printJson(
      mine.map((row) => ({
        ...asJson(row, view),
        mine: row.mine,
        awaiting: row.awaiting,
        need: row.need,
        ...(row.need === 'follow-up' && { followUpOn: followUpDay(row.state, rules) }),
        ...(row.state.status === 'resolved' && { closesBySilenceOn: closesOn(row) ?? null }),
      })),
    );
    return;
  }
  const heading = paint.dim(queueHeading(me, now, hd.timeZone));
  if (mine.length === 0) {
    await print([`${heading}\n${t('queue.empty')}`, ...mail].join('\n'));
    return;
  }
  const waiting = mine.filter((r) => r.awaiting).length;
  const needText = (row: QueueRow) => describeNeed(row, view, closesOn(row), followUpDay(row.state, rules));
  await print(
    [
      `${heading}\n${render(mine, view, needText)}\n\n${t('queue.total', { count: mine.length, waiting })}`,
      ...mail,
    ].join('\n'),
  );
}

export interface SlaFlags extends GlobalOptions {
  within?: string;
  breached?: boolean;
  json?: boolean;
  failOnBreach?: boolean;
}

/** `desk sla`: open tickets awaiting a reaction; with --fail-on-breach exit 3 when any is breached. */
export async function sla(o: SlaFlags): Promise<void> {
  const withinMinutes = o.within === undefined ? undefined : requireDuration(o.within, '--within');
  const { hd, now, rows, view, source } = await loadRows(o);
  const awaiting = awaitingList(rows, now, { withinMinutes, breachedOnly: o.breached });
  // An unreadable customer file could hide a breach: a check for CI must not pass then.
  const unknown = awaitingList(rows, now).find((r) => !view.known(r.state.customer));
  if (unknown) {
    const file = hd.customers.file(unknown.state.customer);
    const problem = source.problems.find((p) => p.file === file);
    const why = problem
      ? `${file}: ${problem.field}: ${problem.message}`
      : text('queue.noCustomerFile', { customer: unknown.state.customer, file });
    throw invalid(
      text('queue.cannotTell', { id: view.short.get(unknown.state.id) ?? unknown.state.id, why }),
      text('queue.fixTheFile'),
    );
  }
  const breached = awaiting.filter((r) => reactionBreached(r.sla.reaction)).length;
  if (o.json) await printJson(awaiting.map((row) => asJson(row, view)));
  else if (awaiting.length === 0)
    await print(t('queue.noneAwaiting', { within: o.within ?? 'none', breached: o.breached ? 'yes' : 'no' }));
  else
    await print(
      `${render(awaiting, view)}\n\n${t('queue.awaitingTotal', { count: awaiting.length, breached, time: localTime(now, hd.timeZone) })}`,
    );
  if (o.failOnBreach && breached > 0) {
    throw new DeskError(
      'threshold',
      text('queue.breachedThreshold', { count: breached }),
      text('queue.breachedThresholdHint'),
    );
  }
}
