/**
 * `npm run bench:kb`: search quality of desk against peers on two corpora in two languages,
 * then speed on 10,000 articles. Quality is reported on the HELD-OUT half of each corpus's
 * questions, which the settings were not chosen on (sets.ts), with standard errors. Options:
 * --quality-only, --speed-only, --misses (list desk's failed queries), --half tuning|held-out|all.
 */
import type { Lang } from '../../src/kb/article.js';
import { missingTools, PACKAGES } from './corpus.js';
import {
  deskEngine,
  flexsearchEngine,
  lunrEngine,
  minisearchDefault,
  minisearchStemmed,
  oramaEngine,
  type Engine,
} from './engines.js';
import { quality, standardError, withTypo, type Judged, type Quality } from './metrics.js';
import { REFERENCE_PACKAGES } from './reference-corpus.js';
import { CORPORA, loadSet, type EvalSet, type Half } from './sets.js';
import { measureSpeed } from './speed.js';

const args = process.argv.slice(2);
const flags = new Set(args);
const halfArg = args.indexOf('--half');
const half = (halfArg >= 0 ? args[halfArg + 1] : 'held-out') as Half;

const f3 = (x: number): string => x.toFixed(3);

async function evaluate(engine: Engine, set: EvalSet): Promise<{ q: Quality; typo: Quality }> {
  await engine.build(set.docs, set.lang);
  const ranked: string[][] = [];
  const typoRanked: string[][] = [];
  for (const j of set.queries) ranked.push(await engine.query(j.q));
  for (const j of set.queries) typoRanked.push(await engine.query(withTypo(j.q)));
  return { q: quality(set.queries, ranked), typo: quality(set.queries, typoRanked) };
}

/** Answers that name no article of the corpus: a mistake in the question file. */
function unknownAnswers(set: EvalSet): string[] {
  const slugs = new Set(set.docs.map((d) => d.slug));
  return set.queries.flatMap((j: Judged) => j.a.filter((a) => !slugs.has(a)).map((a) => `${j.q} → ${a}`));
}

async function qualityTables(): Promise<void> {
  for (const corpus of CORPORA) {
    for (const lang of ['en', 'de'] as Lang[]) {
      const set = await loadSet(corpus, lang, half);
      if (set.docs.length === 0) {
        console.log(`\n## ${corpus}, ${lang}: corpus not installed, skipped`);
        continue;
      }
      for (const u of unknownAnswers(set)) console.error(`warning: no such article: ${u}`);
      console.log(
        `\n## ${corpus}, ${lang}: ${set.queries.length} questions (${half}) over ${set.docs.length} articles`,
      );
      console.log('| engine | MRR@10 ± SE | Recall@10 | Hit@10 | MRR@10 with a typo |');
      console.log('|---|---|---|---|---|');
      const engines = [
        deskEngine(),
        minisearchDefault(),
        minisearchStemmed(),
        lunrEngine(),
        flexsearchEngine(),
        oramaEngine(),
      ];
      const results: [string, { q: Quality; typo: Quality }][] = [];
      for (const engine of engines) {
        const r = await evaluate(engine, set);
        results.push([engine.name, r]);
        console.log(
          `| ${engine.name} | ${f3(r.q.mrr)} ± ${f3(r.q.mrrSe)} | ${f3(r.q.recall)} | ${f3(r.q.hit)} | ${f3(r.typo.mrr)} |`,
        );
        if (flags.has('--misses') && engine.name === 'desk') for (const m of r.q.misses) console.log(`    miss: ${m}`);
      }
      const desk = results[0]![1].q;
      const [peerName, peer] = results.slice(1).reduce((a, b) => (b[1].q.mrr > a[1].q.mrr ? b : a));
      // paired: the same questions, so the spread of the per-question differences
      const diff = desk.reciprocalRanks.map((rr, i) => rr - peer.q.reciprocalRanks[i]!);
      console.log(
        `\ndesk against the best peer (${peerName}): ${desk.mrr >= peer.q.mrr ? '+' : ''}${f3(desk.mrr - peer.q.mrr)} ± ${f3(standardError(diff))} MRR@10, ${((desk.mrr / peer.q.mrr - 1) * 100).toFixed(1)} %`,
      );
    }
  }
}

async function main(): Promise<void> {
  const missing = missingTools([...PACKAGES.en, ...PACKAGES.de, 'mandoc', ...Object.values(REFERENCE_PACKAGES)]);
  if (missing.length > 0) {
    console.error(
      `note: not installed, so not in the corpora: ${missing.join(' ')} (apt-get install -y ${missing.join(' ')})`,
    );
  }
  const man = { en: await loadSet('man pages', 'en', 'all'), de: await loadSet('man pages', 'de', 'all') };
  if (man.en.docs.length === 0 || man.de.docs.length === 0) {
    console.error(
      `could not assemble the man-page corpus: apt-get install -y ${[...PACKAGES.en, ...PACKAGES.de, 'mandoc'].join(' ')}`,
    );
    process.exitCode = 1;
    return;
  }
  // speed first, while the heap holds nothing but desk's index: the peers' indexes built for
  // the quality tables would otherwise leave garbage that the timed queries pay for
  if (!flags.has('--quality-only')) {
    await measureSpeed(
      [...man.en.docs, ...man.de.docs],
      [...man.en.queries, ...man.de.queries].map((j) => j.q),
    );
  }
  if (!flags.has('--speed-only')) await qualityTables();
}

await main();
