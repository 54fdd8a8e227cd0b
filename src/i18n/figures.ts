import { displayMoney } from '../core/money.js';
import { formatDuration } from '../core/duration.js';
import type { Figure } from './keys.js';
import type { Language } from './language.js';

/** A calendar day (`2026-12-06`): `06.12.2026` in German, as it is in English. Pure. */
export function dayIn(language: Language, isoDay: string): string {
  if (language === 'en') return isoDay;
  const [y, m, d] = isoDay.split('-');
  return `${d}.${m}.${y}`;
}

export const isFigure = (value: unknown): value is Figure =>
  typeof value === 'object' && value !== null && ('cents' in value || 'minutes' in value || 'day' in value);

/** A figure handed up by core, as the reader writes it. */
export function figureIn(language: Language, figure: Figure): string {
  if ('cents' in figure) return displayMoney(figure.cents, language);
  if ('minutes' in figure) return formatDuration(figure.minutes);
  return dayIn(language, figure.day);
}
