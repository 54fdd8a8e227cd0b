import { DUNNING_TEMPLATES } from '../dunning/mail.js';
import { usage } from '../errors.js';
import { NOTIFY_TEMPLATES } from '../notify/mail-text.js';
import { FEEDBACK_TEMPLATES } from '../feedback/mail-text.js';
import { USAGE_TEMPLATES } from '../usage-mail/record.js';
import { text as said } from '../../i18n/keys.js';

/**
 * Text blocks in templates/ with placeholders in double braces: `{{contact}}`, `{{ticket}}` …
 * An unknown placeholder is an error naming the template, so a typo never reaches a customer.
 */
export const PLACEHOLDERS = {
  customer: "the customer's name",
  greeting:
    '"Guten Tag Sabine Vogt" or "Hello Sabine Vogt" in the customer\'s language (without a name when none is known)',
  contact: "the contact person's name, or nothing",
  ticket: "the ticket's short id, e.g. T-4K7M2",
  title: "the ticket's title",
  staff: 'the name of the person writing',
  company: 'your company (desk.yaml company.name)',
  received: 'when the request arrived (company time)',
  reactionDue: 'the reaction deadline of the contract, or "—"',
} as const;
export type Placeholder = keyof typeof PLACEHOLDERS;

/** `known` is the placeholder set of the template's kind: a ticket's by default, a dunning letter's for `dunning`. */
export function renderTemplate<K extends string = Placeholder>(
  name: string,
  text: string,
  values: Record<K, string>,
  known: Record<K, string> = PLACEHOLDERS as Record<string, string> as Record<K, string>,
): string {
  return text.replace(/\{\{\s*([A-Za-z]+)\s*\}\}/g, (_, key: string) => {
    if (!Object.hasOwn(known, key))
      throw usage(
        said('input.unknownPlaceholder', { name, placeholder: `{{${key}}}` }),
        said('input.knownPlaceholders', { list: Object.keys(known).join(', ') }),
      );
    return values[key as K];
  });
}

/**
 * The built-in templates: the acknowledgement sent when `acknowledge: true`, and the mail a
 * dunning letter goes out with (its placeholders are the letter's, core/dunning/mail.ts).
 */
export const BUILT_IN_TEMPLATES: Record<string, Record<'de' | 'en', string>> = {
  ...DUNNING_TEMPLATES,
  ...NOTIFY_TEMPLATES,
  ...FEEDBACK_TEMPLATES,
  ...USAGE_TEMPLATES,
  acknowledgement: {
    de: `{{greeting}},

vielen Dank für Ihre Nachricht. Wir haben Ihre Anfrage unter der Nummer {{ticket}} aufgenommen
und melden uns so bald wie möglich bei Ihnen.

Bitte lassen Sie die Nummer {{ticket}} im Betreff stehen, wenn Sie uns dazu schreiben.

Dies ist eine automatische Eingangsbestätigung.

Ihr Support-Team
{{company}}`,
    en: `{{greeting}},

thank you for your message. We have recorded your request as {{ticket}} and will get back
to you as soon as we can.

Please keep {{ticket}} in the subject when you write to us about it.

This is an automatic acknowledgement of receipt.

Your support team
{{company}}`,
  },
};

export function greeting(language: 'de' | 'en', contact: string | undefined): string {
  const hello = language === 'de' ? 'Guten Tag' : 'Hello';
  return contact ? `${hello} ${contact}` : hello;
}
