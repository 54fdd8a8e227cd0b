import { normaliseTicketRef } from '../ids.js';
import type { Status } from '../ticket/vocabulary.js';

/**
 * Which ticket a mail belongs to, and what it does there. A mail belongs to a ticket when its
 * In-Reply-To or References name a message desk sent or received on it (the mail program's own
 * record of the conversation), else when its subject carries the ticket's id. The headers come
 * first: a subject can quote another ticket's id; a reference cannot lie about the thread.
 */

/** Ticket ids in a subject: `[T-4K7M2]`, `(T-4K7M2)`, `#T-4K7M2` or `T-4K7M2` standing alone, as prefixes. */
export function ticketRefsInSubject(subject: string): string[] {
  const refs: string[] = [];
  for (const m of subject.matchAll(/(^|[\s[(#:])(T-[0-9A-Za-z]{5,12})(?=$|[\s\]),.:;!?])/g)) {
    const token = m[2]!;
    const bracketed = m[1] === '[' || m[1] === '(' || m[1] === '#';
    // a bare id in prose counts when it has a digit (a company called "T-Systems" is no ticket)
    if (!bracketed && !/\d/.test(token)) continue;
    const ref = normaliseTicketRef(token);
    if (ref) refs.push(ref); // else not an id after all (letters outside the id alphabet)
  }
  return [...new Set(refs)];
}

/** Message-IDs named by In-Reply-To and References, nearest first, without angle brackets. */
export function referencedIds(inReplyTo: string | undefined, references: readonly string[]): string[] {
  const ids = [...(inReplyTo ? messageIdsIn(inReplyTo) : []), ...[...references].reverse().flatMap(messageIdsIn)];
  return [...new Set(ids)];
}

export function messageIdsIn(header: string): string[] {
  const bracketed = [...header.matchAll(/<([^<>\s]+)>/g)].map((m) => m[1]!);
  if (bracketed.length) return bracketed;
  return header
    .split(/\s+/)
    .map((s) => s.trim())
    .filter((s) => s.includes('@'));
}

/** A Message-ID as desk keys it: without angle brackets and surrounding space. */
export function normaliseMessageId(raw: string | undefined): string | undefined {
  const id = raw?.trim().replace(/^<+/, '').replace(/>+$/, '').trim();
  return id ? id : undefined;
}

/**
 * What a customer's mail does to the ticket it threads to (docs/email.md):
 * - open, escalated, new, handed-off: the message is added;
 * - waiting: added, and the wait ends (the customer answered);
 * - resolved: a dispute of the solution — added, and the ticket reopens;
 * - closed: the conversation is over — a new ticket opens, linked to the old one.
 */
export type ThreadAction = 'append' | 'append-and-reopen' | 'follow-up';

export function threadAction(status: Status): ThreadAction {
  switch (status) {
    case 'resolved':
      return 'append-and-reopen';
    case 'closed':
      return 'follow-up';
    default:
      // waiting ends by the message itself (projection: a customer's message resumes the ticket)
      return 'append';
  }
}

/** The subject of a reply: the ticket's id in brackets once, "Re:"/"AW:" prefixes collapsed to one. */
export function replySubject(original: string, shortId: string): string {
  const bare = original
    .replace(/^\s*((re|aw|antw|wg|fwd?|sv|vs)\s*(\[\d+\])?\s*:\s*)+/i, '')
    .replace(new RegExp(`\\s*\\[${shortId.replace(/-/g, '\\-')}[0-9A-Z]*\\]\\s*`, 'g'), ' ')
    .trim();
  // "Re:" in every language: German Outlook writes "AW:", but every program understands "Re:"
  return `Re: ${bare} [${shortId}]`.replace(/\s+/g, ' ');
}
