import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { failed } from '../core/errors.js';
import type { Parsed } from '../core/files/yaml-text.js';
import { readHelpdeskText } from '../store/helpdesk-files.js';
import { markBounced } from '../store/customer-file.js';
import type { FileChange } from '../store/transaction.js';

/** What became of one mail not tied to a ticket, as the outbox hands it to the record it is about. */
export interface MailResult {
  messageId: string;
  to: string;
  status: 'sent' | 'failed';
  at?: string;
  error?: string;
}

/**
 * The record a mail is about, as it is now: missing or unreadable means the history was changed
 * by hand, and the result cannot be written on it.
 */
export async function readMailRecord<T>(
  root: string,
  about: { file: string },
  what: string,
  parse: (file: string, text: string) => Parsed<T>,
): Promise<T> {
  if (!existsSync(join(root, about.file)))
    throw failed(
      `${about.file}: the ${what} whose mail this is is missing`,
      'restore it from git, then desk mail send',
    );
  const parsed = parse(about.file, await readHelpdeskText(root, about.file));
  if (!parsed.ok) {
    const p = parsed.problems[0]!;
    throw failed(`${p.file}: ${p.field}: ${p.message}`, 'records of mail sent are never edited: restore it from git');
  }
  return parsed.value;
}

/** Each `queued` item whose mail has a result takes it: `sent` or `failed`, when, and why. */
export function withResults<T extends { messageId?: string; status: string }>(
  items: readonly T[],
  results: readonly MailResult[],
): T[] {
  const byId = new Map(results.map((r) => [r.messageId, r]));
  return items.map((x) => {
    const r = x.messageId ? byId.get(x.messageId) : undefined;
    if (!r || x.status !== 'queued') return x;
    return { ...x, status: r.status, ...(r.at && { at: r.at }), ...(r.error && { error: r.error.slice(0, 300) }) };
  });
}

interface Recipient {
  customer: string;
  email: string;
  messageId: string;
  status: string;
}

/**
 * What became of the mails of a record with one mail per customer contact (an announcement, a
 * survey), written on it at once (one read, one write for any number of recipients). A mail the
 * server refused for good marks the contact's address as bounced in the customer's file, so the
 * next mailing leaves it out.
 */
export async function recordOnRecipients<R extends { id: string; recipients: Recipient[] }>(
  root: string,
  about: { file: string },
  results: readonly MailResult[],
  codec: { what: string; parse: (file: string, text: string) => Parsed<R>; serialise: (r: R) => string },
): Promise<{ files: FileChange[]; messages: string[] }> {
  const record = await readMailRecord(root, about, codec.what, codec.parse);
  const recipients = withResults(record.recipients, results);
  const bounced = new Map<string, { customer: string; email: string; note: string }[]>();
  recipients.forEach((x, i) => {
    if (x.status === 'failed' && record.recipients[i]!.status === 'queued') {
      const r = results.find((y) => y.messageId === x.messageId)!;
      const list = bounced.get(x.customer) ?? [];
      list.push({
        customer: x.customer,
        email: x.email,
        note: `${(r.at ?? '').slice(0, 10)}: ${r.error ?? 'undeliverable'}`.slice(0, 200),
      });
      bounced.set(x.customer, list);
    }
  });
  const files: FileChange[] = [{ path: about.file, content: codec.serialise({ ...record, recipients }) }];
  for (const [customer, list] of bounced) {
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

/**
 * The record of one mail (a feedback request, a usage statement): its `queued` becomes `sent`
 * or `failed`, with when and why.
 */
export async function recordOnSingleMail<T extends { status: string }>(
  root: string,
  about: { id: string; file: string },
  results: readonly MailResult[],
  what: string,
  parse: (file: string, text: string) => Parsed<T>,
  serialise: (record: T) => string,
): Promise<{ files: FileChange[]; messages: string[] }> {
  const record = await readMailRecord(root, about, what, parse);
  const r = results[results.length - 1]!;
  const updated = {
    ...record,
    status: r.status,
    ...(r.at && { at: r.at }),
    ...(r.error && { error: r.error.slice(0, 300) }),
  } as T;
  return {
    files: [{ path: about.file, content: serialise(updated) }],
    messages: [
      r.status === 'sent'
        ? `${about.id}: ${what} mailed to ${r.to}`
        : `${about.id}: ${what} NOT mailed to ${r.to} (given up)`,
    ],
  };
}
