/**
 * A delivery report that comes back after desk's mail left (a "late bounce": the server took
 * the mail, the receiving one refused it later). When the returned mail was one of desk's own
 * mailings — an announcement, a survey, a staff notification — the report is written on that
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

/** The mailing a stored mail record names (`about: "announcement A-…"`), when it is one a bounce is written on. */
export function bouncedMailing(
  recordText: string,
): { kind: 'announcement' | 'survey' | 'notification'; id: string } | undefined {
  const m = /^about:\s*"?(announcement|survey|notification) ([^"\s]+)"?\s*$/m.exec(recordText);
  return m ? { kind: m[1] as 'announcement' | 'survey' | 'notification', id: m[2]! } : undefined;
}
