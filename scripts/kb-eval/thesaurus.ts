/**
 * A thesaurus for query expansion, read from the OpenOffice/LibreOffice thesauri Debian ships
 * (`mythes-de`: OpenThesaurus; `mythes-en-us`: derived from WordNet): per index term, the index
 * terms of its one-word synonyms. Evaluation only (docs/kb-search.md says what it was worth).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Lang } from '../../src/kb/langs.js';
import { analyzeWord } from '../../src/kb/text.js';

const FILES: Record<Lang, string> = {
  de: '/usr/share/mythes/th_de_DE_v2.dat',
  en: '/usr/share/mythes/th_en_US_v2.dat',
};

export function loadThesaurus(lang: Lang): Map<string, string[]> | undefined {
  if (!existsSync(FILES[lang])) return undefined;
  const lines = readFileSync(FILES[lang], 'utf8').split('\n');
  const map = new Map<string, Set<string>>();
  let head: string | null = null;
  for (const line of lines.slice(1)) {
    if (!line.startsWith('(') && !line.startsWith('|') && /\|\d+$/.test(line)) {
      const word = line.slice(0, line.lastIndexOf('|'));
      head = /^[\p{L}\p{N}]+$/u.test(word) ? analyzeWord(word, lang) : null;
      continue;
    }
    if (head === null) continue;
    // "(noun)|a|b (generic term)|c": hypernyms, antonyms and notes are marked in parentheses
    for (const syn of line.split('|').slice(1)) {
      if (!/^[\p{L}\p{N}]+$/u.test(syn)) continue;
      const term = analyzeWord(syn, lang);
      if (term === null || term === head) continue;
      let set = map.get(head);
      if (!set) map.set(head, (set = new Set()));
      set.add(term);
    }
  }
  return new Map([...map].map(([k, v]) => [k, [...v]]));
}
