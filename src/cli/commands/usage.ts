import { customerPeriodsBetween, parsePeriod, settle, type Statement } from '../../core/billing/index.js';
import { formatDuration } from '../../core/duration.js';
import { displayMoney } from '../../core/money.js';
import { localDay } from '../../core/time.js';
import { openForChange, openHelpdesk, type GlobalOptions } from '../context.js';
import { usage as usageError } from '../../core/errors.js';
import { planUsageMails, sendUsageMails } from '../../notify/usage-statements.js';
import { t } from '../../i18n/index.js';
import { print, printJson } from '../output.js';
import { paint, table } from '../../render/terminal/style.js';
import { forTerminalLine as line } from '../../core/safe-text/index.js';

/**
 * `desk usage CUSTOMER [--period P]`: the statement a project lead discusses with the customer
 * (Auslastung), one per contract period the range touches.
 */
export async function usage(
  customerId: string | undefined,
  o: GlobalOptions & { period?: string; json?: boolean; send?: boolean; to?: string; all?: boolean; dryRun?: boolean },
): Promise<void> {
  if (o.send || o.all) return sendStatements(customerId, o);
  if (!customerId)
    throw usageError(
      'name the customer: desk usage CUSTOMER',
      'or mail every statement: desk usage --all --period P --send',
    );
  const hd = await openHelpdesk(o);
  const customer = await hd.customer(customerId);
  const range = parsePeriod(o.period ?? localDay(hd.now(), hd.timeZone).slice(0, 7));
  const own = (await hd.tickets.billing([customer.id])).byCustomer.get(customer.id) ?? {
    entries: [],
    tickets: [],
  };
  const input = { customer, ...own, listRate: hd.config.billing.listRate, increment: hd.config.billing.increment };
  const statements = customerPeriodsBetween(customer, range).map(({ contract, period }) =>
    settle({ ...input, contract, period }),
  );
  if (o.json) {
    await printJson({ customer: customer.id, period: range, statements });
    return;
  }
  const short = await hd.tickets.shortIds([...new Set(statements.flatMap((s) => s.byTicket.map((t) => t.ticketId)))]);
  const blocks = statements.map((s) => render(s, line(customer.name), short));
  await print(blocks.join(`\n${'─'.repeat(60)}\n`));
}

