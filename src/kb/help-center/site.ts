import { analyseArticle } from '../analysed-article.js';
import type { Article } from '../article.js';
import type { Lang } from '../langs.js';
import { MemoryIndex } from '../memory-index.js';
import { searchReader } from '../ranking.js';
import { escapeHtml } from './html.js';
import { withoutInternalSections } from './internal-sections.js';
import { LABELS } from './labels.js';
import { page, type Frame } from './layout.js';
import { safeJson } from '../../core/safe-text/index.js';
import { ImageProblem, renderMarkdown } from './markdown.js';
import { STYLE } from './style.js';
import { text, type Text } from '../../i18n/keys.js';
import { renderIn } from '../../i18n/render.js';

/**
 * The help center as files, planned without touching the disk: the pages, the search file of
 * each language, and which repository files are copied where (logo, images). Only articles
 * with `audience: customer` are in it, without their internal sections (internal-sections.ts);
 * no other field of an article (related tickets, author) is shown.
 */

export interface SiteProduct {
  id: string;
  name: string;
  modules: readonly string[];
}

export interface SiteInput {
  companyName: string;
  /** The logo's path in the repository, from desk.yaml. */
  logo?: string;
  products: readonly SiteProduct[];
  /** Every article of the knowledge base: the customer ones are picked here. */
  articles: readonly Article[];
  langs: readonly Lang[];
  /** Where the site will be served from, e.g. https://hilfe.example.de/ (canonical links, sitemap). */
  baseUrl?: string;
}

export interface Site {
  /** Path in the output folder → text. */
  pages: Map<string, string>;
  /** Path in the output folder → path in the repository. */
  copies: Map<string, string>;
  /** Slugs of the published articles per language. */
  published: Record<Lang, string[]>;
}

/** A problem with one article or file, named so it can be fixed: English as its message, the text for the reader. */
export class SiteProblem extends Error {
  constructor(readonly said: Text) {
    super(renderIn('en', said.key, said.values));
  }
}

interface Published {
  article: Article;
  lang: Lang;
  /** The Markdown without internal sections. */
  body: string;
}

export const articlePath = (lang: Lang, slug: string): string => `${lang}/${slug}.html`;

/** An article's address on the published site: a reply links there. */
export function articleUrl(baseUrl: string, lang: Lang, slug: string): string {
  return `${baseUrl.replace(/\/*$/, '/')}${articlePath(lang, slug)}`;
}

