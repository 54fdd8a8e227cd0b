/** Speed on 10,000 articles: query latency in-process, incremental update, the on-disk store. */
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderArticle } from '../../src/kb/article.js';
import { openKbIndex } from '../../src/kb/index-store.js';
import { buildIndex, search, updateIndex } from '../../src/kb/search-index.js';
import { toArticles } from './engines.js';
import type { CorpusDoc } from './corpus.js';
import { percentile } from './metrics.js';

const TARGET = 10_000;
const ROUNDS = 5;

/** The corpus, repeated under new slugs until it has 10,000 articles. */
function tenThousand(docs: CorpusDoc[]): CorpusDoc[] {
  const out: CorpusDoc[] = [];
  for (let i = 0; out.length < TARGET; i++) {
    const d = docs[i % docs.length]!;
    const round = Math.floor(i / docs.length);
    // English and German pages share names (arch-1), so slugs carry the language
    out.push({ ...d, slug: round === 0 ? `${d.lang}-${d.slug}` : `${d.lang}-${d.slug}-copy${round}` });
  }
  return out;
}

const ms = (x: number): string => `${x.toFixed(1)} ms`;

function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
}

export async function measureSpeed(corpus: CorpusDoc[], queries: string[]): Promise<void> {
  const docs = tenThousand(corpus);
  const articles = toArticles(docs);
  console.log(
    `\n## speed: ${docs.length} articles, ${queries.length} queries × ${ROUNDS} rounds; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
  );
  const [index, buildMs] = timed(() => buildIndex(articles));
  console.log(`build: ${ms(buildMs)}`);

  for (const q of queries) search(index, q); // warm-up: JIT and the analyser's word cache
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of queries) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      search(index, q, { limit: 10 });
      wall.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  // other work on a shared machine stretches wall-clock time; CPU time shows the query's own cost
  console.log(
    `query wall-clock: median ${ms(percentile(wall, 50))}, p95 ${ms(percentile(wall, 95))}, max ${ms(wall[wall.length - 1]!)}`,
  );
  console.log(
    `query CPU time:   median ${ms(percentile(cpu, 50))}, p95 ${ms(percentile(cpu, 95))} (load average while measuring: ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)`,
  );

  const edits: number[] = [];
  for (let i = 0; i < 20; i++) {
    const a = articles[i * 97]!;
    edits.push(timed(() => updateIndex(index, [{ ...a, body: `${a.body}\nedited ${i}` }], []))[1]);
  }
  edits.sort((a, b) => a - b);
  console.log(
    `incremental update of one edited article: median ${ms(percentile(edits, 50))}, max ${ms(edits[edits.length - 1]!)}`,
  );

  const repo = await mkdtemp(join(tmpdir(), 'desk-kb-speed-'));
  try {
    const kb = join(repo, 'kb');
    await writeFile(join(repo, '.keep'), '');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(kb);
    for (const a of articles) await writeFile(join(kb, `${a.slug}.md`), renderArticle(a));
    const t0 = performance.now();
    await openKbIndex({ repoRoot: repo });
    const cold = performance.now() - t0;
    const t1 = performance.now();
    const warm = await openKbIndex({ repoRoot: repo });
    const warmMs = performance.now() - t1;
    // from the index file, each query loads the part of the index it can reach
    const stored = queries.map((q) => timed(() => warm.search(q, { limit: 10 }))[1]).sort((a, b) => a - b);
    const edited = join(kb, `${articles[5]!.slug}.md`);
    await writeFile(edited, renderArticle({ ...articles[5]!, body: `${articles[5]!.body}\nchanged` }));
    await utimes(edited, new Date(), new Date(Date.now() + 1000));
    const t2 = performance.now();
    const updated = await openKbIndex({ repoRoot: repo });
    const updMs = performance.now() - t2;
    console.log(
      `openKbIndex over ${articles.length} files: from scratch ${ms(cold)}, unchanged (${warm.freshness}) ${ms(warmMs)}, one file edited (${updated.freshness}) ${ms(updMs)}`,
    );
    console.log(
      `query on the index file (loading what it reaches, snippets from the files): median ${ms(percentile(stored, 50))}, p95 ${ms(percentile(stored, 95))}`,
    );
  } finally {
    await rm(repo, { recursive: true, force: true });
  }
}
