import { buildCalendar } from '../core/calendar/business-calendar.js';
import type { StaffMember } from '../core/schema/config.js';
import { may, type Permission } from '../core/permissions/index.js';
import { silentClosings, type DailyRules } from '../core/ticket/daily.js';
import type { Helpdesk } from '../store/helpdesk.js';
import { appendToTickets } from './append-events.js';
import { openForChange, type GlobalOptions } from './context.js';

export function dailyRulesOf(hd: Helpdesk): DailyRules {
  const { followUpDays, autoCloseDays } = hd.config.workflow;
  return { calendar: buildCalendar(hd.config.calendar, hd.holidays), followUpDays, autoCloseDays };
}

/**
 * Closes the resolved tickets the customer let pass without a word for desk.yaml's
 * workflow.autoCloseDays business days, as accepted by silence: one commit for all of them, and
 * nothing when none is due (so running it twice changes nothing). Returns the closed ids.
 */
export async function closeBySilence(hd: Helpdesk, actor: StaffMember): Promise<string[]> {
  if (hd.config.workflow.autoCloseDays === 0) return [];
  const rules = dailyRulesOf(hd);
  const now = hd.now();
  const { tickets } = await hd.tickets.inStatus(['resolved']);
  const due = silentClosings(tickets, rules, now).map((c) => c.id);
  if (due.length === 0) return [];
  const names = await hd.tickets.shortIds(due);
  const added = await appendToTickets(
    hd,
    actor,
    due,
    // under the lock, on the tickets as they are now: another clone may have closed one meanwhile
    (current) => silentClosings([current], rules, now).map((c) => c.payload),
    (closed) =>
      `${[...closed.keys()].map((id) => names.get(id) ?? id).join(', ')}: close as accepted by silence (${rules.autoCloseDays} business days without an answer to the solution)`,
  );
  const ids = [...added.keys()].sort();
  const short = await hd.tickets.shortIds(ids);
  return ids.map((id) => short.get(id) ?? id);
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
  if (may(opened.hd.config, opened.actor, 'ticket.work')) await closeBySilence(opened.hd, opened.actor);
  return opened;
}
