import { z } from 'zod';
import { isoDate, isoInstant } from '../schema/common.js';
import { ACTIVITIES, CATEGORIES, CHANNELS, HANDOFF_TARGETS, PRIORITIES, TAG_PATTERN } from './vocabulary.js';

/**
 * A ticket file is its event log. Every event has an id unique across clones, the instant it was
 * recorded (ISO 8601 with offset), the acting staff member, and a type-specific payload.
 * Events are never rewritten; corrections are new events.
 */
const instant = isoInstant;
const text = z.string().min(1);
const day = isoDate;
const tag = z.string().regex(TAG_PATTERN, 'tags are lower-case words, digits and dashes');

const head = {
  id: z.string().regex(/^e-[0-9a-z]{8,}$/, 'event ids look like e-8f3k2m9q0a'),
  at: instant,
  by: z.string().min(1),
  /** Who typed it in for `by` (a phone approval entered by First Level), when that was someone else. */
  enteredBy: z.string().min(1).optional(),
};

/**
 * What desk keeps of an e-mail on the ticket: the headers a person reads and where the original is
 * stored (core/mail/keys.ts). Addresses are "Name <address>" as the message named them.
 */
export const mailFactsSchema = z.object({
  messageId: z.string().min(1),
  from: z.string(),
  to: z.array(z.string()).default([]),
  cc: z.array(z.string()).default([]),
  subject: z.string().default(''),
  /** The message's Date header, if it had a valid one. */
  date: instant.optional(),
  /** The mail source it came from (desk.yaml mail.sources), or "import". */
  source: z.string().optional(),
  /** The stored original, relative to the helpdesk root. */
  original: z.string().min(1),
  attachments: z
    .array(
      z.object({
        name: z.string().min(1),
        /** File name in the ticket's attachment folder. */
        file: z.string().min(1),
        bytes: z.number().int().nonnegative(),
        type: z.string().optional(),
        /** An image shown inside the message (kept with the original, not saved apart). */
        inline: z.literal(true).optional(),
        /** Too large to save apart: only in the stored original. */
        tooLarge: z.literal(true).optional(),
      }),
    )
    .default([]),
  /** Quoted history or a signature was cut from the text; the original has it all. */
  trimmed: z.literal(true).optional(),
});
export type MailFacts = z.infer<typeof mailFactsSchema>;

const qualification = {
  category: z.enum(CATEGORIES).optional(),
  product: z.string().optional(),
  // none is no field: an empty module would be listed as a module named ""
  module: z.string().min(1, 'a module cannot be empty; leave module out for none').optional(),
  priority: z.enum(PRIORITIES).optional(),
};

