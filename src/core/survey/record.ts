import { z } from 'zod';
import { isoDate } from '../schema/common.js';
import { parseYamlRecord, stringifyYaml, type Parsed } from '../files/yaml-text.js';
import { subjectSlug } from '../announce/record.js';
import type { Recipient } from '../announce/recipients.js';

/**
 * A survey as sent (surveys/<year>/<id>.yaml): the question in each language, whom it went to,
 * what became of each mail and each answer. Written by `desk survey send` with every recipient
 * `queued`; the outbox writes each mail's result, `desk mail fetch` each answer.
 */
const answer = z.object({
  at: z.string().min(1),
  from: z.string().min(1),
  /** Absent when desk could not read one certain score: `text` is then kept for a person. */
  score: z.number().int().min(1).max(5).optional(),
  comment: z.string().optional(),
  text: z.string().optional(),
});
export type SurveyAnswer = z.infer<typeof answer>;

const recipient = z.object({
  customer: z.string().min(1),
  contact: z.string().min(1),
  email: z.string().min(3),
  language: z.enum(['de', 'en']),
  messageId: z.string().min(1),
  status: z.enum(['queued', 'sent', 'failed', 'bounced']),
  at: z.string().optional(),
  error: z.string().optional(),
  answer: answer.optional(),
});
export type SurveyRecipient = z.infer<typeof recipient>;

const text = z.object({ subject: z.string(), text: z.string() });
const ID = /^S-\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/;

const schema = z.object({
  id: z.string().regex(ID),
  date: isoDate,
  by: z.string().min(1),
  subject: z.string().min(1),
  customers: z.array(z.string()),
  texts: z.object({ de: text.optional(), en: text.optional() }),
  recipients: z.array(recipient),
});
export type SurveyRecord = z.infer<typeof schema>;

/** `S-2026-12-01-kundenzufriedenheit-2026`: the day and the subject. */
export const surveyId = (date: string, subject: string) => `S-${date}-${subjectSlug(subject) || 'survey'}`;
export const surveyPath = (id: string) => `surveys/${id.slice(2, 6)}/${id}.yaml`;

/** The survey and recipient a reply answers: its Message-ID is `desk.<survey id>.<12 hex>@…`. */
export function surveyAnswered(messageIds: readonly string[]): { survey: string; messageId: string } | undefined {
  for (const raw of messageIds) {
    const id = raw.replace(/^<|>$/g, '');
    const m = /^desk\.(S-\d{4}-\d{2}-\d{2}-[a-z0-9-]+)\.[0-9a-f]{12}@/.exec(id);
    if (m) return { survey: m[1]!, messageId: id };
  }
  return undefined;
}

/**
 * Who of the picked contacts is asked now: never an address a survey went to within
 * `intervalDays` (whichever survey it was), so sales can run one every quarter without asking
 * anyone twice in the interval.
 */
export function surveyDue(
  picked: readonly Recipient[],
  previous: readonly SurveyRecord[],
  today: string,
  intervalDays: number,
): { due: Recipient[]; recently: Recipient[] } {
  const last = new Map<string, string>();
  for (const s of previous)
    for (const r of s.recipients)
      if (r.status !== 'failed' && r.status !== 'bounced' && (last.get(r.email.toLowerCase()) ?? '') < s.date)
        last.set(r.email.toLowerCase(), s.date);
  const limit = Date.parse(`${today}T00:00:00Z`) - intervalDays * 86_400_000;
  const due: Recipient[] = [];
  const recently: Recipient[] = [];
  for (const p of picked) {
    const was = last.get(p.email.toLowerCase());
    (was !== undefined && Date.parse(`${was}T00:00:00Z`) > limit ? recently : due).push(p);
  }
  return { due, recently };
}

/** The answer on the recipient the reply is to; a second answer replaces the first (people correct themselves). */
export function withAnswer(record: SurveyRecord, messageId: string, a: SurveyAnswer): SurveyRecord | undefined {
  if (!record.recipients.some((r) => r.messageId === messageId)) return undefined;
  return {
    ...record,
    recipients: record.recipients.map((r) => (r.messageId === messageId ? { ...r, answer: a } : r)),
  };
}

const HEADER =
  "A survey as sent (docs/communication.md): never edit it by hand. recipients[].status is each mail's (queued, sent, failed, bounced); recipients[].answer the reply.";

export function serialiseSurvey(s: SurveyRecord): string {
  return stringifyYaml(JSON.parse(JSON.stringify(s)), HEADER);
}

export function parseSurvey(file: string, content: string): Parsed<SurveyRecord> {
  return parseYamlRecord(file, content, schema);
}
