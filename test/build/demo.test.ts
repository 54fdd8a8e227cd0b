// `npm run demo` is the second of the README's two commands, and the first thing a new user sees:
// it must run to the end, each of its steps as the person whose role may take it.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { cleanEnv } from '../helpers/helpdesk.js';

const PACKAGE = resolve(import.meta.dirname, '../..');

it('the demo walks a ticket through its life, bills, takes a payment and answers by mail, without a refusal', () => {
  const out = execFileSync(process.execPath, [resolve(PACKAGE, 'scripts/demo.mjs')], {
    cwd: PACKAGE,
    env: cleanEnv({}),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    // the demo runs about a hundred commands; on a busy machine it took nearly four minutes
    timeout: 600_000,
  });
  const left = /The demo helpdesk stays in (\S+);/.exec(out)?.[1];
  try {
    expect(left).toBeDefined();
    expect(out).toContain('Reacted at once, met for good');
    expect(out).toMatch(/merged into T-\w+/);
    expect(out).toMatch(/returned: final word, closes \d{4}-\d{2}-\d{2} by silence/);
    expect(out).toMatch(/recorded \d+ payments?/);
    expect(out).toContain('mail delivered to the server');
    // support that speaks first: an announcement as a dry run, a notification mailed
    expect(out).toMatch(/^Dry run: A-\d{4}-\d{2}-\d{2}-wartung-lohn-gehalt would go to \d+ contacts/m);
    expect(out).toMatch(/^In [^\s@']+@[^\s']+'s mailbox — Subject: \[desk\] /m);
    expect(out).not.toMatch(/may not|^desk: /m);
  } finally {
    if (left) {
      rmSync(left, { recursive: true, force: true });
      rmSync(`${left}-hilfe`, { recursive: true, force: true });
    }
  }
}, 660_000);
