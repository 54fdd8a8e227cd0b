#!/usr/bin/env node
/**
 * Writes a large, realistic helpdesk repository, deterministic for a seed:
 *
 *   npm run build
 *   npm run gen -- --tickets 100000 --customers 500 --articles 10000 --out DIR [--seed N]
 *                  [--years 10] [--today 2026-11-26] [--batch week|day] [--format 1]
 *
 * Ten years (by default) of a growing software house's support up to the day before `--today`:
 * ticket histories built through core's workflow rules (./tickets.mjs), customers with contract
 * histories of every kind (./world.mjs), German and English articles (./articles.mjs), and a git
 * history committed in batches, one commit per simulated week (or day), the way a team's clones
 * would have pushed it, with every file as it stood then. Uses the compiled serialisers in dist/.
 * `--format 1` lays the tickets out as desk did before format 2 (one flat folder), to measure
 * `desk upgrade`.
 */
import { spawn, execFileSync } from 'node:child_process';
import { Buffer } from 'node:buffer';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { stringifyYaml } from '../../dist/core/files/yaml-text.js';
import { serialiseTicket } from '../../dist/core/ticket/ticket-record.js';
import { flatTicketFile, LAYOUT_FORMAT, ticketFile } from '../../dist/core/ticket/paths.js';
import { deskConfigSchema } from '../../dist/core/schema/config.js';
import { customerSchema } from '../../dist/core/schema/customer.js';
import { renderArticle } from '../../dist/kb/article.js';
import { articlesOf } from './articles.mjs';
import { at, DAY, offsetMinutes } from './clock.mjs';
import { stream } from './random.mjs';
import { simulate } from './tickets.mjs';
import { companyOf, contractsKnownOn, customerFileOf, customersOf } from './world.mjs';

const args = parseArgs(process.argv.slice(2));
const N = Number(args.tickets ?? 1000);
const C = Number(args.customers ?? Math.max(10, Math.round(N / 200)));
const A = Number(args.articles ?? Math.round(N / 10));
const SEED = String(args.seed ?? 1);
const TODAY = args.today ?? '2026-11-26';
const YEARS = Number(args.years ?? 10);
const BATCH = args.batch ?? 'week';
const FORMAT = Number(args.format ?? LAYOUT_FORMAT);
if (!args.out) fail('--out DIR is required');
const OUT = resolve(args.out);
if (existsSync(OUT) && readdirSync(OUT).length) fail(`${OUT} exists and is not empty`);

