import { readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle, renderArticle, type Article } from '../../src/kb/article.js';
import { openKbIndex } from '../../src/kb/index-store.js';
import { buildIndex, search, type SearchOpts, type SearchOutcome } from '../../src/kb/search-index.js';
import { put, tempRepo } from './helpers.js';

/**
 * The stored index loads per query only the terms it can reach. These tests hold it to the
 * whole index in memory: the same hits, in the same order, with the same scores and snippets.
 * Scores may differ in their last bits: the terms a word is a prefix of can be listed in another
 * order, and floating-point sums depend on the order of their terms.
 */
function expectSame(actual: SearchOutcome, expected: SearchOutcome, query: string): void {
  const withoutScores = (o: SearchOutcome) => (o.kind === 'results' ? { ...o, hits: o.hits.map((h) => ({ ...h, score: 0 })) } : o);
  expect(withoutScores(actual), query).toEqual(withoutScores(expected));
  if (actual.kind !== 'results' || expected.kind !== 'results') return;
  actual.hits.forEach((h, i) => expect(h.score / expected.hits[i]!.score, query).toBeCloseTo(1, 12));
}

const KB = join(import.meta.dirname, '..', '..', 'kb');
const names = readdirSync(KB).filter((n) => n.endsWith('.md')).sort();
const files = Object.fromEntries(names.map((n) => [n, readFileSync(join(KB, n), 'utf8')]));
const parse = (name: string, text: string): Article => {
  const parsed = parseArticle(name.slice(0, -3), text, `kb/${name}`);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.article;
};

const queries: [string, SearchOpts?][] = [
  ['Drucker'],
  ['Druker'], // a typo: fuzzy
  ['Etikettendrucker Barcode unlesbar'],
  ['Systemprotokoll'], // a compound split into known parts
  ['Abrechn'], // a word's beginning: prefix
  ['Sitzung läuft ab'],
  ['printer offline after update'],
  ['backup restore test'],
  ['how do I import invoices'],
  ['Strasse Zeichensatz Export'],
  ['Sicherung', { lang: 'de' }],
  ['Drucker', { product: 'lohn' }],
  ['Datenbank', { audience: 'customer', limit: 3 }],
  ['der die das'],
];

describe('the stored index', () => {
  it('finds what the whole index in memory finds, scores included', async () => {
    expect(names.length).toBeGreaterThan(20);
    const { root } = await tempRepo(files);
    const stored = await openKbIndex({ repoRoot: root });
    expect(stored.freshness).toBe('rebuilt');
    const whole = buildIndex(names.map((n) => parse(n, files[n]!)));
    for (const [q, opts] of queries) expectSame(stored.search(q, opts), search(whole, q, opts), q);
    // and again as a later command loads it
    const loaded = await openKbIndex({ repoRoot: root });
    expect(loaded.freshness).toBe('loaded');
    for (const [q, opts] of queries) expectSame(loaded.search(q, opts), search(whole, q, opts), q);
  });

  it('after edits, finds what an index built from the edited articles finds', async () => {
    const { root, kb } = await tempRepo(files);
    await openKbIndex({ repoRoot: root });
    const [edited, removed] = [names[3]!, names[7]!];
    const article = parse(edited, files[edited]!);
    const newText = renderArticle({ meta: { ...article.meta, title: `${article.meta.title} Druckertreiber` }, body: `${article.body}\nDer Etikettendrucker braucht einen neuen Treiber.` });
    await put(join(kb, edited), newText);
    await rm(join(kb, removed));
    await put(join(kb, 'neu-hinzu.md'), '---\ntitle: Neuer Artikel zum Drucker\nlang: de\n---\nDruckertreiber neu installieren.\n');

    const updated = await openKbIndex({ repoRoot: root });
    expect(updated.freshness).toBe('updated');
    // changed articles are indexed anew after the unchanged ones, as minisearch adds them again
    const unchanged = names.filter((n) => n !== edited && n !== removed);
    const changed = [edited, 'neu-hinzu.md'].sort();
    const whole = buildIndex([...unchanged, ...changed].map((n) => parse(n, readFileSync(join(kb, n), 'utf8'))));
    for (const [q, opts] of queries) expectSame(updated.search(q, opts), search(whole, q, opts), q);
    expect(updated.articleCount).toBe(names.length);
  });
});
