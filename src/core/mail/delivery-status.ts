/**
 * A delivery status notification (RFC 3464): the report a mail server sends back when it could
 * not deliver a message, as a `message/delivery-status` part of a `multipart/report`. Its fields
 * are header fields, one group for the message and one per recipient (src/mail/parse.ts reads
 * them with the mail parser); what they mean for desk is decided here.
 */
export interface RecipientStatus {
  /** The address that failed (Final-Recipient, else Original-Recipient), lower case. */
  recipient: string;
  /** failed, delayed, delivered, relayed or expanded. */
  action: string;
  /** The enhanced status code (RFC 3463), e.g. 5.1.1. */
  status: string;
  /** What the receiving server said, when the report quotes it. */
  diagnostic?: string;
}

/** One group of fields, by lower-case name, values unfolded. */
export type FieldGroup = ReadonlyMap<string, string>;

/** The recipients a report speaks of, from its field groups (the message's own group has none). */
export function recipientStatuses(groups: readonly FieldGroup[]): RecipientStatus[] {
  const out: RecipientStatus[] = [];
  for (const g of groups) {
    const recipient = addressOf(g.get('final-recipient')) ?? addressOf(g.get('original-recipient'));
    const action = g.get('action')?.trim().toLowerCase();
    if (!recipient || !action) continue;
    const diagnostic = g
      .get('diagnostic-code')
      ?.replace(/^[^;]*;\s*/, '')
      .trim();
    out.push({
      recipient,
      action,
      status: (g.get('status') ?? '').trim().split(/\s/)[0] ?? '',
      ...(diagnostic && { diagnostic }),
    });
  }
  return out;
}

/**
 * The recipients that will never get the message: action `failed` with a permanent status
 * (5.x.x). A delay (`delayed`, 4.x.x) is a warning, the server still tries.
 */
export function permanentFailures(statuses: readonly RecipientStatus[]): RecipientStatus[] {
  return statuses.filter((s) => s.action === 'failed' && !s.status.startsWith('4'));
}

/** What a bounce says in a record or a customer file: `5.1.1 550 5.1.1 <…>: User unknown`, one line. */
export function bounceNote(s: Pick<RecipientStatus, 'status' | 'diagnostic'>): string {
  return [s.status, s.diagnostic].filter(Boolean).join(' ').replace(/\s+/g, ' ').slice(0, 200);
}

/** `rfc822; name@example.org` → name@example.org (lower case); other address types are not mail addresses. */
function addressOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const m = /^\s*rfc822\s*;\s*<?([^\s<>]+@[^\s<>]+?)>?\s*$/i.exec(value);
  return m?.[1]?.toLowerCase();
}
