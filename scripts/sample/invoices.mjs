#!/usr/bin/env node
/**
 * Issues the sample helpdesk's invoices for January to September 2026: runs `desk invoice run`
 * in a temporary copy of the sample on the first of each month from January to October 2026
 * (a run on 1 October settles September and bills October's fees in advance), then copies the
 * invoices/ folder back. A run dated 1 November 2026 then bills the golden October settlement.
 *
 *   npm run build && node scripts/sample/invoices.mjs [--customer ID]
 *
 * Run it once the sample (desk.yaml, contracts/, tickets/) is final: it replaces invoices/.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const repo = resolve(import.meta.dirname, '..', '..');
const desk = join(repo, 'bin', 'desk.js');
const only = process.argv.includes('--customer') ? process.argv[process.argv.indexOf('--customer') + 1] : undefined;
const dir = mkdtempSync(join(tmpdir(), 'desk-sample-invoices-'));
for (const part of ['desk.yaml', 'contracts', 'tickets', 'kb', '.gitattributes']) {
  if (existsSync(join(repo, part))) cpSync(join(repo, part), join(dir, part), { recursive: true });
}
const git = (...args) =>
  execFileSync('git', ['-c', 'user.name=Sample', '-c', 'user.email=sample@example.invalid', ...args], {
    cwd: dir,
    stdio: 'ignore',
  });
git('init', '-q', '-b', 'main');
git('add', '-A');
git('commit', '-qm', 'The sample helpdesk');

const config = parse(readFileSync(join(dir, 'desk.yaml'), 'utf8'));
const actor = (config.staff.find((s) => s.roles.includes('manager')) ?? config.staff[0]).id;
for (let month = 1; month <= 10; month++) {
  const date = `2026-${String(month).padStart(2, '0')}-01`;
  const out = execFileSync(
    process.execPath,
    [desk, 'invoice', 'run', '--date', date, ...(only ? ['--customer', only] : []), '--json'],
    {
      cwd: dir,
      env: { ...process.env, DESK_USER: actor, DESK_NOW: `${date}T09:00:00+01:00`, NO_COLOR: '1' },
      encoding: 'utf8',
    },
  );
  const issued = JSON.parse(out).invoices.map((r) => `${r.number} ${r.customer}`);
  console.log(`${date}: ${issued.length ? issued.join(', ') : 'nothing due'}`);
}
rmSync(join(repo, 'invoices'), { recursive: true, force: true });
if (existsSync(join(dir, 'invoices'))) cpSync(join(dir, 'invoices'), join(repo, 'invoices'), { recursive: true });
rmSync(dir, { recursive: true, force: true });
console.log(
  `invoices/ written; commit it: git add invoices && git commit -m "Sample invoices up to September 2026" -- invoices`,
);
