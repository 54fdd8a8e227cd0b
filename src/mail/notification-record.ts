import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { failed } from '../core/errors.js';
import { parseNotification, serialiseNotification } from '../core/notify/record.js';
import { readHelpdeskText } from '../store/helpdesk-files.js';
import type { FileChange } from '../store/transaction.js';

/** What became of a notification's mail, written on its record: the delivery's `queued` becomes `sent` or `failed`. */
export async function recordOnNotification(
  root: string,
  about: { id: string; file: string },
  sent: { messageId: string; to: string },
  result: { status: 'sent' | 'failed'; at?: string; error?: string },
): Promise<{ files: FileChange[]; message: string }> {
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
  const deliveries = (record.deliveries ?? []).map((d) =>
    d.messageId === sent.messageId
      ? {
          ...d,
          status: result.status,
          ...(result.at && { at: result.at }),
          ...(result.error && { error: result.error.slice(0, 300) }),
        }
      : d,
  );
  return {
    files: [{ path: about.file, content: serialiseNotification({ ...record, deliveries }) }],
    message:
      result.status === 'sent'
        ? `${record.id}: notification mailed to ${sent.to}`
        : `${record.id}: notification NOT mailed to ${sent.to} (given up)`,
  };
}
