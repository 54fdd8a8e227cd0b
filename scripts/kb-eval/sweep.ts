/**
 * `npx tsx scripts/kb-eval/sweep.ts [--corpus man|reference|both] [JSON variant …]`: desk's MRR@10
 * on the TUNING half of the questions under variants of its ranking settings, the measurements
 * behind DEFAULT_TUNING (docs/kb-search.md). The held-out half is never looked at here.
 */
import type { Lang } from '../../src/kb/article.js';
import { buildIndex, search } from '../../src/kb/search-index.js';
import { DEFAULT_TUNING, type SearchTuning } from '../../src/kb/tuning.js';
import { toArticles } from './engines.js';
import { quality, withTypo } from './metrics.js';
import { loadSet, type CorpusName } from './sets.js';
import { loadThesaurus } from './thesaurus.js';

type Variant = [string, Partial<SearchTuning>];
const T = DEFAULT_TUNING;
const variants: Variant[] = [
  ['chosen settings', {}],
  ['title weight 4', { boost: { ...T.boost, title: 4 } }],
  ['title weight 20', { boost: { ...T.boost, title: 20 } }],
  ['lead weight 1', { boost: { ...T.boost, lead: 1 } }],
  ['no lead field', { boost: { ...T.boost, lead: 0 } }],
  ['k1 1.2 (the textbook value)', { bm25: { ...T.bm25, k1: 1.2 } }],
  ['k1 4', { bm25: { ...T.bm25, k1: 4 } }],
  ['k1 20', { bm25: { ...T.bm25, k1: 20 } }],
  ['body b 0.5', { bm25: { ...T.bm25, b: { ...T.bm25.b, body: 0.5 } } }],
  ['body b 0.9', { bm25: { ...T.bm25, b: { ...T.bm25.b, body: 0.9 } } }],
  ['body b 0.3', { bm25: { ...T.bm25, b: { ...T.bm25.b, body: 0.3 } } }],
  ['body b 0.65', { bm25: { ...T.bm25, b: { ...T.bm25.b, body: 0.65 } } }],
  ['title b 0 (no length normalisation)', { bm25: { ...T.bm25, b: { ...T.bm25.b, title: 0 } } }],
  ['title b 0.8', { bm25: { ...T.bm25, b: { ...T.bm25.b, title: 0.8 } } }],
  ['title b 1', { bm25: { ...T.bm25, b: { ...T.bm25.b, title: 1 } } }],
  ['lead b 0.4', { bm25: { ...T.bm25, b: { ...T.bm25.b, lead: 0.4 } } }],
  ['lead b 1', { bm25: { ...T.bm25, b: { ...T.bm25.b, lead: 1 } } }],
  [
    'fields saturate on their own (minisearch)',
    {
      saturation: 'field',
      boost: { title: 4, tags: 2, lead: 1, body: 1 },
      bm25: { k1: 2, b: { title: 0.7, tags: 0.7, lead: 0.7, body: 0.7 } },
    },
  ],
  ['coordination × matched words', { coordination: 1 }],
  ['coordination × √matched words', { coordination: 0.5 }],
  ['no prefix matching', { prefixMinLength: 99 }],
  ['prefix for every word (en too)', { prefixMaxDf: { de: Infinity, en: Infinity } }],
  ['prefix only for unknown words (de too)', { prefixMaxDf: { de: 1, en: 1 } }],
  ['prefix weight 0.1', { weights: { ...T.weights, prefix: 0.1 } }],
  ['no fuzzy matching', { fuzzyMinLength: 99 }],
  ['fuzzy weight 0.2', { weights: { ...T.weights, fuzzy: 0.2 } }],
  ['no proximity re-ranking', { proximity: 0 }],
  ['proximity 1.0', { proximity: 1 }],
  ['proximity over the leading 30', { proximityDepth: 30 }],
  ['proximity over the leading 10', { proximityDepth: 10 }],
  ['no compound splitting', { compoundPartWeight: 0 }],
  ['compound parts weight 1', { compoundPartWeight: 1 }],
  ['parts of an unknown compound at 0.5 too', { unknownCompoundPartWeight: 0.5 }],
  ['IDF as BM25 gives it (power 1)', { idfPower: 1 }],
  ['IDF to the power 1.5', { idfPower: 1.5 }],
  ['IDF to the power 0.5', { idfPower: 0.5 }],
  ['no joined neighbours ("mount point" ≠ mountpoint)', { joinedWordWeight: 0 }],
  ['joined neighbours at 0.3', { joinedWordWeight: 0.3 }],
  ['joined neighbours at 1', { joinedWordWeight: 1 }],
  ['feedback: 3 articles, 10 words, 0.2', { feedback: { ...T.feedback, docs: 3, terms: 10, weight: 0.2 } }],
  ['feedback: 5 articles, 10 words, 0.05', { feedback: { ...T.feedback, docs: 5, terms: 10, weight: 0.05 } }],
  ['feedback: 10 articles, 10 words, 0.1', { feedback: { ...T.feedback, docs: 10, terms: 10, weight: 0.1 } }],
  ['feedback: 10 articles, 20 words, 0.2', { feedback: { ...T.feedback, docs: 10, terms: 20, weight: 0.2 } }],
  [
    'feedback: 10 articles, 10 words, 0.1, re-ordering the top 20 only',
    { feedback: { ...T.feedback, docs: 10, terms: 10, weight: 0.1, depth: 20 } },
  ],
  ['thesaurus synonyms at 0.05', { weights: { ...T.weights, synonym: 0.05 } }],
  ['thesaurus synonyms at 0.1', { weights: { ...T.weights, synonym: 0.1 } }],
  ['thesaurus synonyms at 0.3', { weights: { ...T.weights, synonym: 0.3 } }],
];

