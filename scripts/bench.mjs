#!/usr/bin/env node
/**
 * npm run bench — how long desk's commands take and how much memory they need as a helpdesk
 * grows, next to tools a team might use instead.
 *
 *   npm run build && npm run bench [-- --sizes 1000,10000,100000 --runs 5]
 *
 * For each size it generates a helpdesk once (scripts/gen, kept in .desk-bench/ and reused),
 * runs every command once to warm up and then several times, and prints the median and spread
 * of wall time and the median peak memory (maximum resident set, from /usr/bin/time). The first
 * command after a fresh clone is timed on new clones. Peers: the backlog.md npm package (list
 * and view tasks; installed into .desk-bench/peers) and Debian's taskwarrior (list and info;
 * skipped when `task` is not installed), at the sizes they handle. Results also go to
 * .desk-bench/results.json and .desk-bench/report.md (docs/benchmarks.md quotes them).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = join(ROOT, '.desk-bench');
const DESK = join(ROOT, 'bin', 'desk.js');
const NOW = '2026-11-26T09:00:00+01:00';
const args = Object.fromEntries(
  process.argv
    .slice(2)
    .join(' ')
    .split(/\s*--/)
    .filter(Boolean)
    .map((a) => a.split(/[= ]/)),
);
const SIZES = (args.sizes ?? '1000,10000,100000').split(',').map(Number);
const RUNS = Number(args.runs ?? 5);
const PEER_SIZES = { backlog: [100, 1000, 5000], taskwarrior: [1000, 10000] };
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

// Node reads the certificates NODE_EXTRA_CA_CERTS names at every start, before any code runs: with
// the system's bundle about 50 ms on the 2-core machine, more than desk's own start. A shell that
// sets it for a proxy slows every command alike; the figures here are meant as a user's shell
// without it sees them, so say so rather than measure the certificates.
if (process.env.NODE_EXTRA_CA_CERTS)
  process.stderr.write(
    `NODE_EXTRA_CA_CERTS is set (${process.env.NODE_EXTRA_CA_CERTS}): every process measured, node -e 0 too, reads those certificates first; run with it unset (env -u NODE_EXTRA_CA_CERTS npm run bench) to measure desk\n`,
  );

mkdirSync(BENCH, { recursive: true });

// npm run bench -- --kb: only `desk kb search` at 10,000 articles (scripts/bench-kb.mjs)
if ('kb' in args) {
  const { benchKb } = await import('./bench-kb.mjs');
  await benchKb({
    root: ROOT,
    bench: BENCH,
    desk: DESK,
    runs: RUNS,
    say: (s) => process.stderr.write(`${s}\n`),
    // wall time around the process, and its CPU time (user + system, from /usr/bin/time)
    measure: (argv, opts) => {
      const cmd = TIME ? [TIME, '-f', '%U %S', ...argv] : argv;
      const t0 = process.hrtime.bigint();
      const r = spawnSync(cmd[0], cmd.slice(1), { ...opts, encoding: 'utf8', input: '' });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (r.status !== 0) throw new Error(`${argv.join(' ')} failed (${r.status}): ${r.stderr.slice(0, 500)}`);
      const [user, system] = TIME ? r.stderr.trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN];
      return { ms, cpuMs: (user + system) * 1000 };
    },
  });
  process.exit(0);
}
// npm run bench -- --communication: only `desk announce` to 2,000 contacts (scripts/bench-communication.mjs)
if ('communication' in args) {
  const { communicationBench } = await import('./bench-communication.mjs');
  await communicationBench({
    bench: BENCH,
    // wall time around the process and its CPU time (user + system, from /usr/bin/time), with the load
    measure: (label, size, argv, opts) => {
      for (let i = 0; i < (opts.runs ?? 3); i++) {
        opts.before?.();
        const cmd = TIME ? [TIME, '-f', '%U %S', ...argv] : argv;
        const t0 = process.hrtime.bigint();
        const r = spawnSync(cmd[0], cmd.slice(1), { cwd: opts.cwd, env: opts.env, encoding: 'utf8', input: '' });
        if (r.status !== 0) throw new Error(`${label} failed (${r.status}): ${r.stderr.slice(0, 500)}`);
        const [user, system] = TIME ? r.stderr.trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN];
        process.stderr.write(
          `${label}: ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(2)} s wall, ${(user + system).toFixed(2)} s CPU (target ${opts.target}; load ${loadavg()[0].toFixed(1)})\n`,
        );
      }
    },
  });
  process.exit(0);
}
const results = { machine: machine(), started: new Date().toISOString(), rows: [] };
const say = (s) => process.stderr.write(`${s}\n`);

// ------------------------------------------------------------------ measuring

/** Runs `argv` once: wall time in ms (hrtime around the process) and peak RSS in MB (from /usr/bin/time). */
function once(argv, opts = {}) {
  const cmd = TIME ? [TIME, '-f', '%M', ...argv] : argv;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd[0], cmd.slice(1), {
    cwd: opts.cwd,
    env: opts.env,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    input: '',
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const lines = (r.stderr ?? '').trim().split('\n');
  const kb = TIME ? Number(lines.pop()) : NaN;
  if (r.status !== 0 && !opts.allowFail)
    throw new Error(`${argv.join(' ')} failed (${r.status}): ${lines.join('\n').slice(0, 500)}`);
  return { ms, mb: kb / 1024, stdout: r.stdout };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Warm-up, then `runs` timed runs; `before` runs untimed before each (e.g. a fresh clone). */
function measure(label, size, argv, opts = {}) {
  const runs = opts.runs ?? RUNS;
  for (let i = 0; i < (opts.warmup ?? 1); i++) {
    opts.before?.();
    once(argv, opts);
  }
  const samples = [];
  for (let i = 0; i < runs; i++) {
    opts.before?.();
    samples.push(once(argv, opts));
  }
  const ms = samples.map((s) => s.ms);
  const row = {
    tool: opts.tool ?? 'desk',
    label,
    size,
    runs,
    medianMs: median(ms),
    minMs: Math.min(...ms),
    maxMs: Math.max(...ms),
    peakMb: median(samples.map((s) => s.mb)),
    target: opts.target,
  };
  results.rows.push(row);
  say(
    `${row.tool.padEnd(11)} ${String(size).padStart(6)}  ${label.padEnd(36)} ${fmt(row.medianMs)} (${fmt(row.minMs)}–${fmt(row.maxMs)})  ${row.peakMb.toFixed(0)} MB${row.target ? `  target ${row.target}` : ''}`,
  );
  return row;
}

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

// ------------------------------------------------------------------ the helpdesks

function helpdesk(size) {
  const dir = join(BENCH, `gen-${size}`);
  const customers = size >= 100_000 ? 500 : size >= 10_000 ? 200 : 50;
  const articles = Math.round(size / 10);
  const spec = `tickets=${size} customers=${customers} articles=${articles} seed=1`;
  const marker = join(BENCH, `gen-${size}.done`);
  if (!existsSync(marker) || readFileSync(marker, 'utf8').split('\n')[0] !== spec) {
    rmSync(dir, { recursive: true, force: true });
    say(`generating ${spec} (once; reused by later runs)`);
    execFileSync(
      process.execPath,
      [
        '--max-old-space-size=8192',
        join(ROOT, 'scripts/gen/index.mjs'),
        '--tickets',
        String(size),
        '--customers',
        String(customers),
        '--articles',
        String(articles),
        '--seed',
        '1',
        '--out',
        dir,
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    writeFileSync(marker, `${spec}\n${git(dir, 'rev-parse', 'HEAD').trim()}\n`);
  }
  const base = readFileSync(marker, 'utf8').split('\n')[1];
  git(dir, 'reset', '-q', '--hard', base); // a previous bench's writes are undone
  const config = readFileSync(join(dir, 'desk.yaml'), 'utf8');
  const user = /- id: "?([a-z-]+)"?\n\s+name: .*\n\s+email: .*\n\s+roles:\n\s+- first-level/.exec(config)[1];
  return { dir, base, user };
}

function git(cwd, ...a) {
  return execFileSync('git', a, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

// ------------------------------------------------------------------ Tab only

// npm run bench -- --tab [--sizes 100000]: only what a Tab costs (docs/terminal.md), wall and CPU
// time (user + system, from /usr/bin/time) beside `node -e 0` and `desk --version` measured the
// same way, in turn, so that a busy machine weighs on all of them alike
if ('tab' in args) {
  const timed = (argv, opts) => {
    const cmd = TIME ? [TIME, '-f', '%U %S', ...argv] : argv;
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd[0], cmd.slice(1), { ...opts, encoding: 'utf8', input: '', maxBuffer: 64 * 1024 * 1024 });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`${argv.join(' ')} failed (${r.status}): ${r.stderr.slice(0, 500)}`);
    const [user, system] = TIME ? r.stderr.trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN];
    return { ms, cpuMs: (user + system) * 1000, lines: r.stdout.split('\n').filter(Boolean).length };
  };
  for (const size of SIZES) {
    const { dir, user } = helpdesk(size);
    const opts = { cwd: dir, env: { ...process.env, DESK_NOW: NOW, DESK_USER: user, NO_COLOR: '1' } };
    delete opts.env.DESK_REPO;
    const desk = (...a) => [process.execPath, DESK, ...a];
    // a ticket in support's hands, for the folder its id names; the first Tab builds the cache
    const live = { id: once(desk('__complete', 'bash', '--', 'show', ''), opts).stdout.split('\n')[0] };
    const cases = [
      ['node -e 0', [process.execPath, '-e', '0']],
      ['desk --version', desk('--version')],
      ['desk <Tab> (commands)', desk('__complete', 'bash', '--', '')],
      ['desk show <Tab> (bash: ids)', desk('__complete', 'bash', '--', 'show', '')],
      ['desk show <Tab> (fish: ids and titles)', desk('__complete', 'fish', '--', 'show', '')],
      [
        `desk show ${live.id.slice(0, 4)}<Tab> (one folder)`,
        desk('__complete', 'bash', '--', 'show', live.id.slice(0, 4)),
      ],
      ['desk open --customer <Tab>', desk('__complete', 'bash', '--', 'open', '--customer', '')],
    ];
    for (const [, argv] of cases) timed(argv, opts); // warm-up: the Tab cache is built here
    const samples = cases.map(() => []);
    for (let i = 0; i < RUNS; i++) cases.forEach(([, argv], c) => samples[c].push(timed(argv, opts)));
    say(
      `Tab at ${size} tickets, ${RUNS} runs each in turn; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`,
    );
    say(`${'case'.padEnd(44)} ${'wall'.padStart(8)} ${'CPU'.padStart(8)}  offers`);
    cases.forEach(([label], c) => {
      const row = {
        tool: 'desk',
        label: `Tab: ${label}`,
        size,
        runs: RUNS,
        medianMs: median(samples[c].map((x) => x.ms)),
        cpuMs: median(samples[c].map((x) => x.cpuMs)),
      };
      results.rows.push(row);
      say(`${label.padEnd(44)} ${fmt(row.medianMs).padStart(8)} ${fmt(row.cpuMs).padStart(8)}  ${samples[c][0].lines}`);
    });
  }
  writeFileSync(join(BENCH, 'results-tab.json'), JSON.stringify(results, null, 2));
  process.exit(0);
}

// ------------------------------------------------------------------ desk

const baseline = measure('node -e 0 (baseline)', 0, [process.execPath, '-e', '0'], { runs: RUNS * 2, tool: 'node' });
measure('--version', 0, [process.execPath, DESK, '--version'], {
  runs: RUNS * 2,
  target: `≤ ${fmt(baseline.medianMs + 60)}`,
});
measure('--help', 0, [process.execPath, DESK, '--help'], {
  runs: RUNS * 2,
  target: `≤ ${fmt(baseline.medianMs + 60)}`,
});

const samples = {};
for (const size of SIZES) {
  const { dir, base, user } = helpdesk(size);
  const env = { ...process.env, DESK_NOW: NOW, DESK_USER: user, NO_COLOR: '1' };
  delete env.DESK_REPO;
  const desk = (...a) => [process.execPath, DESK, ...a];
  const opts = { cwd: dir, env };
  once(desk('list'), opts); // builds the index if it is not there yet
  once(desk('list'), opts);
  const all = JSON.parse(once(desk('list', '--all', '--json'), opts).stdout);
  const live = all.find((t) => t.status === 'open' || t.status === 'escalated') ?? all[0];
  const biggest = [...all.reduce((m, t) => m.set(t.customer, (m.get(t.customer) ?? 0) + 1), new Map())].sort(
    (a, b) => b[1] - a[1],
  )[0][0];
  samples[size] = all;
  const big = size >= 100_000;

  measure('list', size, desk('list'), { ...opts, target: big ? '< 300 ms' : undefined });
  measure('show ID', size, desk('show', live.id.slice(0, 8)), { ...opts, target: '< 150 ms' });
  measure('queue', size, desk('queue'), opts);
  measure('sla', size, desk('sla'), opts);
  // staff notifications (docs/communication.md): the warm-up run claims what is due once; the timed runs find nothing new
  measure('notify, nothing new due', size, desk('notify', '--no-sync'), {
    ...opts,
    warmup: 1,
    target: big ? '< 1 s' : undefined,
  });
  measure(`usage (largest customer, a month)`, size, desk('usage', biggest, '--period', '2026-10'), opts);
  measure('report utilization --period 2026-Q3', size, desk('report', 'utilization', '--period', '2026-Q3'), {
    ...opts,
    runs: Math.min(RUNS, 3),
    target: big ? '< 1.5 s' : undefined,
  });
  measure('report sla --period 2026-Q3', size, desk('report', 'sla', '--period', '2026-Q3'), {
    ...opts,
    runs: Math.min(RUNS, 3),
  });
  measure('check', size, desk('check'), { ...opts, runs: Math.min(RUNS, 3) });
  measure(
    `invoice run --dry-run (${size >= 100_000 ? 500 : size >= 10_000 ? 200 : 50} customers)`,
    size,
    desk('invoice', 'run', '--dry-run'),
    { ...opts, runs: Math.min(RUNS, 3), target: big ? '< 3 s' : undefined },
  );
  measure('log ID 30m (write + commit)', size, desk('log', live.id, '30m', '-m', 'bench'), {
    ...opts,
    target: big ? '< 300 ms' : undefined,
  });
  // what a person sees: the command right after a write, no pause between (docs/scale.md)
  const write = () => once(desk('log', live.id, '15m', '-m', 'bench'), opts);
  measure('list right after a write', size, desk('list'), {
    ...opts,
    before: write,
    target: big ? '< 300 ms' : undefined,
  });
  measure('show ID right after a write', size, desk('show', live.id.slice(0, 8)), {
    ...opts,
    before: write,
    target: '< 150 ms',
  });
  // --- Tab (docs/terminal.md): completing ticket ids, settled and right after a write ---
  const tab = (word) => desk('__complete', 'bash', '--', 'show', word);
  measure('Tab: desk show <Tab> (open tickets)', size, tab(''), { ...opts, target: '< 100 ms' });
  measure('Tab: desk show <Tab> right after a write', size, tab(''), { ...opts, before: write, target: '< 100 ms' });
  measure('Tab: desk show T-4K<Tab> (one folder)', size, tab(live.id.slice(0, 4)), { ...opts, target: '< 100 ms' });
  // ---
  gitGrowth(size, dir, desk, live.id, opts, big);
  git(dir, 'reset', '-q', '--hard', base);
  once(desk('list'), opts);
  if (hasKbSearch(dir, env))
    measure('kb search drucker', size, desk('kb', 'search', 'drucker'), {
      ...opts,
      target: big ? '< 200 ms' : undefined,
    });
  // ticket search: the first run builds .desk/ticket-search.db from every ticket (untimed warm-up)
  once(desk('search', 'drucker'), opts);
  measure('search drucker (tickets)', size, desk('search', 'drucker'), {
    ...opts,
    target: big ? '< 300 ms' : undefined,
  });
  measure(
    'search export datum --customer (tickets, filtered)',
    size,
    desk('search', 'export', 'datum', '--status', 'closed'),
    {
      ...opts,
      target: big ? '< 300 ms' : undefined,
    },
  );

  // the first command in a fresh clone builds the index from every file
  const clone = join(BENCH, `clone-${size}`);
  const fresh = () => {
    rmSync(clone, { recursive: true, force: true });
    git(BENCH, 'clone', '-q', dir, clone);
  };
  measure('first list after a fresh clone (cold)', size, desk('list'), {
    cwd: clone,
    env,
    before: fresh,
    warmup: 0,
    runs: big ? 2 : 3,
    target: big ? '< 20 s' : undefined,
  });
  // the second command in a clone: the checkout is older than its stamp, nothing is read again
  measure('second list after a fresh clone', size, desk('list'), {
    cwd: clone,
    env,
    before: () => {
      fresh();
      once(desk('list'), { cwd: clone, env });
    },
    warmup: 0,
    runs: big ? 2 : 3,
    target: big ? '< 300 ms' : undefined,
  });
  syncReplay(size, dir, desk, live.id, env, big);
  rmSync(clone, { recursive: true, force: true });
}

// ------------------------------------------------------------------ git

/** Bytes under `dir`, every file counted once. */
function bytesUnder(dir) {
  let total = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) total += statSync(join(e.parentPath, e.name)).size;
  return total;
}

/**
 * How much each write adds to .git: before git packs it (loose objects) and once packed, over
 * WRITES writes from a packed start; and how long `git gc` takes at this size.
 */
function gitGrowth(size, dir, desk, id, opts, big) {
  const WRITES = 20;
  git(dir, 'gc', '--quiet');
  const packed0 = bytesUnder(join(dir, '.git'));
  for (let i = 0; i < WRITES; i++) once(desk('log', id, '5m', '-m', `growth ${i}`), opts);
  const loose = bytesUnder(join(dir, '.git'));
  const t0 = process.hrtime.bigint();
  git(dir, 'gc', '--quiet');
  const gcMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const packed1 = bytesUnder(join(dir, '.git'));
  const row = (label, value, unit, target) => {
    results.rows.push({ tool: 'desk', label, size, runs: WRITES, value, unit, target });
    say(
      `desk        ${String(size).padStart(6)}  ${label.padEnd(36)} ${value.toFixed(1)} ${unit}${target ? `  target ${target}` : ''}`,
    );
  };
  row('.git growth per write, loose', (loose - packed0) / WRITES / 1024, 'KB', big ? '< 50 KB' : undefined);
  row('.git growth per write, packed', (packed1 - packed0) / WRITES / 1024, 'KB', big ? '< 5 KB' : undefined);
  results.rows.push({
    tool: 'git',
    label: 'git gc (after the writes)',
    size,
    runs: 1,
    medianMs: gcMs,
    minMs: gcMs,
    maxMs: gcMs,
    peakMb: NaN,
  });
  say(`git         ${String(size).padStart(6)}  ${'git gc'.padEnd(36)} ${fmt(gcMs)}`);
}

/**
 * `desk sync` with one commit of this clone and one of the team's: fetch, replay the local
 * commit onto the team's, push — against a bare remote on the same disk.
 */
function syncReplay(size, dir, desk, id, env, big) {
  const remote = join(BENCH, `remote-${size}.git`);
  const ours = join(BENCH, `ours-${size}`);
  const theirs = join(BENCH, `theirs-${size}`);
  for (const d of [remote, ours, theirs]) rmSync(d, { recursive: true, force: true });
  git(BENCH, 'clone', '-q', '--bare', dir, remote);
  git(BENCH, 'clone', '-q', remote, ours);
  git(BENCH, 'clone', '-q', remote, theirs);
  const at = (cwd) => ({ cwd, env });
  once(desk('list'), at(ours));
  once(desk('list'), at(theirs));
  let n = 0;
  measure('sync: replay 1 local commit onto 1 new', size, desk('sync'), {
    ...at(ours),
    before: () => {
      once(desk('log', id, '5m', '-m', `theirs ${n}`), at(theirs));
      once(desk('sync'), at(theirs));
      once(desk('log', id, '5m', '-m', `ours ${n++}`), at(ours));
    },
    runs: big ? 3 : RUNS,
    target: big ? 'its replay < 100 ms' : undefined,
  });
  for (const d of [remote, ours, theirs]) rmSync(d, { recursive: true, force: true });
}

// ------------------------------------------------------------------ communication

// an announcement to 2,000 contacts queued in the outbox (scripts/bench-communication.mjs)
await (await import('./bench-communication.mjs')).communicationBench({ measure, bench: BENCH });

// ------------------------------------------------------------------ peers

const backlogBin = installBacklog();
if (backlogBin) {
  for (const n of PEER_SIZES.backlog) {
    const dir = backlogProject(n);
    const env = { ...process.env, NO_COLOR: '1' };
    measure('backlog task list --plain', n, [backlogBin, 'task', 'list', '--plain'], {
      cwd: dir,
      env,
      tool: 'backlog.md',
      runs: n >= 5000 ? 3 : RUNS,
    });
    measure('backlog task view ID --plain', n, [backlogBin, 'task', 'view', String(Math.ceil(n / 2)), '--plain'], {
      cwd: dir,
      env,
      tool: 'backlog.md',
      runs: n >= 5000 ? 3 : RUNS,
    });
  }
} else say('backlog.md: not installable here, skipped');

if (which('task')) {
  for (const n of PEER_SIZES.taskwarrior) {
    const data = taskwarriorData(n);
    const env = { ...process.env, TASKRC: join(data, 'taskrc'), TASKDATA: data };
    const task = (...a) => ['task', 'rc.confirmation=off', 'rc.verbose=nothing', 'rc.color=off', 'rc.gc=off', ...a];
    measure('task list', n, task('list'), { env, tool: 'taskwarrior' });
    measure('task ID info', n, task(String(Math.ceil(n / 2)), 'info'), { env, tool: 'taskwarrior' });
  }
} else say('taskwarrior: `task` is not installed (apt-get install taskwarrior), skipped');

writeFileSync(join(BENCH, 'results.json'), JSON.stringify(results, null, 2));
const report = renderReport();
writeFileSync(join(BENCH, 'report.md'), report);
process.stdout.write(report);

// ------------------------------------------------------------------ helpers

function hasKbSearch(cwd, env) {
  const r = spawnSync(process.execPath, [DESK, 'help'], { cwd, env, encoding: 'utf8' });
  return /\bkb\b/.test(r.stdout + r.stderr);
}

function which(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

function installBacklog() {
  const prefix = join(BENCH, 'peers');
  const bin = join(prefix, 'node_modules', '.bin', 'backlog');
  if (existsSync(bin)) return bin;
  mkdirSync(prefix, { recursive: true });
  const r = spawnSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', 'backlog.md@1'], {
    stdio: 'ignore',
  });
  return r.status === 0 && existsSync(bin) ? bin : undefined;
}

/** A backlog.md project with `n` tasks, titles and descriptions taken from generated tickets, written as its files. */
function backlogProject(n) {
  const dir = join(BENCH, `backlog-${n}`);
  if (existsSync(join(dir, 'backlog', 'tasks')) && readdirSync(join(dir, 'backlog', 'tasks')).length === n) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  git(dir, 'init', '-q');
  spawnSync(backlogBin, ['init', 'bench', '--defaults'], { cwd: dir, stdio: 'ignore' });
  const tasks = join(dir, 'backlog', 'tasks');
  mkdirSync(tasks, { recursive: true });
  const source = ticketTexts(n);
  const statuses = ['To Do', 'In Progress', 'Done'];
  for (let i = 1; i <= n; i++) {
    const t = source[(i - 1) % source.length];
    const title = t.title.replace(/[^\p{L}\p{N} ]/gu, '').slice(0, 60) || `Task ${i}`;
    const text = `---\nid: TASK-${i}\ntitle: ${JSON.stringify(title)}\nstatus: ${statuses[i % 3]}\nassignee: []\ncreated_date: '2026-01-01 10:00'\nlabels:\n  - ${t.customer}\ndependencies: []\npriority: ${['high', 'medium', 'low'][i % 3]}\nordinal: ${i * 1000}\n---\n\n## Description\n\n<!-- SECTION:DESCRIPTION:BEGIN -->\n${t.description}\n<!-- SECTION:DESCRIPTION:END -->\n`;
    writeFileSync(join(tasks, `task-${i} - ${title.replace(/ /g, '-')}.md`), text);
  }
  git(dir, 'add', '-A');
  git(dir, '-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'commit', '-qm', 'tasks');
  return dir;
}

/** A taskwarrior data folder with `n` pending tasks, imported once. */
function taskwarriorData(n) {
  const dir = join(BENCH, `taskwarrior-${n}`);
  if (existsSync(join(dir, 'done'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'taskrc'), `data.location=${dir}\nconfirmation=off\nverbose=nothing\n`);
  const source = ticketTexts(n);
  const tasks = Array.from({ length: n }, (_, i) => {
    const t = source[i % source.length];
    return {
      description: t.title,
      project: t.customer,
      priority: ['H', 'M', 'L'][i % 3],
      entry: '20260101T100000Z',
      status: 'pending',
      uuid: uuid(i),
    };
  });
  const file = join(dir, 'import.json');
  writeFileSync(file, JSON.stringify(tasks));
  execFileSync('task', ['rc.confirmation=off', 'rc.verbose=nothing', 'import', file], {
    env: { ...process.env, TASKRC: join(dir, 'taskrc'), TASKDATA: dir },
    stdio: 'ignore',
  });
  writeFileSync(join(dir, 'done'), '');
  return dir;
}

function uuid(i) {
  const h = i.toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${h}`;
}

/** Titles, customers and descriptions of generated tickets, for the peers' data. */
function ticketTexts(n) {
  const size = SIZES.find((s) => s >= n) ?? SIZES[SIZES.length - 1];
  const dir = join(BENCH, `gen-${size}`, 'tickets');
  // one folder down, by the first characters of the id (docs/files.md)
  const names = readdirSync(dir, { recursive: true })
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .slice(0, Math.min(n, 2000));
  return names.map((name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    const title = /^ {2}title: (.*)$/m.exec(text)?.[1] ?? name;
    const customer = /^ {2}customer: (.*)$/m.exec(text)?.[1] ?? 'x';
    const description = /description: \|-?\n((?: {6}.*\n|\n)+)/.exec(text)?.[1]?.replace(/^ {6}/gm, '').trim() ?? title;
    return { title: title.replace(/^"|"$/g, ''), customer, description };
  });
}

function machine() {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {
    // not Linux
  }
  return {
    nproc: cpus().length,
    memoryGb: +(totalmem() / 2 ** 30).toFixed(1),
    freeGb: +(freemem() / 2 ** 30).toFixed(1),
    cpu,
    node: process.version,
    loadavg: loadavg().map((x) => +x.toFixed(2)),
  };
}

function renderReport() {
  const m = results.machine;
  const end = loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');
  const lines = [
    `Machine: ${m.nproc} cores (${m.cpu}), ${m.memoryGb} GB memory, Node ${m.node}; load average ${m.loadavg.join(', ')} at the start, ${end} at the end.`,
    `Each row: median wall time of ${RUNS} runs after a warm-up (fewer for the slow ones, see "runs"), min–max, and median peak memory (max RSS).`,
    '',
    '| tool | tickets | command | median | spread | peak memory | runs | target |',
    '|---|---:|---|---:|---:|---:|---:|---|',
    ...results.rows.map((r) =>
      r.unit
        ? `| ${r.tool} | ${r.size || '–'} | ${r.label} | ${r.value.toFixed(1)} ${r.unit} | – | – | ${r.runs} writes | ${r.target ?? ''} |`
        : `| ${r.tool} | ${r.size || '–'} | ${r.label} | ${fmt(r.medianMs)} | ${fmt(r.minMs)}–${fmt(r.maxMs)} | ${Number.isNaN(r.peakMb) ? '–' : `${r.peakMb.toFixed(0)} MB`} | ${r.runs} | ${r.target ?? ''} |`,
    ),
    '',
    'Ratios (peer ÷ desk, median wall time, listing and showing at the nearest size desk was measured at):',
    '',
    ...ratios(),
    '',
  ];
  return lines.join('\n');
}

function ratios() {
  const out = [];
  const deskRow = (label, size) => {
    const rows = results.rows.filter((r) => r.tool === 'desk' && r.label === label);
    return rows.sort((a, b) => Math.abs(Math.log(a.size / size)) - Math.abs(Math.log(b.size / size)))[0];
  };
  for (const r of results.rows.filter((x) => x.tool === 'backlog.md' || x.tool === 'taskwarrior')) {
    const d = deskRow(/list/.test(r.label) ? 'list' : 'show ID', r.size);
    if (d)
      out.push(
        `- ${r.tool} \`${r.label}\` at ${r.size} items: ${fmt(r.medianMs)} vs desk \`${d.label}\` at ${d.size} tickets: ${fmt(d.medianMs)} → ${(r.medianMs / d.medianMs).toFixed(1)}×`,
      );
  }
  return out;
}
