/**
 * `npm run bench:kb`: search quality of desk against peers on Debian's man pages, then speed
 * on 10,000 articles. Options: --quality-only, --speed-only, --misses (list failed queries).
 */
import { readFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Lang } from '../../src/kb/article.js';
import { loadCorpus, missingTools, PACKAGES } from './corpus.js';
import { deskEngine, flexsearchEngine, lunrEngine, minisearchDefault, oramaEngine, type Engine } from './engines.js';
import { quality, withTypo, type Judged } from './metrics.js';
import { measureSpeed } from './speed.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..');
const cacheDir = join(repoRoot, '.desk', 'kb-eval');
const args = new Set(process.argv.slice(2));

async function queries(lang: Lang): Promise<Judged[]> {
  return parse(await readFile(join(here, `queries.${lang}.yaml`), 'utf8')) as Judged[];
}

const pct = (x: number): string => x.toFixed(3);

async function evaluate(engine: Engine, lang: Lang, docs: Awaited<ReturnType<typeof loadCorpus>>, judged: Judged[]) {
  const t0 = performance.now();
  await engine.build(docs, lang);
  const buildMs = performance.now() - t0;
  const ranked: string[][] = [];
  const typoRanked: string[][] = [];
  for (const j of judged) ranked.push(await engine.query(j.q));
  for (const j of judged) typoRanked.push(await engine.query(withTypo(j.q)));
  return { ...quality(judged, ranked), typo: quality(judged, typoRanked), buildMs };
}

async function main(): Promise<void> {
  const missing = missingTools();
  const corpus: Record<Lang, Awaited<ReturnType<typeof loadCorpus>>> = { de: [], en: [] };
  try {
    for (const lang of ['en', 'de'] as const) corpus[lang] = await loadCorpus(cacheDir, lang);
    if (corpus.en.length === 0 || corpus.de.length === 0) throw new Error('no man pages found');
  } catch (e) {
    console.error(`could not assemble the corpus: ${(e as Error).message}`);
    console.error(
      `install the man pages first: apt-get install -y ${[...PACKAGES.en, ...PACKAGES.de, 'mandoc'].join(' ')}`,
    );
    process.exitCode = 1;
    return;
  }
  if (missing.length > 0) {
    console.error(
      `note: not installed, so not in the corpus: ${missing.join(' ')} (apt-get install -y ${missing.join(' ')})`,
    );
  }
  console.log(`corpus: ${corpus.en.length} English and ${corpus.de.length} German man pages`);

  // speed first, while the heap holds nothing but desk's index: the peers' indexes built for
  // the quality tables would otherwise leave garbage that the timed queries pay for
  if (!args.has('--quality-only')) {
    const judged = [...(await queries('en')), ...(await queries('de'))];
    await measureSpeed(
      [...corpus.en, ...corpus.de],
      judged.map((j) => j.q),
    );
  }

  if (!args.has('--speed-only')) {
    for (const lang of ['en', 'de'] as const) {
      const judged = await queries(lang);
      console.log(`\n## ${lang}: ${judged.length} queries over ${corpus[lang].length} articles`);
      console.log('| engine | MRR@10 | Recall@10 | Hit@10 | MRR@10 with a typo | build ms |');
      console.log('|---|---|---|---|---|---|');
      const engines = [deskEngine(), minisearchDefault(), lunrEngine(), flexsearchEngine(), oramaEngine()];
      for (const engine of engines) {
        const r = await evaluate(engine, lang, corpus[lang], judged);
        console.log(
          `| ${engine.name} | ${pct(r.mrr)} | ${pct(r.recall)} | ${pct(r.hit)} | ${pct(r.typo.mrr)} | ${r.buildMs.toFixed(0)} |`,
        );
        if (args.has('--misses') && engine.name === 'desk') for (const m of r.misses) console.log(`    miss: ${m}`);
      }
    }
  }
  if (!args.has('--speed-only')) {
    // the realistic case: one knowledge base in both languages, the query's language unknown
    const mixed = deskEngine(undefined, 'desk, both languages in one index');
    mixed.build(
      [...corpus.en, ...corpus.de].map((d) => ({ ...d, slug: `${d.slug}--${d.lang}` })),
      'de',
    );
    console.log(
      `\n## desk on both corpora in one index (${corpus.en.length + corpus.de.length} articles), query language not given`,
    );
    console.log('| queries | MRR@10 | Recall@10 | Hit@10 |\n|---|---|---|---|');
    for (const lang of ['en', 'de'] as const) {
      const judged = (await queries(lang)).map((j) => ({ q: j.q, a: j.a.map((a) => `${a}--${lang}`) }));
      const ranked: string[][] = [];
      for (const j of judged) ranked.push(await mixed.query(j.q));
      const r = quality(judged, ranked);
      console.log(`| ${lang} | ${pct(r.mrr)} | ${pct(r.recall)} | ${pct(r.hit)} |`);
    }
  }
}

await main();
