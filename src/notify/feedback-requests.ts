import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FEEDBACK_PLACEHOLDERS } from '../core/feedback/mail-text.js';
import {
  feedbackRequestPath,
  feedbackRequestsDue,
  serialiseFeedbackRequest,
  type RequestDue,
  type RequestSkipped,
} from '../core/feedback/requests.js';
import { usage } from '../core/errors.js';
import { greeting, renderTemplate } from '../core/mail/template.js';
import { oneLine } from '../core/safe-text/index.js';
import type { StaffMember } from '../core/schema/config.js';
import type { TicketRecord } from '../core/ticket/ticket-record.js';
import { toZonedIso } from '../core/time.js';
import type { OutgoingMail } from '../mail/compose.js';
import { queueDetachedMail, sendQueued, type SendReport } from '../mail/outbox.js';
import { readTemplate } from '../mail/templates.js';
import type { FileChange, Helpdesk } from '../store/helpdesk.js';

export interface FeedbackPlan {
  due: (RequestDue & { short: string; title: string })[];
  skipped: RequestSkipped[];
}

/** The closed tickets whose contact is asked now (core/feedback/requests.ts). */
export async function planFeedbackRequests(hd: Helpdesk): Promise<FeedbackPlan> {
  const settings = hd.config.feedback;
  const now = hd.now();
  const since = now.getTime() - settings.withinDays * 86_400_000;
  const [{ summaries }, { customers }, { records }] = await Promise.all([
    hd.tickets.summaries(['closed']),
    hd.customers.all(),
    hd.feedbackRequests.all(),
  ]);
  const closed: TicketRecord[] = [];
  for (const s of summaries) if (Date.parse(s.updatedAt) >= since) closed.push(await hd.tickets.read(s.id));
  const { due, skipped } = feedbackRequestsDue({
    closed: closed.map((t) => t.state),
    customers,
    settings,
    requested: records,
    now,
  });
  const short = await hd.tickets.shortIds(due.map((d) => d.ticket));
  const titles = new Map(closed.map((t) => [t.id, t.state.title]));
  return {
    due: due.map((d) => ({ ...d, short: short.get(d.ticket) ?? d.ticket, title: titles.get(d.ticket) ?? '' })),
    skipped,
  };
}

/** Records each request and queues its mail in one commit, then the outbox sends them. */
export async function sendFeedbackRequests(
  hd: Helpdesk,
  actor: StaffMember,
  plan: FeedbackPlan,
): Promise<SendReport[]> {
  const mail = hd.config.mail;
  if (!mail?.smtp) throw usage('desk.yaml has no mail.smtp: desk cannot mail feedback requests', 'see docs/email.md');
  if (!plan.due.length) return [];
  const domain = mail.address.split('@')[1] ?? 'desk.invalid';
  const requestedAt = toZonedIso(hd.now(), hd.timeZone);
  const keys: string[] = [];
  await hd.change(actor, async () => {
    const files: FileChange[] = [];
    for (const d of plan.due) {
      const path = feedbackRequestPath(d.ticket, requestedAt);
      if (existsSync(join(hd.root, path))) continue;
      const values = {
        greeting: greeting(d.language, d.contact || undefined),
        ticket: d.short,
        title: oneLine(d.title),
        company: hd.config.company.name,
      };
      const fill = async (name: string) =>
        renderTemplate(name, await readTemplate(hd.root, name, d.language), values, FEEDBACK_PLACEHOLDERS);
      const messageId = `desk.feedback.${d.ticket}.${createHash('sha256').update(d.email.toLowerCase()).digest('hex').slice(0, 10)}@${domain}`;
      const outgoing: OutgoingMail = {
        from: { name: mail.name ?? hd.config.company.name, address: mail.address },
        to: [d.contact ? `${d.contact.replace(/[<>"\r\n]/g, '')} <${d.email}>` : d.email],
        cc: [],
        subject: oneLine(await fill('feedback-request-subject')),
        text: `${(await fill('feedback-request')).trim()}\n`,
        messageId,
        date: hd.now(),
        references: [],
        headers: { 'X-Desk-Ticket': d.short, 'Auto-Submitted': 'auto-generated' },
        attachments: [],
      };
      const queued = await queueDetachedMail(
        hd,
        outgoing,
        { kind: 'feedback-request', id: d.short, file: path },
        actor.id,
      );
      keys.push(queued.key);
      files.push(...queued.files, {
        path,
        content: serialiseFeedbackRequest({
          ticket: d.ticket,
          customer: d.customer,
          contact: d.contact,
          email: d.email,
          language: d.language,
          messageId,
          requestedAt,
          status: 'queued',
        }),
      });
    }
    return {
      files,
      message: `Feedback requests: ${keys.length} queued`,
      body: plan.due.map((d) => `${d.short} ${d.customer}`),
    };
  });
  return sendQueued(hd, actor, { keys });
}
