import { parseAnnouncement, serialiseAnnouncement } from '../core/announce/record.js';
import type { FileChange } from '../store/transaction.js';
import { recordOnRecipients, type MailResult } from './record-results.js';

/** What became of an announcement's mails, on its record; refused addresses are marked bounced. */
export function recordOnAnnouncement(
  root: string,
  about: { id: string; file: string },
  results: readonly MailResult[],
): Promise<{ files: FileChange[]; messages: string[] }> {
  return recordOnRecipients(root, about, results, {
    what: 'announcement',
    parse: parseAnnouncement,
    serialise: serialiseAnnouncement,
  });
}
