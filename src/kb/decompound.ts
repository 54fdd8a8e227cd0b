import { analyzeWord } from './text.js';

/**
 * German glues nouns together ("Logdatei", "Kernelmodule") where a page may say "Log-Datei" or
 * just "Datei". A compound query word is split where both parts are words the index knows,
 * so the vocabulary itself is the dictionary and nothing is hard-coded.
 */

const MIN_PART = 3;
const MIN_COMPOUND = 7;
/** Fugen-s and friends that join German compounds: Auslagerung-s-speicher. */
const LINKS = ['s', 'es', 'n', 'en'];

/**
 * `word` is the lowercase query word; `documentFrequency` says in how many articles an index
 * term occurs. Returns the parts' index terms, or undefined when no split is convincing.
 */
export function splitCompound(word: string, documentFrequency: (term: string) => number): string[] | undefined {
  const lower = word.toLowerCase();
  if (lower.length < MIN_COMPOUND) return undefined;
  let best: { parts: string[]; score: number } | undefined;
  for (let i = MIN_PART; i <= lower.length - MIN_PART; i++) {
    const tail = analyzeWord(lower.slice(i), 'de');
    if (!tail || tail.length < MIN_PART) continue;
    const tailDf = documentFrequency(tail);
    if (tailDf === 0) continue;
    const heads = [lower.slice(0, i), ...LINKS.filter((l) => lower.slice(0, i).endsWith(l)).map((l) => lower.slice(0, i - l.length))];
    for (const headWord of heads) {
      if (headWord.length < MIN_PART) continue;
      const head = analyzeWord(headWord, 'de') ?? headWord;
      const headDf = documentFrequency(head);
      if (headDf === 0) continue;
      // the split whose parts are both common wins (geometric mean, as in Koehn & Knight 2003)
      const score = Math.sqrt(headDf * tailDf);
      if (!best || score > best.score) best = { parts: [head, tail], score };
    }
  }
  return best?.parts;
}
