import { customerPeriodsBetween, parsePeriod, settle, type Statement } from '../../core/billing/index.js';
import { formatDuration } from '../../core/duration.js';
import { formatDay } from '../../i18n/format.js';
import { eur } from '../../render/terminal/invoice-text.js';
import type { Bucket } from '../../core/billing/types.js';
import { localDay } from '../../core/time.js';
import { openForChange, openHelpdesk, type GlobalOptions } from '../context.js';
import { invalid, usage as usageError } from '../../core/errors.js';
import { inEnglish, say, t, text } from '../../i18n/index.js';
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
    throw usageError(text('moneyTerminal.usageWhichCustomer'), text('moneyTerminal.usageWhichCustomerHint'));
  const hd = await openHelpdesk(o);
  const customer = await hd.customer(customerId);
  const range = parsePeriod(o.period ?? localDay(hd.now(), hd.timeZone).slice(0, 7));
  const { byCustomer, problems } = await hd.tickets.billing([customer.id]);
  refuseBrokenTickets(problems);
  const own = byCustomer.get(customer.id) ?? { entries: [], tickets: [] };
  const input = { customer, ...own, listRate: hd.config.billing.listRate, increment: hd.config.billing.increment };
  const statements = customerPeriodsBetween(customer, range).map(({ contract, period }) =>
    settle({ ...input, contract, period }),
  );
  if (o.json) {
    // the sentences in English whoever reads, as every --json value (docs/json.md)
    const english = statements.map((s) => ({ ...s, explanation: s.explanation.map(inEnglish) }));
    await printJson({ customer: customer.id, period: range, statements: english });
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
  if (!o.send) throw usageError(text('moneyTerminal.allWithSend'), text('moneyTerminal.allWithSendHint'));
  if (!o.period) throw usageError(text('moneyTerminal.sendPeriodMissing'), text('moneyTerminal.sendPeriodMissingHint'));
  if (o.all === Boolean(customerId))
    throw usageError(text('moneyTerminal.oneOrAll'), text('moneyTerminal.oneOrAllHint'));
  if (o.all && o.to) throw usageError(text('moneyTerminal.toWithAll'), text('moneyTerminal.toWithAllHint'));
  const { hd, actor } = o.dryRun
    ? { hd: await openHelpdesk(o), actor: undefined }
    : await openForChange(o, 'usage.send');
  const customers = o.all ? [...(await hd.customers.all()).customers.values()] : [await hd.customer(customerId!)];
  // loaded here, not with the command: sending renders PDFs (pdfkit), which showing usage never needs
  const { planUsageMails, sendUsageMails } = await import('../../notify/usage-statements.js');
  const plan = await planUsageMails(hd, { customers, period: o.period, to: o.to, all: Boolean(o.all) });
  refuseBrokenTickets(plan.problems);
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

/**
 * A ticket file that does not validate may be one of this customer's (which customer it names
 * cannot be trusted): its time would be missing, and the statement the customer sees too low. So
 * no statement is shown or sent, as the invoice run issues nothing then.
 */
function refuseBrokenTickets(problems: readonly { file: string; field: string; message: string }[]): void {
  if (!problems.length) return;
  const list = problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n  ');
  throw invalid(
    text('moneyTerminal.usageBrokenTickets', { count: problems.length, list }),
    text('moneyTerminal.nothingIssuedProblemsHint'),
  );
}

const h = (m: number) => formatDuration(m);

function render(s: Statement, name: string, short: Map<string, string>): string {
  const c = s.contract;
  const p = s.period;
  const lines: string[] = [
    paint.bold(t('moneyTerminal.usageHead', { name, label: p.label, from: formatDay(p.from), to: formatDay(p.to) })),
  ];
  // a contract of kind none is the record that the customer pays per use, from its start
  lines.push(
    !c
      ? t('moneyTerminal.usageNoContract')
      : c.kind === 'none'
        ? t('moneyTerminal.usagePayPerUseSince', { day: formatDay(c.start) })
        : t('moneyTerminal.usageContractSince', { kind: c.kind, day: formatDay(c.start) }),
  );
  lines.push('');
  // figures as label and text, the labels padded to one column
  const rows: [string, string][] = [];
  const times = (minutes: number, rate: number | undefined, amount: number) =>
    t('moneyTerminal.usageTimes', { hours: h(minutes), rate: eur(rate ?? 0), amount: eur(amount) });
  if (s.quota) {
    const q = s.quota;
    rows.push([
      t('moneyTerminal.usageQuota'),
      t('moneyTerminal.usageQuotaText', { included: h(q.included), used: h(q.used), remaining: h(q.remaining) }),
    ]);
    if (q.overage)
      rows.push([
        t('moneyTerminal.usageOverage'),
        q.settlement === 'pooled'
          ? t('moneyTerminal.usageOveragePooled', { hours: h(q.overage), rate: eur(q.overageRate) })
          : times(q.overage, q.overageRate, q.overageAmount),
      ]);
  }
  if (s.pool)
    rows.push([
      t('moneyTerminal.usagePool'),
      t('moneyTerminal.usagePoolText', {
        window: s.pool.window.label,
        used: h(s.pool.used),
        included: h(s.pool.included),
        excess: h(s.pool.excess),
        settled: s.pool.closes ? ` × ${eur(s.pool.rate)} = ${eur(s.pool.amount)}` : t('moneyTerminal.usageWindowOpen'),
      }),
    ]);
  if (s.commitment) {
    const k = s.commitment;
    rows.push([
      t('moneyTerminal.usageCommitment'),
      t('moneyTerminal.usageCommitmentText', {
        available: h(k.available),
        used: h(k.used),
        excess: h(k.excess),
        amount: eur(k.excessAmount),
        unused: h(k.unused),
        policy: k.policy,
      }),
    ]);
  }
  if (s.beyondCap.minutes)
    rows.push([t('moneyTerminal.usageBeyondCap'), times(s.beyondCap.minutes, s.beyondCap.rate, s.beyondCap.amount)]);
  if (s.outsideContract.minutes)
    rows.push([
      t('moneyTerminal.usageOutside'),
      times(s.outsideContract.minutes, s.outsideContract.rate, s.outsideContract.amount),
    ]);
  if (s.payPerUse.minutes)
    rows.push([t('moneyTerminal.usagePayPerUse'), times(s.payPerUse.minutes, s.payPerUse.rate, s.payPerUse.amount)]);
  if (s.buckets['non-billable']) rows.push([t('moneyTerminal.usageGoodwill'), `${h(s.buckets['non-billable'])} h`]);
  const width = Math.max(0, ...rows.map(([label]) => [...label].length));
  lines.push(...rows.map(([label, text]) => `${label}${' '.repeat(width - [...label].length)}  ${text}`));
  lines.push(paint.bold(t('moneyTerminal.usageBilled', { amount: eur(s.net) })), '');
  if (s.byTicket.length) {
    lines.push(paint.bold(t('moneyTerminal.usageByTicket')));
    lines.push(
      table(
        s.byTicket.map((x) => [
          short.get(x.ticketId) ?? x.ticketId,
          x.category ? t(`category.${x.category}`) : '-',
          h(x.logged),
          h(x.billed),
          bucketsOf(x.buckets),
          line(x.title ?? ''),
        ]),
        t('moneyTerminal.usageTicketHeader').split('|'),
      ),
    );
    lines.push('', paint.bold(t('moneyTerminal.usageByActivity')));
    lines.push(
      table(
        s.byActivity.filter((a) => a.billed > 0).map((a) => [t(`activity.${a.activity}`), h(a.logged), h(a.billed)]),
        t('moneyTerminal.usageActivityHeader').split('|'),
      ),
    );
    lines.push('');
  }
  lines.push(paint.bold(t('moneyTerminal.usageHow')), ...s.explanation.map((e) => `  - ${say(e)}`));
  return lines.join('\n');
}

function bucketsOf(b: Statement['buckets']): string {
  return Object.entries(b)
    .filter(([, m]) => m > 0)
    .map(([k, m]) => `${t(`bucket.${k as Bucket}`)} ${h(m)}`)
    .join(', ');
}
