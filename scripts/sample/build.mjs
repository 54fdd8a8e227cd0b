#!/usr/bin/env node
/**
 * Builds the sample helpdesk at the top of the repository: desk.yaml, contracts/, tickets/, kb/.
 *
 *   npm run build && node scripts/sample/build.mjs
 *
 * Deterministic: every id comes from a PRNG seeded with the ticket's key, so a rerun writes
 * byte-identical files, and editing one ticket does not change the ids of the others.
 * Every workflow step goes through core's `decide`, the same rules `desk` applies, and the
 * golden figures of docs/domain.md §4 are checked before anything is written.
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringifyYaml } from '../../dist/core/files/yaml-text.js';
import { ticketFile } from '../../dist/core/ticket/paths.js';
import { parseTicket } from '../../dist/core/ticket/ticket-file.js';
import { serialiseTicket } from '../../dist/core/ticket/ticket-record.js';
import { project } from '../../dist/core/ticket/projection.js';
import { decide } from '../../dist/core/ticket/workflow.js';
import { CATEGORIES, STATUSES } from '../../dist/core/ticket/vocabulary.js';
import { parseInstant, toZonedIso, localDay } from '../../dist/core/time.js';
import {
  addServiceMinutes,
  buildCalendar,
  serviceMinutesBetween,
  isServiceTime,
} from '../../dist/core/calendar/index.js';
import { deskConfigSchema } from '../../dist/core/schema/config.js';
import { customerSchema } from '../../dist/core/schema/customer.js';
import { parseArticle, renderArticle } from '../../dist/kb/article.js';
import { company, deskYaml } from './company.mjs';
import { customers } from './customers.mjs';
import { tickets as ticketSpecs } from './tickets/index.mjs';
import { articles } from './articles/index.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SAMPLE_DIR = dirname(fileURLToPath(import.meta.url));
const YEAR = 2026;
/** The sample's "today": nothing may happen on or after it. */
const CUTOFF = parseInstant('2026-11-26 00:00', 'Europe/Berlin', 'cutoff');

// ---------------------------------------------------------------- deterministic randomness

/** FNV-1a, 32 bit: turns a key into a seed. */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast and good enough for ids that only need to look random. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const chars = (rnd, n) => Array.from({ length: n }, () => CROCKFORD[Math.floor(rnd() * 32)]).join('');

// ---------------------------------------------------------------- configuration

const config = deskConfigSchema.parse(company);
const calendar = buildCalendar(config.calendar);
const TZ = config.calendar.timeZone;
const staffById = new Map(config.staff.map((s) => [s.id, s]));
const customerById = new Map(customers.map((c) => [c.id, customerSchema.parse(c)]));

function fail(where, message) {
  throw new Error(`${where}: ${message}`);
}

// ---------------------------------------------------------------- tickets

/**
 * When a step happens, relative to the previous event:
 *   'MM-DD HH:MM'  absolute, company time, in 2026
 *   'HH:MM'        the same day as the previous event
 *   '+N'           N minutes later (wall clock)
 *   N (number)     N service minutes later (the clock stops outside service hours)
 */
function when(spec, previous, where) {
  if (typeof spec === 'number') return addServiceMinutes(calendar, previous, spec);
  if (spec.startsWith('+')) return new Date(previous.getTime() + Number(spec.slice(1)) * 60_000);
  if (/^\d{2}:\d{2}$/.test(spec)) return parseInstant(`${localDay(previous, TZ)} ${spec}`, TZ, where);
  if (/^\d{2}-\d{2} \d{2}:\d{2}$/.test(spec)) return parseInstant(`${YEAR}-${spec}`, TZ, where);
  return fail(where, `cannot read the time "${spec}"`);
}

function qualification(text, where) {
  const [category, productModule, priority] = text.split(/\s+/);
  if (!CATEGORIES.includes(category)) fail(where, `unknown category ${category}`);
  const [product, module] = productModule.split('/');
  const p = config.products.find((x) => x.id === product);
  if (!p) fail(where, `unknown product ${product}`);
  if (module && !p.modules.includes(module)) fail(where, `product ${product} has no module ${module}`);
  return { category, product, ...(module && { module }), priority };
}

