import type { IntlMessageFormat } from 'intl-messageformat';
import { en, type Catalog } from './catalog/en/index.js';
import { LOCALE, type Language } from './language.js';
import { figureIn, isFigure } from './figures.js';
import { isText, type Key, type Values } from './keys.js';

/**
 * Texts in a language, pure: no environment, no run. The English catalog is always here (it is
 * what errors carry for logs and stack traces); German is loaded the first time a run speaks it
 * (`load`), and a message is parsed the first time it is shown, so a command pays only for the
 * few texts it prints.
 */
const catalogs = new Map<Language, Catalog>([['en', en]]);
const parsed = new Map<string, IntlMessageFormat>();
/** The ICU formatter, loaded with the first language (desk --version never needs it). */
let Formatter: typeof IntlMessageFormat | undefined;

export async function load(language: Language): Promise<void> {
  if (!Formatter) {
    Formatter = (await import('intl-messageformat')).IntlMessageFormat;
    // The formatter asks ICU which of a message's locales it supports, and that question loads
    // ICU's number data: 9–12 ms of every command that prints a text with a placeholder, most of
    // which format no number. desk's two locales are in every ICU Node ships with, so the locale
    // is taken as given; a message that formats a number or a plural still loads the data then.
    Formatter.resolveLocale = (locales) => new Intl.Locale(Array.isArray(locales) ? locales[0]! : locales);
  }
  if (!catalogs.has(language)) catalogs.set(language, (await import('./catalog/de/index.js')).de);
}

export function isLoaded(language: Language): boolean {
  return catalogs.has(language);
}

/** The message's pattern as written in the catalog. */
export function pattern(language: Language, key: Key): string {
  const catalog = catalogs.get(language);
  if (!catalog) throw new Error(`the ${language} texts were not loaded before use (i18n/render.ts load)`);
  const dot = key.indexOf('.');
  const area = catalog[key.slice(0, dot) as keyof Catalog] as Record<string, string>;
  const found = area[key.slice(dot + 1)];
  if (found === undefined) throw new Error(`no text ${key} in the ${language} catalog`);
  return found;
}

export function renderIn(language: Language, key: Key, given?: Values): string {
  const source = pattern(language, key);
  const values = given && said(language, given);
  // most texts have no placeholder: they are shown as written, without the parser
  if (!source.includes('{') && !source.includes("'")) return source;
  if (!Formatter) return roughly(source, values);
  const id = `${language}\0${key}`;
  let format = parsed.get(id);
  if (!format) {
    format = new Formatter(source, LOCALE[language], undefined, { ignoreTag: true });
    parsed.set(id, format);
  }
  const result = format.format(values as Record<string, string | number | Date>);
  return Array.isArray(result) ? result.join('') : String(result);
}

/** The values with the texts and figures among them said in `language`. */
function said(language: Language, values: Values): Values {
  const out: Values = {};
  for (const [name, value] of Object.entries(values))
    out[name] = isText(value)
      ? renderIn(language, value.key, value.values)
      : isFigure(value)
        ? figureIn(language, value)
        : value;
  return out;
}

/**
 * Before any run has loaded the formatter (a core function called on its own, as in a unit
 * test), an error's English `message` still names its values: placeholders are filled in as
 * they are, plurals and selects left as written.
 */
function roughly(source: string, values: Values | undefined): string {
  return source.replace(/\{(\w+)\}/g, (whole, name: string) =>
    values?.[name] === undefined ? whole : String(values[name]),
  );
}
