/**
 * A delivery report that comes back after desk's mail left (a "late bounce": the server took
 * the mail, the receiving one refused it later). When the returned mail was one of desk's own
 * mailings — an announcement, a survey, a staff notification, a feedback request, a usage
 * statement, a report or digest mailed to staff — the report is written on that
 * mailing's record, on the one mail it returns, and never filed as a customer's ticket.
 */
import type { RecipientStatus } from './delivery-status.js';

/** A record with one mail per recipient (announcements, surveys) or per delivery (notifications). */
export interface MailItem {
  messageId?: string;
  status: string;
  at?: string;
  error?: string;
}

/**
 * The items whose mail `messageId` came back undeliverable for `failures`, marked `bounced` with
 * when and why; undefined when no item is that mail (or it is marked already). An item matches
 * by its Message-ID, and, when it names an address, by that address among the failures.
 */
export function withLateBounce<T extends MailItem & { email?: string }>(
  items: readonly T[],
  messageId: string,
  failures: readonly RecipientStatus[],
  at: string,
  note: (f: RecipientStatus) => string,
): T[] | undefined {
  let changed = false;
  const next = items.map((x) => {
    if (x.messageId !== messageId || x.status === 'bounced') return x;
    const f = x.email ? failures.find((y) => y.recipient === x.email!.toLowerCase()) : failures[0];
    if (!f) return x;
    changed = true;
    return { ...x, status: 'bounced', at, error: note(f) };
  });
  return changed ? next : undefined;
}

/** The mailings a late bounce is written on: their mails are desk's own, not a ticket's. */
export const BOUNCED_MAILINGS = [
  'announcement',
  'survey',
  'notification',
  'feedback-request',
  'usage-statement',
  'staff-mail',
] as const;
export type BouncedMailing = (typeof BOUNCED_MAILINGS)[number];

/** The mailing a stored mail record names (`about: "announcement A-…"`, `about: "usage-statement acme 2026-11"`), when it is one a bounce is written on. */
export function bouncedMailing(recordText: string): { kind: BouncedMailing; id: string } | undefined {
  const m = /^about:\s*"?([a-z-]+) ([^"\n]+?)"?\s*$/m.exec(recordText);
  return m && (BOUNCED_MAILINGS as readonly string[]).includes(m[1]!)
    ? { kind: m[1] as BouncedMailing, id: m[2]! }
    : undefined;
}
