import { parseFeedbackRequest, serialiseFeedbackRequest } from '../core/feedback/requests.js';
import { failed } from '../core/errors.js';
import { readHelpdeskText } from '../store/helpdesk-files.js';
import type { FileChange } from '../store/transaction.js';
import type { MailResult } from './notification-record.js';

/** What became of a feedback request's mail, on its record: `queued` becomes `sent` or `failed`. */
export async function recordOnFeedbackRequest(
  root: string,
  about: { id: string; file: string },
  results: readonly MailResult[],
): Promise<{ files: FileChange[]; messages: string[] }> {
  const parsed = parseFeedbackRequest(about.file, await readHelpdeskText(root, about.file).catch(() => ''));
  if (!parsed.ok) {
    const p = parsed.problems[0]!;
    throw failed(`${p.file}: ${p.field}: ${p.message}`, 'restore it from git, then desk mail send');
  }
  const r = results[results.length - 1]!;
  const record = {
    ...parsed.value,
    status: r.status,
    ...(r.at && { at: r.at }),
    ...(r.error && { error: r.error.slice(0, 300) }),
  };
  return {
    files: [{ path: about.file, content: serialiseFeedbackRequest(record) }],
    messages: [
      r.status === 'sent'
        ? `${about.id}: feedback request mailed to ${r.to}`
        : `${about.id}: feedback request NOT mailed to ${r.to} (given up)`,
    ],
  };
}
