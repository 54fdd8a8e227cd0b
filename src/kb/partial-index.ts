import { distance } from 'fastest-levenshtein';
import MiniSearch from 'minisearch';
import { FIELDS } from './fields.js';
import type { KbIndexDb, Postings } from './index-db.js';
import type { QueryCombination, Vocabulary } from './query-builder.js';
import { miniOptions, type ArticleInfo, type PreparedDoc, type SearchSource } from './search-index.js';

/**
 * Search over the stored index without loading all of it. minisearch's BM25 score of a hit
 * depends only on the postings of the terms matched and on global figures, so per query this
 * loads the terms it can reach — the exact words, the terms they are a prefix of, their fuzzy
 * neighbours — with the articles in their postings, and hands that to minisearch in its own
 * serialised shape. minisearch then ranks as over the whole index.
 */

const FIELD_IDS: Record<string, number> = Object.fromEntries(FIELDS.map((f, i) => [f, i]));
/** minisearch's maxFuzzy when a query does not set one. */
const MINISEARCH_MAX_FUZZY = 6;

export function storedSource(db: KbIndexDb, snippetText: (article: ArticleInfo) => string): SearchSource {
  const figures = db.figures();
  const frequencies = new Map<string, Record<string, number> | undefined>();
  const articles = new Map<string, ArticleInfo | undefined>();
  const vocabulary: Vocabulary = {
    documentCount: figures.documentCount,
    // compound splitting asks about many would-be parts: each term is looked up once
    documentFrequency(term, fields) {
      if (!frequencies.has(term)) frequencies.set(term, db.documentFrequencies(term));
      const df = frequencies.get(term);
      return df ? fields.reduce((n, f) => Math.max(n, df[FIELD_IDS[f]!] ?? 0), 0) : 0;
    },
  };
  return {
    vocabulary,
    minisearchFor(queries) {
      const rows = reachableRows(db, queries);
      const index = [...rows]
        // loaded in sorted order, minisearch's radix tree lists a word's prefix and fuzzy matches
        // (and adds up their scores) in that order, whichever other terms were loaded
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([term, postings]): [string, Postings] => [term, JSON.parse(postings) as Postings]);
      // short ids run below nextId: a flag per id is cheaper than a set of thousands
      const inPostings = new Uint8Array(figures.nextId);
      for (const [, postings] of index) for (const docs of Object.values(postings)) for (const id in docs) inPostings[Number(id)] = 1;
      // minisearch needs the id and field lengths of every article in the postings it scores;
      // it only reads a length by field id, which a view of the stored column answers alike
      const scoring = db.scoring();
      const documentIds: Record<number, string> = {};
      const fieldLength: Record<number, Int32Array> = {};
      for (let i = 0; i < scoring.shortIds.length; i++) {
        const shortId = scoring.shortIds[i]!;
        if (inPostings[shortId] !== 1) continue;
        documentIds[shortId] = scoring.slugs[i]!;
        fieldLength[shortId] = scoring.fieldLengths.subarray(i * FIELDS.length, (i + 1) * FIELDS.length);
      }
      return MiniSearch.loadJS<PreparedDoc>({
        documentCount: figures.documentCount,
        nextId: figures.nextId,
        documentIds,
        fieldIds: FIELD_IDS,
        fieldLength: fieldLength as unknown as Record<number, number[]>,
        averageFieldLength: figures.averageFieldLength as number[],
        storedFields: {},
        dirtCount: 0,
        index,
        serializationVersion: 2,
      }, miniOptions);
    },
    // filters ask for each matching article, the hits for a few: looked up one by one, once
    article(slug) {
      if (!articles.has(slug)) articles.set(slug, db.article(slug));
      return articles.get(slug);
    },
    snippetText,
  };
}

/**
 * term → serialised postings of every term the queries reach as minisearch runs them: each
 * query word, and where its options say so, the terms it begins and those within its edit
 * distance (Levenshtein's, as minisearch's). Neighbours are sought among the terms of a length
 * within reach only. minisearch then matches among what is loaded, so loading a term too many
 * would change no score; one too few would.
 */
function reachableRows(db: KbIndexDb, queries: readonly QueryCombination[]): Map<string, string> {
  const exact = new Set<string>();
  const prefixes = new Set<string>();
  const fuzzy = new Map<string, number>();
  for (const q of queries) {
    const terms = q.queries.flatMap((text) => (q.tokenize ?? miniOptions.tokenize!)(text)).flatMap((t) => processed(q, t));
    terms.forEach((term, i) => {
      exact.add(term);
      if (typeof q.prefix === 'function' ? q.prefix(term, i, terms) : q.prefix === true) prefixes.add(term);
      const f = typeof q.fuzzy === 'function' ? q.fuzzy(term, i, terms) : q.fuzzy;
      if (f) {
        const reach = typeof f === 'number' && f >= 1 ? f : (q.maxFuzzy ?? MINISEARCH_MAX_FUZZY);
        fuzzy.set(term, Math.max(reach, fuzzy.get(term) ?? 0));
      }
    });
  }
  for (const [term, maxDistance] of fuzzy) {
    for (const near of db.termsOfLength(term.length - maxDistance, term.length + maxDistance)) {
      if (distance(term, near) <= maxDistance) exact.add(near);
    }
  }
  const rows = new Map(db.postingsOf(exact));
  for (const prefix of prefixes) for (const [term, postings] of db.postingsByPrefix(prefix)) rows.set(term, postings);
  return rows;
}

/** The query's own term processing, as minisearch applies it to each word. */
function processed(q: QueryCombination, term: string): string[] {
  const out = (q.processTerm ?? miniOptions.processTerm!)(term);
  if (out === null || out === undefined || out === false) return [];
  return Array.isArray(out) ? out : [out];
}
