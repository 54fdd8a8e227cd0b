import type { FieldKind } from './fields.js';
import type { Lang } from './langs.js';

/**
 * Ranking settings. The defaults were chosen on the tuning half of the evaluation queries
 * (`npx tsx scripts/kb-eval/sweep.ts`, docs/kb-search.md); the held-out half and the second
 * corpus only report them.
 */
export interface SearchTuning {
  /** BM25F field weights: an occurrence in the title counts as this many in the body. */
  boost: Record<FieldKind, number>;
  /**
   * 'article': BM25F, a term's weighted counts saturate once per article. 'field': each field
   * saturates on its own and the fields' scores add up (as minisearch does), with the same
   * article-level IDF.
   */
  saturation: 'article' | 'field';
  /** BM25F: k1 saturates a term's weighted count per article, b normalises each field by length. */
  bm25: { k1: number; b: Record<FieldKind, number> };
  /** Query terms at least this long also match longer index terms (prefix search). */
  prefixMinLength: number;
  /**
   * ...and occur in fewer than this many articles. German glues words together, so a known
   * German word still usefully matches longer ones (Drucker → Druckertreiber); an English word
   * that articles contain is complete and is only expanded when unknown (a word's beginning).
   */
  prefixMaxDf: Record<Lang, number>;
  /** Query terms at least this long tolerate typos... */
  fuzzyMinLength: number;
  /** ...of this many edits per character... */
  fuzzy: number;
  /** ...but never more than this many... */
  maxFuzzy: number;
  /** ...if they occur in fewer than this many articles. */
  fuzzyMaxDf: number;
  /** How much prefix, fuzzy and synonym matches count relative to exact ones. */
  weights: { prefix: number; fuzzy: number; synonym: number };
  /** Weight of the query's less likely language reading (by stop-word evidence); 0 skips it. */
  otherLanguageWeight: number;
  /** A score is multiplied by the number of query words an article matched, to this power. */
  coordination: number;
  /** Re-ranking of the leading results by how many query words share one short passage. */
  proximity: number;
  proximityDepth: number;
  /** Weight of the parts of a German compound query word the index knows (0 = no splitting). */
  compoundPartWeight: number;
  /** ...and of one it does not know, whose parts stand in for it. */
  unknownCompoundPartWeight: number;
  /**
   * A term's IDF is raised to this power: above 1, a rare word weighs more against common ones
   * than BM25's logarithm gives it.
   */
  idfPower: number;
  /** Weight of the words of a request's context (a ticket's description) against the query's (its title). */
  contextWeight: number;
  /** Weight of two neighbouring query words joined into one an article holds ("mount point" → "mountpoint"); 0 = off. */
  joinedWordWeight: number;
  /**
   * Pseudo-relevance feedback (ranking.ts): the `terms` weightiest words of the first pass's
   * `docs` leading articles join the query, the strongest at `weight` of a query word; words in
   * more than `maxDfShare` of the articles are left out. With `depth` > 0 they only re-order the
   * first pass's leading `depth` articles. `terms` 0 turns it off.
   */
  feedback: { docs: number; terms: number; weight: number; maxDfShare: number; depth: number };
}

export const DEFAULT_TUNING: SearchTuning = {
  boost: { title: 12, tags: 2, lead: 2, body: 1 },
  saturation: 'article',
  bm25: { k1: 10, b: { title: 0.5, tags: 0.5, lead: 0.75, body: 0.5 } },
  prefixMinLength: 4,
  prefixMaxDf: { de: Infinity, en: 1 },
  fuzzyMinLength: 5,
  fuzzy: 0.25,
  maxFuzzy: 2,
  fuzzyMaxDf: 10,
  weights: { prefix: 0.3, fuzzy: 0.4, synonym: 0 },
  otherLanguageWeight: 0,
  coordination: 0,
  proximity: 0.6,
  proximityDepth: 15,
  compoundPartWeight: 0.5,
  unknownCompoundPartWeight: 1,
  idfPower: 0.75,
  joinedWordWeight: 0.5,
  contextWeight: 0.5,
  feedback: { docs: 0, terms: 0, weight: 0, maxDfShare: 0.1, depth: 0 },
};
