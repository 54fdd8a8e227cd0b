import { MARK_CLOSE, MARK_OPEN } from '../../src/i18n/index.js';

/**
 * The words of `output` that no catalog text said (run with DESK_I18N_MARK=1) and that are not
 * among the `data` words, each with its line: what a German reader would meet in English.
 */
export function uncatalogued(output: string, data: string): string[] {
  const allowed = new Set(
    data
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(Boolean),
  );
  const found: string[] = [];
  const marked = new RegExp(`${MARK_OPEN}[^${MARK_OPEN}${MARK_CLOSE}]*${MARK_CLOSE}`, 'gu');
  for (const raw of output.split('\n')) {
    let outside = raw;
    // innermost first: a text may hold another text as a value
    while (marked.test(outside)) outside = outside.replace(marked, ' ');
    const ids = outside.replace(/\bT-[0-9A-Z]+\b|\be-[0-9a-z]+\b|\bP-[0-9A-Z]+\b/g, ' '); // ticket, entry, payment ids
    for (const word of ids.split(/[^\p{L}]+/u).filter((w) => w.length > 1))
      if (!allowed.has(word.toLowerCase())) found.push(`${word}  in: ${visible(raw)}`);
  }
  return found;
}

/** What a person sees: without the marks, Intl's narrow and non-breaking spaces as spaces. */
export const visible = (s: string) => s.replace(/[\u2060\u2063]/g, '').replace(/[\u00a0\u202f]/g, ' ');