/** Replays one ticket spec through the workflow rules and returns its id and events. */
function buildTicket(spec) {
  const where = `ticket ${spec.key}`;
  const rnd = prng(hash(`desk-sample/${spec.key}`));
  const id = `T-${chars(rnd, 12)}`;
  const eventId = () => `e-${chars(rnd, 12).toLowerCase()}`;
  const customer = customerById.get(spec.customer) ?? fail(where, `unknown customer ${spec.customer}`);
  if (spec.contact && !customer.contacts.some((c) => c.name === spec.contact))
    fail(where, `${spec.contact} is no contact of ${customer.id}`);

  const events = [];
  let previous = parseInstant(`${YEAR}-${spec.received}`, TZ, where);
  const receivedAt = previous;
  let assigned = spec.assign === false;

  const state = () => project(id, events);
  const push = (at, by, payload) => {
    if (!staffById.has(by)) fail(where, `unknown staff ${by}`);
    if (events.length && at.getTime() <= previous.getTime()) {
      fail(
        where,
        `step ${payload.type} at ${toZonedIso(at, TZ)} is not after the previous event (${toZonedIso(previous, TZ)})`,
      );
    }
    if (at.getTime() >= CUTOFF.getTime())
      fail(where, `step ${payload.type} at ${toZonedIso(at, TZ)} is not before 2026-11-26`);
    events.push({ id: eventId(), at: toZonedIso(at, TZ), by, ...payload });
    previous = at;
  };
  const autoAssign = (by) => {
    if (assigned || state().category === undefined) return;
    assigned = true;
    // half a minute later, so it sorts after the qualification and before the next step
    const at = new Date(previous.getTime() + 30_000);
    events.push({ id: eventId(), at: toZonedIso(at, TZ), by, type: 'assigned', to: spec.assign ?? by });
    previous = at;
  };
  const act = (action, by, input) => {
    const actor = staffById.get(by) ?? fail(where, `unknown staff ${by}`);
    const ctx = {
      actor: { id: actor.id, roles: actor.roles },
      projectLead: customer.projectLead,
      salesRep: customer.salesRep,
      rolesOf: (s) => staffById.get(s)?.roles,
    };
    try {
      return decide(action, state(), ctx, input);
    } catch (e) {
      return fail(where, `${by} may not ${action}: ${e.message}${e.hint ? ` (${e.hint})` : ''}`);
    }
  };
  const drop = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

  spec.steps.forEach((step, index) => {
    const [time, by, action, ...args] = step;
    const stepWhere = `${where}, step ${index + 1} (${action})`;
    const at = index === 0 ? parseInstant(`${YEAR}-${time}`, TZ, stepWhere) : when(time, previous, stepWhere);
    if (index === 0 && action !== 'open') fail(stepWhere, 'the first step opens the ticket');
    const role = (r) => staffById.get(by)?.roles.includes(r) || fail(stepWhere, `${by} is not ${r}`);
    switch (action) {
      case 'open': {
        if (at.getTime() < receivedAt.getTime()) fail(stepWhere, 'opened before it was received');
        role('first-level');
        push(
          at,
          by,
          drop({
            type: 'opened',
            title: spec.title,
            customer: spec.customer,
            description: spec.description.trim(),
            channel: spec.channel,
            contact: spec.contact,
            receivedAt: toZonedIso(receivedAt, TZ),
            ...(spec.q && qualification(spec.q, stepWhere)),
          }),
        );
        autoAssign(by);
        break;
      }
      case 'q':
        push(at, by, act('qualify', by, qualification(args[0], stepWhere)));
        autoAssign(by);
        break;
      case 'assign':
        push(at, by, act('assign', by, { to: args[0] }));
        break;
      case 'esc':
        role('first-level');
        push(at, by, drop(act('escalate', by, { reason: args[0], to: args[1] })));
        break;
      case 'est':
        push(at, by, drop(act('estimate', by, { minutes: args[0], note: args[1] })));
        break;
      case 'appr':
        push(at, by, drop(act('approve', by, { note: args[0] })));
        break;
      case 'handoff':
        push(at, by, act('handoff', by, { target: args[0], reason: args[1] }));
        break;
      case 'reply':
        push(at, by, act('reply', by, { text: args[0].trim() }));
        break;
      case 'cust':
        push(at, by, act('customer-reply', by, { text: args[0].trim() }));
        break;
      case 'note':
        push(at, by, act('comment', by, { text: args[0].trim() }));
        break;
      case 'wait':
        push(at, by, drop(act('wait', by, { reason: args[0] })));
        break;
      case 'resolve': {
        if (args[1] && !articleSlugs.has(args[1])) fail(stepWhere, `no article ${args[1]}`);
        push(at, by, drop(act('resolve', by, { solution: args[0].trim(), kb: args[1] })));
        break;
      }
      case 'return':
        push(at, by, drop(act('return', by, { note: args[0] })));
        break;
      case 'close':
        role('first-level');
        push(at, by, drop(act('close', by, { acceptedBy: args[0] })));
        break;
      case 'close!':
        push(at, by, drop(act('close', by, { withoutAcceptance: args[0] })));
        break;
      case 'reopen':
        push(at, by, act('reopen', by, { reason: args[0] }));
        break;
      case 'log': {
        const [minutes, activity, note, extra = {}] = args;
        const s = state();
        if (s.status === 'closed' || s.status === 'new') fail(stepWhere, `no time on a ${s.status} ticket`);
        if (!isServiceTime(calendar, new Date(at.getTime() - 60_000)))
          fail(stepWhere, `time logged outside service hours (${toZonedIso(at, TZ)})`);
        push(at, by, drop({ type: 'time-logged', minutes, activity, on: localDay(at, TZ), staff: by, note, ...extra }));
        break;
      }
      case 'kb':
        if (!articleSlugs.has(args[0])) fail(stepWhere, `no article ${args[0]}`);
        push(at, by, { type: 'kb-linked', slug: args[0] });
        break;
      case 'fb': {
        const s = state();
        if (s.status !== 'resolved' && s.status !== 'closed')
          fail(stepWhere, 'feedback comes on resolved or closed tickets');
        const from = args[2] ?? spec.contact;
        if (!customer.contacts.some((c) => c.name === from)) fail(stepWhere, `${from} is no contact of ${customer.id}`);
        push(at, by, drop({ type: 'feedback', score: args[0], comment: args[1], from }));
        break;
      }
      default:
        fail(stepWhere, `unknown action ${action}`);
    }
  });
  const expected = spec.expect;
  const s = state();
  if (expected && s.status !== expected) fail(where, `ends ${s.status}, expected ${expected}`);
  return { key: spec.key, id, events, state: s };
}

