import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { announcementRecipients, type AnnouncementFilter, type Skipped } from '../core/announce/recipients.js';
import {
  announcementId,
  announcementPath,
  serialiseAnnouncement,
  type AnnouncementRecipient,
  type AnnouncementRecord,
} from '../core/announce/record.js';
import { closedDaysText, serviceHoursText } from '../core/announce/service-days.js';
import {
  parseAnnouncementText,
  renderAnnouncement,
  type AnnouncementText,
  type Language,
} from '../core/announce/text.js';
import { refused, usage } from '../core/errors.js';
import { oneLine } from '../core/safe-text/index.js';
import type { StaffMember } from '../core/schema/config.js';
import { localDay } from '../core/time.js';
import type { OutgoingMail } from '../mail/compose.js';
import { queueDetachedMail, sendQueued, type SendReport } from '../mail/outbox.js';
import type { FileChange, Helpdesk } from '../store/helpdesk.js';

export interface AnnounceInput {
  subject: string;
  /** The text file's name (for messages) and content. */
  file: string;
  content: string;
  filter: AnnouncementFilter;
}

export interface Message {
  customer: string;
  contact: string;
  email: string;
  language: Language;
  subject: string;
  text: string;
  /** The reader's language had no block: the other one is used. */
  fallback: boolean;
}

export interface AnnouncementPlan {
  id: string;
  path: string;
  date: string;
  texts: Partial<Record<Language, AnnouncementText>>;
  messages: Message[];
  skipped: Skipped[];
}

/** Whom an announcement goes to and what each reads, in their language with the placeholders filled. */
export async function planAnnouncement(hd: Helpdesk, input: AnnounceInput): Promise<AnnouncementPlan> {
  const today = localDay(hd.now(), hd.timeZone);
  const known = new Set(hd.config.products.map((p) => p.id));
  for (const p of input.filter.products)
    if (!known.has(p))
      throw usage(`--product: no product "${p}" in desk.yaml products`, `known: ${[...known].join(', ') || 'none'}`);
  const { customers, problems } = await hd.customers.all();
  if (problems.length) {
    const p = problems[0]!;
    throw usage(`${p.file}: ${p.field}: ${p.message}`, 'fix the customer file (desk check), then announce again');
  }
  for (const c of input.filter.customers)
    if (!customers.has(c))
      throw usage(`--customer: no customer "${c}" (contracts/${c}.yaml)`, 'see desk customer list');
  const texts = parseAnnouncementText(input.file, input.content, input.subject);
  const { recipients, skipped } = announcementRecipients(customers.values(), input.filter, today);
  const calendar = (await hd.sla()).book.calendar;
  const productNames = new Map(hd.config.products.map((p) => [p.id, p.name]));
  const id = announcementId(today, input.subject);
  // the same for every reader of a language: computed once, not two thousand times
  const calendarTexts = new Map(
    (['de', 'en'] as const).map((l) => [
      l,
      { serviceHours: serviceHoursText(calendar, l), closedDays: closedDaysText(calendar, today, 42, l) },
    ]),
  );
  const messages = recipients.map((r) => {
    const customer = customers.get(r.customer)!;
    const own = input.filter.products.length
      ? customer.products.filter((p) => input.filter.products.includes(p))
      : customer.products;
    const text = texts[r.language] ?? texts.de ?? texts.en!;
    const rendered = renderAnnouncement(text, r.language, {
      contact: oneLine(r.contact),
      customer: oneLine(customer.name),
      products: own.map((p) => productNames.get(p) ?? p).join(', '),
      ...calendarTexts.get(r.language)!,
      company: hd.config.company.name,
    });
    return { ...r, ...rendered, fallback: !texts[r.language] };
  });
  return { id, path: announcementPath(id), date: today, texts, messages, skipped };
}

export interface AnnounceResult {
  record: AnnouncementRecord;
  sent: SendReport[];
}

/**
 * Records the announcement with every recipient `queued` and queues each mail in the outbox, in
 * one commit; then (unless `send` is false) the outbox sends them, resumably: what a crash or a
 * slow server leaves, `desk mail send` sends.
 */
export async function sendAnnouncement(
  hd: Helpdesk,
  actor: StaffMember,
  input: AnnounceInput,
  plan: AnnouncementPlan,
  send: boolean,
): Promise<AnnounceResult> {
  const mail = hd.config.mail;
  if (!mail?.smtp)
    throw usage(
      'desk.yaml has no mail.smtp: desk cannot mail announcements',
      'set up mail (docs/email.md), or use --dry-run',
    );
  if (plan.messages.length === 0)
    throw refused('nobody to write to: the filter picks no contact with an e-mail address', 'see --dry-run');
  const domain = mail.address.split('@')[1] ?? 'desk.invalid';
  let record: AnnouncementRecord | undefined;
  const keys: string[] = [];
  await hd.change(actor, async () => {
    if (existsSync(join(hd.root, plan.path)))
      throw refused(
        `${plan.path} exists: an announcement with this subject went out today`,
        'give it another --subject',
      );
    const files: FileChange[] = [];
    const recipients: AnnouncementRecipient[] = [];
    for (const m of plan.messages) {
      const messageId = `desk.${plan.id}.${createHash('sha256').update(m.email.toLowerCase()).digest('hex').slice(0, 12)}@${domain}`;
      const outgoing: OutgoingMail = {
        from: { name: mail.name ?? hd.config.company.name, address: mail.address },
        to: [`${m.contact.replace(/[<>"\r\n]/g, '')} <${m.email}>`],
        cc: [],
        subject: m.subject,
        text: m.text,
        messageId,
        date: hd.now(),
        references: [],
        headers: { 'X-Desk-Announcement': plan.id, 'Auto-Submitted': 'auto-generated', Precedence: 'bulk' },
        attachments: [],
      };
      const queued = await queueDetachedMail(
        hd,
        outgoing,
        { kind: 'announcement', id: plan.id, file: plan.path },
        actor.id,
      );
      files.push(...queued.files);
      keys.push(queued.key);
      recipients.push({
        customer: m.customer,
        contact: m.contact,
        email: m.email,
        language: m.language,
        messageId,
        status: 'queued',
      });
    }
    record = {
      id: plan.id,
      date: plan.date,
      by: actor.id,
      subject: input.subject,
      filter: input.filter,
      texts: plan.texts,
      recipients,
    };
    files.push({ path: plan.path, content: serialiseAnnouncement(record) });
    return {
      files,
      message: `${plan.id}: announcement to ${recipients.length} contact${recipients.length === 1 ? '' : 's'} queued`,
    };
  });
  const sent = send ? await sendQueued(hd, actor, { keys }) : [];
  return { record: record!, sent };
}
