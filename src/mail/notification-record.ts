import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { failed } from '../core/errors.js';
import { parseNotification, serialiseNotification } from '../core/notify/record.js';
import { readHelpdeskText } from '../store/helpdesk-files.js';
import type { FileChange } from '../store/transaction.js';

/** What became of one mail not tied to a ticket, as the outbox hands it to the record it is about. */
export interface MailResult {
  messageId: string;
  to: string;
  status: 'sent' | 'failed';
  at?: string;
  error?: string;
}

/** What became of a notification's mails, written on its record: each delivery's `queued` becomes `sent` or `failed`. */
export async function recordOnNotification(
  root: string,
  about: { id: string; file: string },
  results: readonly MailResult[],
): Promise<{ files: FileChange[]; messages: string[] }> {
  if (!existsSync(join(root, about.file)))
    throw failed(
      `${about.file}: the notification whose mail this is is missing`,
      'restore it from git, then desk mail send',
    );
  const parsed = parseNotification(about.file, await readHelpdeskText(root, about.file));
  if (!parsed.ok) {
    const p = parsed.problems[0]!;
    throw failed(`${p.file}: ${p.field}: ${p.message}`, 'restore it from git, then desk mail send');
  }
  const record = parsed.value;
  const byId = new Map(results.map((r) => [r.messageId, r]));
  const deliveries = (record.deliveries ?? []).map((d) => {
    const r = d.messageId ? byId.get(d.messageId) : undefined;
    return r
      ? { ...d, status: r.status, ...(r.at && { at: r.at }), ...(r.error && { error: r.error.slice(0, 300) }) }
      : d;
  });
  return {
    files: [{ path: about.file, content: serialiseNotification({ ...record, deliveries }) }],
    messages: results.map((r) =>
      r.status === 'sent'
        ? `${record.id}: notification mailed to ${r.to}`
        : `${record.id}: notification NOT mailed to ${r.to} (given up)`,
    ),
  };
}
