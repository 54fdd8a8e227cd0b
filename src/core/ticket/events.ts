import { z } from 'zod';
import { ACTIVITIES, CATEGORIES, CHANNELS, HANDOFF_TARGETS, PRIORITIES } from './vocabulary.js';

/**
 * A ticket file is its event log. Every event has an id unique across clones, the instant it was
 * recorded (ISO 8601 with offset), the acting staff member, and a type-specific payload.
 * Events are never rewritten; corrections are new events.
 */
const instant = z
  .string()
  .refine((s) => /[T ]\d{2}:\d{2}/.test(s) && !Number.isNaN(Date.parse(s)), 'expected an ISO 8601 instant with offset');
const text = z.string().min(1);

const head = {
  id: z.string().regex(/^e-[0-9a-z]{8,}$/, 'event ids look like e-8f3k2m9q0a'),
  at: instant,
  by: z.string().min(1),
};

const qualification = {
  category: z.enum(CATEGORIES).optional(),
  product: z.string().optional(),
  module: z.string().optional(),
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
  z.object({ ...head, type: z.literal('message'), direction: z.enum(['to-customer', 'from-customer']), text }),
  z.object({ ...head, type: z.literal('comment'), text }),
  z.object({ ...head, type: z.literal('waiting'), reason: z.string().optional() }),
  z.object({ ...head, type: z.literal('resolved'), solution: text, kb: z.string().optional() }),
  z.object({ ...head, type: z.literal('returned'), note: z.string().optional() }),
  z.object({
    ...head,
    type: z.literal('closed'),
    acceptedBy: z.string().optional(),
    withoutAcceptance: z.string().optional(),
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
    on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
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
/** What a command contributes: the store adds id, instant and actor. */
export type EventPayload<T extends EventType = EventType> = T extends EventType
  ? Omit<EventOf<T>, 'id' | 'at' | 'by'>
  : never;
