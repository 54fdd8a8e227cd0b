import { MARK_CLOSE, MARK_OPEN } from '../../src/i18n/index.js';

/**
 * The words of `output` that no catalog text said (DESK_I18N_MARK) and that are not in `data`
 * (what the test typed or the helpdesk holds): each with its line, marks removed.
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
  // innermost first: a text may hold another text as a value; a text may span lines
  let blanked = output;
  while (marked.test(blanked)) blanked = blanked.replace(marked, (text) => text.replace(/[^\n]/g, ' '));
  const lines = output.split('\n');
  for (const [i, outside] of blanked.split('\n').entries()) {
    const raw = lines[i] ?? '';
    const ids = outside
      .replace(/(?:[\w.~-]*\/)+[\w.@-]*/g, ' ') // paths: temporary folders, files of the helpdesk
      .replace(/\bT-[0-9A-Z]+\b|\be-[0-9a-z]+\b|\bP-[0-9A-Z]+\b|\b[0-9a-f]{7,40}\b/g, ' '); // ids and commits
    for (const word of ids.split(/[^\p{L}]+/u).filter((w) => w.length > 1))
      if (!allowed.has(word.toLowerCase())) found.push(`${word}  in: ${visible(raw)}`);
  }
  return found;
}

/** What a person sees: without the marks, Intl's narrow and non-breaking spaces as spaces. */
export const visible = (s: string) => s.replace(/[\u2060\u2063]/g, '').replace(/[\u00a0\u202f]/g, ' ');
