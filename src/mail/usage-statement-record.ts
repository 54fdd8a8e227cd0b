import { parseUsageStatement, serialiseUsageStatement } from '../core/usage-mail/record.js';
import { failed } from '../core/errors.js';
import { readHelpdeskText } from '../store/helpdesk-files.js';
import type { FileChange } from '../store/transaction.js';
import type { MailResult } from './notification-record.js';

/** What became of a usage statement's mail, on its record: `queued` becomes `sent` or `failed`. */
export async function recordOnUsageStatement(
  root: string,
  about: { id: string; file: string },
  results: readonly MailResult[],
): Promise<{ files: FileChange[]; messages: string[] }> {
  const parsed = parseUsageStatement(about.file, await readHelpdeskText(root, about.file).catch(() => ''));
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
    files: [{ path: about.file, content: serialiseUsageStatement(record) }],
    messages: [
      r.status === 'sent'
        ? `${about.id}: usage statement mailed to ${r.to}`
        : `${about.id}: usage statement NOT mailed to ${r.to} (given up)`,
    ],
  };
}