// ---------------------------------------------------------------- build everything in memory

const articleSlugs = new Set(articles.map((a) => a.slug));
const built = ticketSpecs.map(buildTicket);
const idOf = new Map(built.map((t) => [t.key, t.id]));
if (idOf.size !== built.length) fail('tickets', 'two tickets share a key');
if (new Set(built.map((t) => t.id)).size !== built.length) fail('tickets', 'two tickets share an id: change a key');

const files = new Map();
files.set('desk.yaml', deskYaml(stringifyYaml));
for (const c of customers) {
  files.set(
    `contracts/${c.id}.yaml`,
    stringifyYaml(c, ` desk customer ${c.id}: master data, the people responsible, and the contract history.`),
  );
}
for (const t of built) files.set(ticketFile(t.id), serialiseTicket(t.events, t.id));
for (const a of articles) {
  const related = a.related?.map((key) => idOf.get(key) ?? fail(`article ${a.slug}`, `no ticket ${key}`));
  const meta = { ...a.meta, ...(related?.length && { related }) };
  const text = renderArticle({ meta, body: `\n${a.body.trim()}\n` });
  const parsed = parseArticle(a.slug, text, `kb/${a.slug}.md`);
  if (!parsed.ok) fail(`kb/${a.slug}.md`, parsed.problems.map((p) => `${p.field}: ${p.message}`).join('; '));
  files.set(`kb/${a.slug}.md`, text);
}

