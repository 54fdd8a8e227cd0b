import type { Article } from './article.js';
import { analyseArticle } from './analysed-article.js';
import { MemoryIndex } from './memory-index.js';
import { searchReader, type SearchOpts, type SearchOutcome } from './ranking.js';

/**
 * The knowledge-base index held in memory: built from parsed articles, updated in place,
 * searched with the same ranking as the stored index (ranking.ts).
 */
export type KbIndex = MemoryIndex;
export type { ArticleInfo } from './analysed-article.js';
export { snippetSource } from './analysed-article.js';
export type { SearchHit, SearchOpts, SearchOutcome } from './ranking.js';

export function buildIndex(articles: Iterable<Article>): KbIndex {
  const index = new MemoryIndex();
  updateIndex(index, articles, []);
  return index;
}

/** Applies edits in place: changed articles are indexed again, removed ones leave. */
export function updateIndex(index: KbIndex, changed: Iterable<Article>, removedSlugs: Iterable<string>): void {
  index.update([...changed].map(analyseArticle), removedSlugs);
}

export function search(index: KbIndex, query: string, opts: SearchOpts = {}): SearchOutcome {
  return searchReader(index, query, opts);
}