const args = process.argv.slice(2);
const corpusArg = args.indexOf('--corpus');
const corpusName = corpusArg < 0 ? 'both' : args[corpusArg + 1];
const corpora: CorpusName[] =
  corpusName === 'man'
    ? ['man pages']
    : corpusName === 'reference'
      ? ['Debian Reference']
      : ['man pages', 'Debian Reference'];
const extra = args.filter((a) => a.startsWith('{')).map((a) => JSON.parse(a) as Partial<SearchTuning>);
const list: Variant[] =
  extra.length > 0 ? [['default', {}], ...extra.map((e): Variant => [JSON.stringify(e), e])] : variants;

const merge = (v: Partial<SearchTuning>): SearchTuning => ({ ...DEFAULT_TUNING, ...v });
const thesauri = { de: loadThesaurus('de'), en: loadThesaurus('en') };
const synonyms = (lang: Lang, term: string): readonly string[] | undefined => thesauri[lang]?.get(term);
const results = new Map<string, string[]>();
const header: string[] = [];
for (const corpus of corpora) {
  for (const lang of ['en', 'de'] as Lang[]) {
    const set = await loadSet(corpus, lang, 'tuning');
    if (set.queries.length === 0) continue;
    header.push(`${corpus === 'man pages' ? 'man' : 'ref'} ${lang} (${set.queries.length} q)`, 'typo');
    const index = buildIndex(toArticles(set.docs));
    for (const [name, v] of list) {
      const tuning = merge(v);
      const rank = (text: string): string[] => {
        const o = search(index, text, { tuning, synonyms });
        return o.kind === 'results' ? o.hits.map((h) => h.slug) : [];
      };
      const q = quality(
        set.queries,
        set.queries.map((j) => rank(j.q)),
      );
      const typo = quality(
        set.queries,
        set.queries.map((j) => rank(withTypo(j.q))),
      );
      results.set(name, [...(results.get(name) ?? []), q.mrr.toFixed(3), typo.mrr.toFixed(3)]);
    }
  }
}
// the mean over the sets' MRR@10 (not the typo columns): what a choice is made by
console.log(`| variant | ${header.join(' | ')} | mean MRR@10 |\n|---|${header.map(() => '---').join('|')}|---|`);
for (const [name, cells] of results) {
  const mrrs = cells.filter((_, i) => i % 2 === 0).map(Number);
  console.log(`| ${name} | ${cells.join(' | ')} | ${(mrrs.reduce((a, b) => a + b, 0) / mrrs.length).toFixed(3)} |`);
}