export const eventSchema = z.discriminatedUnion('type', [
  z.object({
    ...head,
    type: z.literal('opened'),
    title: text,
    customer: z.string().min(1),
    description: z.string().default(''),
    channel: z.enum(CHANNELS),
    contact: z.string().optional(),
    receivedAt: instant,
    /** The address of the person who wrote in (mail: the sender), replies go there. */
    contactEmail: z.string().optional(),
    /** Opened by a mail on a closed ticket: the ticket it follows up. */
    follows: z.string().optional(),
    /** Opened by this e-mail. */
    mail: mailFactsSchema.optional(),
    /** The person recording it was talking to the customer (phone, on site, remote session): that is the reaction. */
    conversation: z.literal(true).optional(),
    ...qualification,
  }),
  z.object({ ...head, type: z.literal('qualified'), ...qualification }),
  z.object({ ...head, type: z.literal('assigned'), to: z.string().min(1) }),
  z.object({ ...head, type: z.literal('escalated'), reason: text, to: z.string().optional() }),
  z.object({
    ...head,
    type: z.literal('estimated'),
    minutes: z.number().int().positive(),
    note: z.string().optional(),
  }),
  z.object({ ...head, type: z.literal('approved'), note: z.string().optional() }),
  z.object({
    ...head,
    type: z.literal('handed-off'),
    target: z.enum(HANDOFF_TARGETS),
    to: z.string().min(1),
    reason: text,
  }),
  z.object({
    ...head,
    type: z.literal('message'),
    direction: z.enum(['to-customer', 'from-customer']),
    text,
    /** Sent or received as e-mail. A mail to the customer is queued until `mail-sent` records its delivery. */
    mail: mailFactsSchema.optional(),
  }),
  /** The SMTP server accepted a queued mail. */
  z.object({ ...head, type: z.literal('mail-sent'), messageId: z.string().min(1), response: z.string().optional() }),
  /** A queued mail could not be delivered and is given up; its writer sees it in their queue. */
  z.object({ ...head, type: z.literal('mail-failed'), messageId: z.string().min(1), error: text }),
  /** An auto-reply (out of office) or a bounce: recorded, but it starts nothing and is never answered. */
  z.object({
    ...head,
    type: z.literal('machine-mail'),
    kind: z.enum(['auto-reply', 'bounce']),
    mail: mailFactsSchema,
    /** A bounce: the address that could not be reached. */
    address: z.string().optional(),
    text: z.string().default(''),
  }),
  /** Someone of the customer's mail domain wrote in who is not a contact yet: add them to the customer file? */
  z.object({
    ...head,
    type: z.literal('contact-proposed'),
    customer: z.string().min(1),
    name: z.string().optional(),
    email: z.string().min(3),
  }),
  z.object({ ...head, type: z.literal('comment'), text }),
  z.object({
    ...head,
    type: z.literal('waiting'),
    reason: z.string().optional(),
    /** The day the ticket comes back to the work list if the customer has not answered by then. */
    until: day.optional(),
  }),
  z.object({ ...head, type: z.literal('resolved'), solution: text, kb: z.string().optional() }),
  z.object({ ...head, type: z.literal('returned'), note: z.string().optional() }),
  z.object({
    ...head,
    type: z.literal('closed'),
    acceptedBy: z.string().optional(),
    withoutAcceptance: z.string().optional(),
    /** Accepted by silence: resolved this many business days ago without acceptance or objection. */
    silentDays: z.number().int().positive().optional(),
    /** Junk, never a request: no acceptance, no billing, out of the reaction-time figures. */
    spam: z.literal(true).optional(),
    /** The same request as this ticket; `desk merge` also moved its events there (mergedInto). */
    duplicateOf: z.string().optional(),
    merged: z.literal(true).optional(),
  }),
  z.object({ ...head, type: z.literal('reopened'), reason: text }),
  z.object({
    ...head,
    type: z.literal('time-logged'),
    minutes: z
      .number()
      .int()
      .positive()
      .max(24 * 60),
    activity: z.enum(ACTIVITIES),
    on: day,
    staff: z.string().min(1),
    note: z.string().optional(),
    nonBillable: z.string().optional(),
    replaces: z.string().optional(),
    /** Set when the time needs a person's look before billing, e.g. a forgotten work session that was capped. */
    review: z.string().optional(),
  }),
  z.object({ ...head, type: z.literal('time-cancelled'), entry: z.string().min(1), reason: z.string().optional() }),
  /**
   * A person looked at time and confirms what counts: an entry marked for review, or the result of
   * corrections of one entry made apart in two clones (`entry` is then the entry that counts, or the
   * cancellation that won).
   */
  z.object({ ...head, type: z.literal('time-confirmed'), entry: z.string().min(1), note: z.string().optional() }),
  /** A person looked at moves made apart in two clones and settles the ticket where it stands. */
  z.object({ ...head, type: z.literal('settled'), note: z.string().optional() }),
  z.object({ ...head, type: z.literal('kb-linked'), slug: z.string().min(1) }),
  z.object({ ...head, type: z.literal('tagged'), add: z.array(tag).default([]), remove: z.array(tag).default([]) }),
  z.object({
    ...head,
    type: z.literal('edited'),
    title: text.optional(),
    contact: z.string().optional(),
    customer: z.string().min(1).optional(),
    description: z.string().optional(),
    channel: z.enum(CHANNELS).optional(),
    receivedAt: instant.optional(),
    reason: z.string().optional(),
  }),
  /** On the kept ticket: the duplicate `from` was merged into it; the moved events follow with their own ids. */
  z.object({ ...head, type: z.literal('merged'), from: z.string().min(1), title: z.string().optional() }),
  z.object({
    ...head,
    type: z.literal('attached'),
    name: z.string().min(1),
    /** The file's name in the ticket's attachment folder: unique across clones, so merges keep both. */
    file: z.string().regex(/^e-[0-9a-z]{8,}-[^/\\]+$/, 'attachment files are named <event id>-<name>'),
    bytes: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  z.object({
    ...head,
    type: z.literal('feedback'),
    score: z.number().int().min(1).max(5),
    comment: z.string().optional(),
    from: z.string().optional(),
  }),
  z.object({
    ...head,
    type: z.literal('commit-linked'),
    hash: z.string().regex(/^[0-9a-f]{7,64}$/),
    subject: z.string(),
    author: z.string(),
    date: instant,
    repository: z.string(),
    url: z.string().optional(),
  }),
]);

export type TicketEvent = z.infer<typeof eventSchema>;
export type EventType = TicketEvent['type'];
export type EventOf<T extends EventType> = Extract<TicketEvent, { type: T }>;
/** What a command contributes: the store adds id, instant and actor (and who entered it for them). */
export type EventPayload<T extends EventType = EventType> = T extends EventType
  ? Omit<EventOf<T>, 'id' | 'at' | 'by' | 'enteredBy'>
  : never;
