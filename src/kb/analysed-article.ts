import type { Article, Audience } from './article.js';
import { KINDS } from './fields.js';
import type { Lang } from './langs.js';
import { markdownToPlainText } from './plain-text.js';
import { analyze, guessLanguage } from './text.js';

/** What is kept per article beside the postings: enough to filter and show a hit. */
export interface ArticleInfo {
  slug: string;
  title: string;
  lang: Lang;
  products: string[];
  audience?: Audience;
}

/** An article as the index takes it: its terms counted per field kind. */
export interface AnalysedArticle {
  info: ArticleInfo;
  /** Terms per field kind (title, tags, lead, body), in KINDS order. */
  lengths: number[];
  /** term → occurrences per field kind. */
  counts: Map<string, number[]>;
  /** The plain text snippets are cut from. */
  text: string;
}

/** Snippets are cut from this much of the body (snippet.ts scans no further). */
export const SNIPPET_SOURCE_CHARS = 16_000;
const LEAD_CHARS = 400;

/** The opening prose of an article, where it says what it is about. */
function leadOf(markdown: string): string {
  const prose = markdown
    .split('\n')
    .filter((l) => !/^\s*(#|```|~~~|\||$)/.test(l))
    .join(' ');
  return markdownToPlainText(prose.slice(0, LEAD_CHARS * 2)).slice(0, LEAD_CHARS);
}

/** The plain text a hit's snippet is cut from. */
export function snippetSource(markdownBody: string): string {
  return markdownToPlainText(markdownBody).slice(0, SNIPPET_SOURCE_CHARS);
}

export function analyseArticle(article: Article): AnalysedArticle {
  const { meta } = article;
  const text = markdownToPlainText(article.body);
  const lang = meta.lang ?? guessLanguage(`${meta.title} ${text}`);
  // the products and modules an article is for ("lohn/export") say what it is about as its tags
  // do, in the words a ticket uses for them ("Lohnexport", "Export aus Lohn & Gehalt")
  const keywords = [...(meta.tags ?? []), ...(meta.products ?? [])];
  const fields = [meta.title, keywords.join(' '), leadOf(article.body), text];
  const counts = new Map<string, number[]>();
  const lengths = KINDS.map((_, k) => {
    const terms = analyze(fields[k]!, lang);
    for (const term of terms) {
      let c = counts.get(term);
      if (!c) counts.set(term, (c = KINDS.map(() => 0)));
      c[k]! += 1;
    }
    return terms.length;
  });
  const info: ArticleInfo = {
    slug: article.slug,
    title: meta.title,
    lang,
    products: meta.products ?? [],
    ...(meta.audience ? { audience: meta.audience } : {}),
  };
  return { info, lengths, counts, text: text.slice(0, SNIPPET_SOURCE_CHARS) };
}
