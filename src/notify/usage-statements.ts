import { createHash } from 'node:crypto';
import { customerPeriodsBetween, parsePeriod, settle, type Statement } from '../core/billing/index.js';
import { formatDuration } from '../core/duration.js';
import { usage as usageError } from '../core/errors.js';
import { greeting, renderTemplate } from '../core/mail/template.js';
import { oneLine } from '../core/safe-text/index.js';
import type { StaffMember } from '../core/schema/config.js';
import type { Customer } from '../core/schema/customer.js';
import { toZonedIso } from '../core/time.js';
import { serialiseUsageStatement, USAGE_PLACEHOLDERS, usageStatementPath } from '../core/usage-mail/record.js';
import type { OutgoingMail } from '../mail/compose.js';
import { queueDetachedMail, sendQueued, type SendReport } from '../mail/outbox.js';
import { readTemplate } from '../mail/templates.js';
import { renderStatementPdf } from '../render/usage/statement-pdf.js';
import type { FileChange, Helpdesk } from '../store/helpdesk.js';

export interface StatementMail {
  customer: string;
  to: string;
  name: string;
  language: 'de' | 'en';
  statements: Statement[];
}

export interface UsagePlan {
  mails: StatementMail[];
  /** Customers left out of --all, and why. */
  skipped: { customer: string; why: string }[];
  /** Ticket files that do not validate: their time is missing from every statement. */
  problems: { file: string; field: string; message: string }[];
}

/** The statements of `period` for the customers, and to whom each goes: a named contact, else the invoice address. */
export async function planUsageMails(
  hd: Helpdesk,
  o: { customers: readonly Customer[]; period: string; to?: string; all: boolean },
): Promise<UsagePlan> {
  const range = parsePeriod(o.period);
  const mails: StatementMail[] = [];
  const skipped: UsagePlan['skipped'] = [];
  const { byCustomer, problems } = await hd.tickets.billing(o.customers.map((c) => c.id));
  for (const customer of o.customers) {
    const spans = customerPeriodsBetween(customer, range).filter(
      ({ contract }) => contract?.kind === 'service' || contract?.kind === 'commitment',
    );
    if (!spans.length) {
      if (o.all) continue;
      throw usageError(
        `${customer.id} has no service contract or commitment in ${o.period}: no statement to send`,
        'desk usage shows what it used',
      );
    }
    const own = byCustomer.get(customer.id) ?? { entries: [], tickets: [] };
    const statements = spans.map(({ contract, period }) =>
      settle({
        customer,
        contract,
        period,
        ...own,
        listRate: hd.config.billing.listRate,
        increment: hd.config.billing.increment,
      }),
    );
    const contact = o.to
      ? customer.contacts.find((c) => c.name === o.to || c.email?.toLowerCase() === o.to!.toLowerCase())
      : undefined;
    if (o.to && !contact?.email)
      throw usageError(
        `--to: ${customer.id} has no contact "${o.to}" with an e-mail address`,
        `contacts in ${hd.customers.file(customer.id)}`,
      );
    const to = contact?.email ?? customer.invoiceEmail;
    if (!to) {
      if (o.all) {
        skipped.push({ customer: customer.id, why: 'no invoiceEmail' });
        continue;
      }
      throw usageError(
        `${hd.customers.file(customer.id)}: invoiceEmail: missing`,
        'add it, or name a contact with --to',
      );
    }
    mails.push({
      customer: customer.id,
      to,
      name: contact?.name ?? customer.name,
      language: contact?.language ?? customer.language ?? customer.invoiceLanguage,
      statements,
    });
  }
  return { mails, skipped, problems };
}

/** Records each statement's mail and queues it with its PDFs in one commit; the outbox sends them. */
export async function sendUsageMails(
  hd: Helpdesk,
  actor: StaffMember,
  plan: UsagePlan,
  period: string,
): Promise<SendReport[]> {
  const mail = hd.config.mail;
  if (!mail?.smtp) throw usageError('desk.yaml has no mail.smtp: desk cannot mail statements', 'see docs/email.md');
  if (!plan.mails.length) return [];
  const mailedAt = toZonedIso(hd.now(), hd.timeZone);
  const domain = mail.address.split('@')[1] ?? 'desk.invalid';
  const keys: string[] = [];
  const customers = new Map((await hd.customers.all()).customers);
  await hd.change(actor, async () => {
    const files: FileChange[] = [];
    for (const m of plan.mails) {
      const customer = customers.get(m.customer)!;
      const short = await hd.tickets.shortIds([
        ...new Set(m.statements.flatMap((s) => s.byTicket.map((t) => t.ticketId))),
      ]);
      const used = m.statements
        .map((s) =>
          s.quota
            ? `${formatDuration(s.quota.used)} / ${formatDuration(s.quota.included)} h`
            : s.commitment
              ? `${formatDuration(s.commitment.used)} / ${formatDuration(s.commitment.available)} h`
              : '',
        )
        .filter(Boolean)
        .join(', ');
      const values = {
        greeting: greeting(m.language, m.name !== customer.name ? m.name : undefined),
        customer: oneLine(customer.name),
        period,
        used,
        company: hd.config.company.name,
      };
      const fill = async (name: string) =>
        renderTemplate(name, await readTemplate(hd.root, name, m.language), values, USAGE_PLACEHOLDERS);
      const attachments = [];
      for (const s of m.statements)
        attachments.push({
          name: `${m.language === 'de' ? 'Verbrauch' : 'usage'}-${m.customer}-${s.period.label}.pdf`,
          content: Buffer.from(
            await renderStatementPdf(
              s,
              { company: hd.config.company.name, customer: customer.name, date: mailedAt.slice(0, 10), tickets: short },
              m.language,
            ),
          ),
          contentType: 'application/pdf',
        });
      const messageId = `desk.usage.${m.customer}.${period}.${createHash('sha256').update(`${m.to}${mailedAt}`).digest('hex').slice(0, 10)}@${domain}`;
      const path = usageStatementPath(m.customer, period, mailedAt);
      const outgoing: OutgoingMail = {
        from: { name: mail.name ?? hd.config.company.name, address: mail.address },
        to: [`${m.name.replace(/[<>"\r\n]/g, '')} <${m.to}>`],
        cc: [],
        subject: oneLine(await fill('usage-statement-subject')),
        text: `${(await fill('usage-statement')).trim()}\n`,
        messageId,
        date: hd.now(),
        references: [],
        headers: { 'Auto-Submitted': 'auto-generated' },
        attachments,
      };
      const queued = await queueDetachedMail(
        hd,
        outgoing,
        { kind: 'usage-statement', id: `${m.customer} ${period}`, file: path },
        actor.id,
      );
      keys.push(queued.key);
      files.push(...queued.files, {
        path,
        content: serialiseUsageStatement({
          customer: m.customer,
          period,
          to: m.to,
          language: m.language,
          messageId,
          mailedAt,
          status: 'queued',
        }),
      });
    }
    return {
      files,
      message: `Usage statements ${period}: ${plan.mails.length} queued`,
      body: plan.mails.map((m) => `${m.customer} → ${m.to}`),
    };
  });
  return sendQueued(hd, actor, { keys });
}
