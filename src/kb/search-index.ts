import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import type { Article, Audience } from './article.js';
import type { Lang } from './langs.js';
import { FIELDS, fieldName } from './fields.js';
import { markdownToPlainText } from './plain-text.js';
import { readingQueries, type QueryCombination, type Vocabulary } from './query-builder.js';
import { makeSnippet, type Snippet } from './snippet.js';
import { analyze, guessLanguage, planQuery } from './text.js';
import { DEFAULT_TUNING, type SearchTuning } from './tuning.js';

/**
 * The knowledge-base index: minisearch over text analysed in each article's own language.
 * Fields are per language (title_de, body_en, …) so a German query reading only meets German
 * articles and an English one English articles; the analysis happens before minisearch sees it.
 */

/** What is kept per article beside the inverted index: enough to filter and show a hit. */
export interface ArticleInfo {
  slug: string;
  title: string;
  lang: Lang;
  products: string[];
  audience?: Audience;
}

/** An article of the index held in memory, which keeps its snippet text at hand. */
export interface IndexedDoc extends ArticleInfo {
  /** Plain text of the body (capped) for snippets: snippetSource(body). */
  text: string;
}

export interface PreparedDoc { id: string; fields: Record<string, string> }

export interface KbIndex {
  mini: MiniSearch<PreparedDoc>;
  docs: Map<string, IndexedDoc>;
}

/** Snippets are cut from this much of the body (snippet.ts scans no further). */
const SNIPPET_SOURCE_CHARS = 16_000;
const LEAD_CHARS = 400;

/** Every minisearch of articles, built here or loaded from the store, is made with these. */
export const miniOptions: Options<PreparedDoc> = {
  fields: FIELDS,
  idField: 'id',
  extractField: (doc, field) => (field === 'id' ? doc.id : doc.fields[field]) as string,
  // terms arrive analysed, space-separated: minisearch only has to split them
  tokenize: (text) => (text === '' ? [] : text.split(' ')),
  processTerm: (term) => term,
  // vacuuming runs on timers; the store vacuums explicitly before it saves instead
  autoVacuum: false,
};

