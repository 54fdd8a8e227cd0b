import type { Lang } from './langs.js';
import { analyzeWord } from './text.js';

/** Snippets look only this far into a body: enough for any real article, bounded for huge ones. */
const SNIPPET_SCAN_CHARS = 16_000;
export const SNIPPET_LENGTH = 160;

export interface Snippet {
  text: string;
  /** [start, end) character ranges in `text` of words that matched the query. */
  highlights: [number, number][];
  /** How many different matched words the passage holds: a proximity signal for ranking. */
  matchedWords: number;
}

/**
 * Picks the ~160-character passage with the most distinct matched terms (then the most
 * matches), so the reader sees why the article was found, not just its first lines.
 */
export function makeSnippet(text: string, lang: Lang, matchedTerms: ReadonlySet<string>, length = SNIPPET_LENGTH): Snippet {
  const scanned = text.slice(0, SNIPPET_SCAN_CHARS);
  const hits: { term: string; start: number; end: number }[] = [];
  const candidates = candidateWords(matchedTerms);
  if (candidates) {
    for (const m of scanned.matchAll(candidates)) {
      const term = analyzeWord(m[0], lang);
      if (term !== null && matchedTerms.has(term)) hits.push({ term, start: m.index, end: m.index + m[0].length });
    }
  }
  if (hits.length === 0) return cut(scanned, 0, length, [], 0);

  let best = { start: 0, distinct: -1, count: 0 };
  for (let i = 0; i < hits.length; i++) {
    const start = hits[i]!.start;
    const words = new Set<string>();
    let count = 0;
    for (let j = i; j < hits.length && hits[j]!.end - start <= length; j++) {
      words.add(hits[j]!.term);
      count += 1;
    }
    if (words.size > best.distinct || (words.size === best.distinct && count > best.count)) {
      best = { start, distinct: words.size, count };
    }
  }
  // a little context before the first hit reads better than starting on it
  const from = wordStartBefore(scanned, Math.max(0, best.start - 30));
  return cut(scanned, from, length, hits, best.distinct);
}

const UMLAUT: Record<string, string> = { a: '[aä]', o: '[oö]', u: '[uü]', s: '[sß]' };

/**
 * A regex for the words that can analyse to one of the terms: those starting with a term's
 * first two letters (umlauts folded). Scanning a long body for these in the regex engine and
 * analysing only them is what keeps snippets cheap enough to rank by proximity.
 */
function candidateWords(terms: ReadonlySet<string>): RegExp | undefined {
  const starts = [...new Set([...terms].map((t) => t.slice(0, 2)).filter((s) => /^[a-z0-9]+$/.test(s)))].sort();
  if (starts.length === 0) return undefined;
  const key = starts.join('|');
  let regex = candidateRegexes.get(key);
  if (!regex) {
    const alternatives = starts.map((s) => [...s].map((c) => UMLAUT[c] ?? c).join(''));
    regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})[\\p{L}\\p{N}]*`, 'giu');
    if (candidateRegexes.size >= 64) candidateRegexes.clear();
    candidateRegexes.set(key, regex);
  }
  return regex;
}

/**
 * The leading hits of one search mostly share their words' beginnings: compiling a Unicode,
 * case-blind pattern costs more than scanning a body with it, so each is compiled once. Used
 * through matchAll, which works on a copy and leaves its lastIndex alone.
 */
const candidateRegexes = new Map<string, RegExp>();

function wordStartBefore(text: string, pos: number): number {
  if (pos === 0) return 0;
  const space = text.lastIndexOf(' ', pos);
  return space < 0 ? 0 : space + 1;
}

function cut(text: string, from: number, length: number, hits: { start: number; end: number }[], matchedWords: number): Snippet {
  let to = Math.min(text.length, from + length);
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > from + length / 2) to = space;
  }
  const prefix = from > 0 ? '…' : '';
  const suffix = to < text.length ? '…' : '';
  const highlights: [number, number][] = hits
    .filter((h) => h.start >= from && h.end <= to)
    .map((h) => [h.start - from + prefix.length, h.end - from + prefix.length]);
  return { text: prefix + text.slice(from, to) + suffix, highlights, matchedWords };
}

/** Wraps highlighted ranges in markers, e.g. for plain-text output: «Drucker». */
export function markSnippet(snippet: Snippet, open = '«', close = '»'): string {
  let out = '';
  let at = 0;
  for (const [s, e] of snippet.highlights) {
    out += snippet.text.slice(at, s) + open + snippet.text.slice(s, e) + close;
    at = e;
  }
  return out + snippet.text.slice(at);
}
