import { buildCalendar } from '../core/calendar/business-calendar.js';
import type { StaffMember } from '../core/schema/config.js';
import { may, type Permission } from '../core/permissions/index.js';
import { dayHasCome, earliestSilenceDay, silentClosings, type DailyRules } from '../core/ticket/daily.js';
import type { TicketRecord } from '../core/ticket/ticket-record.js';
import type { Helpdesk } from '../store/helpdesk.js';
import { appendToTickets } from './append-events.js';
import { ticketsInSubject } from '../core/safe-text/commit-message.js';
import { openForChange, type GlobalOptions } from './context.js';

export function dailyRulesOf(hd: Helpdesk): DailyRules {
  const { followUpDays, autoCloseDays } = hd.config.workflow;
  return { calendar: buildCalendar(hd.config.calendar, hd.holidays), followUpDays, autoCloseDays };
}

/**
 * Closes the resolved tickets the customer let pass without a word for desk.yaml's
 * workflow.autoCloseDays business days, as accepted by silence: one commit for all of them, and
 * nothing when none is due (so running it twice changes nothing). Returns the closed ids.
 *
 * `whenDue`: look at every resolved ticket only if the watch kept from the last look
 * (store/cache/silence-watch.ts) says one may be due by now, so that a command changing one
 * ticket does not read them all. `desk housekeeping` always looks at all of them.
 */
export async function closeBySilence(
  hd: Helpdesk,
  actor: StaffMember,
  look: 'all' | 'whenDue' = 'all',
): Promise<string[]> {
  if (hd.config.workflow.autoCloseDays === 0) return [];
  const rules = dailyRulesOf(hd);
  const now = hd.now();
  // the days follow from the calendar and autoCloseDays: a watch kept under other ones is not read
  const key = { calendar: hd.config.calendar, autoCloseDays: rules.autoCloseDays };
  if (look === 'whenDue' && (await noneDueYet(hd, rules, key, now))) return [];
  const head = await hd.silenceWatch.head(); // before the tickets are read: a change after it is seen next time
  const { tickets } = await hd.tickets.inStatus(['resolved']);
  const due = silentClosings(tickets, rules, now).map((c) => c.id);
  const closed = due.length > 0 ? await closeSilent(hd, actor, due, rules, now) : [];
  // The watch describes the tickets as they were at `head`, the due ones still resolved: should
  // HEAD come back to it (desk's commits undone by hand), they are due again. So a close makes
  // the next command look at all of them once more, which finds them closed and moves the watch on.
  if (head) await hd.silenceWatch.keep(key, { head, nextDay: earliestSilenceDay(tickets, rules, null) });
  return closed;
}

async function closeSilent(
  hd: Helpdesk,
  actor: StaffMember,
  due: string[],
  rules: DailyRules,
  now: Date,
): Promise<string[]> {
  const names = await hd.tickets.shortIds(due);
  const added = await appendToTickets(
    hd,
    actor,
    due,
    // under the lock, on the tickets as they are now: another clone may have closed one meanwhile
    (current) => silentClosings([current], rules, now).map((c) => c.payload),
    (closed) =>
      `${ticketsInSubject([...closed.keys()].map((id) => names.get(id) ?? id))}: close as accepted by silence (${rules.autoCloseDays} business days without an answer to the solution)`,
  );
  const ids = [...added.keys()].sort();
  const short = await hd.tickets.shortIds(ids);
  return ids.map((id) => short.get(id) ?? id);
}

/**
 * True when no ticket can be due yet: the watch's day has not come, nor has that of any ticket
 * whose file changed in a commit since (read again here). Anything git cannot say, or a file that
 * does not read, means: look at all of them.
 */
async function noneDueYet(hd: Helpdesk, rules: DailyRules, key: object, now: Date): Promise<boolean> {
  const watch = hd.silenceWatch.read(key);
  const head = watch && (await hd.silenceWatch.head());
  const changed = head && (await hd.silenceWatch.ticketsChangedBetween(watch.head, head));
  if (!changed) return false;
  let tickets: TicketRecord[];
  try {
    tickets = await Promise.all(changed.map((id) => hd.tickets.read(id)));
  } catch {
    return false; // gone or broken: the whole look says what is wrong
  }
  const nextDay = earliestSilenceDay(tickets, rules, watch.nextDay);
  if (nextDay !== null && dayHasCome(nextDay, now, rules.calendar)) return false;
  if (head !== watch.head) await hd.silenceWatch.keep(key, { head, nextDay });
  return true;
}

/**
 * openForChange for commands that work on tickets: what is due by silence is closed first, in a
 * commit of its own — by someone who may close tickets; for anyone else the next one who may does.
 */
export async function openForTicketWork(
  opts: GlobalOptions,
  permission: Permission,
): Promise<{ hd: Helpdesk; actor: StaffMember }> {
  const opened = await openForChange(opts, permission);
  if (may(opened.hd.config, opened.actor, 'ticket.work')) await closeBySilence(opened.hd, opened.actor, 'whenDue');
  return opened;
}
