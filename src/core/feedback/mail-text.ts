/** What the placeholders of the templates `feedback-request` and `feedback-request-subject` stand for. */
export const FEEDBACK_PLACEHOLDERS = {
  greeting: '"Guten Tag Sabine Vogt" or "Hello Tom Harris"',
  ticket: "the ticket's short id",
  title: "the ticket's title",
  company: 'your company (desk.yaml company.name)',
} as const;
export type FeedbackPlaceholder = keyof typeof FEEDBACK_PLACEHOLDERS;

export const FEEDBACK_TEMPLATES: Record<string, Record<'de' | 'en', string>> = {
  'feedback-request-subject': {
    de: 'Ihre Meinung zu [{{ticket}}] {{title}}',
    en: 'How did we do? [{{ticket}}] {{title}}',
  },
  'feedback-request': {
    de: `{{greeting}},

Ihre Anfrage {{ticket}} ist abgeschlossen. Wie zufrieden waren Sie mit unserer Hilfe?

Antworten Sie einfach auf diese Mail mit einer Zahl von 1 (schlecht) bis 5 (sehr gut)
in der ersten Zeile, gern mit einem Satz dazu.

Vielen Dank!
Ihr Support-Team
{{company}}`,
    en: `{{greeting}},

your request {{ticket}} is closed. How satisfied were you with our help?

Just reply to this mail with a number from 1 (poor) to 5 (excellent) on the first line,
and a sentence if you like.

Thank you!
Your support team
{{company}}`,
  },
};
