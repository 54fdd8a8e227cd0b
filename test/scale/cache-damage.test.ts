import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generate, type Generated } from './generated.js';

/**
 * A damaged .desk/ never bills a wrong amount and never crashes a command: every command
 * answers exactly as it does from the files alone (DESK_NO_INDEX=1), saying in one line on
 * stderr when it found a cache damaged and built it again.
 */
let make: ReturnType<typeof generate>;
let hd: Generated;
// Only the first test writes ticket files; the others damage .desk/ alone and run commands that
// read. They share one copy, and each begins without .desk/, as a new copy would.
let damaging: Generated | undefined;
function forDamaging(): void {
  hd = damaging ??= make();
  rmSync(join(hd.root, '.desk'), { recursive: true, force: true });
}
beforeAll(() => {
  make = generate(400, { customers: 8, articles: 20 });
}, 120_000);
afterEach(() => {
  if (hd !== damaging) hd?.cleanup();
});
afterAll(() => {
  damaging?.cleanup();
  make?.remove();
});

/** The commands whose answers a damaged cache must not change: billing, reaction times, reports, checks. */
const COMMANDS = [
  ['list', '--all', '--json'],
  ['usage', 'CUSTOMER', '--period', '2026-10', '--json'],
  ['invoice', 'run', '--date', '2026-11-01', '--dry-run', '--json'],
  ['sla', '--json'],
  ['queue', '--json'],
  ['report', 'backlog', '--format', 'csv'],
  ['report', 'utilization', '--period', '2026-Q3', '--format', 'csv'],
  ['check', '--json'],
  ['show', 'TICKET', '--json'],
  ['kb', 'search', 'drucker', '--json'],
];

function commandsFor(customer: string, ticket: string): string[][] {
  return COMMANDS.map((c) => c.map((a) => (a === 'CUSTOMER' ? customer : a === 'TICKET' ? ticket : a)));
}

/** What the files alone answer, per command. */
async function expected(commands: string[][]) {
  const out = [];
  for (const args of commands) {
    const r = await hd.desk(args, 'files');
    out.push({ args: args.join(' '), code: r.code, stdout: r.stdout });
  }
  return out;
}

async function answers(commands: string[][]) {
  const out = [];
  for (const args of commands) {
    const r = await hd.desk(args, 'warm');
    expect(r.stderr, args.join(' ')).not.toMatch(/unexpected error|not valid JSON/);
    out.push({ args: args.join(' '), code: r.code, stdout: r.stdout });
  }
  return out;
}

/** A customer with time in October 2026 and one of their tickets, from the files: the same in every copy, looked up once. */
let withTime: { customer: string; ticket: string } | undefined;
async function aCustomerWithTime(): Promise<{ customer: string; ticket: string }> {
  return (withTime ??= await lookUpCustomerWithTime());
}

async function lookUpCustomerWithTime(): Promise<{ customer: string; ticket: string }> {
  const all = JSON.parse((await hd.desk(['list', '--all', '--json'], 'files')).stdout) as {
    id: string;
    customer: string;
  }[];
  for (const t of all) {
    const usage = await hd.desk(['usage', t.customer, '--period', '2026-10', '--json'], 'files');
    if (usage.code === 0 && /"minutes":\s*[1-9]/.test(usage.stdout)) return { customer: t.customer, ticket: t.id };
  }
  throw new Error('no customer with time in 2026-10');
}

/** Every file of .desk/ that a command may read back: the caches, not the lock or the stamp. */
function cacheFiles(root: string): string[] {
  const dir = join(root, '.desk');
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile() && !/(^|\/)(stamp|lock)$/.test(f) && !f.endsWith('-shm'));
}

/** A small seeded generator (mulberry32): the same damage on every run of the test. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function flipBytes(file: string, count: number, next: () => number): void {
  const bytes = readFileSync(file);
  if (bytes.length === 0) return;
  for (let i = 0; i < count; i++) {
    const at = Math.floor(next() * bytes.length);
    bytes[at] = bytes[at]! ^ (1 + Math.floor(next() * 255));
  }
  writeFileSync(file, bytes);
}

/** Lets SQLite fold its write-ahead log into the database file, as a later command would. */
function checkpoint(root: string): void {
  const db = new Database(join(root, '.desk', 'tickets.db'));
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

describe('a damaged cache', () => {
  it('one changed digit in a time entry that SQLite finds intact bills the amount of the files', async () => {
    hd = make();
    const { customer, ticket } = await aCustomerWithTime();
    // 7h40m is 460 minutes, the entry of the reported case
    const logged = await hd.desk(
      ['log', ticket, '7h40m', '--on', '2026-10-20', '--activity', 'remote-session'],
      'files',
    );
    expect(logged.code).toBe(0);
    const entry = /"id":\s*"(e-[0-9a-z]+)"/.exec(
      [
        ...(await hd.desk(['show', ticket, '--json'], 'files')).stdout.matchAll(/\{[^{}]*"minutes":\s*460[^{}]*\}/g),
      ][0]![0],
    )![1]!;
    const commands = [
      ['usage', customer, '--period', '2026-10', '--json'],
      ['invoice', 'run', '--date', '2026-11-01', '--dry-run', '--json'],
    ];
    const truth = await expected(commands);
    await hd.desk(['list'], 'warm'); // the index now holds the entry
    checkpoint(hd.root);
    const path = join(hd.root, '.desk', 'tickets.db');
    const bytes = readFileSync(path);
    const at = bytes.indexOf(entry, 0, 'latin1');
    expect(at).toBeGreaterThan(0);
    const digits = bytes.indexOf('460', at, 'latin1');
    expect(digits - at).toBeLessThan(200);
    bytes[digits] = '9'.charCodeAt(0); // 460 → 960 minutes
    writeFileSync(path, bytes);
    const db = new Database(path, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    const got = await answers(commands);
    expect(got).toEqual(truth);
  });

  it('random bytes in every cache file, seeded: every command answers as the files do', async () => {
    forDamaging();
    const { customer, ticket } = await aCustomerWithTime();
    const commands = commandsFor(customer, ticket);
    const truth = await expected(commands);
    for (const seed of [1, 2, 3, 4]) {
      await answers(commands); // caches written (again) by this build
      checkpoint(hd.root);
      const next = random(seed);
      for (const file of cacheFiles(hd.root)) flipBytes(file, 1 + Math.floor(next() * 8), next);
      expect({ seed, answers: await answers(commands) }).toEqual({ seed, answers: truth });
    }
  }, 900_000);

  it('says in one line that it built the damaged index again', async () => {
    forDamaging();
    await hd.desk(['list'], 'warm');
    checkpoint(hd.root);
    const path = join(hd.root, '.desk', 'tickets.db');
    const bytes = readFileSync(path);
    bytes.fill(0x5a, 4096, 4096 * 3); // two pages of the index overwritten
    writeFileSync(path, bytes);
    const r = await hd.desk(['list'], 'warm');
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^desk: the ticket index in \.desk\/ was damaged.*building it again from the files$/m);
    expect((await hd.desk(['list'], 'warm')).stderr).toBe(''); // and is fine again
  });
});
