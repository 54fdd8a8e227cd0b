import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanEnv, openTicket, snapshot, helpdesk, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { ticketFile } from '../../src/core/ticket/paths.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let hd: InProcessHelpdesk;
beforeEach(() => (hd = helpdesk()));
afterEach(() => hd.cleanup());

/** Runs a command that must fail and leave the repository exactly as it was. */
async function refusedWithoutChange(args: string[], opts: Parameters<InProcessHelpdesk['desk']>[1] = {}) {
  const before = snapshot(hd);
  const r = await hd.desk(args, opts);
  expect(r.code, `${args.join(' ')}: ${r.stderr}`).not.toBe(0);
  expect(r.stderr).toMatch(/^desk: /);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(snapshot(hd)).toBe(before);
  return r;
}

describe('bad input is refused with a clear message and changes nothing', () => {
  it('a ticket file with broken YAML is named with its line; the other tickets still list', async () => {
    const good = await openTicket(hd);
    const bad = await openTicket(hd);
    hd.write(ticketFile(bad), hd.read(ticketFile(bad)).replace('events:', 'events: [\n  broken'));
    hd.git('commit', '-qam', 'a hand edit gone wrong');
    const list = await hd.desk(['list', '--json']);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout).map((t: { id: string }) => t.id)).toEqual([good]);
    expect(list.stderr).toMatch(new RegExp(`${esc(ticketFile(bad))}: \\(yaml\\): line \\d+`));
    const show = await refusedWithoutChange(['show', bad]);
    expect(show.code).toBe(2);
    expect(show.stderr).toContain(ticketFile(bad));
    const check = await hd.desk(['check']);
    expect(check.code).toBe(2);
    expect(check.stdout).toMatch(new RegExp(`^${esc(ticketFile(bad))}: \\(yaml\\): line \\d+`, 'm'));
    // an article naming the broken ticket: the ticket exists, only its file is wrong — said once, where it is
    hd.write(
      'kb/drucker.md',
      `---\ntitle: Drucker\nlang: de\naudience: internal\nrelated: ["${bad}", "${good}", "T-4K7M2QXZ9ABC"]\n---\nNeu starten.\n`,
    );
    hd.git('add', '-A');
    hd.git('commit', '-qm', 'an article');
    const again = await hd.desk(['check']);
    expect(again.code).toBe(2);
    expect(again.stdout).not.toContain(`unknown ticket ${bad}`);
    expect(again.stdout).toContain('kb/drucker.md: related[2]: unknown ticket T-4K7M2QXZ9ABC');
  });

  it('unknown, ambiguous and path-like ids', async () => {
    const id = await openTicket(hd);
    expect((await refusedWithoutChange(['show', 'T-ZZZZZ'])).stderr).toContain('no ticket T-ZZZZZ');
    // a second ticket sharing the first five characters: only a longer prefix tells them apart
    const twin = `${id.slice(0, 9)}${id.endsWith('00000') ? '11111' : '00000'}`;
    hd.write(ticketFile(twin), hd.read(ticketFile(id)).replaceAll(id, twin));
    hd.git('add', '-A');
    hd.git('commit', '-qm', 'twin');
    const ambiguous = await refusedWithoutChange(['show', id.slice(0, 7)]);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('is ambiguous');
    expect(ambiguous.stderr).toContain(id.slice(0, 8));
    expect(await hd.ok(['show', id, '--json'])).toContain(id);
    const traversal = await refusedWithoutChange(['comment', '../../etc/passwd', '-m', 'x']);
    expect(traversal.code).toBe(2);
    expect(traversal.stderr).toContain('is not a ticket id');
  });

  it('unknown customer and unknown staff name the known ones', async () => {
    const customer = await refusedWithoutChange(['open', '-t', 'x', '-c', 'nobody', '--channel', 'phone']);
    expect(customer.stderr).toContain('unknown customer "nobody"');
    expect(customer.stderr).toContain('known customers: acme');
    const staff = await refusedWithoutChange(['list', '--mine'], { env: { DESK_USER: 'zz' } });
    expect(staff.stderr).toContain('DESK_USER: unknown staff member "zz"');
    expect(staff.stderr).toContain('known staff: mk, lw, jb, tb, sh, ak');
    const id = await openTicket(hd, ['--category', 'question', '--priority', 'low']);
    expect((await refusedWithoutChange(['escalate', id, '-r', 'x', '--to', 'nobody'])).stderr).toContain(
      '--to: unknown staff member',
    );
  });

  it('missing flags are named when nobody can be asked', async () => {
    const r = await refusedWithoutChange(['open', '--customer', 'acme', '--channel', 'phone']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing --title');
    const bad = await refusedWithoutChange([
      'open',
      '-t',
      'x',
      '-c',
      'acme',
      '--channel',
      'phone',
      '--priority',
      'urgent',
    ]);
    expect(bad.stderr).toContain('--priority: "urgent" is not one of critical, high, normal, low');
  });

  it('outside a helpdesk, and in a git repository without desk.yaml, says how to create one', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'desk-nowhere-'));
    const outside = await hd.desk(['list'], { cwd: plain });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('no helpdesk here');
    expect(outside.stderr).toContain('desk init');
    execFileSync('git', ['init', '-q'], { cwd: plain, env: cleanEnv() });
    expect((await hd.desk(['list'], { cwd: plain })).stderr).toContain('no desk.yaml');
    expect((await hd.desk(['list'], { env: { DESK_REPO: join(plain, 'missing') } })).stderr).toContain('DESK_REPO=');
  });

  it('git without a user identity: refused unless the person says who they are', async () => {
    const r = await refusedWithoutChange(['open', '-t', 'x', '-c', 'acme', '--channel', 'phone'], {
      env: { DESK_USER: undefined },
    });
    expect(r.stderr).toContain('who are you?');
    expect(r.stderr).toContain('known staff: mk');
    await openTicket(hd, ['--as', 'lw'], { DESK_USER: '' });
    expect(hd.git('log', '-1', '--format=%an <%ae> / %cn').trim()).toBe(
      'Lars Wegner <lars.wegner@example.de> / Lars Wegner',
    );
    hd.git('config', 'user.email', 'miriam.krause@example.de');
    const viaGit = await openTicket(hd, [], { DESK_USER: '' });
    expect(JSON.parse(await hd.ok(['show', viaGit, '--json'])).state.openedBy).toBe('mk');
  });

  it("unrelated staged files stay staged and out of desk's commit", async () => {
    const id = await openTicket(hd);
    hd.write('notes.txt', 'meine Notizen');
    hd.git('add', 'notes.txt');
    await hd.ok(['comment', id, '-m', 'intern']);
    expect(hd.git('show', '--name-only', '--format=', 'HEAD').trim()).toBe(ticketFile(id));
    expect(hd.git('status', '--porcelain')).toBe('A  notes.txt\n');
  });

  it('on a detached HEAD, every change is refused (its commit would be lost at the next checkout); reading works', async () => {
    const id = await openTicket(hd);
    hd.git('checkout', '-q', '--detach', 'HEAD');
    for (const args of [
      ['comment', id, '-m', 'made while detached'],
      ['open', '--title', 'Neu', '--customer', 'acme', '--channel', 'phone'],
      ['sync'],
    ]) {
      const r = await refusedWithoutChange(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toBe(
        'desk: HEAD is detached: no branch is checked out, and a commit made now would be lost at the next checkout\nhint: check out a branch (git switch main), then run desk again\n',
      );
    }
    expect((await hd.desk(['show', id])).code).toBe(0);
    expect((await hd.desk(['list'])).code).toBe(0);
    hd.git('switch', '-q', 'main');
    await hd.ok(['comment', id, '-m', 'on the branch']);
  });

  it('a file named on the command line that is a folder, a named pipe or a device is refused before it is read', async () => {
    const id = await openTicket(hd);
    const dir = mkdtempSync(join(tmpdir(), 'desk-input-'));
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const cases: [string[], string][] = [
      [
        ['open', '--title', 'x', '--customer', 'acme', '--channel', 'phone', '--description-file', fifo],
        `--description-file: ${fifo} is a named pipe, not a file`,
      ],
      [
        ['open', '--title', 'x', '--customer', 'acme', '--channel', 'phone', '--description-file', dir],
        `--description-file: ${dir} is a folder, not a file`,
      ],
      [['reply', id, '--file', fifo, '--no-send'], `--file: ${fifo} is a named pipe, not a file`],
      [['attach', id, dir], `${dir} is a folder, not a file`],
      [['attach', id, '/dev/null'], '/dev/null is a device, not a file'],
      [['attach', id, join(dir, 'nothing.png')], `${join(dir, 'nothing.png')}: no such file`],
      [
        ['announce', '--subject', 'Wartung', '--file', fifo, '--dry-run'],
        `--file: ${fifo} is a named pipe, not a file`,
      ],
      [
        ['survey', 'send', '--customers', 'acme', '--question-file', fifo, '--dry-run'],
        `--question-file: ${fifo} is a named pipe, not a file`,
      ],
      [['mail', 'import', fifo], `${fifo} is a named pipe, not a file`],
      [['payment', 'import', fifo, '--dry-run'], `${fifo} is a named pipe, not a file`],
    ];
    for (const [args, message] of cases) {
      const r = await refusedWithoutChange(args, { env: { DESK_USER: 'ak' } });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.split('\n')[0], args.join(' ')).toBe(`desk: ${message}`);
    }
    // a template is a file of the helpdesk: read as every file there, a pipe refused by its path
    mkdirSync(join(hd.root, 'templates'));
    execFileSync('mkfifo', [join(hd.root, 'templates', 'gruss.txt')]);
    const r = await hd.desk(['reply', id, '--template', 'gruss', '--no-send']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^desk: templates\/gruss\.txt: is not a regular file \(a named pipe\)\n/);
  }, 20_000);

  it('a missing or invalid desk.yaml', async () => {
    hd.write('desk.yaml', 'company:\n  name: ""\nstaff: []\n');
    const r = await hd.desk(['list']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/desk\.yaml: company\.name: /);
  });
});

describe('desk init', () => {
  it('creates a helpdesk with one commit and refuses where one exists', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'desk-init-')), 'support');
    await hd.ok(['init', dir, '--company', 'Musterfirma GmbH'], { cwd: tmpdir() });
    const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, encoding: 'utf8', env: cleanEnv() });
    expect(git('log', '--format=%s')).toBe('Create the helpdesk\n');
    expect(git('ls-files').split('\n').filter(Boolean).sort()).toEqual([
      '.gitattributes',
      '.gitignore',
      'contracts/.gitkeep',
      'desk.yaml',
      'kb/.gitkeep',
      'tickets/.gitkeep',
    ]);
    expect(git('show', 'HEAD:desk.yaml')).toContain('name: "Musterfirma GmbH"');
    expect(git('show', 'HEAD:.gitignore')).toContain('.desk/');
    const again = await hd.desk(['init', dir], { cwd: tmpdir() });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('a helpdesk exists already');
    expect(git('log', '--format=%s')).toBe('Create the helpdesk\n');
    expect((await hd.desk(['check'], { cwd: dir })).code).toBe(0);
  });
});