/** The opening prose of an article, where it says what it is about. */
function leadOf(markdown: string): string {
  const prose = markdown.split('\n').filter((l) => !/^\s*(#|```|~~~|\||$)/.test(l)).join(' ');
  return markdownToPlainText(prose.slice(0, LEAD_CHARS * 2)).slice(0, LEAD_CHARS);
}

/** The plain text a hit's snippet is cut from. */
export function snippetSource(markdownBody: string): string {
  return markdownToPlainText(markdownBody).slice(0, SNIPPET_SOURCE_CHARS);
}

function prepare(article: Article): { prepared: PreparedDoc; doc: IndexedDoc } {
  const { meta } = article;
  const text = markdownToPlainText(article.body);
  const lang = meta.lang ?? guessLanguage(`${meta.title} ${text}`);
  const fields: Record<string, string> = {
    [fieldName('title', lang)]: analyze(meta.title, lang).join(' '),
    [fieldName('tags', lang)]: analyze((meta.tags ?? []).join(' '), lang).join(' '),
    [fieldName('lead', lang)]: analyze(leadOf(article.body), lang).join(' '),
    [fieldName('body', lang)]: analyze(text, lang).join(' '),
  };
  const doc: IndexedDoc = {
    slug: article.slug,
    title: meta.title,
    lang,
    products: meta.products ?? [],
    ...(meta.audience ? { audience: meta.audience } : {}),
    text: text.slice(0, SNIPPET_SOURCE_CHARS),
  };
  return { prepared: { id: article.slug, fields }, doc };
}

export function buildIndex(articles: Iterable<Article>): KbIndex {
  const index: KbIndex = { mini: new MiniSearch(miniOptions), docs: new Map() };
  updateIndex(index, articles, []);
  return index;
}

/** Applies edits in place: discarded entries are skipped at once and swept by vacuum later. */
export function updateIndex(index: KbIndex, changed: Iterable<Article>, removedSlugs: Iterable<string>): void {
  for (const slug of removedSlugs) {
    if (index.mini.has(slug)) index.mini.discard(slug);
    index.docs.delete(slug);
  }
  for (const article of changed) {
    if (index.mini.has(article.slug)) index.mini.discard(article.slug);
    const { prepared, doc } = prepare(article);
    index.mini.add(prepared);
    index.docs.set(article.slug, doc);
  }
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

function productMatches(products: string[], wanted: string): boolean {
  // an article about the whole product applies to each of its modules, and vice versa
  return products.some((p) => p === wanted || p.startsWith(`${wanted}/`) || wanted.startsWith(`${p}/`));
}

/**
 * Where a search reads from: the whole index in memory, or the stored index (index-db.ts),
 * of which only what a query touches is loaded. Either way minisearch ranks.
 */
export interface SearchSource {
  vocabulary: Vocabulary;
  /** A minisearch holding at least every term these queries reach: exact, by prefix or fuzzily. */
  minisearchFor(queries: readonly QueryCombination[]): MiniSearch;
  /** The article of a minisearch result, after minisearchFor. */
  article(slug: string): ArticleInfo | undefined;
  /** The text the article's snippet is cut from: snippetSource of its body. */
  snippetText(article: ArticleInfo): string;
}

/**
 * How many articles hold a term, read from minisearch's term index: minisearch 7 has no public
 * lookup of its vocabulary. If that ever changes, compound splitting and the df limits stop.
 */
export function vocabularyOf(mini: MiniSearch): Vocabulary {
  const inner = (mini as unknown as { _index?: { get(t: string): Map<number, Map<number, number>> | undefined }; _fieldIds?: Record<string, number> });
  return {
    documentCount: mini.documentCount,
    documentFrequency(term, fields) {
      const entry = inner._index?.get?.(term);
      if (!entry) return 0;
      return fields.reduce((n, f) => Math.max(n, entry.get(inner._fieldIds?.[f] ?? -1)?.size ?? 0), 0);
    },
  };
}

function memorySource(index: KbIndex): SearchSource {
  return {
    vocabulary: vocabularyOf(index.mini),
    minisearchFor: () => index.mini,
    article: (slug) => index.docs.get(slug),
    snippetText: (article) => index.docs.get(article.slug)?.text ?? '',
  };
}

export function search(index: KbIndex, query: string, opts: SearchOpts = {}): SearchOutcome {
  return searchSource(memorySource(index), query, opts);
}

export function searchSource(source: SearchSource, query: string, opts: SearchOpts = {}): SearchOutcome {
  if (query.trim() === '') return { kind: 'empty-query', reason: 'blank' };
  const tuning = opts.tuning ?? DEFAULT_TUNING;
  const plans = planQuery(query, opts.lang, tuning.otherLanguageWeight);
  if (plans.length === 0) return { kind: 'empty-query', reason: 'only-stop-words' };

  const filtered = opts.lang !== undefined || opts.product !== undefined || opts.audience !== undefined;
  const filter = (r: SearchResult): boolean => {
    const doc = source.article(r.id as string);
    if (!doc) return false;
    if (opts.lang && doc.lang !== opts.lang) return false;
    if (opts.audience && doc.audience !== opts.audience) return false;
    return !opts.product || productMatches(doc.products, opts.product);
  };
  const queries = plans.flatMap((p) => readingQueries(source.vocabulary, p, query, tuning));
  const results = source.minisearchFor(queries).search(
    { combineWith: 'OR', queries },
    // minisearch calls the filter once per matching article: skip it when nothing is filtered
    filtered ? { filter, bm25: tuning.bm25 } : { bm25: tuning.bm25 },
  );
  const limit = opts.limit ?? 10;
  const termCount = Math.max(...plans.map((p) => p.terms.length));
  // the leaders are re-ranked by proximity: query words close together in one passage
  // say more than the same words scattered over a long page
  const hits = results.slice(0, Math.max(limit, tuning.proximityDepth)).map((r): SearchHit => {
    const doc = source.article(r.id as string)!;
    const snippet = makeSnippet(source.snippetText(doc), doc.lang, new Set(r.terms));
    const together = termCount > 1 ? Math.max(0, snippet.matchedWords - 1) / (termCount - 1) : 0;
    return { slug: doc.slug, title: doc.title, score: r.score * (1 + tuning.proximity * together), lang: doc.lang, snippet };
  });
  hits.sort((a, b) => b.score - a.score);
  return { kind: 'results', hits: hits.slice(0, limit) };
}
