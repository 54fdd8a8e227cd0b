import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTicket, helpdesk, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { tempCodeRepo, type CodeRepoFixture } from './helpers.js';

let hd: InProcessHelpdesk;
let code: CodeRepoFixture;
beforeEach(() => {
  hd = helpdesk();
  code = tempCodeRepo();
  mkdirSync(join(code.root, 'src', 'deep'), { recursive: true });
});
afterEach(() => {
  hd.cleanup();
  code.cleanup();
});

const titles = (out: string) => (JSON.parse(out) as { title: string }[]).map((t) => t.title);

describe('reaching the helpdesk from a code repository', () => {
  it('says which variable is wrong when DESK_REPO points nowhere', async () => {
    const r = await hd.desk(['list'], { cwd: code.root, env: { DESK_REPO: join(code.root, 'no-such-helpdesk') } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^desk: DESK_REPO=.*no-such-helpdesk: no such folder/);
    const notAHelpdesk = await hd.desk(['list'], { cwd: code.root, env: { DESK_REPO: code.root } });
    expect(notAHelpdesk.code).toBe(2);
    expect(notAHelpdesk.stderr).toContain('DESK_REPO=');
    expect(notAHelpdesk.stderr).toContain('has no desk.yaml');
  });

  it("uses desk.repo from the code repository's git config, from any folder in it, absolute or relative", async () => {
    await openTicket(hd);
    const none = await hd.desk(['list', '--json'], { cwd: code.root });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('git config desk.repo');

    code.git('config', 'desk.repo', hd.root);
    expect(titles(await hd.ok(['list', '--json'], { cwd: join(code.root, 'src', 'deep') }))).toEqual([
      'Drucker druckt nicht',
    ]);
    code.git('config', 'desk.repo', relative(code.root, hd.root));
    expect(titles(await hd.ok(['list', '--json'], { cwd: join(code.root, 'src') }))).toEqual(['Drucker druckt nicht']);

    code.git('config', 'desk.repo', join(code.root, 'gone'));
    const gone = await hd.desk(['list'], { cwd: code.root });
    expect(gone.code).toBe(2);
    expect(gone.stderr).toContain(`git config desk.repo (${join(code.root, 'gone')}): no such folder`);
  });

  it('takes --repo over DESK_REPO over desk.repo', async () => {
    const other = helpdesk();
    try {
      await openTicket(other, ['--title', 'Im anderen Helpdesk']);
      await openTicket(hd);
      code.git('config', 'desk.repo', other.root);
      const list = async (env: Record<string, string>, args: string[] = []) =>
        titles(await hd.ok([...args, 'list', '--json'], { cwd: code.root, env }));
      expect(await list({})).toEqual(['Im anderen Helpdesk']);
      expect(await list({ DESK_REPO: hd.root })).toEqual(['Drucker druckt nicht']);
      expect(await list({ DESK_REPO: join(code.root, 'nowhere') }, ['--repo', other.root])).toEqual([
        'Im anderen Helpdesk',
      ]);
    } finally {
      other.cleanup();
    }
  });

  it("uses a desk.repo in the user's global git config where no helpdesk is at hand, but not over a desk.yaml one stands in", async () => {
    const home = mkdtempSync(join(tmpdir(), 'desk-global-'));
    try {
      const global = join(home, 'gitconfig');
      writeFileSync(global, `[desk]\n\trepo = ${hd.root}\n`);
      await openTicket(hd);
      const other = helpdesk();
      try {
        await openTicket(other, ['--title', 'Hier']);
        const env = { GIT_CONFIG_GLOBAL: global };
        expect(titles(await hd.ok(['list', '--json'], { cwd: code.root, env }))).toEqual(['Drucker druckt nicht']);
        expect(titles(await hd.ok(['list', '--json'], { cwd: other.root, env }))).toEqual(['Hier']);
      } finally {
        other.cleanup();
      }
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('commits to the helpdesk, never to the code repository, and works like at home: log, comment, show, check', async () => {
    const id = await openTicket(hd, ['--category', 'malfunction', '--priority', 'high']);
    await hd.ok(['escalate', id, '--reason', 'Analyse im Code nötig', '--to', 'jb']);
    code.git('config', 'desk.repo', hd.root);
    const codeHead = code.head();
    const helpdeskHead = hd.git('rev-parse', 'HEAD').trim();
    const asJonas = { DESK_USER: 'jb' };

    await hd.ok(['log', id, '45m', '--activity', 'analysis', '-m', 'Datumsparser geprüft'], {
      cwd: code.root,
      env: asJonas,
    });
    await hd.ok(['comment', id, '-m', 'Ursache im Export gefunden'], { cwd: join(code.root, 'src'), env: asJonas });
    expect(code.head()).toBe(codeHead);
    expect(code.git('status', '--porcelain', '--untracked-files=all')).toBe('');
    const made = hd.git('log', '--format=%an|%s', `${helpdeskHead}..HEAD`).trim().split('\n');
    expect(made).toHaveLength(2);
    expect(made[0]).toMatch(new RegExp(`^Jonas Becker\\|${id.slice(0, 7)}: comment`));
    expect(made[1]).toMatch(new RegExp(`^Jonas Becker\\|${id.slice(0, 7)}: log 0:45 analysis`));
    expect(hd.git('status', '--porcelain').trim()).toBe('');

    const state = JSON.parse(await hd.ok(['show', id, '--json'], { cwd: code.root })).state;
    expect(state.timeEntries).toMatchObject([{ minutes: 45, activity: 'analysis', staff: 'jb' }]);
    expect(await hd.ok(['check'], { cwd: code.root })).toContain('All files are valid');
  });
});
