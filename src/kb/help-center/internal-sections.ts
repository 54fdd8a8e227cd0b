/**
 * Parts of a customer article meant for staff only, marked in the Markdown as a block:
 *
 *     ::: internal
 *     Nur für uns: Kunde hat eine Sonderlizenz.
 *     :::
 *
 * (the container syntax of Pandoc and many static-site tools, readable as text in the file).
 * The help center leaves them out of pages and of the search index alike. An opening marker
 * without its end hides the rest of the article: better a short page than a leak.
 */
const OPEN = /^\s{0,3}:{3,}\s*intern(?:al)?\s*$/i;
const CLOSE = /^\s{0,3}:{3,}\s*$/;

export function withoutInternalSections(markdown: string): string {
  const kept: string[] = [];
  let depth = 0;
  for (const line of markdown.split('\n')) {
    if (OPEN.test(line)) depth += 1;
    else if (depth > 0 && /^\s{0,3}:{3,}\s*\S/.test(line)) depth += 1; // another container inside
    else if (depth > 0 && CLOSE.test(line)) depth -= 1;
    else if (depth === 0) kept.push(line);
  }
  return kept.join('\n');
}
