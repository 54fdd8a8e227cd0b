import { LANGS, type Lang } from './langs.js';
import { deu, eng, snowball } from './lang-data.js';

/**
 * Language-aware analysis shared by indexing and querying: both sides must fold and stem
 * identically, or words stop matching. Bump ANALYZER_VERSION whenever the output changes,
 * so stored indexes are rebuilt.
 */
export const ANALYZER_VERSION = 4;

/**
 * The generic lists drop words a helpdesk searches for ("suche", "zeit", "uhr", "neue", "ende":
 * search, time, clock, new, end); keep them as content words.
 */
const KEEP = new Set(['suche', 'zeit', 'uhr', 'neue', 'neuen', 'ende', 'tag', 'tage', 'tagen', 'jahr', 'jahre', 'jahren',
  'startseite', 'ordnung', 'offen', 'teil', 'mittel', 'weg', 'los', 'schlecht', 'richtig', 'recht', 'lang', 'lange',
  'gross', 'groß', 'große', 'grosse', 'kleine', 'kurz', 'zurück', 'sache', 'mensch', 'menschen', 'mann', 'gott', 'uhr']);
const STOP: Record<Lang, ReadonlySet<string>> = {
  de: new Set(deu.filter((w) => !KEEP.has(w))),
  en: new Set(eng),
};

const stemmers = { de: snowball.newStemmer('german'), en: snowball.newStemmer('english') };

/** Words of letters and digits; everything else (punctuation, Markdown, options' dashes) separates. */
const WORD = /[\p{L}\p{N}]+/gu;

export interface Token { word: string; start: number; end: number }

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) tokens.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return tokens;
}

/** Strips accents except the German umlauts, which the German stemmer folds itself. */
function stripMarks(word: string, keepUmlauts: boolean): string {
  return word.normalize('NFC').replace(/[^ -~]/gu, (ch) =>
    keepUmlauts && 'äöü'.includes(ch) ? ch : ch.normalize('NFD').replace(/\p{M}/gu, ''));
}

/** Mueller → Müller, Strasse stays: the German spelling without umlaut keys, written back. */
function digraphsToUmlauts(word: string): string {
  return word.replace(/ae/g, 'ä').replace(/oe/g, 'ö').replace(/(^|[^q])ue/g, '$1ü');
}

/** Mueller / Müller / Muller all end as "muller" in English analysis too (names in English text). */
function foldDigraphs(stem: string): string {
  return stem.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/(^|[^q])ue/g, '$1u');
}

const MIN_LENGTH = 2;
const CACHE_LIMIT = 200_000;
const caches: Record<Lang, Map<string, string | null>> = { de: new Map(), en: new Map() };

/** One word → its index term in `lang`, or null for stop words and noise. */
export function analyzeWord(word: string, lang: Lang): string | null {
  const cache = caches[lang];
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const term = computeTerm(word, lang);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, term);
  return term;
}

/**
 * "SDKs", "PDFs", "VMs", "CPUs": an acronym's plural, which neither stemmer recognises (Porter
 * keeps an s after no vowel or after u, the German stemmer after most vowels). Capitals before a
 * small s say so ("GPUs"); so does an s after letters without a vowel, in any case ("pdfs",
 * "DNS" → "dn"), which index and query then fold alike.
 */
const CAPITALS_PLURAL = /^\p{Lu}[\p{Lu}\p{N}]+s$/u;
const NO_VOWEL_PLURAL = /^[b-df-hj-np-tv-xz0-9]{2,}s$/;

function singularOfAcronym(word: string, lower: string): string {
  return CAPITALS_PLURAL.test(word) || NO_VOWEL_PLURAL.test(lower) ? lower.slice(0, -1) : lower;
}

function computeTerm(word: string, lang: Lang): string | null {
  const lower = singularOfAcronym(word, word.toLowerCase());
  if (lower.length < MIN_LENGTH || STOP[lang].has(lower)) return null;
  if (/^\p{N}+$/u.test(lower)) return lower;
  if (lang === 'de') {
    const spelled = digraphsToUmlauts(stripMarks(lower, true).replace(/ß/g, 'ss'));
    if (STOP.de.has(spelled)) return null;
    // the stemmer maps ä/ö/ü to a/o/u at its end; fold any it left (short words) the same way
    return stripMarks(stemmers.de.stem(spelled), false);
  }
  const plain = stripMarks(lower.replace(/ß/g, 'ss'), false);
  if (STOP.en.has(plain)) return null;
  return foldDigraphs(stemmers.en.stem(plain));
}

export function analyze(text: string, lang: Lang, alsoStop?: (lower: string) => boolean): string[] {
  const terms: string[] = [];
  for (const m of text.matchAll(WORD)) {
    if (alsoStop?.(m[0].toLowerCase())) continue;
    const term = analyzeWord(m[0], lang);
    if (term) terms.push(term);
  }
  return terms;
}

/** Counts stop words of each language: they are what tells a short text's language apart. */
export function languageEvidence(text: string): Record<Lang, number> {
  const counts = { de: 0, en: 0 };
  for (const m of text.slice(0, 20_000).matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (w.length < 2) continue; // the German list holds single letters, which say nothing ("I")
    if (STOP.de.has(w)) counts.de += 1;
    if (STOP.en.has(w)) counts.en += 1;
    if (/[äöüß]/.test(w)) counts.de += 1;
  }
  return counts;
}

export function guessLanguage(text: string, fallback: Lang = 'de'): Lang {
  const { de, en } = languageEvidence(text);
  if (de === en) return fallback;
  return de > en ? 'de' : 'en';
}

export interface QueryPlan {
  lang: Lang;
  terms: string[];
  weight: number;
  /** Terms of the request's further text (a ticket's description) that the query itself lacks. */
  contextTerms: string[];
}

/**
 * A query's language is unknown: analyse it both ways and let stop-word evidence weight the
 * two readings. "Drucker offline" is read both ways; "wie drucke ich" shows only German function
 * words, so its English reading gets `otherWeight` (by default 0: it is not run at all).
 * `context` is more of the request (a ticket's description): its function words help tell the
 * language, and its terms are kept apart, to count less than the query's own.
 */
export function planQuery(query: string, lang?: Lang, otherWeight = 0, context = ''): QueryPlan[] {
  const langs: readonly Lang[] = lang ? [lang] : ['de', 'en'];
  const evidence = languageEvidence(`${query} ${context}`);
  // "der die das and the" is all stop words once each language's are dropped from both
  // readings; a language the query shows no sign of keeps "man" or "die" as content words
  const evident = LANGS.filter((l) => evidence[l] > 0);
  const alsoStop = (w: string): boolean => evident.some((l) => STOP[l].has(w));
  const plans: QueryPlan[] = [];
  for (const l of langs) {
    const terms = [...new Set(analyze(query, l, lang ? undefined : alsoStop))];
    const contextTerms = [...new Set(analyze(context, l, lang ? undefined : alsoStop))].filter((t) => !terms.includes(t));
    if (terms.length === 0 && contextTerms.length === 0) continue;
    const other = l === 'de' ? evidence.en : evidence.de;
    const weight = lang || evidence[l] >= other ? 1 : otherWeight;
    if (weight > 0) plans.push({ lang: l, terms, weight, contextTerms });
  }
  return plans;
}