/** `desk usage CUSTOMER --period P --send [--to CONTACT]` and `desk usage --all --period P --send`. */
async function sendStatements(
  customerId: string | undefined,
  o: GlobalOptions & { period?: string; json?: boolean; send?: boolean; to?: string; all?: boolean; dryRun?: boolean },
): Promise<void> {
  if (!o.send) throw usageError('--all goes with --send', 'desk usage --all --period 2026-11 --send');
  if (!o.period) throw usageError('--period is missing', 'say which statement to send, e.g. --period 2026-11');
  if (o.all === Boolean(customerId))
    throw usageError('name one customer or give --all, not both', 'desk usage acme --period 2026-11 --send');
  if (o.all && o.to) throw usageError('--to names a contact of one customer: not with --all', 'drop --to');
  const { hd, actor } = o.dryRun
    ? { hd: await openHelpdesk(o), actor: undefined }
    : await openForChange(o, 'usage.send');
  const customers = o.all ? [...(await hd.customers.all()).customers.values()] : [await hd.customer(customerId!)];
  const plan = await planUsageMails(hd, { customers, period: o.period, to: o.to, all: Boolean(o.all) });
  const sent = actor ? await sendUsageMails(hd, actor, plan, o.period) : [];
  if (o.json) {
    await printJson({
      dryRun: Boolean(o.dryRun),
      period: o.period,
      mails: plan.mails.map((m) => ({
        customer: m.customer,
        to: m.to,
        language: m.language,
        statements: m.statements.length,
      })),
      skipped: plan.skipped,
      sent,
    });
    return;
  }
  await print(
    [
      t(o.dryRun ? 'communication.usageDryRun' : 'communication.usageSent', {
        count: plan.mails.length,
        sent: sent.filter((s) => s.outcome === 'sent').length,
        period: o.period,
      }),
      plan.mails.length
        ? table(
            plan.mails.map((m) => [m.customer, line(m.to), m.language]),
            [t('communication.colCustomer'), t('communication.colEmail'), t('communication.colLanguage')],
          )
        : '',
      plan.skipped.length
        ? t('communication.usageSkipped', { list: plan.skipped.map((s) => `${s.customer} (${s.why})`).join(', ') })
        : '',
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

const h = (m: number) => formatDuration(m);
const eur = (c: number) => displayMoney(c, 'en');

function render(s: Statement, name: string, short: Map<string, string>): string {
  const c = s.contract;
  const lines: string[] = [paint.bold(`${name} — usage ${s.period.label} (${s.period.from} – ${s.period.to})`)];
  // a contract of kind none is the record that the customer pays per use, from its start
  lines.push(
    !c
      ? 'no contract: pay per use'
      : c.kind === 'none'
        ? `no service contract: pay per use since ${c.start}`
        : `${c.kind} contract since ${c.start}`,
  );
  lines.push('');
  if (s.quota) {
    const q = s.quota;
    lines.push(`Quota       ${h(q.included)} h included, ${h(q.used)} used, ${h(q.remaining)} remaining`);
    if (q.overage)
      lines.push(
        `Overage     ${h(q.overage)} h × ${eur(q.overageRate)}${q.settlement === 'pooled' ? ' (pooled: settled at the end of the pool window)' : ` = ${eur(q.overageAmount)}`}`,
      );
  }
  if (s.pool)
    lines.push(
      `Pool        ${s.pool.window.label}: ${h(s.pool.used)} of ${h(s.pool.included)} h so far, excess ${h(s.pool.excess)} h${s.pool.closes ? ` × ${eur(s.pool.rate)} = ${eur(s.pool.amount)}` : ' (window still open)'}`,
    );
  if (s.commitment) {
    const k = s.commitment;
    lines.push(
      `Commitment  ${h(k.available)} h available, ${h(k.used)} used, excess ${h(k.excess)} h = ${eur(k.excessAmount)}, unused ${h(k.unused)} h (${k.policy})`,
    );
  }
  if (s.beyondCap.minutes)
    lines.push(
      `Beyond the L2 analysis cap  ${h(s.beyondCap.minutes)} h × ${eur(s.beyondCap.rate ?? 0)} = ${eur(s.beyondCap.amount)}`,
    );
  if (s.outsideContract.minutes)
    lines.push(
      `Outside the contract        ${h(s.outsideContract.minutes)} h × ${eur(s.outsideContract.rate ?? 0)} = ${eur(s.outsideContract.amount)}`,
    );
  if (s.payPerUse.minutes)
    lines.push(
      `Pay per use                 ${h(s.payPerUse.minutes)} h × ${eur(s.payPerUse.rate ?? 0)} = ${eur(s.payPerUse.amount)}`,
    );
  if (s.buckets['non-billable']) lines.push(`Non-billable (goodwill)     ${h(s.buckets['non-billable'])} h`);
  lines.push(paint.bold(`Billed at the end of the period: ${eur(s.net)} net`), '');
  if (s.byTicket.length) {
    lines.push(paint.bold('By ticket'));
    lines.push(
      table(
        s.byTicket.map((t) => [
          short.get(t.ticketId) ?? t.ticketId,
          t.category ?? '-',
          h(t.logged),
          h(t.billed),
          bucketsOf(t.buckets),
          line(t.title ?? ''),
        ]),
        ['TICKET', 'CATEGORY', 'LOGGED', 'BILLED', 'BUCKETS', 'TITLE'],
      ),
    );
    lines.push('', paint.bold('By activity'));
    lines.push(
      table(
        s.byActivity.filter((a) => a.billed > 0).map((a) => [a.activity, h(a.logged), h(a.billed)]),
        ['ACTIVITY', 'LOGGED', 'BILLED'],
      ),
    );
    lines.push('');
  }
  lines.push(paint.bold('How the figures were reached'), ...s.explanation.map((e) => `  - ${e}`));
  return lines.join('\n');
}

function bucketsOf(b: Statement['buckets']): string {
  return Object.entries(b)
    .filter(([, m]) => m > 0)
    .map(([k, m]) => `${k} ${h(m)}`)
    .join(', ');
}
