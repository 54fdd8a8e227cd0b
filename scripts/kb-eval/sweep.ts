/**
 * `npx tsx scripts/kb-eval/sweep.ts`: desk's MRR@10 under variants of its ranking settings,
 * the measurements behind DEFAULT_TUNING (docs/kb-search.md).
 */
import { readFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { buildIndex, search } from '../../src/kb/search-index.js';
import { DEFAULT_TUNING, type SearchTuning } from '../../src/kb/tuning.js';
import { loadCorpus } from './corpus.js';
import { toArticles } from './engines.js';
import { quality, type Judged } from './metrics.js';

const here = dirname(fileURLToPath(import.meta.url));
const cacheDir = join(here, '..', '..', '.desk', 'kb-eval');

type Variant = [string, Partial<SearchTuning>];
const variants: Variant[] = [
  ['default', {}],
  ['no prefix', { prefixMinLength: 99 }],
  ['prefix ≥ 3', { prefixMinLength: 3 }],
  ['prefix ≥ 5', { prefixMinLength: 5 }],
  ['prefix weight 0.1', { weights: { prefix: 0.1, fuzzy: DEFAULT_TUNING.weights.fuzzy } }],
  ['prefix weight 0.5', { weights: { prefix: 0.5, fuzzy: DEFAULT_TUNING.weights.fuzzy } }],
  ['no fuzzy', { fuzzyMinLength: 99 }],
  ['fuzzy ≥ 4', { fuzzyMinLength: 4 }],
  ['fuzzy ≥ 7', { fuzzyMinLength: 7 }],
  ['fuzzy weight 0.05', { weights: { prefix: DEFAULT_TUNING.weights.prefix, fuzzy: 0.05 } }],
  ['fuzzy weight 0.4', { weights: { prefix: DEFAULT_TUNING.weights.prefix, fuzzy: 0.4 } }],
  ['title 2', { boost: { ...DEFAULT_TUNING.boost, title: 2 } }],
  ['title 8', { boost: { ...DEFAULT_TUNING.boost, title: 8 } }],
  ['title 12', { boost: { ...DEFAULT_TUNING.boost, title: 12 } }],
  ['bm25 b 0.5', { bm25: { ...DEFAULT_TUNING.bm25, b: 0.5 } }],
  ['bm25 b 0.9', { bm25: { ...DEFAULT_TUNING.bm25, b: 0.9 } }],
  ['bm25 k 0.8', { bm25: { ...DEFAULT_TUNING.bm25, k: 0.8 } }],
  ['bm25 k 2', { bm25: { ...DEFAULT_TUNING.bm25, k: 2 } }],
  ['bm25 d 0', { bm25: { ...DEFAULT_TUNING.bm25, d: 0 } }],
  ['bm25 d 1', { bm25: { ...DEFAULT_TUNING.bm25, d: 1 } }],
];

const extra = process.argv.slice(2).map((a) => JSON.parse(a) as Partial<SearchTuning>);
const list: Variant[] = extra.length > 0 ? [['default', {}], ...extra.map((e): Variant => [JSON.stringify(e), e])] : variants;

const results = new Map<string, string[]>();
for (const lang of ['en', 'de'] as const) {
  const judged = parse(await readFile(join(here, `queries.${lang}.yaml`), 'utf8')) as Judged[];
  const index = buildIndex(toArticles(await loadCorpus(cacheDir, lang)));
  for (const [name, v] of list) {
    const tuning = { ...DEFAULT_TUNING, ...v };
    const ranked = judged.map((j) => {
      const o = search(index, j.q, { tuning });
      return o.kind === 'results' ? o.hits.map((h) => h.slug) : [];
    });
    const q = quality(judged, ranked);
    results.set(name, [...(results.get(name) ?? []), q.mrr.toFixed(3), q.hit.toFixed(3)]);
  }
}
console.log('| variant | en MRR@10 | en Hit@10 | de MRR@10 | de Hit@10 |\n|---|---|---|---|---|');
for (const [name, cells] of results) console.log(`| ${name} | ${cells.join(' | ')} |`);
