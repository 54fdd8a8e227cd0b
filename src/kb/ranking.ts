import { distance } from 'fastest-levenshtein';
import type { ArticleInfo } from './analysed-article.js';
import type { Audience } from './article.js';
import { splitCompound } from './decompound.js';
import { KINDS } from './fields.js';
import type { Lang } from './langs.js';
import { STRIDE, type Postings } from './postings.js';
import { makeSnippet, type Snippet } from './snippet.js';
import { analyzeWord, planQuery, type QueryPlan } from './text.js';
import { DEFAULT_TUNING, type SearchTuning } from './tuning.js';

/**
 * Ranking: BM25F (Robertson & Zaragoza) over the fields title, tags, lead and body. A term's
 * occurrences in each field are weighted and length-normalised first and saturated once for the
 * article, and its IDF is the article-level one: a common word in a short title is as common as
 * anywhere else, so a title made of common words cannot outweigh the query's rare word in a body.
 * A query word also matches, lighter, the words it begins (prefix) and words within a typo of it
 * (fuzzy); per article only its best match counts, so a word with many extensions is not
 * counted many times. The leading hits are then re-ranked by how many query words share one
 * passage. Pure: the index in memory, the stored index and the help center's page all read
 * through IndexReader.
 */

export interface LangFigures {
  documentCount: number;
  /** Average length of each field kind over the language's articles. */
  averageLength: readonly number[];
}

export interface IndexReader {
  figures(lang: Lang): LangFigures;
  postings(lang: Lang, term: string): Postings | undefined;
  documentFrequency(lang: Lang, term: string): number;
  /** Terms that start with `prefix` (the prefix itself included, if it is a term). */
  termsWithPrefix(lang: Lang, prefix: string): string[];
  /**
   * Terms of `min` to `max` characters that start with `first`: the candidates of a fuzzy
   * match. A typo in the first letter is rare, and sharing it keeps the candidates few.
   */
  termsOfLength(lang: Lang, first: string, min: number, max: number): Iterable<string>;
  /** Every article's term count per field kind: KINDS.length numbers per short id. */
  fieldLengths(): ArrayLike<number>;
  article(shortId: number): ArticleInfo | undefined;
  /** The plain text the article's snippet is cut from. */
  snippetText(shortId: number, article: ArticleInfo): string;
}

export interface SearchOpts {
  limit?: number;
  /** Only articles in this language; the query is then read in this language only. */
  lang?: Lang;
  /** Only articles for this product or module; "lohn" also matches "lohn/export". */
  product?: string;
  audience?: Audience;
  tuning?: SearchTuning;
}

export interface SearchHit {
  slug: string;
  title: string;
  score: number;
  lang: Lang;
  snippet: Snippet;
}

export type SearchOutcome =
  | { kind: 'results'; hits: SearchHit[] }
  | { kind: 'empty-query'; reason: 'blank' | 'only-stop-words' };

/** Scores of one search, by short id: typed arrays, as a common word reaches thousands of articles. */
class Accumulator {
  readonly score: Float64Array;
  /** How many query words matched, per article. */
  readonly words: Uint16Array;
  /** The short ids with a score, in the order first reached. */
  readonly reached: number[] = [];
  /** Query words seen so far, over every reading: numbers them. */
  queryWords = 0;
  /** Every index term that matched some article: its postings, which query word it stands for, and its weight. */
  readonly matched: { term: string; postings: Postings; word: number; weight: number }[] = [];

  constructor(size: number) {
    this.score = new Float64Array(size);
    this.words = new Uint16Array(size);
  }

  add(shortId: number, score: number): void {
    if (this.words[shortId] === 0) this.reached.push(shortId);
    this.score[shortId]! += score;
    this.words[shortId]! += 1;
  }

