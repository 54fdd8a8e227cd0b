import type { MailFacts, TicketEvent } from '../../core/ticket/events.js';
import { t } from '../../i18n/index.js';
import { attachmentDir } from '../../core/ticket/paths.js';
import { forTerminal, forTerminalLine as line } from '../../core/safe-text/index.js';
import { paint } from './style.js';
import { shortTime } from './ticket-text.js';

/** One message of a ticket's conversation, as the customer saw it. */
export interface ConversationEntry {
  at: string;
  direction: 'from-customer' | 'to-customer' | 'auto-reply' | 'bounce';
  by: string;
  text: string;
  mail?: Pick<MailFacts, 'messageId' | 'from' | 'to' | 'cc' | 'subject' | 'original'> & {
    attachments: { name: string; path?: string; bytes: number; inline?: boolean }[];
  };
  /** For mail to the customer: whether it left. A reply without mail was given another way (phone). */
  delivery?: 'sent' | 'queued' | 'failed' | 'not mailed';
  error?: string;
}

export function conversationOf(id: string, events: readonly TicketEvent[]): ConversationEntry[] {
  const sent = new Map<string, { ok: boolean; error?: string }>();
  for (const e of events) {
    if (e.type === 'mail-sent') sent.set(e.messageId, { ok: true });
    if (e.type === 'mail-failed') sent.set(e.messageId, { ok: false, error: e.error });
  }
  const mailView = (m: MailFacts) => ({
    messageId: m.messageId,
    from: m.from,
    to: m.to,
    cc: m.cc,
    subject: m.subject,
    original: m.original,
    attachments: m.attachments.map((a) => ({
      name: a.name,
      bytes: a.bytes,
      ...(a.inline ? { inline: true } : a.tooLarge ? {} : { path: `${attachmentDir(id)}/${a.file}` }),
    })),
  });
  const out: ConversationEntry[] = [];
  for (const e of events) {
    if (e.type === 'opened' && e.mail)
      out.push({ at: e.receivedAt, direction: 'from-customer', by: e.by, text: e.description, mail: mailView(e.mail) });
    else if (e.type === 'message') {
      const entry: ConversationEntry = {
        at: e.at,
        direction: e.direction,
        by: e.by,
        text: e.text,
        ...(e.mail && { mail: mailView(e.mail) }),
      };
      if (e.direction === 'to-customer') {
        const result = e.mail ? sent.get(e.mail.messageId) : undefined;
        entry.delivery = !e.mail ? 'not mailed' : !result ? 'queued' : result.ok ? 'sent' : 'failed';
        if (result?.error) entry.error = result.error;
      }
      out.push(entry);
    } else if (e.type === 'machine-mail')
      out.push({ at: e.at, direction: e.kind, by: e.by, text: e.text, mail: mailView(e.mail) });
  }
  return out;
}

export function renderConversation(entries: readonly ConversationEntry[]): string[] {
  if (entries.length === 0) return [];
  const lines = ['', paint.bold(t('conversation.heading'))];
  for (const c of entries) {
    const head =
      c.direction === 'to-customer'
        ? `${paint.green(t('conversation.toCustomer'))}  ${c.mail ? line(c.mail.to.concat(c.mail.cc).join(', ')) : t('conversation.notByMail')}`
        : c.direction === 'from-customer'
          ? `${paint.cyan(t('conversation.from'))} ${c.mail?.from ? line(c.mail.from) : t('conversation.theCustomer')}`
          : paint.dim(t('conversation.machine', { kind: c.direction, from: line(c.mail?.from ?? '?') }));
    const status =
      c.delivery === 'sent'
        ? paint.green(t('conversation.sent'))
        : c.delivery === 'queued'
          ? paint.yellow(t('conversation.queued'))
          : c.delivery === 'failed'
            ? paint.red(t('conversation.failed', { error: line(c.error ?? '') }))
            : c.delivery === 'not mailed'
              ? paint.dim(t('conversation.notMailed'))
              : '';
    lines.push('', `${paint.dim(shortTime(c.at))}  ${head}${status ? `  [${status}]` : ''}`);
    if (c.mail?.subject) lines.push(`  ${paint.dim(t('conversation.subject'))} ${line(c.mail.subject)}`);
    for (const a of c.mail?.attachments ?? [])
      lines.push(
        `  ${paint.dim(t('conversation.attachment'))} ${line(a.name)} (${formatBytes(a.bytes)})${a.inline ? t('conversation.inline') : a.path ? ` ${paint.dim(a.path)}` : t('conversation.tooLarge')}`,
      );
    if (c.direction === 'auto-reply' || c.direction === 'bounce') continue;
    lines.push(
      ...forTerminal(c.text)
        .split('\n')
        .map((l) => `  ${l}`),
    );
  }
  return lines;
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1048576).toFixed(1)} MB`;
}
