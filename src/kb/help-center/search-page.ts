/// <reference lib="dom" />
/**
 * The help center's search, in the browser: the start page loads its language's search file
 * (written by `desk kb publish`) and ranks with the same code as `desk kb search`. A search
 * typed on an article page goes to the start page as ?q=…; nothing is sent anywhere else.
 */
import type { Lang } from '../langs.js';
import { MemoryIndex, type SerialisedIndex } from '../memory-index.js';
import { searchReader } from '../ranking.js';
import { escapeHtml } from './html.js';
import { LABELS } from './labels.js';

let index: Promise<MemoryIndex> | undefined;

function load(): Promise<MemoryIndex> {
  return (index ??= fetch('search-index.json')
    .then((r) => r.json() as Promise<SerialisedIndex>)
    .then((json) => MemoryIndex.from(json)));
}

async function show(results: HTMLElement, lang: Lang, query: string): Promise<void> {
  if (query.trim() === '') {
    results.hidden = true;
    return;
  }
  const outcome = searchReader(await load(), query, { lang, limit: 10 });
  const hits = outcome.kind === 'results' ? outcome.hits : [];
  const e = escapeHtml;
  // the matched words in <mark>, every piece of text escaped
  const marked = (h: (typeof hits)[number]): string => {
    let html = '';
    let at = 0;
    for (const [start, end] of h.snippet.highlights) {
      html += `${e(h.snippet.text.slice(at, start))}<mark>${e(h.snippet.text.slice(start, end))}</mark>`;
      at = end;
    }
    return html + e(h.snippet.text.slice(at));
  };
  results.innerHTML = `<h2>${e(LABELS[lang].results(hits.length, query))}</h2>${
    hits.length ? `<ol>${hits.map((h) => `<li><a href="${e(h.slug)}.html">${e(h.title)}</a><span class="snippet">${marked(h)}</span></li>`).join('')}</ol>` : ''
  }`;
  results.hidden = false;
}

function start(): void {
  const lang = document.body.dataset.lang as Lang;
  const input = document.getElementById('q') as HTMLInputElement | null;
  const results = document.getElementById('results');
  const onStartPage = /\/index\.html$|\/$/.test(location.pathname);
  if (!input || !results || !onStartPage) return;
  const query = new URLSearchParams(location.search).get('q') ?? '';
  input.value = query;
  if (query) void show(results, lang, query);
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void show(results, lang, input.value), 150);
  });
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
    void show(results, lang, input.value);
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