// every ticket file reads back as it was built
for (const t of built) {
  const file = ticketFile(t.id);
  const parsed = parseTicket(file, files.get(file), t.id);
  if (!parsed.ok) fail(file, parsed.problems.map((p) => `${p.field}: ${p.message}`).join('; '));
}

// ---------------------------------------------------------------- golden figures (docs/domain.md §4)

const entries = built.flatMap((t) =>
  t.state.timeEntries.map((e) => ({
    ...e,
    key: t.key,
    ticket: t.id,
    customer: t.state.customer,
    category: t.state.category,
  })),
);
const month = (e) => e.on.slice(0, 7);
const sum = (list) => list.reduce((n, e) => n + e.minutes, 0);
const of = (customer, m) => entries.filter((e) => e.customer === customer && (!m || month(e) === m));
function expect(what, actual, wanted) {
  if (JSON.stringify(actual) !== JSON.stringify(wanted))
    fail('golden', `${what}: got ${JSON.stringify(actual)}, want ${JSON.stringify(wanted)}`);
}

const golden = { A: 'acme-A', B: 'acme-B', C: 'acme-C', D: 'acme-D' };
expect(
  'acme, October 2026',
  of('acme', '2026-10')
    .map((e) => [e.key, e.category, e.activity, e.minutes, e.level])
    .sort(),
  [
    ['acme-A', 'question', 'communication', 20, 1],
    ['acme-A', 'question', 'solution', 65, 1],
    ['acme-B', 'malfunction', 'analysis', 120, 2],
    ['acme-B', 'malfunction', 'analysis', 180, 2],
    ['acme-C', 'malfunction', 'remote-session', 460, 1],
    ['acme-D', 'data-problem', 'solution', 70, 1],
  ].sort(),
);
const bOrder = of('acme', '2026-10')
  .filter((e) => e.key === 'acme-B')
  .sort((a, b) => (a.on < b.on ? -1 : 1))
  .map((e) => e.minutes);
expect('acme B: 3:00 before 2:00 (the cap is used in date order)', bOrder, [180, 120]);
for (const e of of('acme', '2026-10').filter((x) => x.key === 'acme-B')) {
  if (!staffById.get(e.staff).roles.includes('second-level')) fail('golden', 'acme B analysis by Second Level');
}

for (const [m, hours] of [
  ['2026-07', 14],
  ['2026-08', 6],
  ['2026-09', 12],
]) {
  const list = of('bergmann', m);
  expect(`bergmann ${m}`, sum(list), hours * 60);
  for (const e of list) {
    if (e.minutes % 15) fail('golden', `bergmann entry ${e.id} is not a multiple of 15 minutes`);
    if (!['question', 'malfunction'].includes(e.category) || e.activity === 'change')
      fail('golden', `bergmann entry ${e.id} is not in-scope support`);
  }
}
const analysisPerTicket = new Map();
for (const e of of('bergmann').filter((x) => x.level === 2 && x.activity === 'analysis')) {
  analysisPerTicket.set(e.key, (analysisPerTicket.get(e.key) ?? 0) + e.minutes);
}
for (const [key, minutes] of analysisPerTicket)
  if (minutes > 240) fail('golden', `bergmann ${key}: L2 analysis over the 4 h cap`);

const clausenSep = of('clausen', '2026-09');
expect(
  'clausen September, change work',
  sum(clausenSep.filter((e) => e.activity === 'change' && e.category === 'change-request')),
  11 * 60,
);
expect('clausen September, support', sum(clausenSep.filter((e) => e.activity !== 'change')), 12 * 60);
expect('clausen October', sum(of('clausen', '2026-10')), 15 * 60);
for (const e of [...clausenSep, ...of('clausen', '2026-10')])
  if (e.minutes % 15) fail('golden', `clausen entry ${e.id} is not a multiple of 15`);
