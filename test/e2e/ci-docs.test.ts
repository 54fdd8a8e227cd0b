// docs/ci.md's threshold step, run as GitHub runs it (bash -e): every figure out of bounds is
// reported, not just the first, and the step still fails.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { builtDesk } from '../helpers/built.js';
import { cleanEnv, openTicket, tempHelpdesk, type TempHelpdesk } from '../helpers/helpdesk.js';

let hd: TempHelpdesk;
beforeEach(() => (hd = tempHelpdesk()));
afterEach(() => hd.cleanup());

/** The `run: |` body of the GitHub step named `Thresholds`, dedented. */
function thresholdStep(): string {
  const doc = readFileSync(resolve(import.meta.dirname, '../../docs/ci.md'), 'utf8');
  const from = doc.indexOf('- name: Thresholds');
  const run = doc.indexOf('run: |', from);
  const lines = doc.slice(run + 'run: |'.length + 1).split('\n');
  const body: string[] = [];
  for (const line of lines) {
    if (!line.startsWith('          ') && line.trim() !== '') break;
    body.push(line.slice(10));
  }
  return body.join('\n');
}

it('reports every threshold that is not met, then fails', () => {
  // November: one request answered after 6 h of a 4 h reaction time; nobody rated anything
  const id = openTicket(hd, ['--received-at', '2026-11-23 08:00'], { DESK_NOW: '2026-11-23T08:05:00+01:00' });
  hd.ok(['reply', id, '-m', 'Wir sind dran.'], { env: { DESK_NOW: '2026-11-23T14:00:00+01:00' } });
  const bin = join(hd.root, '.desk', 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'desk'), `#!/bin/sh\nexec "${process.execPath}" "${builtDesk()}" "$@"\n`);
  chmodSync(join(bin, 'desk'), 0o755);
  mkdirSync(join(hd.root, 'reports'));
  const r = spawnSync('bash', ['-e', '-c', thresholdStep()], {
    cwd: hd.root,
    env: cleanEnv({
      PATH: `${bin}:${process.env.PATH}`,
      DESK_USER: 'mk',
      DESK_NOW: '2026-12-01T09:00:00+01:00',
      PERIOD: '2026-11',
      AS_OF: '2026-11-30',
    }),
    encoding: 'utf8',
  });
  expect(r.status).toBe(1);
  expect(r.stdout + r.stderr).toMatch(/sla\.compliance/);
  expect(r.stdout + r.stderr).toMatch(/sla\.p90/);
  expect(r.stdout).toMatch(/threshold not met: desk report sla/);
  // the checks after the failing one still ran
  expect(r.stdout).toMatch(/threshold not met: desk report satisfaction/);
});