const started = Date.now();
const say = (text) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${text}\n`);
const FIRST_YEAR = Number(TODAY.slice(0, 4)) - YEARS;
const FIRST_DAY = `${FIRST_YEAR}${TODAY.slice(4)}`;
const START = at(FIRST_DAY, 0);
const CUTOFF = at(TODAY, 0);

// ------------------------------------------------------------------ the company and its customers
const config = companyOf(SEED, TODAY);
deskConfigSchema.parse(config);
// about ten entries of half an hour per ticket, spread over the years: the hours a month all customers use
const monthlyHours = (N * 10 * 0.5) / (YEARS * 12);
const customers = customersOf(SEED, C, config, FIRST_YEAR, TODAY, monthlyHours);
for (const c of customers) customerSchema.parse(customerFileOf(c));
const staffIds = (role) => config.staff.filter((s) => s.roles.includes(role));
const staff = {
  first: staffIds('first-level'),
  second: staffIds('second-level'),
  byId: new Map(config.staff.map((s) => [s.id, s])),
};
const articles = articlesOf(
  SEED,
  A,
  FIRST_DAY,
  dayBefore(TODAY),
  [...staff.first, ...staff.second].map((s) => s.id),
);
say(`${customers.length} customers, ${config.staff.length} staff, ${articles.length} articles`);

// ------------------------------------------------------------------ tickets
const firstContract = new Map(customers.map((c) => [c.id, at(c.contracts[0].start, 0)]));
const totalWeight = customers.reduce((s, c) => s + c.weight, 0);
const GROWTH = 1; // the volume doubles over the years covered
function receivedOf(n) {
  const rnd = stream(SEED, `received/${n}`);
  const u = rnd.next();
  const x = (-1 + Math.sqrt(1 + 2 * GROWTH * u * (1 + GROWTH / 2))) / GROWTH;
  let ms = START + Math.floor(x * (CUTOFF - START - 4 * DAY));
  const weekday = new Date(ms + offsetMinutes(ms) * 60_000).getUTCDay();
  if ((weekday === 0 || weekday === 6) && rnd.chance(0.9)) ms += (weekday === 6 ? 2 : 1) * DAY;
  const localDate = new Date(ms + offsetMinutes(ms) * 60_000).toISOString().slice(0, 10);
  const minute = Math.round(Math.min(22 * 60, Math.max(6 * 60, rnd.lognormal(1, 0.35) * 11 * 60)));
  const received = at(localDate, minute);
  // a customer of that day, the larger ones more often
  let customer;
  for (let i = 0; i < 60 && !customer; i++) {
    let r = rnd.next() * totalWeight;
    const c = customers.find((x) => (r -= x.weight) < 0) ?? customers[customers.length - 1];
    if (firstContract.get(c.id) <= received) customer = c;
  }
  customer ??= customers.reduce((a, b) => (firstContract.get(a.id) <= firstContract.get(b.id) ? a : b));
  return { received: Math.max(received, firstContract.get(customer.id)), customer };
}

const tickets = [];
const booked = new Map(); // minutes per person and day, across tickets (tickets.mjs)
for (let n = 0; n < N; n++) {
  const { received, customer } = receivedOf(n);
  if (received >= CUTOFF) continue;
  // a few recent tickets stall (waiting for a customer who went quiet, a fix that takes a
  // release, one that was forgotten): the backlog a real helpdesk carries
  const rnd = stream(SEED, `stall/${n}`);
  const age = CUTOFF - received;
  const stalls = rnd.chance(age < 90 * DAY ? 0.08 : age < 365 * DAY ? 0.03 : 0.0005);
  const cutoff = stalls ? Math.min(CUTOFF, received + Math.round((4 + rnd.lognormal(2, 1.2)) * DAY)) : CUTOFF;
  const t = simulate({ seed: SEED, n, received, customer, staff, cutoff, articles, booked });
  if (t.events.length) tickets.push(t);
  if (n % 10_000 === 9_999) say(`${n + 1} tickets simulated`);
}
const ids = new Set(tickets.map((t) => t.id));
if (ids.size !== tickets.length) fail('two tickets share an id: choose another seed');
say(`${tickets.length} tickets, ${tickets.reduce((s, t) => s + t.events.length, 0)} events`);

// articles name the tickets that linked them
const linkedBy = new Map();
for (const t of tickets) {
  for (const e of t.events) {
    const slug = e.type === 'kb-linked' ? e.slug : e.type === 'resolved' ? e.kb : undefined;
    if (!slug) continue;
    const list = linkedBy.get(slug) ?? [];
    if (list.length < 3 && !list.includes(t.id)) list.push(t.id);
    linkedBy.set(slug, list);
  }
}

// ------------------------------------------------------------------ history: one commit per batch
const batchMs = BATCH === 'day' ? DAY : 7 * DAY;
const batchOf = (ms) => Math.floor((ms - START) / batchMs);
const batchEnd = (b) => Math.min(START + (b + 1) * batchMs, CUTOFF) - 60_000;
const versions = new Map(); // batch → [{ path, content: () => string, author }]
const addVersion = (b, path, content, author) => {
  if (!versions.has(b)) versions.set(b, []);
  versions.get(b).push({ path, content, author });
};

addVersion(0, '.gitignore', () => '.desk/\nnode_modules/\n', 'ur');
addVersion(
  0,
  '.gitattributes',
  () =>
    `# ticket files merge by their events (desk setup installs the driver)\n${FORMAT === 1 ? 'tickets/*.yaml' : 'tickets/*/*.yaml'} merge=desk-ticket\n`,
  'ur',
);
addVersion(0, 'desk.yaml', () => deskYaml(config), 'ur');
for (const c of customers) {
  for (const k of c.contracts) {
    const b = Math.max(0, batchOf(at(k.start, 0) - 30 * DAY)); // contracts are entered ahead of their start
    addVersion(
      b,
      `contracts/${c.id}.yaml`,
      () =>
        stringifyYaml(
          customerFileOf(c, contractsKnownOn(c, k.start)),
          ` desk customer ${c.id}: master data, the people responsible, and the contract history.`,
        ),
      c.projectLead,
    );
  }
}
for (const a of articles) {
  const file = `kb/${a.slug}.md`;
  const related = linkedBy.get(a.slug);
  const created = at(a.meta.created, 12 * 60);
  const { updated, ...first } = a.meta;
  addVersion(batchOf(created), file, () => renderArticle({ meta: first, body: a.body }), a.meta.author);
  if (updated || related)
    addVersion(
      Math.max(batchOf(created), batchOf(updated ? at(updated, 12 * 60) : CUTOFF - DAY)),
      file,
      () => renderArticle({ meta: { ...a.meta, ...(related && { related }) }, body: a.body }),
      a.meta.author,
    );
}
for (const t of tickets) {
  const file = FORMAT === 1 ? flatTicketFile(t.id) : ticketFile(t.id);
  const seen = new Set();
  for (let i = t.events.length - 1; i >= 0; i--) {
    const b = batchOf(Date.parse(t.events[i].at));
    if (seen.has(b)) continue;
    seen.add(b);
    const upTo = i + 1;
    addVersion(b, file, () => serialiseTicket(t.events.slice(0, upTo), t.id), t.events[i].by);
  }
}
say(`${[...versions.values()].reduce((s, v) => s + v.length, 0)} file versions in ${versions.size} commits`);

