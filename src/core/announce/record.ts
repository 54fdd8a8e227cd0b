import { z } from 'zod';
import { isoDate } from '../schema/common.js';
import { parseYamlRecord, stringifyYaml, type Parsed } from '../files/yaml-text.js';

/**
 * An announcement as sent (announcements/<year>/<id>.yaml): what it said in each language, whom
 * it was for, and what became of each mail. Written by `desk announce` with every recipient
 * `queued`; the outbox writes each result (`sent`, `failed`) as it sends.
 */
const recipient = z.object({
  customer: z.string().min(1),
  contact: z.string().min(1),
  email: z.string().min(3),
  language: z.enum(['de', 'en']),
  messageId: z.string().min(1),
  /** bounced: sent, then reported undeliverable by a later delivery report (the mail intake). */
  status: z.enum(['queued', 'sent', 'failed', 'bounced']),
  at: z.string().optional(),
  error: z.string().optional(),
});
export type AnnouncementRecipient = z.infer<typeof recipient>;

const text = z.object({ subject: z.string(), text: z.string() });

const schema = z.object({
  id: z.string().regex(/^A-\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/),
  date: isoDate,
  by: z.string().min(1),
  subject: z.string().min(1),
  filter: z.object({
    products: z.array(z.string()).default([]),
    customers: z.array(z.string()).default([]),
    contractKind: z.string().optional(),
    role: z.string().optional(),
  }),
  texts: z.object({ de: text.optional(), en: text.optional() }),
  recipients: z.array(recipient),
});
export type AnnouncementRecord = z.infer<typeof schema>;

/** `A-2026-12-01-wartung-lohn-gehalt`: the day and the subject, readable in a folder listing. */
export function announcementId(date: string, subject: string): string {
  return `A-${date}-${subjectSlug(subject) || 'announcement'}`;
}

/** The subject as a file name: lower case, ASCII, dashes, at most 40 characters. */
export function subjectSlug(subject: string): string {
  return subject
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

export const announcementPath = (id: string) => `announcements/${id.slice(2, 6)}/${id}.yaml`;

const HEADER =
  "An announcement to customers as sent (docs/communication.md): never edit it. recipients[].status is each mail's: queued, then sent or failed; bounced when a delivery report came back later.";

export function serialiseAnnouncement(a: AnnouncementRecord): string {
  return stringifyYaml(JSON.parse(JSON.stringify(a)), HEADER);
}

export function parseAnnouncement(file: string, content: string): Parsed<AnnouncementRecord> {
  return parseYamlRecord(file, content, schema);
}
