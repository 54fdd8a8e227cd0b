import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanEnv, openTicket, snapshot, tempHelpdesk, type TempHelpdesk } from '../helpers/helpdesk.js';
import { ticketFile } from '../../src/core/ticket/paths.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let hd: TempHelpdesk;
beforeEach(() => (hd = tempHelpdesk()));
afterEach(() => hd.cleanup());

/** Runs a command that must fail and leave the repository exactly as it was. */
function refusedWithoutChange(args: string[], opts: Parameters<TempHelpdesk['desk']>[1] = {}) {
  const before = snapshot(hd);
  const r = hd.desk(args, opts);
  expect(r.code, `${args.join(' ')}: ${r.stderr}`).not.toBe(0);
  expect(r.stderr).toMatch(/^desk: /);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(snapshot(hd)).toBe(before);
  return r;
}

describe('bad input is refused with a clear message and changes nothing', () => {
  it('a ticket file with broken YAML is named with its line; the other tickets still list', () => {
    const good = openTicket(hd);
    const bad = openTicket(hd);
    hd.write(ticketFile(bad), hd.read(ticketFile(bad)).replace('events:', 'events: [\n  broken'));
    hd.git('commit', '-qam', 'a hand edit gone wrong');
    const list = hd.desk(['list', '--json']);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout).map((t: { id: string }) => t.id)).toEqual([good]);
    expect(list.stderr).toMatch(new RegExp(`${esc(ticketFile(bad))}: \\(yaml\\): line \\d+`));
    const show = refusedWithoutChange(['show', bad]);
    expect(show.code).toBe(2);
    expect(show.stderr).toContain(ticketFile(bad));
    const check = hd.desk(['check']);
    expect(check.code).toBe(2);
    expect(check.stdout).toMatch(new RegExp(`^${esc(ticketFile(bad))}: \\(yaml\\): line \\d+`, 'm'));
  });

  it('unknown, ambiguous and path-like ids', () => {
    const id = openTicket(hd);
    expect(refusedWithoutChange(['show', 'T-ZZZZZ']).stderr).toContain('no ticket T-ZZZZZ');
    // a second ticket sharing the first five characters: only a longer prefix tells them apart
    const twin = `${id.slice(0, 9)}${id.endsWith('00000') ? '11111' : '00000'}`;
    hd.write(ticketFile(twin), hd.read(ticketFile(id)).replaceAll(id, twin));
    hd.git('add', '-A');
    hd.git('commit', '-qm', 'twin');
    const ambiguous = refusedWithoutChange(['show', id.slice(0, 7)]);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('is ambiguous');
    expect(ambiguous.stderr).toContain(id.slice(0, 8));
    expect(hd.ok(['show', id, '--json'])).toContain(id);
    const traversal = refusedWithoutChange(['comment', '../../etc/passwd', '-m', 'x']);
    expect(traversal.code).toBe(2);
    expect(traversal.stderr).toContain('is not a ticket id');
  });

  it('unknown customer and unknown staff name the known ones', () => {
    const customer = refusedWithoutChange(['open', '-t', 'x', '-c', 'nobody', '--channel', 'phone']);
    expect(customer.stderr).toContain('unknown customer "nobody"');
    expect(customer.stderr).toContain('known customers: acme');
    const staff = refusedWithoutChange(['list', '--mine'], { env: { DESK_USER: 'zz' } });
    expect(staff.stderr).toContain('DESK_USER: unknown staff member "zz"');
    expect(staff.stderr).toContain('known staff: mk, lw, jb, tb, sh, ak');
    const id = openTicket(hd, ['--category', 'question', '--priority', 'low']);
    expect(refusedWithoutChange(['escalate', id, '-r', 'x', '--to', 'nobody']).stderr).toContain(
      '--to: unknown staff member',
    );
  });

  it('missing flags are named when nobody can be asked', () => {
    const r = refusedWithoutChange(['open', '--customer', 'acme', '--channel', 'phone']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing --title');
    const bad = refusedWithoutChange(['open', '-t', 'x', '-c', 'acme', '--channel', 'phone', '--priority', 'urgent']);
    expect(bad.stderr).toContain('--priority: "urgent" is not one of critical, high, normal, low');
  });

  it('outside a helpdesk, and in a git repository without desk.yaml, says how to create one', () => {
    const plain = mkdtempSync(join(tmpdir(), 'desk-nowhere-'));
    const outside = hd.desk(['list'], { cwd: plain });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('no helpdesk here');
    expect(outside.stderr).toContain('desk init');
    execFileSync('git', ['init', '-q'], { cwd: plain, env: cleanEnv() });
    expect(hd.desk(['list'], { cwd: plain }).stderr).toContain('no desk.yaml');
    expect(hd.desk(['list'], { env: { DESK_REPO: join(plain, 'missing') } }).stderr).toContain('DESK_REPO=');
  });

  it('git without a user identity: refused unless the person says who they are', () => {
    const r = refusedWithoutChange(['open', '-t', 'x', '-c', 'acme', '--channel', 'phone'], {
      env: { DESK_USER: undefined },
    });
    expect(r.stderr).toContain('who are you?');
    expect(r.stderr).toContain('known staff: mk');
    openTicket(hd, ['--as', 'lw'], { DESK_USER: '' });
    expect(hd.git('log', '-1', '--format=%an <%ae> / %cn').trim()).toBe(
      'Lars Wegner <lars.wegner@example.de> / Lars Wegner',
    );
    hd.git('config', 'user.email', 'jonas.becker@example.de');
    const viaGit = openTicket(hd, [], { DESK_USER: '' });
    expect(JSON.parse(hd.ok(['show', viaGit, '--json'])).state.openedBy).toBe('jb');
  });

  it('a command killed mid-write or before its commit leaves nothing behind', () => {
    const id = openTicket(hd);
    for (const point of ['mid-write', 'before-commit']) {
      const before = snapshot(hd);
      const killed = hd.desk(['comment', id, '-m', 'Notiz'], { env: { DESK_FAULT: point } });
      expect(killed.code).not.toBe(0);
      hd.ok(['list']); // the next command finishes what the killed one left
      expect(snapshot(hd)).toBe(before);
      expect(readdirSync(join(hd.root, 'tickets')).filter((n) => n.includes('desk-tmp'))).toEqual([]);
    }
    expect(hd.ok(['check'])).toContain('All files are valid');
  });

  it("unrelated staged files stay staged and out of desk's commit", () => {
    const id = openTicket(hd);
    hd.write('notes.txt', 'meine Notizen');
    hd.git('add', 'notes.txt');
    hd.ok(['comment', id, '-m', 'intern']);
    expect(hd.git('show', '--name-only', '--format=', 'HEAD').trim()).toBe(ticketFile(id));
    expect(hd.git('status', '--porcelain')).toBe('A  notes.txt\n');
  });

  it('a missing or invalid desk.yaml', () => {
    hd.write('desk.yaml', 'company:\n  name: ""\nstaff: []\n');
    const r = hd.desk(['list']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/desk\.yaml: company\.name: /);
  });
});

describe('desk init', () => {
  it('creates a helpdesk with one commit and refuses where one exists', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'desk-init-')), 'support');
    hd.ok(['init', dir, '--company', 'Musterfirma GmbH'], { cwd: tmpdir() });
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
    const again = hd.desk(['init', dir], { cwd: tmpdir() });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('a helpdesk exists already');
    expect(git('log', '--format=%s')).toBe('Create the helpdesk\n');
    expect(hd.desk(['check'], { cwd: dir }).code).toBe(0);
  });
});