  /**
   * The terms one article matched, for its snippet: per query word the weightiest of its
   * matches, so a passage counts each query word once. Looked up for the few hits only.
   */
  termsOf(shortId: number): Set<string> {
    const best = new Map<number, { term: string; weight: number }>();
    for (const m of this.matched) {
      if ((best.get(m.word)?.weight ?? -1) >= m.weight || !holds(m.postings, shortId)) continue;
      best.set(m.word, m);
    }
    return new Set([...best.values()].map((m) => m.term));
  }
}

/** Whether postings (sorted by short id) hold an article: a binary search over the entries. */
function holds(postings: Postings, shortId: number): boolean {
  let lo = 0;
  let hi = postings.length / STRIDE - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const id = postings[mid * STRIDE]!;
    if (id === shortId) return true;
    if (id < shortId) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function productMatches(products: readonly string[], wanted: string): boolean {
  // an article about the whole product applies to each of its modules, and vice versa
  return products.some((p) => p === wanted || p.startsWith(`${wanted}/`) || wanted.startsWith(`${p}/`));
}

export function searchReader(reader: IndexReader, query: string, opts: SearchOpts = {}): SearchOutcome {
  if (query.trim() === '') return { kind: 'empty-query', reason: 'blank' };
  const tuning = opts.tuning ?? DEFAULT_TUNING;
  const plans = planQuery(query, opts.lang, tuning.otherLanguageWeight);
  if (plans.length === 0) return { kind: 'empty-query', reason: 'only-stop-words' };

  const acc = new Accumulator(reader.fieldLengths().length / KINDS.length);
  for (const plan of plans) rankReading(reader, plan, query, tuning, acc);
  // an article that matches more of the query's words is more likely what was meant
  const final = acc.score;
  if (tuning.coordination !== 0) for (const id of acc.reached) final[id]! *= acc.words[id]! ** tuning.coordination;
  const sorted = Int32Array.from(acc.reached).sort((a, b) => final[b]! - final[a]! || a - b);

  const limit = opts.limit ?? 10;
  const depth = Math.max(limit, tuning.proximityDepth);
  const termCount = Math.max(...plans.map((p) => p.terms.length));
  const hits: SearchHit[] = [];
  for (const shortId of sorted) {
    if (hits.length >= depth) break;
    const doc = reader.article(shortId);
    if (!doc) continue;
    if (opts.audience && doc.audience !== opts.audience) continue;
    if (opts.product && !productMatches(doc.products, opts.product)) continue;
    // the leaders are re-ranked by proximity: query words close together in one passage
    // say more than the same words scattered over a long page
    const snippet = makeSnippet(reader.snippetText(shortId, doc), doc.lang, acc.termsOf(shortId));
    const together = termCount > 1 ? Math.max(0, snippet.matchedWords - 1) / (termCount - 1) : 0;
    hits.push({ slug: doc.slug, title: doc.title, score: final[shortId]! * (1 + tuning.proximity * together), lang: doc.lang, snippet });
  }
  hits.sort((a, b) => b.score - a.score);
  return { kind: 'results', hits: hits.slice(0, limit) };
}

interface QueryWord {
  term: string;
  weight: number;
}

/**
 * The reading's words, and for German the parts of its compound words: lighter beside a
 * compound the knowledge base knows, at full weight in place of one it does not ("Lohnexport"
 * where articles say "Export" in "Lohn & Gehalt"), which would otherwise leave the query's most
 * specific word to count for less than its verb.
 */
function queryWords(reader: IndexReader, plan: QueryPlan, query: string, tuning: SearchTuning): QueryWord[] {
  const words = plan.terms.map((term) => ({ term, weight: plan.weight }));
  if (plan.lang !== 'de' || tuning.compoundPartWeight === 0) return words;
  const df = (term: string): number => reader.documentFrequency('de', term);
  for (const m of query.matchAll(/[\p{L}\p{N}]+/gu)) {
    const parts = splitCompound(m[0], df) ?? [];
    const whole = analyzeWord(m[0], 'de');
    const weight = whole !== null && df(whole) > 0 ? tuning.compoundPartWeight : tuning.unknownCompoundPartWeight;
    for (const part of parts) {
      if (!words.some((w) => w.term === part)) words.push({ term: part, weight: plan.weight * weight });
    }
  }
  return words;
}

/** The index terms a query word matches, each with how much a match counts. */
function variants(reader: IndexReader, lang: Lang, term: string, tuning: SearchTuning): Map<string, number> {
  const found = new Map<string, number>([[term, 1]]);
  const df = reader.documentFrequency(lang, term);
  // a word many articles contain is spelt right and complete: expanding it only adds noise
  // and time; an unknown or rare word is likely a typo or a word's beginning
  if (term.length >= tuning.prefixMinLength && df < tuning.prefixMaxDf[lang]) {
    for (const longer of reader.termsWithPrefix(lang, term)) {
      if (longer !== term) found.set(longer, (tuning.weights.prefix * term.length) / longer.length);
    }
  }
  if (term.length >= tuning.fuzzyMinLength && df < tuning.fuzzyMaxDf) {
    const edits = Math.min(tuning.maxFuzzy, Math.round(term.length * tuning.fuzzy));
    for (const other of reader.termsOfLength(lang, term[0]!, term.length - edits, term.length + edits)) {
      if (found.has(other)) continue;
      const d = distance(term, other);
      if (d <= edits) found.set(other, tuning.weights.fuzzy * (1 - d / (term.length + 1)));
    }
  }
  return found;
}

function rankReading(reader: IndexReader, plan: QueryPlan, query: string, tuning: SearchTuning, into: Accumulator): void {
  const { documentCount, averageLength } = reader.figures(plan.lang);
  if (documentCount === 0) return;
  const { k1 } = tuning.bm25;
  const boost = KINDS.map((k) => tuning.boost[k]);
  const b = KINDS.map((k) => tuning.bm25.b[k]);
  const lengths = reader.fieldLengths();
  const fields = KINDS.length;
  const perField = tuning.saturation === 'field';
  // per article, the best of a word's matches (exact, prefix or fuzzy)
  const best = new Float64Array(into.score.length);
  for (const word of queryWords(reader, plan, query, tuning)) {
    const reached: number[] = [];
    const wordId = into.queryWords++;
    for (const [term, weight] of variants(reader, plan.lang, word.term, tuning)) {
      const postings = reader.postings(plan.lang, term);
      if (!postings) continue;
      into.matched.push({ term, postings, word: wordId, weight });
      const df = postings.length / STRIDE;
      const idf = Math.log(1 + (documentCount - df + 0.5) / (df + 0.5)) ** tuning.idfPower;
      const w = word.weight * weight * idf;
      for (let i = 0; i < postings.length; i += STRIDE) {
        const shortId = postings[i]!;
        let score = 0;
        if (perField) {
          for (let k = 0; k < fields; k++) {
            const count = postings[i + 1 + k]!;
            if (count === 0) continue;
            const norm = 1 - b[k]! + (b[k]! * lengths[shortId * fields + k]!) / (averageLength[k]! || 1);
            score += (boost[k]! * count * (k1 + 1)) / (count + k1 * norm);
          }
          score *= w;
        } else {
          let tf = 0;
          for (let k = 0; k < fields; k++) {
            const count = postings[i + 1 + k]!;
            if (count === 0) continue;
            const norm = 1 - b[k]! + (b[k]! * lengths[shortId * fields + k]!) / (averageLength[k]! || 1);
            tf += (boost[k]! * count) / norm;
          }
          score = (w * tf * (k1 + 1)) / (k1 + tf);
        }
        if (!(score > 0)) continue;
        if (best[shortId] === 0) reached.push(shortId);
        if (score > best[shortId]!) best[shortId] = score;
      }
    }
    for (const shortId of reached) {
      into.add(shortId, best[shortId]!);
      best[shortId] = 0;
    }
  }
}
