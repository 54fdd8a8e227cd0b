import { activeContract, customerPeriodsBetween, settle } from '../core/billing/index.js';
import { addDays } from '../core/billing/dates.js';
import { dueNotifications, type DueTicket, type Notification, type QuotaUse } from '../core/notify/due.js';
import { DEFAULT_NOTIFY } from '../core/schema/notify.js';
import { followUpDay } from '../core/ticket/daily.js';
import type { TicketRecord } from '../core/ticket/ticket-record.js';
import { IN_SUPPORT } from '../core/ticket/vocabulary.js';
import { localDay } from '../core/time.js';
import type { Problem } from '../core/files/yaml-text.js';
import type { Helpdesk } from '../store/helpdesk.js';

/**
 * What `desk notify` reads to know what is due: the tickets in support (from the ticket index,
 * whole), tickets handed off within the look-back, the customers, and this period's usage of
 * the customers whose contract has a quota. Nothing else: with nothing due, a run at a hundred
 * thousand tickets reads little more than `desk queue` does.
 */
export async function loadDue(hd: Helpdesk): Promise<{ due: Notification[]; problems: Problem[] }> {
  const now = hd.now();
  const settings = hd.config.notify ?? DEFAULT_NOTIFY;
  const today = localDay(now, hd.timeZone);
  const since = now.getTime() - settings.lookbackDays * 86_400_000;
  const [{ tickets, problems }, handed, source, { customers, problems: customerProblems }] = await Promise.all([
    hd.tickets.inStatus(IN_SUPPORT),
    hd.tickets.summaries(['handed-off']),
    hd.sla(),
    hd.customers.all(),
  ]);
  const recentHandoffs: TicketRecord[] = [];
  for (const s of handed.summaries)
    if (Date.parse(s.updatedAt) >= since) recentHandoffs.push(await hd.tickets.read(s.id));
  const all = [...tickets, ...recentHandoffs];
  const short = await hd.tickets.shortIds(all.map((t) => t.id));
  const rules = {
    calendar: source.book.calendar,
    followUpDays: hd.config.workflow.followUpDays,
    autoCloseDays: hd.config.workflow.autoCloseDays,
  };
  const due: DueTicket[] = all.map((record) => ({
    record,
    short: short.get(record.id) ?? record.id,
    ...(IN_SUPPORT.includes(record.state.status) && { sla: source.slaOf(record, now) }),
    followUpDay: followUpDay(record.state, rules),
  }));
  return {
    due: dueNotifications({
      now,
      today,
      timeZone: hd.timeZone,
      staff: hd.config.staff,
      reactionWarningMinutes: settings.reactionWarningMinutes,
      lookbackDays: settings.lookbackDays,
      tickets: due,
      customers,
      quotas: await quotaUse(hd, customers, today),
    }),
    problems: [...problems, ...handed.problems, ...customerProblems],
  };
}

/** This period's quota (service contract) or minimum (commitment) against what was used, per customer that has one. */
async function quotaUse(
  hd: Helpdesk,
  customers: ReadonlyMap<string, import('../core/schema/customer.js').Customer>,
  today: string,
): Promise<QuotaUse[]> {
  const watched = [...customers.values()].filter((c) => {
    if (!c.projectLead && !c.salesRep) return false;
    const contract = activeContract(c, today);
    return contract?.kind === 'service' || contract?.kind === 'commitment';
  });
  if (watched.length === 0) return [];
  // only the tickets reaching into the quarter before today: a period's usage, a carried-over minimum and a
  // pool window need no older ones, and a hundred thousand tickets' entries are not read every few minutes
  const from = addDays(today, -100);
  const { byCustomer } = await hd.tickets.billingSince(new Map(watched.map((c) => [c.id, from])));
  const out: QuotaUse[] = [];
  for (const customer of watched) {
    const own = byCustomer.get(customer.id) ?? { entries: [], tickets: [] };
    for (const { contract, period } of customerPeriodsBetween(customer, { from: today, to: today })) {
      const s = settle({
        customer,
        contract,
        period,
        ...own,
        listRate: hd.config.billing.listRate,
        increment: hd.config.billing.increment,
      });
      const figures = s.quota
        ? { included: s.quota.included, used: s.quota.used }
        : s.commitment
          ? { included: s.commitment.available, used: s.commitment.used }
          : undefined;
      if (figures) out.push({ customer: customer.id, period: s.period.label, ...figures });
    }
  }
  return out;
}