for (const t of built.filter((x) => x.state.customer === 'clausen' && x.state.category === 'change-request')) {
  const approved = t.events.find((e) => e.type === 'approved');
  for (const e of t.events.filter((x) => x.type === 'time-logged' && x.activity === 'change')) {
    if (!approved || Date.parse(e.at) < Date.parse(approved.at))
      fail('golden', `${t.key}: change work before approval`);
  }
}
expect(
  'dorn October',
  of('dorn', '2026-10').map((e) => e.minutes),
  [125],
);

// ---------------------------------------------------------------- coverage

const count = (key) =>
  Object.fromEntries(
    [...new Set(built.map((t) => t.state[key] ?? '(none)'))]
      .sort()
      .map((k) => [k, built.filter((t) => (t.state[key] ?? '(none)') === k).length]),
  );
const byStatus = count('status');
const byCategory = count('category');
for (const s of STATUSES) if (!byStatus[s]) fail('coverage', `no ticket is ${s}`);
for (const c of CATEGORIES) if (!byCategory[c]) fail('coverage', `no ticket is a ${c}`);

// ---------------------------------------------------------------- write

// what an earlier run wrote and this one does not: the tickets one folder down (core/ticket/paths.ts)
const folders = ['contracts', 'kb', 'tickets'];
mkdirSync(join(ROOT, 'tickets'), { recursive: true });
for (const shard of readdirSync(join(ROOT, 'tickets')))
  if (/^[0-9A-Z]{2}$/.test(shard)) folders.push(`tickets/${shard}`);
for (const dir of folders) {
  mkdirSync(join(ROOT, dir), { recursive: true });
  const ext = dir === 'kb' ? '.md' : '.yaml';
  for (const name of readdirSync(join(ROOT, dir))) {
    if (name.endsWith(ext) && !files.has(`${dir}/${name}`)) rmSync(join(ROOT, dir, name));
  }
}
for (const [path, text] of files) {
  mkdirSync(dirname(join(ROOT, path)), { recursive: true });
  writeFileSync(join(ROOT, path), text);
}
// the logo and the articles' images, as they are
mkdirSync(join(ROOT, 'kb', 'images'), { recursive: true });
for (const name of readdirSync(join(SAMPLE_DIR, 'images')))
  copyFileSync(join(SAMPLE_DIR, 'images', name), join(ROOT, 'kb', 'images', name));

// ---------------------------------------------------------------- report

const reactions = built
  .filter((t) => t.state.firstReactionAt)
  .map((t) => serviceMinutesBetween(calendar, new Date(t.state.receivedAt), new Date(t.state.firstReactionAt)) / 60);
const late = reactions.filter((h) => h > 4).length;
const lines = [
  `${customers.length} customers, ${config.staff.length} staff, ${built.length} tickets, ${articles.length} articles`,
  `status:   ${JSON.stringify(byStatus)}`,
  `category: ${JSON.stringify(byCategory)}`,
  `articles: ${JSON.stringify(Object.fromEntries(['de', 'en'].map((l) => [l, articles.filter((a) => a.meta.lang === l).length])))}`,
  `first reaction: ${reactions.length} tickets, ${late} after more than 4 service hours, median ${reactions.sort((a, b) => a - b)[Math.floor(reactions.length / 2)].toFixed(2)} h`,
  `golden acme tickets: ${Object.entries(golden)
    .map(([k, key]) => `${k}=${idOf.get(key)}`)
    .join(' ')}`,
  `dorn 2:05: ${built.find((t) => t.key === 'dorn-1').id}`,
];
if (process.argv.includes('--quiet')) process.exit(0);
console.log(lines.join('\n'));
if (process.argv.includes('--keys'))
  for (const t of built)
    console.log(`${t.key.padEnd(10)} ${t.id} ${t.state.status.padEnd(10)} ${t.state.category ?? '-'}`);
