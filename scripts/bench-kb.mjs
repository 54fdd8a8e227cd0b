/**
 * `npm run bench -- --kb`: `desk kb search` as a whole command on a helpdesk with 10,000
 * articles (scripts/gen: 2,000 tickets, 10,000 articles in German and English, kept in
 * .desk-bench/ and reused), index warm, with queries of 1 to 15 words, beside `node -e 0`
 * measured the same way. Then the first search after a fresh clone, which builds the index.
 * Targets (docs/kb-search.md): median under 150 ms, 95th percentile under 250 ms.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

/** Questions as First Level types them: German and English, one word to fifteen, a typo among them. */
export const KB_QUERIES = [
  'drucker',
  'Druker',
  'sepa',
  'Systemprotokoll',
  'printer offline',
  'Abrechnungslauf langsam',
  'Zertifikat abgelaufen ELSTER',
  'Export Umlaute kaputt',
  'backup restore test',
  'Lohnexport bricht mit Fehler ab',
  'account locked after password reset',
  'Buchungsstapel DATEV abgelehnt Kontenrahmen fehlt',
  'csv export umlauts garbled in excel',
  'Scan Stapel hängt im Posteingang seit heute morgen',
  'web client shows a certificate warning in the browser',
  'Der Drucker druckt nach dem Windows Update keine Lieferscheine mehr',
  'Our payroll run takes hours since we moved the database server last week',
  'Mindestbestand je Lagerort wird im Bestellvorschlag nicht berücksichtigt obwohl er gepflegt ist',
  'how do I cancel a minijob registration that was sent with the wrong start date',
  'Rückmeldungen der Krankenkassen zur eAU kommen seit dem letzten Update nicht mehr an',
];

export async function benchKb({ root, bench, desk, measure, say, runs }) {
  const dir = join(bench, 'kb-10000');
  const spec = 'tickets=2000 customers=50 articles=10000 seed=1';
  const marker = join(bench, 'kb-10000.done');
  if (!existsSync(marker) || readFileSync(marker, 'utf8').split('\n')[0] !== spec) {
    rmSync(dir, { recursive: true, force: true });
    say(`generating ${spec} (once; reused by later runs)`);
    execFileSync(
      process.execPath,
      [
        '--max-old-space-size=8192',
        join(root, 'scripts/gen/index.mjs'),
        '--tickets',
        '2000',
        '--customers',
        '50',
        '--articles',
        '10000',
        '--seed',
        '1',
        '--out',
        dir,
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    writeFileSync(marker, `${spec}\n`);
  }
  const env = { ...process.env, DESK_USER: 'mk', NO_COLOR: '1' };
  delete env.DESK_REPO;
  const opts = { cwd: dir, env };
  spawnSync(process.execPath, [desk, 'kb', 'search', 'warm'], opts); // builds the index if needed
  await new Promise((r) => setTimeout(r, 3500)); // files written seconds ago are read again (racily clean)
  spawnSync(process.execPath, [desk, 'kb', 'search', 'warm'], opts);

  // interleaved, so that the machine's load weighs on both alike
  const node = [];
  const search = [];
  for (const q of KB_QUERIES) spawnSync(process.execPath, [desk, 'kb', 'search', q], opts); // warm-up
  for (let round = 0; round < runs; round++) {
    for (const q of KB_QUERIES) {
      node.push(measure([process.execPath, '-e', '0'], opts));
      search.push(measure([process.execPath, desk, 'kb', 'search', q], opts));
    }
  }
  const fresh = join(bench, 'kb-clone');
  const firstSearch = [];
  for (let i = 0; i < 2; i++) {
    rmSync(fresh, { recursive: true, force: true });
    execFileSync('git', ['clone', '-q', dir, fresh]);
    firstSearch.push(measure([process.execPath, desk, 'kb', 'search', 'drucker'], { cwd: fresh, env }));
  }
  rmSync(fresh, { recursive: true, force: true });
  const stats = (samples, key = 'ms') => {
    const s = samples.map((x) => x[key]).sort((a, b) => a - b);
    const at = (p) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
    return { n: s.length, median: at(50), p95: at(95), max: s[s.length - 1] };
  };
  const f = (x) => `${x.toFixed(0)} ms`;
  const rows = [
    ['node -e 0', stats(node), stats(node, 'cpuMs')],
    [
      `desk kb search (10,000 articles, ${KB_QUERIES.length} queries of 1–15 words)`,
      stats(search),
      stats(search, 'cpuMs'),
    ],
    ['first desk kb search after a fresh clone (builds the index)', stats(firstSearch), stats(firstSearch, 'cpuMs')],
  ];
  const report = [
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(', ')} at the end.`,
    '',
    'Wall time around the process, and its CPU time (user + system), which the load of other processes stretches far less.',
    '',
    '| command | runs | median | p95 | max | CPU median | CPU p95 | target |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
    ...rows.map(
      ([label, s, c], i) =>
        `| ${label} | ${s.n} | ${f(s.median)} | ${f(s.p95)} | ${f(s.max)} | ${f(c.median)} | ${f(c.p95)} | ${i === 1 ? 'median < 150 ms, p95 < 250 ms' : ''} |`,
    ),
    '',
  ].join('\n');
  writeFileSync(join(bench, 'kb-report.md'), report);
  process.stdout.write(report);
  return rows;
}
