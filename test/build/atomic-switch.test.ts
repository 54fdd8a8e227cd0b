// A build never pulls the CLI from under a desk that is running: desk is started again and again
// (as a person, a script or a git hook might) while the package is built twice, and every run
// works. Built in a copy of the package, so the tests running beside this one keep their build.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, expect, inject, it } from 'vitest';
// @ts-expect-error: a plain ES module script, without types
import { buildDist } from '../../scripts/build.mjs';
import { cleanEnv, openTicket, tempHelpdesk, type Result } from '../helpers/helpdesk.js';

const build = buildDist as (root: string) => Promise<string>;
const PACKAGE = resolve(import.meta.dirname, '../..');
const copy = mkdtempSync(join(tmpdir(), 'desk-package-'));
for (const part of [
  'package.json',
  'package-lock.json',
  'bin',
  'src',
  'scripts/build.mjs',
  'scripts/bundle.mjs',
  'scripts/snowball-trim.mjs',
])
  cpSync(join(PACKAGE, part), join(copy, part), { recursive: true });
symlinkSync(join(PACKAGE, 'node_modules'), join(copy, 'node_modules'));
// the copy starts from the build this run's global setup made of the same sources, as the package
// would after an earlier `npm run build`: building it first as well took a third of the test's time
const seed = inject('deskBuild')!;
cpSync(seed, join(copy, basename(seed)), { recursive: true });
symlinkSync(basename(seed), join(copy, 'dist'));
const hd = tempHelpdesk();
afterAll(() => {
  rmSync(copy, { recursive: true, force: true });
  hd.cleanup();
});

function desk(args: string[]): Promise<Result> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(copy, 'bin', 'desk.js'), ...args], {
      cwd: hd.root,
      env: cleanEnv({ DESK_USER: 'mk' }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

it('a desk started while desk is built runs one whole build, the old or the new', async () => {
  const id = openTicket(hd);
  let building = true;
  const runs: Result[] = [];
  const keepRunning = (async () => {
    while (building) runs.push(await desk(['show', id]));
  })();
  let first: string, second: string;
  try {
    first = await build(copy);
    second = await build(copy);
  } finally {
    // a failed build stops the runs too, before afterAll removes the package they start from
    building = false;
    await keepRunning;
  }

  expect(runs.length).toBeGreaterThan(2); // desk ran while the builds did
  expect(runs.filter((r) => r.code !== 0).map((r) => r.stderr)).toEqual([]);
  expect(runs.every((r) => r.stdout.includes('Drucker druckt nicht'))).toBe(true);
  // dist is the newest build; the one before it stays for a desk that was loading from it, and
  // the one before that (the seed) is gone
  expect(resolve(copy, readlinkSync(join(copy, 'dist')))).toBe(second);
  expect(
    readdirSync(copy)
      .filter((n) => n.startsWith('.dist-'))
      .map((n) => join(copy, n)),
  ).toEqual([first, second]);
  // two builds of the whole package, one after another: on a busy machine three took over two minutes
}, 600_000);
