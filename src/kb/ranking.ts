import { distance } from 'fastest-levenshtein';
import type { ArticleInfo } from './analysed-article.js';
import type { Audience } from './article.js';
import { splitCompound } from './decompound.js';
import { KINDS } from './fields.js';
import type { Lang } from './langs.js';
import { STRIDE, type Postings } from './postings.js';
import { makeSnippet, type Snippet } from './snippet.js';
import { analyze, analyzeWord, planQuery, type QueryPlan } from './text.js';
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
  /**
   * More of the request than the query: a ticket's description beside its title. Its words
   * count at `tuning.contextWeight` of the query's, as the title says what the request is about
   * and the description adds circumstances ("seit dem Update") that many other problems share.
   */
  context?: string;
  /** Index terms that mean the same as a query's term, matched at `tuning.weights.synonym`. */
  synonyms?: (lang: Lang, term: string) => readonly string[] | undefined;
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

  /** A feedback word's score: not one of the query's words, so the count of matched words stays. */
  addExpansion(shortId: number, score: number): void {
    if (this.words[shortId] === 0 && this.score[shortId] === 0) this.reached.push(shortId);
    this.score[shortId]! += score;
  }

  add(shortId: number, score: number): void {
    if (this.words[shortId] === 0 && this.score[shortId] === 0) this.reached.push(shortId);
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
  const context = opts.context ?? '';
  if (query.trim() === '' && context.trim() === '') return { kind: 'empty-query', reason: 'blank' };
  const tuning = opts.tuning ?? DEFAULT_TUNING;
  const plans = planQuery(query, opts.lang, tuning.otherLanguageWeight, context);
  if (plans.length === 0) return { kind: 'empty-query', reason: 'only-stop-words' };

  const acc = new Accumulator(reader.fieldLengths().length / KINDS.length);
  for (const plan of plans) rankReading(reader, plan, { query, context }, tuning, acc, opts.synonyms);
  const texts = new Map<number, string>();
  const textOf = (shortId: number, doc: ArticleInfo): string => {
    let text = texts.get(shortId);
    if (text === undefined) texts.set(shortId, (text = reader.snippetText(shortId, doc)));
    return text;
  };
  const visible = (doc: ArticleInfo | undefined): doc is ArticleInfo =>
    doc !== undefined &&
    (!opts.audience || doc.audience === opts.audience) &&
    (!opts.product || productMatches(doc.products, opts.product));
  if (tuning.feedback.terms > 0) expandByFeedback(reader, plans, tuning, acc, visible, textOf);
  // an article that matches more of the query's words is more likely what was meant
  const final = acc.score;
  if (tuning.coordination !== 0) for (const id of acc.reached) final[id]! *= acc.words[id]! ** tuning.coordination;
  const sorted = Int32Array.from(acc.reached).sort((a, b) => final[b]! - final[a]! || a - b);

  const limit = opts.limit ?? 10;
  const depth = Math.max(limit, tuning.proximityDepth);
  const termCount = Math.max(...plans.map((p) => p.terms.length + p.contextTerms.length));
  const hits: SearchHit[] = [];
  for (const shortId of sorted) {
    if (hits.length >= depth) break;
    const doc = reader.article(shortId);
    if (!visible(doc)) continue;
    // the leaders are re-ranked by proximity: query words close together in one passage
    // say more than the same words scattered over a long page
    const snippet = makeSnippet(textOf(shortId, doc), doc.lang, acc.termsOf(shortId));
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

/** What was asked: the query, and more of the request that counts less (SearchOpts.context). */
interface Request {
  query: string;
  context: string;
}

/**
 * The reading's words, and for German the parts of its compound words: lighter beside a
 * compound the knowledge base knows, at full weight in place of one it does not ("Lohnexport"
 * where articles say "Export" in "Lohn & Gehalt"), which would otherwise leave the query's most
 * specific word to count for less than its verb. The context's words join at `contextWeight`,
 * unless the query holds them already.
 */
function queryWords(reader: IndexReader, plan: QueryPlan, request: Request, tuning: SearchTuning): QueryWord[] {
  // a term reached several ways (a word of the query, a part of one of its compounds, a word of
  // the context) counts once, at its highest weight
  const weights = new Map<string, number>();
  const add = (term: string, weight: number): void => {
    if (weight > (weights.get(term) ?? 0)) weights.set(term, weight);
  };
  const sources = [{ text: request.query, terms: plan.terms, weight: plan.weight }];
  if (tuning.contextWeight > 0 && request.context !== '') {
    sources.push({ text: request.context, terms: plan.contextTerms, weight: plan.weight * tuning.contextWeight });
  }
  const df = (term: string): number => reader.documentFrequency(plan.lang, term);
  for (const source of sources) {
    for (const term of source.terms) add(term, source.weight);
    if (tuning.joinedWordWeight > 0) {
      for (const term of joinedNeighbours(source.text, plan.lang)) {
        if (df(term) > 0) add(term, source.weight * tuning.joinedWordWeight);
      }
    }
    if (plan.lang !== 'de' || tuning.compoundPartWeight === 0) continue;
    for (const m of source.text.matchAll(/[\p{L}\p{N}]+/gu)) {
      const parts = splitCompound(m[0], df) ?? [];
      const whole = analyzeWord(m[0], 'de');
      const weight = whole !== null && df(whole) > 0 ? tuning.compoundPartWeight : tuning.unknownCompoundPartWeight;
      for (const part of parts) add(part, source.weight * weight);
    }
  }
  return [...weights].map(([term, weight]) => ({ term, weight }));
}

/**
 * Two neighbouring query words written as one ("mount point" → "mountpoint", "time stamp",
 * "log out", "Lohn Export"): technical writing glues words that a question keeps apart. Only
 * words separated by spaces or a hyphen; the joined word counts only if an article holds it.
 */
function joinedNeighbours(query: string, lang: Lang): string[] {
  const joined: string[] = [];
  for (const m of query.matchAll(/([\p{L}\p{N}]+)[\s-]+(?=([\p{L}\p{N}]+))/gu)) {
    const term = analyzeWord(m[1]! + m[2]!, lang);
    if (term !== null) joined.push(term);
  }
  return joined;
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

/** BM25F for one language's articles: a term's weighted, length-normalised counts, saturated once per article. */
class Bm25f {
  readonly documentCount: number;
  private readonly averageLength: readonly number[];
  private readonly boost: number[];
  private readonly b: number[];
  private readonly lengths: ArrayLike<number>;

  constructor(
    reader: IndexReader,
    lang: Lang,
    private readonly tuning: SearchTuning,
  ) {
    ({ documentCount: this.documentCount, averageLength: this.averageLength } = reader.figures(lang));
    this.boost = KINDS.map((k) => tuning.boost[k]);
    this.b = KINDS.map((k) => tuning.bm25.b[k]);
    this.lengths = reader.fieldLengths();
  }

  idf(df: number): number {
    return Math.log(1 + (this.documentCount - df + 0.5) / (df + 0.5)) ** this.tuning.idfPower;
  }

  /** Calls `add` with each article of the postings and its score for the term at weight `w` (IDF included). */
  score(postings: Postings, w: number, add: (shortId: number, score: number) => void): void {
    const { k1 } = this.tuning.bm25;
    const { boost, b, lengths, averageLength } = this;
    const fields = KINDS.length;
    const perField = this.tuning.saturation === 'field';
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
      if (score > 0) add(shortId, score);
    }
  }
}

function rankReading(
  reader: IndexReader,
  plan: QueryPlan,
  request: Request,
  tuning: SearchTuning,
  into: Accumulator,
  synonyms: SearchOpts['synonyms'],
): void {
  const bm25 = new Bm25f(reader, plan.lang, tuning);
  if (bm25.documentCount === 0) return;
  // per article, the best of a word's matches (exact, prefix or fuzzy)
  const best = new Float64Array(into.score.length);
  for (const word of queryWords(reader, plan, request, tuning)) {
    const reached: number[] = [];
    const wordId = into.queryWords++;
    const found = variants(reader, plan.lang, word.term, tuning);
    if (synonyms && tuning.weights.synonym > 0) {
      for (const other of synonyms(plan.lang, word.term) ?? []) if (!found.has(other)) found.set(other, tuning.weights.synonym);
    }
    for (const [term, weight] of found) {
      const postings = reader.postings(plan.lang, term);
      if (!postings) continue;
      into.matched.push({ term, postings, word: wordId, weight });
      bm25.score(postings, word.weight * weight * bm25.idf(postings.length / STRIDE), (shortId, score) => {
        if (best[shortId] === 0) reached.push(shortId);
        if (score > best[shortId]!) best[shortId] = score;
      });
    }
    for (const shortId of reached) {
      into.add(shortId, best[shortId]!);
      best[shortId] = 0;
    }
  }
}

/**
 * Pseudo-relevance feedback (RM3, Lavrenko & Croft; Abdul-Jaleel et al.): a question is often
 * worded unlike the article that answers it ("folder" where the article says "directory"), but
 * the leading articles of the first pass are mostly about the right topic, and the words they
 * share say what that topic is called. The words weightiest across the first `docs` visible
 * articles (each article's share of its own words, weighted by its share of their scores) join
 * the query at a reduced weight, exact matches only; the strongest counts `weight` of a query
 * word, so they shift the order among articles near the topic rather than outweigh what was
 * asked. Words of the query itself, words in a single article and words in more than
 * `maxDfShare` of the articles are left out: the first add nothing, the second only the
 * feedback article itself, the third little but time.
 */
function expandByFeedback(
  reader: IndexReader,
  plans: readonly QueryPlan[],
  tuning: SearchTuning,
  into: Accumulator,
  visible: (doc: ArticleInfo | undefined) => doc is ArticleInfo,
  textOf: (shortId: number, doc: ArticleInfo) => string,
): void {
  const { docs, terms, weight, maxDfShare, depth } = tuning.feedback;
  const leaders = topOf(into, Math.max(docs, depth) * 2);
  const feedback: { shortId: number; doc: ArticleInfo; score: number }[] = [];
  for (const shortId of leaders) {
    if (feedback.length >= docs) break;
    const doc = reader.article(shortId);
    if (visible(doc) && plans.some((p) => p.lang === doc.lang)) feedback.push({ shortId, doc, score: into.score[shortId]! });
  }
  // only the leaders of the first pass are re-ordered (depth > 0), or any article may join
  const allowed = depth > 0 ? new Set(leaders.slice(0, depth)) : undefined;
  const total = feedback.reduce((sum, f) => sum + f.score, 0);
  for (const plan of plans) {
    const model = new Map<string, number>();
    for (const { shortId, doc, score } of feedback) {
      if (doc.lang !== plan.lang) continue;
      const words = analyze(`${doc.title} ${textOf(shortId, doc)}`, doc.lang);
      for (const term of words) model.set(term, (model.get(term) ?? 0) + score / total / words.length);
    }
    const bm25 = new Bm25f(reader, plan.lang, tuning);
    const maxDf = bm25.documentCount * maxDfShare;
    const candidates = [...model]
      .filter(([term]) => !plan.terms.includes(term))
      .sort((a, b) => b[1] - a[1])
      .slice(0, terms * 4)
      .filter(([term]) => {
        const df = reader.documentFrequency(plan.lang, term);
        return df > 1 && df <= maxDf;
      })
      .slice(0, terms);
    const strongest = candidates[0]?.[1] ?? 0;
    for (const [term, p] of candidates) {
      const postings = reader.postings(plan.lang, term);
      if (!postings) continue;
      const w = plan.weight * weight * (p / strongest) * bm25.idf(postings.length / STRIDE);
      bm25.score(postings, w, (shortId, score) => {
        if (allowed && !allowed.has(shortId)) return;
        into.addExpansion(shortId, score);
      });
    }
  }
}

/** The `n` best-scored articles so far, best first (a partial selection: thousands may be reached). */
function topOf(acc: Accumulator, n: number): number[] {
  const top: number[] = [];
  for (const id of acc.reached) {
    const s = acc.score[id]!;
    if (top.length === n && s <= acc.score[top[n - 1]!]!) continue;
    let at = top.length < n ? top.length : n - 1;
    while (at > 0 && (acc.score[top[at - 1]!]! < s || (acc.score[top[at - 1]!]! === s && top[at - 1]! > id))) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = id;
  }
  return top;
}
