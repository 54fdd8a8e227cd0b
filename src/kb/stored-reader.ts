import type { ArticleInfo } from './analysed-article.js';
import type { Figures, KbIndexDb } from './index-db.js';
import { KINDS } from './fields.js';
import type { Lang } from './langs.js';
import { STRIDE } from './postings.js';
import type { IndexReader, LangFigures } from './ranking.js';

/**
 * The stored index as the ranking reads it, loading per query only the rows it asks for:
 * the postings of the terms a query reaches, the articles of the leading hits. Each row is
 * read once per query.
 */
export function storedReader(db: KbIndexDb, snippetText: (article: ArticleInfo) => string): IndexReader {
  const figures: Figures = db.figures();
  let lengths: Int32Array | undefined;
  const postings = new Map<string, Int32Array | undefined>();
  const sizes = new Map<string, number>();
  const articles = new Map<number, ArticleInfo | undefined>();
  const once = <K, V>(cache: Map<K, V>, key: K, load: () => V): V => {
    if (!cache.has(key)) cache.set(key, load());
    return cache.get(key)!;
  };
  return {
    figures(lang: Lang): LangFigures {
      const { count, sums } = figures.langs[lang];
      return { documentCount: count, averageLength: KINDS.map((_, k) => (count ? sums[k]! / count : 0)) };
    },
    postings: (lang, term) => once(postings, `${lang}\t${term}`, () => db.postings(lang, term)),
    // compound splitting asks about many would-be parts: their sizes suffice
    documentFrequency(lang, term) {
      const key = `${lang}\t${term}`;
      const loaded = postings.get(key);
      if (loaded) return loaded.length / STRIDE;
      return once(sizes, key, () => db.postingsSize(lang, term)) / 4 / STRIDE;
    },
    termsWithPrefix: (lang, prefix) => db.termsWithPrefix(lang, prefix),
    termsOfLength: (lang, first, min, max) => db.termsOfLength(lang, first, min, max),
    fieldLengths: () => (lengths ??= db.fieldLengths()),
    article: (shortId) => once(articles, shortId, () => db.article(shortId)),
    snippetText: (_, article) => snippetText(article),
  };
}
