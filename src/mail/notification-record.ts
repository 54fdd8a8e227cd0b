import { parseNotification, serialiseNotification } from '../core/notify/record.js';
import type { FileChange } from '../store/transaction.js';
import { readMailRecord, withResults, type MailResult } from './record-results.js';

export type { MailResult } from './record-results.js';

/** What became of a notification's mails, written on its record: each delivery's `queued` becomes `sent` or `failed`. */
export async function recordOnNotification(
  root: string,
  about: { id: string; file: string },
  results: readonly MailResult[],
): Promise<{ files: FileChange[]; messages: string[] }> {
  const record = await readMailRecord(root, about, 'notification', parseNotification);
  const deliveries = withResults(record.deliveries ?? [], results);
  return {
    files: [{ path: about.file, content: serialiseNotification({ ...record, deliveries }) }],
    messages: results.map((r) =>
      r.status === 'sent'
        ? `${record.id}: notification mailed to ${r.to}`
        : `${record.id}: notification NOT mailed to ${r.to} (given up)`,
    ),
  };
}
