import { createHash } from 'node:crypto';
import { newEventId, newTicketId } from '../core/ids.js';

/**
 * Every mail is known by a key derived from its Message-ID (or from its bytes when it has none):
 * the same mail fetched twice, by one clone after a crash or by two clones, gets the same key,
 * the same stored files, the same ticket id and the same event ids. That is what makes intake
 * exactly-once: a key already stored is skipped, and two clones' commits of one mail merge to one.
 */
export function mailKey(messageId: string | undefined, raw: Uint8Array): string {
  const h = createHash('sha256');
  if (messageId) h.update(`id:${messageId}`);
  else h.update('raw:').update(raw);
  return h.digest('hex').slice(0, 32);
}

/** The Message-ID desk records for a mail that came without one. */
export const standInMessageId = (key: string) => `no-message-id-${key}@desk.invalid`;

/** Where a mail's original is stored: sharded by the key's first two characters, so folders stay small. */
export const mailFile = (key: string) => `mail/${key.slice(0, 2)}/${key}.eml`;
/** Beside it, which ticket it belongs to: how a reply's References find their ticket. */
export const mailRecordFile = (key: string) => `mail/${key.slice(0, 2)}/${key}.yaml`;
/** A mail waiting to be sent (docs/email.md, the outbox). */
export const outboxFile = (key: string) => `outbox/${key}.yaml`;

const digest = (text: string) => createHash('sha256').update(text).digest();

/** The ticket a mail opens: the same in every clone that takes the mail in. */
export const ticketIdForMail = (key: string) => newTicketId(digest(`ticket:${key}`));
/** The n-th event a mail adds: the same in every clone. */
export const eventIdForMail = (key: string, n: number) => newEventId(digest(`event:${key}:${n}`));
