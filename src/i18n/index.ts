import { io, perRun } from '../io/context.js';
import { chooseLanguage, type Language, type LanguageSources } from './language.js';
import { isLoaded, load, renderIn } from './render.js';
import { isText, text, type Key, type Text, type Values } from './keys.js';

export { text, isText, type Key, type Text, type Values } from './keys.js';
export { LANGUAGES, languageOf, type Language } from './language.js';

/**
 * The reader's language for this run and the texts in it. The command line settles the
 * language once from the environment before it parses (`useLanguage`), and once more when the
 * helpdesk is open and desk.yaml can say what the person and the helpdesk prefer.
 */
const chosen = perRun(() => ({ language: undefined as Language | undefined }));

export async function useLanguage(sources: Omit<LanguageSources, 'env'> = {}): Promise<Language> {
  const language = chooseLanguage({ env: io().env, ...sources });
  await load(language);
  chosen().language = language;
  return language;
}

/** The language of this run (English until `useLanguage` has chosen; English if German is not loaded). */
export function language(): Language {
  const set = chosen().language;
  if (set) return set;
  const wanted = chooseLanguage({ env: io().env });
  return isLoaded(wanted) ? wanted : 'en';
}

/**
 * The text `key` in the reader's language. With DESK_I18N_MARK set (tests), each text is
 * wrapped in invisible marks, so a test can tell every printed word that came from the
 * catalog from one that did not (test/i18n/uncatalogued.test.ts).
 */
export function t(key: Key, values?: Values): string {
  const shown = renderIn(language(), key, values);
  return io().env.DESK_I18N_MARK ? `${MARK_OPEN}${shown}${MARK_CLOSE}` : shown;
}

/**
 * The text `key` in a language other than the reader's: a report asked for with `--lang`, a
 * statement for a customer. Marked as `t` marks (the language must have been `load`ed).
 */
export function tIn(lang: Language, key: Key, values?: Values): string {
  const shown = renderIn(lang, key, values);
  return io().env.DESK_I18N_MARK ? `${MARK_OPEN}${shown}${MARK_CLOSE}` : shown;
}

/** Saying texts in one language: what a report's layout and formats are handed. */
export type Say = (key: Key, values?: Values) => string;

/** A text handed up from core or store (or, from older code, a sentence in English). */
export function say(message: Text | string): string {
  return isText(message) ? t(message.key, message.values) : message;
}

/** Several values as one text, `a, b, c`, each said in the language the whole is said in. */
export function listed(items: readonly (Text | string | undefined | false)[]): Text | string {
  const [first = '', ...rest] = items.filter((x): x is Text | string => Boolean(x));
  return rest.reduce<Text | string>((a, b) => text('cli.pair', { a, b }), first);
}

/** A text as the commit messages and logs keep it: in English, whoever reads the terminal. */
export function inEnglish(message: Text | string): string {
  return isText(message) ? renderIn('en', message.key, message.values) : message;
}

/** Word joiner and invisible separator: print as nothing, appear in no text. */
export const MARK_OPEN = '\u2060';
export const MARK_CLOSE = '\u2063';
