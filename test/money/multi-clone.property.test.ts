import { ticketFile } from '../../src/core/ticket/paths.js';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, type Result } from '../helpers/helpdesk.js';
import { runInProcess } from '../helpers/in-process.js';
import { ACME_CONTRACT, acmeFile, customerFile, DESK_YAML } from '../invoice/helpers.js';
import { copyTeam, runAsync, tempTeam, type Team } from '../sync/team.js';
import { billedByPeriod, documents, entriesBilledTwice, usageOf } from './helpers.js';

/**
 * The rule of docs/billing.md through everything a team does: three clones and a shared bare
 * remote, random schedules of time logged (often into months already invoiced), corrections
 * (made apart in two clones as often as not), invoice runs and cancellations (in the one clone
 * that invoices, Anja's, the manager's, as docs/sync.md asks), syncs in any order, and some commands killed with
 * SIGKILL in the middle. After a last sync everywhere and a last run: for every customer and
 * month the documents bill, to the cent, what `desk usage` computes from the final files, each
 * month's fee once, and no entry stands on two invoices that are not cancelled.
 *
 * Each step runs desk in-process (test/helpers/in-process.ts) against the clone's folder; a
 * killed step runs as a process of its own. A schedule costs 2–3 s, mostly in the git processes
 * of its syncs and commits, so `npm test` (and CI) tries 10 new random ones every run, under half
 * a minute on one core: it was 30, a third of the whole suite's time on a 2-core machine.
 * fast-check draws a new seed each time and prints it on a failure, so twenty runs of the suite
 * are 200 different schedules; DESK_PROPERTY_RUNS=400 is the deep run before a release.
 */

const DORN = customerFile(
  'dorn',
  'Dorn Elektrotechnik KG',
  '{ street: Am Hafen 2, postalCode: "48155", city: Münster, country: DE }',
  '  - { kind: none, start: 2026-08-01, hourlyRate: "130.00" }\n',
);
const CUSTOMERS = ['acme', 'dorn'];
const MONTHS = ['2026-08', '2026-09', '2026-10', '2026-11'];
const PEOPLE = [
  { user: 'ak', name: 'Anja Keller', email: 'anja.keller@example.de' },
  { user: 'jb', name: 'Jonas Becker', email: 'jonas.becker@example.de' },
  { user: 'lw', name: 'Lars Wegner', email: 'lars.wegner@example.de' },
];

let template: Team;
let tickets: string[];

beforeAll(async () => {
  template = tempTeam(['anja', 'ben', 'carla'], {
    'desk.yaml': DESK_YAML,
    // contracts from August: a run bills the months of the schedule, not a year of fees
    'contracts/acme.yaml': acmeFile(ACME_CONTRACT.replace('2026-01-01', '2026-08-01')),
    'contracts/dorn.yaml': DORN,
  });
  const [anja, ben, carla] = template.clones;
  const open = async (customer: string, category: string) =>
    (
      JSON.parse(
        await anja!.ok(
          [
            'open',
            '--title',
            `Anfrage ${category}`,
            '--customer',
            customer,
            '--channel',
            'phone',
            '--category',
            category,
            '--priority',
            'normal',
            '--received-at',
            '2026-08-01 08:00',
            '--json',
          ],
          { DESK_NOW: '2026-08-01T09:00:00+02:00' },
        ),
      ) as { id: string }
    ).id;
  tickets = [await open('acme', 'question'), await open('acme', 'data-problem'), await open('dorn', 'question')];
  await anja!.ok(['sync']);
  await ben!.ok(['sync']);
  await carla!.ok(['sync']);
}, 120_000);
afterAll(() => template?.cleanup());

const step = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant('log' as const),
      clone: fc.nat({ max: 2 }),
      ticket: fc.nat({ max: 2 }),
      // today or lately, or weeks back: into a month a run may have settled
      daysBack: fc.oneof(fc.nat({ max: 3 }), fc.integer({ min: 10, max: 45 })),
      minutes: fc.integer({ min: 10, max: 300 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constantFrom('replace' as const, 'undo' as const),
      clone: fc.nat({ max: 2 }),
      pick: fc.nat(),
      minutes: fc.integer({ min: 10, max: 300 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('run' as const) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('cancel' as const), pick: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('sync' as const), clone: fc.nat({ max: 2 }) }) },
);
const schedule = fc.array(
  fc.record({
    step,
    // from the end of August a schedule crosses one or two month ends: runs settle months that
    // later steps log into or correct
    hours: fc.integer({ min: 6, max: 96 }),
    // a few commands die in the middle, as a closed laptop or kill -9 would make them
    kill: fc.oneof(
      { weight: 9, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.integer({ min: 100, max: 1500 }) },
    ),
  }),
  { minLength: 6, maxLength: 18 },
);

