/** The knowledge base's public surface, for the CLI and `desk check`. */
export { parseArticle, renderArticle, slugProblem, articleMetaSchema, AUDIENCES, SLUG_PATTERN } from './article.js';
export type { Article, ArticleMeta, ArticleProblem, ParseResult, Audience } from './article.js';
export { LANGS } from './langs.js';
export type { Lang } from './langs.js';
export { openKbIndex } from './index-store.js';
export type { OpenKbIndex, OpenKbIndexOptions, IndexFreshness } from './index-store.js';
export { buildIndex, updateIndex, search } from './search-index.js';
export type { KbIndex, SearchOpts, SearchHit, SearchOutcome } from './search-index.js';
export { markSnippet } from './snippet.js';
export type { Snippet } from './snippet.js';
export { MAX_INDEXED_BODY_CHARS } from './plain-text.js';
