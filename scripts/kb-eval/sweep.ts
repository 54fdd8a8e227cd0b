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
import { quality, withTypo, type Judged } from './metrics.js';

const here = dirname(fileURLToPath(import.meta.url));
const cacheDir = join(here, '..', '..', '.desk', 'kb-eval');

type Variant = [string, Partial<SearchTuning>];
const T = DEFAULT_TUNING;
const variants: Variant[] = [
  ['chosen settings', {}],
  ['title boost 2', { boost: { ...T.boost, title: 2 } }],
  ['title boost 8', { boost: { ...T.boost, title: 8 } }],
  ['no lead field', { boost: { ...T.boost, lead: 0 } }],
  ['lead boost 2', { boost: { ...T.boost, lead: 2 } }],
  ['no prefix matching', { prefixMinLength: 99 }],
  ['prefix for every word (en too)', { prefixMaxDf: { de: Infinity, en: Infinity } }],
  ['prefix only for unknown words (de too)', { prefixMaxDf: { de: 1, en: 1 } }],
  ['prefix weight 0.3', { weights: { ...T.weights, prefix: 0.3 } }],
  ['no fuzzy matching', { fuzzyMinLength: 99 }],
  ['fuzzy for every word', { fuzzyMaxDf: Infinity }],
  ['fuzzy only for unknown words', { fuzzyMaxDf: 1 }],
  ['no proximity re-ranking', { proximity: 0 }],
  ['proximity 1.0', { proximity: 1 }],
  ['no compound splitting', { compoundPartWeight: 0 }],
  ['compound parts weight 1', { compoundPartWeight: 1 }],
  ['common words in titles only (30 %)', { commonTermRatio: 0.3 }],
  ['BM25 b 0.9', { bm25: { ...T.bm25, b: 0.9 } }],
  ['BM25 d 0.5 (minisearch default)', { bm25: { ...T.bm25, d: 0.5 } }],
];

const extra = process.argv.slice(2).map((a) => JSON.parse(a) as Partial<SearchTuning>);
const list: Variant[] =
  extra.length > 0 ? [['default', {}], ...extra.map((e): Variant => [JSON.stringify(e), e])] : variants;

const results = new Map<string, string[]>();
for (const lang of ['en', 'de'] as const) {
  const judged = parse(await readFile(join(here, `queries.${lang}.yaml`), 'utf8')) as Judged[];
  const index = buildIndex(toArticles(await loadCorpus(cacheDir, lang)));
  for (const [name, v] of list) {
    const tuning = { ...DEFAULT_TUNING, ...v };
    const rank = (text: string): string[] => {
      const o = search(index, text, { tuning });
      return o.kind === 'results' ? o.hits.map((h) => h.slug) : [];
    };
    const q = quality(
      judged,
      judged.map((j) => rank(j.q)),
    );
    const typo = quality(
      judged,
      judged.map((j) => rank(withTypo(j.q))),
    );
    results.set(name, [...(results.get(name) ?? []), q.mrr.toFixed(3), q.hit.toFixed(3), typo.mrr.toFixed(3)]);
  }
}
console.log(
  '| variant | en MRR@10 | en Hit@10 | en MRR@10 typo | de MRR@10 | de Hit@10 | de MRR@10 typo |\n|---|---|---|---|---|---|---|',
);
for (const [name, cells] of results) console.log(`| ${name} | ${cells.join(' | ')} |`);
