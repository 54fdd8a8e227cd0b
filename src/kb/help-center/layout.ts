import type { Lang } from '../langs.js';
import { escapeHtml } from './html.js';
import { LABELS } from './labels.js';

/** What every page shares: header with logo and name, language switch, search box, footer. */
export interface Frame {
  lang: Lang;
  /** From the page to the site's root: "" or "../". */
  root: string;
  companyName: string;
  /** The logo's path from the root, if desk.yaml names one. */
  logo?: string;
  /** The other language's start page from the root, if it is published too. */
  otherLanguage?: { lang: Lang; href: string };
  /** The page's absolute address, when the site's address is known. */
  canonical?: string;
}

export function page(frame: Frame, title: string, main: string): string {
  const t = LABELS[frame.lang];
  const e = escapeHtml;
  const home = `${frame.root}${frame.lang}/index.html`;
  return `<!doctype html>
<html lang="${frame.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)} – ${e(frame.companyName)} ${e(t.helpCenter)}</title>
${frame.canonical ? `<link rel="canonical" href="${e(frame.canonical)}">\n` : ''}<link rel="icon" href="${frame.logo ? `${frame.root}${escapeHtml(frame.logo)}` : 'data:,'}">
<link rel="stylesheet" href="${frame.root}assets/style.css">
<script src="${frame.root}assets/search.js" defer></script>
</head>
<body data-lang="${frame.lang}" data-root="${frame.root}">
<a class="skip" href="#main">${e(t.skip)}</a>
<header class="site">
<a class="brand" href="${home}">${frame.logo ? `<img src="${frame.root}${e(frame.logo)}" alt="" width="40" height="40">` : ''}<span>${e(frame.companyName)}</span> <span class="sub">${e(t.helpCenter)}</span></a>
${frame.otherLanguage ? `<a class="lang" href="${frame.root}${e(frame.otherLanguage.href)}" hreflang="${frame.otherLanguage.lang}" lang="${frame.otherLanguage.lang}">${e(t.otherLanguage)}</a>` : ''}
<form class="search" role="search" action="${home}" method="get">
<label for="q">${e(t.search)}</label>
<div class="field"><input id="q" name="q" type="search" autocomplete="off" placeholder="${e(t.searchPlaceholder)}"><button type="submit">${e(t.searchButton)}</button></div>
</form>
</header>
<main id="main">
<section id="results" aria-live="polite" hidden></section>
${main}
</main>
<footer class="site"><p>© ${e(frame.companyName)}</p></footer>
</body>
</html>
`;
}
