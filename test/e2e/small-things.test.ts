// Small things a new First Level agent ran into, each as it was seen. Prompts run desk in a
// terminal of its own; every other step runs in-process (test/helpers/in-process.ts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanEnv, helpdesk, openTicket, snapshot, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { runInProcess } from '../helpers/in-process.js';
import { DOWN, ENTER, inTerminal } from '../helpers/terminal.js';

let hd: InProcessHelpdesk;
beforeEach(() => (hd = helpdesk()));
afterEach(() => hd.cleanup());

const NOW = { DESK_NOW: '2026-11-23T12:00:00+01:00' };

describe('desk log', () => {
  it('with no arguments gives the usage error, not a crash', async () => {
    const r = await hd.desk(['log']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing ID');
    expect(r.stderr).not.toContain('Cannot read properties');
  });

  it('asks for the duration on a terminal, as docs/commands.md promises', async () => {
    const id = await openTicket(hd);
    const r = await inTerminal(hd.root, ['log', id], [['How long?', `1h30m${ENTER}`]], { DESK_USER: 'mk' });
    expect(r.code).toBe(0);
    expect(JSON.parse(await hd.ok(['show', id, '--json'])).state.timeEntries).toMatchObject([{ minutes: 90 }]);
    expect((await hd.desk(['log', id])).stderr).toContain('missing DURATION');
  });
});

describe('prompts', () => {
  it('the contact prompt takes a new name; the customer prompt shows names', async () => {
    const r = await inTerminal(
      hd.root,
      ['open', '--channel', 'e-mail', '-d', 'Fehler beim Start', '--title', 'Programm startet nicht'],
      [
        ['ACME Maschinenbau GmbH (acme)', ENTER],
        ['Contact person', `${DOWN}${ENTER}`],
        ['Contact person (empty: none)', `Jörg Neumann${ENTER}`],
      ],
      { DESK_USER: 'mk' },
    );
    expect(r.code).toBe(0);
    const [t] = JSON.parse(await hd.ok(['list', '--json']));
    expect(JSON.parse(await hd.ok(['show', t.id, '--json'])).state.contact).toBe('Jörg Neumann');
  });
});

describe('messages', () => {
  it('qualify names the module, show counts "1 entry", refusals name comment, assign and log', async () => {
    const id = await openTicket(hd);
    expect(
      await hd.ok(['qualify', id, '--product', 'lohn/export', '--category', 'question', '--priority', 'low']),
    ).toContain('qualify as question, lohn/export, low');
    await hd.ok(['log', id, '20m']);
    expect(await hd.ok(['show', id])).toMatch(/^time\s+0:20 h in 1 entry$/m);
    const refused = await hd.desk(['close', id, '--accepted-by', 'Sabine Vogt']);
    expect(refused.stderr).toMatch(/allowed from "open": .*\bassign\b.*\bcomment\b.*\blog\b/);
  });

  it('usage of a pay-per-use customer says so; key figures in hours read h:mm', async () => {
    hd.write(
      'contracts/beta.yaml',
      'id: beta\nname: Beta Bäckerei KG\ncontracts:\n  - { kind: none, start: 2025-01-01, hourlyRate: "95.00" }\n',
    );
    hd.git('add', '-A');
    hd.git('commit', '-qm', 'beta');
    const usage = await hd.ok(['usage', 'beta', '--period', '2026-11'], { env: NOW });
    expect(usage).toContain('no service contract: pay per use since 2025-01-01');
    expect(usage).not.toContain('none contract');
    const id = await openTicket(hd, ['--received-at', '2026-11-23 08:00'], { DESK_NOW: '2026-11-23T08:05:00+01:00' });
    await hd.ok(['reply', id, '-m', 'Eingangsbestätigung'], { env: { DESK_NOW: '2026-11-23T08:20:00+01:00' } });
    expect(await hd.ok(['report', 'sla', '--period', '2026-11'], { env: NOW })).toMatch(/^Median reaction\s+0:20 h\s/m);
  });

  it('an answered ticket of a customer without a reaction time reads "answered" in the queue, not "best effort"', async () => {
    hd.write(
      'contracts/beta.yaml',
      'id: beta\nname: Beta Bäckerei KG\ncontracts:\n  - { kind: none, start: 2025-01-01, hourlyRate: "95.00" }\n',
    );
    hd.git('add', '-A');
    hd.git('commit', '-qm', 'beta');
    const before = { DESK_NOW: '2026-11-23T11:58:00+01:00' };
    const id = await openTicket(hd, ['--customer', 'beta', '--category', 'question', '--priority', 'normal'], before);
    await hd.ok(['reply', id, '-m', 'Wir melden uns.'], { env: before });
    const line = (await hd.ok(['queue'], { env: NOW })).split('\n').find((l) => l.includes('beta'));
    expect(line).toContain('answered');
    expect(line).not.toContain('best effort');
  });
});

describe('a new helpdesk', () => {
  let dir: string;
  const env = cleanEnv({
    GIT_AUTHOR_NAME: 'Anna Berg',
    GIT_AUTHOR_EMAIL: 'anna@example.de',
    GIT_COMMITTER_NAME: 'Anna Berg',
    GIT_COMMITTER_EMAIL: 'anna@example.de',
  });
  const run = (args: string[]) => runInProcess(args, { cwd: dir, env });
  const desk = async (args: string[]) => {
    const r = await run(args);
    if (r.code !== 0) throw new Error(`desk ${args.join(' ')} failed (${r.code}): ${r.stderr}`);
    return r.stdout;
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'desk-new-'));
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir, env });
    execFileSync('git', ['config', 'user.email', 'anna@example.de'], { cwd: dir, env });
    execFileSync('git', ['config', 'user.name', 'Anna Berg'], { cwd: dir, env });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('init, customer add and contract add answer --json, and the first customer can be added in a terminal', async () => {
    expect(JSON.parse(await desk(['init', '--company', 'Nordlicht Software GmbH', '--json']))).toMatchObject({
      files: expect.arrayContaining(['desk.yaml']),
    });
    const r = await inTerminal(
      dir,
      ['customer', 'add', 'acme'],
      [
        ['Company name', `ACME Maschinenbau GmbH${ENTER}`],
        ['Street', `Industriestraße 4${ENTER}`],
        ['Postal code', `33602${ENTER}`],
        ['City', `Bielefeld${ENTER}`],
      ],
      { DESK_USER: 'anna' },
    );
    expect(r.output).not.toContain('No selectable choices');
    expect(r.code).toBe(0);
    expect(await desk(['check'])).toContain('valid');

    const added = JSON.parse(
      await desk([
        'customer',
        'add',
        'beta',
        '--name',
        'Beta KG',
        '--street',
        'Markt 1',
        '--postal-code',
        '48143',
        '--city',
        'Münster',
        '--json',
      ]),
    );
    expect(added).toMatchObject({ id: 'beta', file: 'contracts/beta.yaml', projectLead: null });
    const contract = JSON.parse(
      await desk([
        'contract',
        'add',
        'beta',
        '--kind',
        'none',
        '--start',
        '2026-01-01',
        '--hourly-rate',
        '95.00',
        '--json',
      ]),
    );
    expect(contract).toMatchObject({ customer: 'beta', contract: { kind: 'none' } });
    expect(await desk(['check'])).toContain('valid');
  });

  it('refuses a project lead without the role instead of committing a file desk check rejects', async () => {
    await desk(['init', '--company', 'Nordlicht Software GmbH']);
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' });
    const refused = await run([
      'customer',
      'add',
      'acme',
      '--name',
      'ACME',
      '--street',
      'A 1',
      '--postal-code',
      '12345',
      '--city',
      'Köln',
      '--project-lead',
      'anna',
    ]);
    expect(refused.stderr).toContain('--project-lead: anna does not have the role project-lead in desk.yaml');
    expect(execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' })).toBe(head);
  });
});

describe('kb new --json', () => {
  it('prints the new article as JSON', async () => {
    const out = JSON.parse(
      await hd.ok(['kb', 'new', '--title', 'Drucker offline nach Update', '--json'], { env: NOW }),
    );
    expect(out).toMatchObject({ slug: expect.stringMatching(/drucker-offline/), file: expect.stringMatching(/^kb\//) });
    expect(snapshot(hd)).toContain(''); // committed: the work tree is clean
    expect(hd.git('status', '--porcelain').trim()).toBe('');
  });
});
