/** The languages desk speaks. */
export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What decides the language of one run, strongest first (docs/commands.md#language). */
export interface LanguageSources {
  env: NodeJS.ProcessEnv;
  /** The `language` of the staff member at the keyboard in desk.yaml. */
  person?: Language;
  /** The helpdesk's `language` in desk.yaml. */
  helpdesk?: Language;
}

/**
 * DESK_LANG, then the person's setting, then the locale (LC_ALL, LC_MESSAGES, LANG, as POSIX
 * orders them), then the helpdesk's default, else English. A locale of C or POSIX, or of a
 * language desk does not speak, says nothing about the person, so the helpdesk's default decides.
 */
export function chooseLanguage({ env, person, helpdesk }: LanguageSources): Language {
  const chosen = languageOf(env.DESK_LANG);
  if (chosen) return chosen;
  if (person) return person;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return languageOf(locale) ?? helpdesk ?? 'en';
}

/** `de`, `de_DE.UTF-8`, `en-GB` → the language; anything else → undefined. */
export function languageOf(value: string | undefined): Language | undefined {
  const code = value
    ?.trim()
    .toLowerCase()
    .split(/[_.@-]/)[0];
  return LANGUAGES.find((l) => l === code);
}

/** The locale handed to Intl: German as in Germany; English as desk printed it before it spoke German. */
export const LOCALE: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };
