import type { SearchOptions } from 'minisearch';
import { splitCompound } from './decompound.js';
import { KINDS, fieldName } from './fields.js';
import type { QueryPlan } from './text.js';
import type { SearchTuning } from './tuning.js';

/** Turns a query reading (terms in one language) into minisearch's query tree. */

export type QueryCombination = SearchOptions & { queries: string[] };

/**
 * The figures a query is planned with, before minisearch runs it: how many articles there are
 * and how many hold a word. The whole index in memory and the stored one answer them alike.
 */
export interface Vocabulary {
  documentCount: number;
  /** How many articles hold `term` in whichever of `fields` holds it most. */
  documentFrequency(term: string, fields: readonly string[]): number;
}

/** German plans get the parts of compound words as extra, lighter terms. */
function withCompoundParts(vocabulary: Vocabulary, plan: QueryPlan, query: string, tuning: SearchTuning): { plan: QueryPlan; boosts: Map<string, number> } {
  const boosts = new Map<string, number>();
  if (plan.lang !== 'de' || tuning.compoundPartWeight === 0) return { plan, boosts };
  const fields = KINDS.map((k) => fieldName(k, 'de'));
  const df = (term: string): number => vocabulary.documentFrequency(term, fields);
  const terms = [...plan.terms];
  for (const m of query.matchAll(/[\p{L}\p{N}]+/gu)) {
    for (const part of splitCompound(m[0], df) ?? []) {
      if (!terms.includes(part)) {
        terms.push(part);
        boosts.set(part, tuning.compoundPartWeight);
      }
    }
  }
  return { plan: { ...plan, terms }, boosts };
}

/**
 * One language reading as minisearch queries. Words that most articles contain (Lucene's
 * "common terms") are looked up in titles and tags only: in bodies they barely rank anything
 * yet cost the most time, since their posting lists are the longest.
 */
function subQueries(vocabulary: Vocabulary, plan: QueryPlan, tuning: SearchTuning, termBoosts: Map<string, number>): QueryCombination[] {
  const boost: Record<string, number> = {};
  for (const kind of KINDS) if (tuning.boost[kind] > 0) boost[fieldName(kind, plan.lang)] = tuning.boost[kind] * plan.weight;
  const boosted = Object.keys(boost);
  const df = (term: string): number => vocabulary.documentFrequency(term, boosted);
  const commonAbove = tuning.commonTermRatio * vocabulary.documentCount;
  const rare = plan.terms.filter((t) => df(t) <= commonAbove);
  const common = rare.length === 0 ? [] : plan.terms.filter((t) => df(t) > commonAbove);
  const options = (terms: string[], fields: string[]): QueryCombination => ({
    queries: [terms.join(' ')],
    fields,
    boost,
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term,
    // a word many articles contain is spelt right and needs no expansion: expanding it would
    // only add noise and time; an unknown or rare word is likely a typo or a word's beginning
    prefix: (term) => term.length >= tuning.prefixMinLength && df(term) < tuning.prefixMaxDf[plan.lang],
    fuzzy: (term) => (term.length >= tuning.fuzzyMinLength && df(term) < tuning.fuzzyMaxDf ? tuning.fuzzy : false),
    maxFuzzy: tuning.maxFuzzy,
    weights: tuning.weights,
    boostTerm: (term) => termBoosts.get(term) ?? 1,
    combineWith: 'OR',
  });
  const queries = [options(rare.length > 0 ? rare : plan.terms, boosted)];
  if (common.length > 0) queries.push(options(common, [fieldName('title', plan.lang), fieldName('tags', plan.lang)]));
  return queries;
}

/** The minisearch queries for one language reading of the user's query. */
export function readingQueries(vocabulary: Vocabulary, plan: QueryPlan, query: string, tuning: SearchTuning): QueryCombination[] {
  const { plan: expanded, boosts } = withCompoundParts(vocabulary, plan, query, tuning);
  return subQueries(vocabulary, expanded, tuning, boosts);
}
