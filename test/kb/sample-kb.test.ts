import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle, type Article } from '../../src/kb/article.js';
import { buildIndex, search } from '../../src/kb/search-index.js';

/** The sample helpdesk's knowledge base, as First Level meets it at intake (desk open). */
const KB = join(import.meta.dirname, '..', '..', 'kb');
const articles: Article[] = readdirSync(KB)
  .filter((n) => n.endsWith('.md'))
  .map((n) => {
    const parsed = parseArticle(n.slice(0, -3), readFileSync(join(KB, n)), `kb/${n}`);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    return parsed.article;
  });
const index = buildIndex(articles);
const top = (q: string): string[] => {
  const o = search(index, q, { limit: 3 });
  return o.kind === 'results' ? o.hits.map((h) => h.slug) : [];
};

describe('suggestions from the sample knowledge base', () => {
  it('suggests an export article first for a payroll export that fails, not the printer article', () => {
    // the printer article shares only "bricht … ab" with it; Lohnexport is Lohn + Export
    for (const q of ['Lohnexport bricht ab', 'Lohnexport bricht mit Fehler ab']) {
      const first = top(q)[0];
      expect(first, q).not.toBe('drucker-nach-windows-update');
      expect(first, q).toMatch(/export/);
    }
  });

  it('still suggests the printer article for a printing problem', () => {
    expect(top('Druck bricht nach Windows-Update ab')[0]).toBe('drucker-nach-windows-update');
  });
});
