import { z } from 'zod';
import { parseYamlRecord, stringifyYaml, type Parsed } from '../files/yaml-text.js';

/** A usage statement mailed to a customer (usage-statements/<year>/<customer>-<period>.yaml). */
const schema = z.object({
  customer: z.string().min(1),
  period: z.string().min(1),
  to: z.string().min(3),
  language: z.enum(['de', 'en']),
  messageId: z.string().min(1),
  mailedAt: z.string().min(1),
  /** bounced: sent, then reported undeliverable by a later delivery report (the mail intake). */
  status: z.enum(['queued', 'sent', 'failed', 'bounced']),
  at: z.string().optional(),
  error: z.string().optional(),
});
export type UsageStatementRecord = z.infer<typeof schema>;

export const usageStatementPath = (customer: string, period: string, mailedAt: string) =>
  `usage-statements/${mailedAt.slice(0, 4)}/${customer}-${period}-${mailedAt.slice(0, 10)}.yaml`;

export function serialiseUsageStatement(r: UsageStatementRecord): string {
  return stringifyYaml(
    JSON.parse(JSON.stringify(r)),
    'A usage statement mailed to the customer (docs/communication.md).',
  );
}

export function parseUsageStatement(file: string, text: string): Parsed<UsageStatementRecord> {
  return parseYamlRecord(file, text, schema);
}

export const USAGE_PLACEHOLDERS = {
  greeting: '"Guten Tag Sabine Vogt" or "Hello Tom Harris"',
  customer: "the customer's name",
  period: 'the period, e.g. 2026-11',
  used: 'hours used of the quota or minimum, e.g. 8:30 h of 10:00 h',
  company: 'your company (desk.yaml company.name)',
} as const;

export const USAGE_TEMPLATES: Record<string, Record<'de' | 'en', string>> = {
  'usage-statement-subject': {
    de: 'Ihre Verbrauchsübersicht {{period}}',
    en: 'Your usage statement {{period}}',
  },
  'usage-statement': {
    de: `{{greeting}},

anbei Ihre Verbrauchsübersicht für {{period}}: {{used}}.
Die Einzelheiten stehen im angehängten PDF.

Bei Fragen dazu melden Sie sich gern.

Ihr Support-Team
{{company}}`,
    en: `{{greeting}},

please find your usage statement for {{period}} attached: {{used}}.
The details are in the PDF.

Please let us know if you have any questions.

Your support team
{{company}}`,
  },
};
