import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnnouncement, serialiseAnnouncement } from '../core/announce/record.js';
import { failed } from '../core/errors.js';
import { readHelpdeskText } from '../store/helpdesk-files.js';
import { markBounced } from '../store/customer-file.js';
import type { FileChange } from '../store/transaction.js';
import type { MailResult } from './notification-record.js';

/**
 * What became of an announcement's mails, written on it at once (one read, one write for any
 * number of recipients). A mail the server refused for good marks the contact's address as
 * bounced in the customer's file, so the next announcement leaves it out.
 */
export async function recordOnAnnouncement(
  root: string,
  about: { id: string; file: string },
  results: readonly MailResult[],
): Promise<{ files: FileChange[]; messages: string[] }> {
  if (!existsSync(join(root, about.file)))
    throw failed(
      `${about.file}: the announcement whose mail this is is missing`,
      'restore it from git, then desk mail send',
    );
  const parsed = parseAnnouncement(about.file, await readHelpdeskText(root, about.file));
  if (!parsed.ok) {
    const p = parsed.problems[0]!;
    throw failed(`${p.file}: ${p.field}: ${p.message}`, 'announcements sent are never edited: restore it from git');
  }
  const record = parsed.value;
  const byId = new Map(results.map((r) => [r.messageId, r]));
  const bounced: { customer: string; email: string; note: string }[] = [];
  const recipients = record.recipients.map((x) => {
    const r = byId.get(x.messageId);
    if (!r || x.status !== 'queued') return x;
    if (r.status === 'failed')
      bounced.push({
        customer: x.customer,
        email: x.email,
        note: `${(r.at ?? '').slice(0, 10)}: ${r.error ?? 'undeliverable'}`.slice(0, 200),
      });
    return { ...x, status: r.status, ...(r.at && { at: r.at }), ...(r.error && { error: r.error.slice(0, 300) }) };
  });
  const files: FileChange[] = [{ path: about.file, content: serialiseAnnouncement({ ...record, recipients }) }];
  for (const [customer, list] of groupBy(bounced)) {
    const change = await markBounced(root, customer, list);
    if (change) files.push(change);
  }
  const sent = results.filter((r) => r.status === 'sent').length;
  return {
    files,
    messages: [
      `${record.id}: ${sent} mailed${results.length > sent ? `, ${results.length - sent} NOT delivered (addresses marked bounced)` : ''}`,
    ],
  };
}

function groupBy<T extends { customer: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const i of items) out.set(i.customer, [...(out.get(i.customer) ?? []), i]);
  return out;
}