describe('each billable minute billed exactly once, across three clones, syncs and kills (slow)', () => {
  it('the documents bill what desk usage computes from the final files, per customer and month', async () => {
    await fc.assert(
      fc.asyncProperty(schedule, async (steps) => {
        const team = copyTeam(template);
        const roots = team.clones.map((c) => c.root);
        let clock = Date.parse('2026-08-24T09:00:00+02:00');
        const now = () => new Date(clock).toISOString();
        const today = () => new Date(clock + 2 * 3_600_000).toISOString().slice(0, 10);
        const env = (i: number) => ({ DESK_USER: PEOPLE[i]!.user, DESK_NOW: now(), DESK_LOCK_TIMEOUT_MS: '60000' });
        const desk = (i: number, args: string[]): Promise<Result> =>
          runInProcess(args, { cwd: roots[i]!, env: cleanEnv(env(i)) });
        const ok = async (i: number, args: string[]) => {
          const r = await desk(i, args);
          if (r.code !== 0) throw new Error(`clone ${i}: desk ${args.join(' ')} failed (${r.code}): ${r.stderr}`);
          return r.stdout;
        };
        const killed = (i: number, args: string[], after: number) =>
          new Promise<void>((done, fail) => {
            let pid = 0;
            const timer = setTimeout(() => pid && tryKill(-pid), after);
            // a desk that cannot be started fails the schedule rather than leaving it waiting
            runAsync(roots[i]!, args, env(i), (p) => (pid = p)).then(
              () => {
                clearTimeout(timer);
                done();
              },
              (e: unknown) => {
                clearTimeout(timer);
                fail(e);
              },
            );
          });
        try {
          for (const { step: s, hours, kill } of steps) {
            clock = Math.min(clock + hours * 3_600_000, Date.parse('2026-11-30T18:00:00+01:00'));
            const args = await argsOf(s, today(), ok);
            if (!args) continue;
            const clone = 'clone' in s ? s.clone : 0;
            if (kill) {
              await killed(clone, args.argv, kill);
              releaseServerLocks(team.remote);
            } else await ok(clone, args.argv);
          }
          clock = Date.parse('2026-12-15T10:00:00+01:00');
          // anja sends hers, ben and carla theirs, anja gets everything; carla has all but anja's last
          for (const i of [0, 1, 2, 0]) await ok(i, ['sync']);
          await ok(0, ['invoice', 'run']);

          const anja = { ok: (argv: string[]) => ok(0, argv) };
          const docs = await documents(anja);
          const billed = billedByPeriod(docs);
          for (const customer of CUSTOMERS) {
            const year = await usageOf(anja, customer, '2026');
            for (const month of MONTHS) {
              const usage = year.get(month) ?? 0;
              const got = billed.get(`${customer} ${month}`) ?? { usage: 0, advance: 0 };
              expect(got.usage, `${customer} ${month}: billed vs desk usage`).toBe(usage);
              expect(got.advance, `${customer} ${month}: the fee once`).toBe(customer === 'acme' ? 120000 : 0);
            }
          }
          expect(entriesBilledTwice(docs)).toEqual([]);
          await ok(2, ['sync']);
          for (const id of tickets) {
            const [a, , c] = roots.map((root) => readFileSync(join(root, ticketFile(id)), 'utf8'));
            expect(c, `${id} in carla's clone`).toBe(a);
          }
          expect(await ok(0, ['invoice', 'run'])).toContain('Nothing due');
        } finally {
          team.cleanup();
        }
      }),
      { numRuns: Number(process.env.DESK_PROPERTY_RUNS ?? 10), endOnFailure: true },
    );
  }, 3_600_000);
});

type Step =
  | { op: 'log'; clone: number; ticket: number; daysBack: number; minutes: number }
  | { op: 'replace' | 'undo'; clone: number; pick: number; minutes: number }
  | { op: 'run' }
  | { op: 'cancel'; pick: number }
  | { op: 'sync'; clone: number };

/** The command line of a step in the state its clone is in now; undefined when it has nothing to work on. */
async function argsOf(
  s: Step,
  today: string,
  ask: (clone: number, argv: string[]) => Promise<string>,
): Promise<{ argv: string[] } | undefined> {
  switch (s.op) {
    case 'log': {
      const day = new Date(Date.parse(`${today}T12:00:00Z`) - s.daysBack * 86_400_000).toISOString().slice(0, 10);
      const on = day < '2026-08-01' ? '2026-08-01' : day;
      return { argv: ['log', tickets[s.ticket]!, `${s.minutes}m`, '--on', on] };
    }
    case 'replace':
    case 'undo': {
      const entries: { id: string; entry: string }[] = [];
      for (const id of tickets) {
        const { state } = JSON.parse(await ask(s.clone, ['show', id, '--json'])) as {
          state: { timeEntries: { id: string }[] };
        };
        for (const e of state.timeEntries) entries.push({ id, entry: e.id });
      }
      if (entries.length === 0) return undefined;
      const { id, entry } = entries[s.pick % entries.length]!;
      return s.op === 'undo'
        ? { argv: ['log', id, '--undo', entry, '-r', 'doppelt erfasst'] }
        : { argv: ['log', id, `${s.minutes}m`, '--replace', entry] };
    }
    case 'run':
      // a run with nothing due changes nothing
      return { argv: ['invoice', 'run'] };
    case 'cancel': {
      const list = JSON.parse(await ask(0, ['invoice', 'list', '--json'])) as { number: string; status: string }[];
      const active = list.filter((r) => r.status === 'active');
      if (active.length === 0) return undefined;
      return { argv: ['invoice', 'cancel', active[s.pick % active.length]!.number, '--reason', 'Zeit falsch erfasst'] };
    }
    case 'sync':
      return { argv: ['sync'] };
  }
}

/**
 * The remote here is a folder, so its receive-pack runs in the killed push's process group and
 * dies with it, holding its locks: the branch's, and HEAD's (git locks HEAD too, for the log of
 * the branch it names) or packed-refs'; a server's would finish on its own. Removing the locks
 * is that finish, with the update not made (a push killed midway may or may not have arrived).
 */
function releaseServerLocks(remote: string): void {
  for (const dir of [remote, join(remote, 'refs', 'heads')])
    for (const name of readdirSync(dir)) if (name.endsWith('.lock')) rmSync(join(dir, name), { force: true });
}

function tryKill(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // finished before it could be killed
  }
}
