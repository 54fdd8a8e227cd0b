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
import { keptPerCustomer } from '../store/cache/per-customer.js';
import type { Customer } from '../core/schema/customer.js';
import type { CustomerTime } from '../core/billing/from-tickets.js';
import { createHash } from 'node:crypto';

/**
 * What `desk notify` reads to know what is due: the tickets in support (from the ticket index,
 * whole), tickets handed off within the look-back (picked by the index, the others not read),
 * the customers, and this period's usage of the customers whose contract has a quota (kept
 * between runs per customer, computed again when a ticket it counts changed). Nothing else:
 * with nothing due, a run at a hundred thousand tickets reads little more than `desk queue`.
 */
export async function loadDue(hd: Helpdesk): Promise<{ due: Notification[]; problems: Problem[] }> {
  const now = hd.now();
  const settings = hd.config.notify ?? DEFAULT_NOTIFY;
  const today = localDay(now, hd.timeZone);
  const since = now.getTime() - settings.lookbackDays * 86_400_000;
  const [{ tickets, problems }, handed, source, { customers, problems: customerProblems }] = await Promise.all([
    hd.tickets.inStatus(IN_SUPPORT),
    // only the hand-offs within the look-back: the index picks them without reading the others
    hd.tickets.changedSince(['handed-off'], new Date(since)),
    hd.sla(),
    hd.customers.all(),
  ]);
  const recentHandoffs: TicketRecord[] = handed.tickets.filter((t) => Date.parse(t.state.updatedAt) >= since);
  const all = [...tickets, ...recentHandoffs];
  const rules = {
    calendar: source.book.calendar,
    followUpDays: hd.config.workflow.followUpDays,
    autoCloseDays: hd.config.workflow.autoCloseDays,
  };
  const due: DueTicket[] = all.map((record) => ({
    record,
    ...(IN_SUPPORT.includes(record.state.status) && { reaction: source.reactionOf(record, now) }),
    followUpDay: followUpDay(record.state, rules),
  }));
  const notifications = dueNotifications({
    now,
    today,
    timeZone: hd.timeZone,
    staff: hd.config.staff,
    reactionWarningMinutes: settings.reactionWarningMinutes,
    lookbackDays: settings.lookbackDays,
    tickets: due,
    customers,
    quotas: await quotaUse(hd, customers, today),
  });
  return { due: notifications, problems: [...problems, ...handed.problems, ...customerProblems] };
}

/**
 * Gives `notifications` their tickets' short forms (ticketShort). A short form needs the names of
 * the ticket's shard folder, so it is asked only for what is shown or sent: a run with nothing
 * new asks for none.
 */
export async function withShortIds(hd: Helpdesk, notifications: readonly Notification[]): Promise<void> {
  const wanted = notifications.filter((n) => n.ticket && !n.ticketShort);
  if (wanted.length === 0) return;
  const short = await hd.tickets.shortIds([...new Set(wanted.map((n) => n.ticket!))]);
  for (const n of wanted) n.ticketShort = short.get(n.ticket!) ?? n.ticket;
}

/**
 * This period's quota (service contract) or minimum (commitment) against what was used, per
 * customer that has one. Kept per customer in .desk/ under a key naming all it follows from —
 * the customer's file as read, the day, the billing settings and a fingerprint of the ticket
 * rows billing reads for it (cache/per-customer.ts) — so a run reads the time entries only of
 * the customers whose tickets changed since the last run.
 */
async function quotaUse(hd: Helpdesk, customers: ReadonlyMap<string, Customer>, today: string): Promise<QuotaUse[]> {
  const watched = [...customers.values()].filter((c) => {
    if (!c.projectLead && !c.salesRep) return false;
    const contract = activeContract(c, today);
    return contract?.kind === 'service' || contract?.kind === 'commitment';
  });
  if (watched.length === 0) return [];
  // only the tickets reaching into the quarter before today: a period's usage, a carried-over minimum and a
  // pool window need no older ones, and a hundred thousand tickets' entries are not read every few minutes
  const from = addDays(today, -100);
  const since = new Map(watched.map((c) => [c.id, from]));
  const compute = async (ids: readonly string[]): Promise<Map<string, QuotaUse[]>> => {
    const { byCustomer } = await hd.tickets.billingSince(new Map(ids.map((id) => [id, from])));
    return new Map(ids.map((id) => [id, usageOf(hd, customers.get(id)!, byCustomer.get(id), today)]));
  };
  const prints = await hd.tickets.billingSinceFingerprints(since);
  const settings = JSON.stringify([today, hd.config.billing.listRate, hd.config.billing.increment]);
  const byCustomer = prints
    ? await keptPerCustomer(
        hd.root,
        'quota-use',
        new Map(
          watched.map((c) => [
            c.id,
            createHash('sha256')
              .update(settings)
              .update(JSON.stringify(c))
              .update(prints.get(c.id)!)
              .digest('base64url'),
          ]),
        ),
        compute,
      )
    : await compute(watched.map((c) => c.id));
  return watched.flatMap((c) => byCustomer.get(c.id) ?? []);
}

function usageOf(hd: Helpdesk, customer: Customer, own: CustomerTime | undefined, today: string): QuotaUse[] {
  const out: QuotaUse[] = [];
  for (const { contract, period } of customerPeriodsBetween(customer, { from: today, to: today })) {
    const s = settle({
      customer,
      contract,
      period,
      ...(own ?? { entries: [], tickets: [] }),
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
  return out;
}
