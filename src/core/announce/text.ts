import { usage } from '../errors.js';
import { greeting } from '../mail/template.js';
import { renderTemplate } from '../mail/template.js';
import { oneLine } from '../safe-text/index.js';

export type Language = 'de' | 'en';

/** One language's text of an announcement: its subject and body. */
export interface AnnouncementText {
  subject: string;
  text: string;
}

/**
 * The text file of an announcement: a block per language, each starting with a line `--- de`
 * or `--- en`, optionally followed by `Subject: …` (else --subject); a file without such lines
 * is one text for every language. Recipients read it in their language; an announcement
 * without an English block goes to English readers in German, and the command says so.
 */
export function parseAnnouncementText(
  file: string,
  content: string,
  subject: string,
): Partial<Record<Language, AnnouncementText>> {
  const text = content.replace(/\r\n?/g, '\n');
  const marks = [...text.matchAll(/^---[ \t]*(\S+)[ \t]*$/gm)];
  if (marks.length === 0) {
    const one = block(text, subject);
    return { de: one, en: one };
  }
  const out: Partial<Record<Language, AnnouncementText>> = {};
  marks.forEach((m, i) => {
    const lang = m[1]!.toLowerCase();
    if (lang !== 'de' && lang !== 'en')
      throw usage(`${file}: "--- ${m[1]}" is not a language block`, 'start each text with a line --- de or --- en');
    if (out[lang]) throw usage(`${file}: two "--- ${lang}" blocks`, 'give each language once');
    out[lang] = block(text.slice(m.index + m[0].length, marks[i + 1]?.index ?? text.length), subject);
  });
  for (const [lang, t] of Object.entries(out))
    if (!t.text) throw usage(`${file}: the "--- ${lang}" block has no text`, 'write the announcement under it');
  return out;
}

function block(raw: string, subject: string): AnnouncementText {
  const lines = raw.replace(/^\n+/, '').split('\n');
  const head = /^(?:subject|betreff):[ \t]*(.+)$/i.exec(lines[0] ?? '');
  return {
    subject: oneLine(head ? head[1]! : subject),
    text: (head ? lines.slice(1) : lines).join('\n').trim(),
  };
}

/** What the placeholders of an announcement stand for, for each recipient. */
export const ANNOUNCE_PLACEHOLDERS = {
  greeting: '"Guten Tag Sabine Vogt" or "Hello Sabine Vogt" in the reader\'s language',
  contact: "the contact person's name",
  customer: "the customer's name",
  products: "the customer's products that the announcement is about (or all of the customer's)",
  serviceHours: 'the service hours of the week, from desk.yaml calendar',
  closedDays: 'the public holidays and closing days of the next six weeks, one per line',
  company: 'your company (desk.yaml company.name)',
} as const;
export type AnnouncePlaceholder = keyof typeof ANNOUNCE_PLACEHOLDERS;

export function renderAnnouncement(
  t: AnnouncementText,
  language: Language,
  values: Omit<Record<AnnouncePlaceholder, string>, 'greeting'>,
): AnnouncementText {
  const all = { ...values, greeting: greeting(language, values.contact || undefined) };
  return {
    subject: oneLine(renderTemplate('announcement subject', t.subject, all, ANNOUNCE_PLACEHOLDERS)),
    text: `${renderTemplate('announcement', t.text, all, ANNOUNCE_PLACEHOLDERS).trim()}\n`,
  };
}
