import type { Lang } from './langs.js';

/**
 * Ranking settings. The defaults were chosen by measurement on the man-page corpus
 * (`npm run bench:kb`, docs/kb-search.md); the bench passes variants to compare them.
 */
export interface SearchTuning {
  /** Field boosts: a word in the title says more about an article than one in the body. */
  boost: { title: number; tags: number; lead: number; body: number };
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
  /** ...of this many edits per character (minisearch's fractional fuzziness)... */
  fuzzy: number;
  /** ...but never more than this many... */
  maxFuzzy: number;
  /** ...if they occur in fewer than this many articles. */
  fuzzyMaxDf: number;
  /** How much prefix and fuzzy matches count relative to exact ones. */
  weights: { prefix: number; fuzzy: number };
  /**
   * Weight of the query's less likely language reading (by stop-word evidence); 0 skips it.
   * Skipping it left MRR@10 on the mixed corpus unchanged and halved query time there.
   */
  otherLanguageWeight: number;
  bm25: { k: number; b: number; d: number };
  /** Re-ranking of the leading results by how many query words share one short passage. */
  proximity: number;
  proximityDepth: number;
  /** Words in more than this share of articles are matched in titles and tags only. */
  commonTermRatio: number;
  /** Weight of the parts of a German compound query word (0 = no splitting). */
  compoundPartWeight: number;
}

export const DEFAULT_TUNING: SearchTuning = {
  boost: { title: 4, tags: 2, lead: 1, body: 1 },
  prefixMinLength: 4,
  prefixMaxDf: { de: Infinity, en: 1 },
  fuzzyMinLength: 5,
  fuzzy: 0.25,
  maxFuzzy: 2,
  fuzzyMaxDf: 10,
  weights: { prefix: 0.1, fuzzy: 0.4 },
  otherLanguageWeight: 0,
  bm25: { k: 1.2, b: 0.7, d: 0 },
  proximity: 0.6,
  proximityDepth: 15,
  compoundPartWeight: 0.5,
  commonTermRatio: 1,
};