export function planSite(input: SiteInput): Site {
  const site: Site = { pages: new Map(), copies: new Map(), published: { de: [], en: [] } };
  const base = input.baseUrl?.replace(/\/*$/, '/');
  const logo = input.logo ? `assets/logo${extension(input.logo)}` : undefined;
  if (input.logo && logo) site.copies.set(logo, input.logo);
  const chosen = input.articles
    .filter((a) => a.meta.audience === 'customer')
    .map((article): Published => {
      const body = withoutInternalSections(article.body);
      const lang = analyseArticle({ ...article, body }).info.lang;
      return { article: { ...article, body }, lang, body };
    })
    .filter((p) => input.langs.includes(p.lang))
    .sort((a, b) => a.article.meta.title.localeCompare(b.article.meta.title, a.lang));

  for (const lang of input.langs) {
    const mine = chosen.filter((p) => p.lang === lang);
    site.published[lang] = mine.map((p) => p.article.slug);
    const other = input.langs.find((l) => l !== lang);
    const frame = (root: string, path: string): Frame => ({
      lang,
      root,
      companyName: input.companyName,
      ...(logo ? { logo } : {}),
      ...(other ? { otherLanguage: { lang: other, href: `${other}/index.html` } } : {}),
      ...(base ? { canonical: `${base}${path}` } : {}),
    });
    const index = new MemoryIndex();
    index.update(
      mine.map((p) => analyseArticle(p.article)),
      [],
    );
    // bidi and C1 controls as \u escapes: the file carries no raw character that could act on a reader
    site.pages.set(`${lang}/search-index.json`, safeJson(index.toJSON(), 0));
    site.pages.set(`${lang}/index.html`, page(frame('../', `${lang}/index.html`), LABELS[lang].helpCenter, startPage(lang, mine, input.products)));
    for (const p of mine) {
      const path = articlePath(lang, p.article.slug);
      let rendered;
      try {
        rendered = renderMarkdown(p.body, (image) => `../assets/kb/${image}`);
      } catch (e) {
        if (e instanceof ImageProblem) throw new SiteProblem(text('site.inArticle', { file: p.article.file, problem: e.said }));
        throw e;
      }
      for (const image of rendered.images) site.copies.set(`assets/kb/${image}`, `kb/${image}`);
      const related = relatedArticles(index, p, lang);
      site.pages.set(path, page(frame('../', path), p.article.meta.title, articlePage(p, rendered.html, related, input.products)));
    }
  }
  site.pages.set('assets/style.css', STYLE);
  site.pages.set('index.html', rootPage(input, input.langs));
  // GitHub Pages would otherwise run the files through Jekyll
  site.pages.set('.nojekyll', '');
  if (base) site.pages.set('sitemap.xml', sitemap(base, site));
  return site;
}

function extension(path: string): string {
  const m = /\.[a-z0-9]+$/i.exec(path);
  return m ? m[0].toLowerCase() : '';
}

/** The articles that answer most like this one: its title and tags searched among the others. */
function relatedArticles(index: MemoryIndex, p: Published, lang: Lang): { slug: string; title: string }[] {
  const query = [p.article.meta.title, ...(p.article.meta.tags ?? [])].join(' ');
  const outcome = searchReader(index, query, { lang, limit: 4 });
  if (outcome.kind !== 'results') return [];
  return outcome.hits.filter((h) => h.slug !== p.article.slug).slice(0, 3);
}

/** Product name, and module name within it, of each product id an article names. */
function placesOf(article: Article, products: readonly SiteProduct[]): { product?: SiteProduct; module?: string }[] {
  return (article.meta.products ?? []).map((id) => {
    const [productId, module] = id.split('/') as [string, string | undefined];
    const product = products.find((p) => p.id === productId);
    return product ? { product, ...(module ? { module } : {}) } : {};
  });
}

function startPage(lang: Lang, mine: Published[], products: readonly SiteProduct[]): string {
  const t = LABELS[lang];
  const e = escapeHtml;
  const link = (p: Published): string => `<li><a href="${e(p.article.slug)}.html">${e(p.article.meta.title)}</a></li>`;
  const sections: string[] = [];
  for (const product of products) {
    const inProduct = mine.filter((p) => placesOf(p.article, products).some((pl) => pl.product === product));
    if (inProduct.length === 0) continue;
    const groups = new Map<string, Published[]>();
    for (const p of inProduct) {
      for (const place of placesOf(p.article, products).filter((pl) => pl.product === product)) {
        const key = place.module ?? '';
        if (!groups.has(key)) groups.set(key, []);
        if (!groups.get(key)!.includes(p)) groups.get(key)!.push(p);
      }
    }
    const ordered = [...groups.keys()].sort((a, b) => (a === '' ? -1 : b === '' ? 1 : product.modules.indexOf(a) - product.modules.indexOf(b)));
    sections.push(
      `<section class="product" aria-labelledby="p-${e(product.id)}"><h2 id="p-${e(product.id)}">${e(product.name)}</h2>` +
        ordered
          .map((m) => `<h3>${e(m === '' ? t.general : moduleName(m))}</h3><ul>${groups.get(m)!.map(link).join('')}</ul>`)
          .join('') +
        '</section>',
    );
  }
  const elsewhere = mine.filter((p) => !placesOf(p.article, products).some((pl) => pl.product));
  if (elsewhere.length > 0)
    sections.push(`<section class="product" aria-labelledby="p-other"><h2 id="p-other">${e(t.otherArticles)}</h2><ul>${elsewhere.map(link).join('')}</ul></section>`);
  return `<h1>${e(t.helpCenter)}</h1>
<noscript><p>${e(t.noScript)}</p></noscript>
<h2 class="visually-hidden">${e(t.byProduct)}</h2>
<div class="products">${sections.join('\n')}</div>`;
}

/** Module ids are lowercase words ("e-rechnung"); shown capitalised ("E-Rechnung"). */
function moduleName(id: string): string {
  return id.replace(/(^|-)([a-zäöü])/g, (_, dash: string, c: string) => `${dash}${c.toUpperCase()}`);
}

function articlePage(p: Published, html: string, related: { slug: string; title: string }[], products: readonly SiteProduct[]): string {
  const t = LABELS[p.lang];
  const e = escapeHtml;
  const place = placesOf(p.article, products).find((pl) => pl.product);
  const crumbs = [`<a href="index.html">${e(t.home)}</a>`, ...(place?.product ? [e(place.product.name)] : [])];
  // the body usually repeats the title as its first heading: the page shows it once
  const body = html.replace(/^\s*<h1[^>]*>[\s\S]*?<\/h1>\s*/, '');
  return `<nav class="crumbs" aria-label="breadcrumb">${crumbs.join(' › ')}</nav>
<article>
<h1>${e(p.article.meta.title)}</h1>
${p.article.meta.updated ? `<p class="updated">${e(t.updated)} <time datetime="${e(p.article.meta.updated)}">${e(p.article.meta.updated)}</time></p>\n` : ''}${body}
</article>
${related.length > 0 ? `<aside class="related" aria-labelledby="related"><h2 id="related">${e(t.related)}</h2><ul>${related.map((r) => `<li><a href="${e(r.slug)}.html">${e(r.title)}</a></li>`).join('')}</ul></aside>` : ''}`;
}

/** The site's entry: the one language's start page, or a choice of both. */
function rootPage(input: SiteInput, langs: readonly Lang[]): string {
  const e = escapeHtml;
  const only = langs.length === 1 ? langs[0] : undefined;
  const links = langs.map((l) => `<li><a href="${l}/index.html" hreflang="${l}" lang="${l}">${e(LABELS[l].helpCenter)}</a></li>`).join('');
  return `<!doctype html>
<html lang="${langs[0] ?? 'de'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${only ? `<meta http-equiv="refresh" content="0; url=${only}/index.html">\n` : ''}<title>${e(input.companyName)}</title>
<link rel="stylesheet" href="assets/style.css">
</head>
<body>
<main id="main" class="choose">
<h1>${e(input.companyName)}</h1>
<ul>${links}</ul>
</main>
</body>
</html>
`;
}

function sitemap(base: string, site: Site): string {
  const urls = [...site.pages.keys()].filter((p) => p.endsWith('.html')).sort();
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((u) => `<url><loc>${escapeHtml(base + u)}</loc></url>`).join('\n')}
</urlset>
`;
}
