import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import type { Article, Audience, Lang } from './article.js';
import { FIELDS, fieldName } from './fields.js';
import { markdownToPlainText } from './plain-text.js';
import { readingQueries } from './query-builder.js';
import { makeSnippet, type Snippet } from './snippet.js';
import { ANALYZER_VERSION, analyze, guessLanguage, planQuery } from './text.js';
import { DEFAULT_TUNING, type SearchTuning } from './tuning.js';

/**
 * The knowledge-base index: minisearch over text analysed in each article's own language.
 * Fields are per language (title_de, body_en, …) so a German query reading only meets German
 * articles and an English one English articles; the analysis happens before minisearch sees it.
 */

/** What is kept per article beside the inverted index: enough to filter and show a hit. */
export interface IndexedDoc {
  slug: string;
  title: string;
  lang: Lang;
  products: string[];
  audience?: Audience;
  /** Plain text of the body (capped) for snippets. */
  text: string;
}

interface PreparedDoc { id: string; fields: Record<string, string> }

export interface KbIndex {
  mini: MiniSearch<PreparedDoc>;
  docs: Map<string, IndexedDoc>;
}

/** Snippets are cut from this much of the body (snippet.ts scans no further). */
const SNIPPET_SOURCE_CHARS = 16_000;
const LEAD_CHARS = 400;

const miniOptions: Options<PreparedDoc> = {
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

export function search(index: KbIndex, query: string, opts: SearchOpts = {}): SearchOutcome {
  if (query.trim() === '') return { kind: 'empty-query', reason: 'blank' };
  const tuning = opts.tuning ?? DEFAULT_TUNING;
  const plans = planQuery(query, opts.lang, tuning.otherLanguageWeight);
  if (plans.length === 0) return { kind: 'empty-query', reason: 'only-stop-words' };

  const filtered = opts.lang !== undefined || opts.product !== undefined || opts.audience !== undefined;
  const filter = (r: SearchResult): boolean => {
    const doc = index.docs.get(r.id as string);
    if (!doc) return false;
    if (opts.lang && doc.lang !== opts.lang) return false;
    if (opts.audience && doc.audience !== opts.audience) return false;
    return !opts.product || productMatches(doc.products, opts.product);
  };
  const results = index.mini.search(
    {
      combineWith: 'OR',
      queries: plans.flatMap((p) => readingQueries(index.mini, p, query, tuning)),
    },
    // minisearch calls the filter once per matching article: skip it when nothing is filtered
    filtered ? { filter, bm25: tuning.bm25 } : { bm25: tuning.bm25 },
  );
  const limit = opts.limit ?? 10;
  const termCount = Math.max(...plans.map((p) => p.terms.length));
  // the leaders are re-ranked by proximity: query words close together in one passage
  // say more than the same words scattered over a long page
  const hits = results.slice(0, Math.max(limit, tuning.proximityDepth)).map((r): SearchHit => {
    const doc = index.docs.get(r.id as string)!;
    const snippet = makeSnippet(doc.text, doc.lang, new Set(r.terms));
    const together = termCount > 1 ? Math.max(0, snippet.matchedWords - 1) / (termCount - 1) : 0;
    return { slug: doc.slug, title: doc.title, score: r.score * (1 + tuning.proximity * together), lang: doc.lang, snippet };
  });
  hits.sort((a, b) => b.score - a.score);
  return { kind: 'results', hits: hits.slice(0, limit) };
}

/** Bump when the serialised shape changes; analysis changes bump ANALYZER_VERSION. */
const FORMAT_VERSION = 1;

export interface SerializedIndex {
  format: number;
  analyzer: number;
  /** The field list: an index made with other fields would be read with the wrong field ids. */
  fields: string;
  mini: unknown;
  docs: IndexedDoc[];
}

export function serializeIndex(index: KbIndex): SerializedIndex {
  return {
    format: FORMAT_VERSION,
    analyzer: ANALYZER_VERSION,
    fields: FIELDS.join(' '),
    mini: index.mini.toJSON(),
    docs: [...index.docs.values()],
  };
}

/** Returns undefined for anything not written by this version: the caller rebuilds. */
export function deserializeIndex(data: unknown): KbIndex | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const s = data as Partial<SerializedIndex>;
  if (s.format !== FORMAT_VERSION || s.analyzer !== ANALYZER_VERSION || s.fields !== FIELDS.join(' ')) return undefined;
  if (!Array.isArray(s.docs)) return undefined;
  try {
    const mini = MiniSearch.loadJS(s.mini as Parameters<typeof MiniSearch.loadJS>[0], miniOptions) as MiniSearch<PreparedDoc>;
    const docs = new Map(s.docs.map((d) => [d.slug, d]));
    if (docs.size !== mini.documentCount) return undefined;
    return { mini, docs };
  } catch {
    return undefined;
  }
}