mkdirSync(OUT, { recursive: true });
execFileSync('git', ['init', '-q', '-b', 'main', OUT]);
const importer = spawn('git', ['fast-import', '--quiet', '--done'], {
  cwd: OUT,
  stdio: ['pipe', 'inherit', 'inherit'],
});
const exited = new Promise((ok, ko) =>
  importer.on('exit', (code) => (code === 0 ? ok() : ko(new Error(`git fast-import exited with ${code}`)))),
);
const write = (chunk) =>
  importer.stdin.write(chunk) ? undefined : new Promise((ok) => importer.stdin.once('drain', ok));
const data = (text) => {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from('\n')]);
};

let written = 0;
const batches = [...versions.keys()].sort((a, b) => a - b);
for (const b of batches) {
  const files = versions.get(b);
  const counts = new Map();
  for (const f of files) counts.set(f.author, (counts.get(f.author) ?? 0) + 1);
  const author = staff.byId.get([...counts].sort((x, y) => y[1] - x[1])[0][0]) ?? config.staff[0];
  const when = batchEnd(b);
  const stamp = `${Math.floor(when / 1000)} +0${offsetMinutes(when) / 60}00`;
  const tickets = files.filter((f) => f.path.startsWith('tickets/')).length;
  const other = files.length - tickets;
  const label = new Date(when + offsetMinutes(when) * 60_000).toISOString().slice(0, 10);
  const message = `${BATCH === 'day' ? 'Day' : 'Week'} to ${label}: ${tickets} ticket file${tickets === 1 ? '' : 's'}${other ? `, ${other} other file${other === 1 ? '' : 's'}` : ''}\n`;
  await write(
    `commit refs/heads/main\nauthor ${author.name} <${author.email}> ${stamp}\ncommitter ${author.name} <${author.email}> ${stamp}\n`,
  );
  await write(data(message));
  // the last version of a path within a batch wins
  const last = new Map();
  for (const f of files) last.set(f.path, f);
  for (const f of last.values()) {
    await write(`M 100644 inline ${f.path}\n`);
    await write(data(f.content()));
    written++;
  }
  if (written > 0 && b % 52 === 0) say(`${label}: ${written} file versions written`);
}
await write('done\n');
importer.stdin.end();
await exited;
say('checking out the work tree');
execFileSync('git', ['reset', '--hard', '-q'], { cwd: OUT });
say(
  `done: ${OUT} (${tickets.length} tickets, ${customers.length} customers, ${articles.length} articles, ${batches.length} commits)`,
);

// ------------------------------------------------------------------ helpers
function deskYaml(cfg) {
  return [
    '# desk.yaml — a generated helpdesk (scripts/gen): the sample company with ten years of support.',
    '# Fields: docs/files.md. Its history is written in weekly batches, not by desk: audit.history is',
    '# false, as in the sample, so desk check does not judge it by the permission table.',
    '',
    ...(FORMAT === 1 ? [] : [`format: ${FORMAT}`, '']),
    stringifyYaml(cfg),
  ].join('\n');
}

function dayBefore(iso) {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - DAY).toISOString().slice(0, 10);
}

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) fail(`unexpected argument ${argv[i]}`);
    out[m[1]] = m[2] ?? argv[++i];
  }
  return out;
}

function fail(message) {
  process.stderr.write(`gen: ${message}\n`);
  process.exit(2);
}
