import { z } from 'zod';
import { parseYamlRecord, stringifyYaml, type Parsed } from '../files/yaml-text.js';
import type { Customer } from '../schema/customer.js';
import type { TicketState } from '../ticket/projection.js';
import { NOT_A_REQUEST } from '../ticket/vocabulary.js';

/**
 * Which closed tickets get a feedback request (docs/communication.md): the customer's policy
 * (every ticket, a sample, none), at most one request per ticket ever, never a second one to the
 * same address within the interval, never to a contact who opted out or whose address bounced.
 * The sample is chosen from the ticket id, so every clone picks the same tickets.
 */
export const FEEDBACK_POLICIES = ['every', 'sample', 'none'] as const;
export type FeedbackPolicy = (typeof FEEDBACK_POLICIES)[number];

export interface FeedbackSettings {
  requests: FeedbackPolicy;
  /** Percent of closed tickets asked, under `sample`. */
  sample: number;
  intervalDays: number;
  /** Tickets closed longer ago than this are not asked any more. */
  withinDays: number;
}

export interface RequestDue {
  ticket: string;
  customer: string;
  contact: string;
  email: string;
  language: 'de' | 'en';
}

export interface RequestSkipped {
  ticket: string;
  why: 'no address' | 'opted out' | 'bounced' | 'asked recently' | 'not in the sample';
}

export function feedbackRequestsDue(input: {
  closed: readonly TicketState[];
  customers: ReadonlyMap<string, Customer>;
  settings: FeedbackSettings;
  /** Every request sent before: ticket, address and when. */
  requested: readonly { ticket: string; email: string; requestedAt: string }[];
  now: Date;
}): { due: RequestDue[]; skipped: RequestSkipped[] } {
  const due: RequestDue[] = [];
  const skipped: RequestSkipped[] = [];
  const asked = new Set(input.requested.map((r) => r.ticket));
  const lastTo = new Map<string, number>();
  for (const r of input.requested)
    lastTo.set(r.email.toLowerCase(), Math.max(lastTo.get(r.email.toLowerCase()) ?? 0, Date.parse(r.requestedAt)));
  const since = input.now.getTime() - input.settings.withinDays * 86_400_000;
  const interval = input.settings.intervalDays * 86_400_000;
  for (const s of [...input.closed].sort((a, b) => (a.closedAt ?? '').localeCompare(b.closedAt ?? ''))) {
    if (s.status !== 'closed' || !s.closedAt || Date.parse(s.closedAt) < since) continue;
    if (s.closure && NOT_A_REQUEST.includes(s.closure)) continue;
    if (s.feedback || asked.has(s.id)) continue;
    const customer = input.customers.get(s.customer);
    if (!customer) continue;
    const policy = customer.feedbackRequests ?? input.settings.requests;
    if (policy === 'none') continue;
    if (policy === 'sample' && bucketOf(s.id) >= input.settings.sample) {
      skipped.push({ ticket: s.id, why: 'not in the sample' });
      continue;
    }
    const person =
      customer.contacts.find(
        (c) => c.email && s.contactEmail && c.email.toLowerCase() === s.contactEmail.toLowerCase(),
      ) ?? customer.contacts.find((c) => c.name === s.contact);
    const email = person?.email ?? s.contactEmail;
    if (!email) {
      skipped.push({ ticket: s.id, why: 'no address' });
      continue;
    }
    if (person?.noMail?.includes('feedback')) {
      skipped.push({ ticket: s.id, why: 'opted out' });
      continue;
    }
    if (person?.bounced) {
      skipped.push({ ticket: s.id, why: 'bounced' });
      continue;
    }
    const last = lastTo.get(email.toLowerCase());
    if (last !== undefined && input.now.getTime() - last < interval) {
      skipped.push({ ticket: s.id, why: 'asked recently' });
      continue;
    }
    lastTo.set(email.toLowerCase(), input.now.getTime());
    due.push({
      ticket: s.id,
      customer: customer.id,
      contact: person?.name ?? s.contact ?? '',
      email,
      language: person?.language ?? customer.language ?? customer.invoiceLanguage,
    });
  }
  return { due, skipped };
}

/** 0–99 from the ticket id (FNV-1a): the same in every clone. */
function bucketOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 100;
}

const record = z.object({
  ticket: z.string().min(1),
  customer: z.string().min(1),
  contact: z.string(),
  email: z.string().min(3),
  language: z.enum(['de', 'en']),
  messageId: z.string().min(1),
  requestedAt: z.string().min(1),
  /** bounced: sent, then reported undeliverable by a later delivery report (the mail intake). */
  status: z.enum(['queued', 'sent', 'failed', 'bounced']),
  at: z.string().optional(),
  error: z.string().optional(),
});
export type FeedbackRequestRecord = z.infer<typeof record>;

/** feedback-requests/<year>/<ticket>.yaml: one request per ticket, its path from the ticket id. */
export const feedbackRequestPath = (ticket: string, requestedAt: string) =>
  `feedback-requests/${requestedAt.slice(0, 4)}/${ticket}.yaml`;

export function serialiseFeedbackRequest(r: FeedbackRequestRecord): string {
  return stringifyYaml(
    JSON.parse(JSON.stringify(r)),
    "A feedback request sent after the ticket was closed (docs/communication.md); the answer becomes the ticket's feedback.",
  );
}

export function parseFeedbackRequest(file: string, text: string): Parsed<FeedbackRequestRecord> {
  return parseYamlRecord(file, text, record);
}

/** The ticket a reply answers a feedback request of: its Message-ID names it (desk.feedback.<ticket>.…). */
export function feedbackRequestTicket(messageIds: readonly string[]): string | undefined {
  for (const id of messageIds) {
    const m = /^<?desk\.feedback\.(T-[0-9A-Z]+)\./.exec(id);
    if (m) return m[1];
  }
  return undefined;
}

/**
 * What a reply to a feedback request adds to its ticket: the rating as the ticket's feedback,
 * or — when the answer does not say one score for certain — a note for a person to read, who
 * then records it with `desk feedback`.
 */
export function feedbackAnswerEvents(
  answer: string,
  from: string,
  rating: { score?: number; comment?: string },
): [{ type: 'feedback'; score: number; comment?: string; from: string }] | [{ type: 'comment'; text: string }] {
  if (rating.score !== undefined)
    return [{ type: 'feedback', score: rating.score, ...(rating.comment && { comment: rating.comment }), from }];
  return [
    {
      type: 'comment',
      text: `Answer to the feedback request from ${from}, no certain score — record it with desk feedback:\n${answer}`,
    },
  ];
}
