import type { Language } from './language.js';

/**
 * What a typed answer to a yes/no question says: true, false, or undefined when it is neither
 * (ask again). German accepts j/ja and n/nein as well as y/yes and n/no, since a German keyboard
 * user answers in German and a habit from English tools still works; empty keeps `byDefault`.
 */
export function yesOrNo(typed: string, language: Language, byDefault: boolean): boolean | undefined {
  const answer = typed.trim().toLowerCase();
  if (answer === '') return byDefault;
  if (YES[language].includes(answer)) return true;
  if (NO[language].includes(answer)) return false;
  return undefined;
}

const YES: Record<Language, readonly string[]> = { en: ['y', 'yes'], de: ['j', 'ja', 'y', 'yes'] };
const NO: Record<Language, readonly string[]> = { en: ['n', 'no'], de: ['n', 'nein', 'no'] };
