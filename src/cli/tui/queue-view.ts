import { serviceMinutesBetween, type BusinessCalendar } from '../../core/calendar/business-calendar.js';
import { forTerminalLine } from '../../core/safe-text/index.js';
import { STATUSES, type Status } from '../../core/ticket/vocabulary.js';
import { language, t, type Key } from '../../i18n/index.js';
import { describeSpan } from '../../i18n/format.js';

/**
 * What `desk tui` shows of the queue (`desk queue --json`, docs/json.md): the rows a filter
 * keeps, and each row as one line of a given width. Pure: the screen code only draws these.
 */
export interface QueueRow {
  id: string;
  short: string;
  title: string;
  customer: string;
  status: string;
  level: number;
  priority: string | null;
  assignee: string | null;
  tags: string[];
  mine: boolean;
  awaiting: boolean;
  need: string;
  sla: { reaction: { deadline: string | null; remainingMinutes: number | null; overdueMinutes: number | null } } | null;
}

export interface Filter {
  mine: boolean;
  level?: 1 | 2;
  customer?: string;
  tag?: string;
}

export const NO_FILTER: Filter = { mine: false };

export function keep(rows: readonly QueueRow[], f: Filter): QueueRow[] {
  return rows.filter(
    (r) =>
      (!f.mine || r.mine) &&
      (f.level === undefined || r.level === f.level) &&
      (f.customer === undefined || r.customer === f.customer) &&
      (f.tag === undefined || r.tags.includes(f.tag)),
  );
}

export function describeFilter(f: Filter): string {
  const parts = [
    t(f.mine ? 'tuiWords.filterMine' : 'tuiWords.filterTeam'),
    f.level && t('tuiWords.filterLevel', { level: f.level }),
    f.customer && t('tuiWords.filterCustomer', { customer: f.customer }),
    f.tag && t('tuiWords.filterTag', { tag: f.tag }),
  ];
  return parts.filter(Boolean).join(', ');
}

/**
 * The time to the reaction deadline at `now`, in service time as `desk queue` counts it, counted
 * from the deadline the queue gave: the screen counts down without reading the repository again.
 * Whole minutes, as shown: the minutes left rounded up (one second left is "due in 1m"), those
 * overdue rounded down. Without a calendar (plain figures), the queue's own figures.
 */
export function dueText(r: QueueRow, clock?: Clock): string {
  const left = minutesLeft(r, clock);
  if (left === undefined) return needText(r.need);
  return left <= 0
    ? t('tuiWords.overdue', { time: hm(Math.floor(-left)) })
    : t('tuiWords.dueIn', { time: hm(Math.ceil(left)) });
}

/** The same as a screen reader says it: `Reaktion fällig in 1 Std. 20 Min.` */
function spokenDue(r: QueueRow, clock?: Clock): string {
  const left = minutesLeft(r, clock);
  if (left === undefined) return needText(r.need);
  // German reads `1 Std. 20 Min.` aloud; English keeps the figures it always showed
  const time = (minutes: number) => (language() === 'de' ? describeSpan(minutes) : hm(minutes));
  return left <= 0
    ? t('tuiWords.spokenOverdue', { time: time(Math.floor(-left)) })
    : t('tuiWords.spokenDueIn', { time: time(Math.ceil(left)) });
}

/** Service minutes to the reaction deadline (negative: overdue); undefined when there is none. */
function minutesLeft(r: QueueRow, clock?: Clock): number | undefined {
  const reaction = r.sla?.reaction;
  if (!reaction || (reaction.remainingMinutes === null && reaction.overdueMinutes === null)) return undefined;
  return clock && reaction.deadline
    ? serviceMinutesBetween(clock.calendar, clock.now, new Date(reaction.deadline))
    : reaction.overdueMinutes !== null
      ? -reaction.overdueMinutes
      : (reaction.remainingMinutes ?? 0);
}

/** The service calendar and the moment to count deadlines at. */
export interface Clock {
  calendar: BusinessCalendar;
  now: Date;
}

/** Whether the reaction deadline has passed at the clock's moment. */
export const isOverdue = (r: QueueRow, clock?: Clock): boolean => {
  const left = minutesLeft(r, clock);
  return left === undefined ? r.need === 'overdue' : left <= 0;
};

const NEEDS: Record<string, Key> = {
  overdue: 'tuiWords.needOverdue',
  unanswered: 'tuiWords.needUnanswered',
  returned: 'tuiWords.needReturned',
  'customer-wrote': 'tuiWords.needCustomerWrote',
  'follow-up': 'tuiWords.needFollowUp',
  'in-progress': 'tuiWords.needInProgress',
  acceptance: 'tuiWords.needAcceptance',
  unassigned: 'tuiWords.needUnassigned',
};
const needText = (need: string) => (NEEDS[need] ? t(NEEDS[need]) : need);

function hm(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h ? `${h}h${String(m).padStart(2, '0')}` : `${m}m`;
}

/** One row in `width` columns: mark, id, due, status, level, customer, title (cut to fit). */
export function rowLine(r: QueueRow, width: number, clock?: Clock): string {
  const due = dueText(r, clock);
  const mark = isOverdue(r, clock) ? '!' : ' ';
  const head = `${mark} ${r.short.padEnd(8)} ${due.padEnd(15)} ${statusWord(r.status).padEnd(9)} L${r.level} ${safe(r.customer).slice(0, 12).padEnd(12)} `;
  return cut(head + safe(r.title), width);
}

/** The same row as a sentence, for the plain mode a screen reader reads. */
export function rowSentence(r: QueueRow, index: number, count: number, clock?: Clock): string {
  return t('tuiWords.rowSentence', {
    index: index + 1,
    count,
    ticket: r.short,
    due: spokenDue(r, clock),
    status: statusWord(r.status),
    level: r.level,
    customer: safe(r.customer),
    assignee: r.assignee ? safe(r.assignee) : 'none',
    title: safe(r.title),
  });
}

/** A status as the reader names it (the queue's JSON keeps the value). */
const statusWord = (status: string) => (STATUSES.includes(status as Status) ? t(`status.${status as Status}`) : status);

/** Customers' words from the queue's JSON (where escapes come back as characters): shown, never run. */
const safe = (text: string) => forTerminalLine(text);

export function cut(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

/** Text folded at spaces to `width` columns (the ticket pane), long words cut. */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let rest = line;
    while ([...rest].length > width) {
      const chars = [...rest];
      const space = chars.slice(0, width + 1).lastIndexOf(' ');
      const at = space > width / 3 ? space : width;
      out.push(chars.slice(0, at).join('').trimEnd());
      rest = chars.slice(at).join('').trimStart();
    }
    out.push(rest);
  }
  return out;
}
