import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTicket, helpdesk, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { tempCodeRepo, type CodeRepoFixture } from './helpers.js';
import { ticketFile } from '../../src/core/ticket/paths.js';

let hd: InProcessHelpdesk;
let code: CodeRepoFixture;
beforeEach(() => {
  hd = helpdesk();
  code = tempCodeRepo('lohn-app', { remote: 'git@github.com:nordlicht/lohn-app.git' });
});
afterEach(() => {
  hd.cleanup();
  code.cleanup();
});

/** desk run in the code repository, reaching the helpdesk through DESK_REPO, as Jonas (Second Level). */
const inCode = async (args: string[], env: Record<string, string> = {}) =>
  await hd.desk(args, { cwd: code.root, env: { DESK_REPO: hd.root, DESK_USER: 'jb', ...env } });
const okInCode = async (args: string[]) => {
  const r = await inCode(args);
  if (r.code !== 0) throw new Error(`desk ${args.join(' ')} failed (${r.code}): ${r.stderr}`);
  return r.stdout;
};
const commitsOf = async (id: string) =>
  JSON.parse(await hd.ok(['show', id, '--json'])).state.commits as {
    hash: string;
    subject: string;
    author: string;
    repository: string;
    url?: string;
    date: string;
  }[];
const short = (id: string) => id.slice(0, 7);

describe('linking commits of a code repository to tickets', () => {
  it('links one commit by hand with hash, subject, author, date, repository and remote; twice changes nothing', async () => {
    const id = await openTicket(hd);
    expect(code.commit(`Leeres Austrittsdatum im Export abfangen (${short(id)})`).code).toBe(0);
    const hash = code.head();
    const codeBefore = code.git('log', '--format=%H').trim();
    const helpdeskBefore = hd.git('rev-parse', 'HEAD').trim();

    const out = await okInCode(['link', short(id), '--commit', 'HEAD']);
    expect(out).toContain(`linked 1 commit of lohn-app`);
    expect(out).toContain(`https://github.com/nordlicht/lohn-app/commit/${hash}`);
    const [linked] = await commitsOf(id);
    expect(linked).toMatchObject({
      hash,
      subject: `Leeres Austrittsdatum im Export abfangen (${short(id)})`,
      author: 'Jonas Becker <jonas.becker@example.de>',
      repository: 'lohn-app',
      url: 'git@github.com:nordlicht/lohn-app.git',
    });
    expect(linked!.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);

    // the commit went to the helpdesk, authored by the actor, touching only the ticket; the code repository is untouched
    expect(code.git('log', '--format=%H').trim()).toBe(codeBefore);
    expect(code.git('status', '--porcelain')).toBe('');
    expect(hd.git('rev-list', '--count', `${helpdeskBefore}..HEAD`).trim()).toBe('1');
    expect(hd.git('log', '-1', '--format=%an|%s').trim()).toBe(`Jonas Becker|${short(id)}: link 1 commit of lohn-app`);
    expect(hd.git('show', '--name-only', '--format=', 'HEAD').trim()).toBe(ticketFile(id));

    const again = await okInCode(['link', id, '--commit', hash.slice(0, 8)]);
    expect(again).toContain('nothing new to link');
    expect(await commitsOf(id)).toHaveLength(1);
    expect(hd.git('rev-list', '--count', `${helpdeskBefore}..HEAD`).trim()).toBe('1');

    const show = await hd.ok(['show', id]);
    expect(show).toContain('Commits');
    expect(show).toContain(`https://github.com/nordlicht/lohn-app/commit/${hash}`);
  });

  it('scans for commits naming the ticket (short or full id, any case, or a Ticket: trailer) and links each once', async () => {
    const id = await openTicket(hd);
    const other = await openTicket(hd);
    code.commit(`Fix date parser (${short(id)})`);
    code.commit(`Refactor export for ${id.toLowerCase()}`);
    code.commit('Handle empty leaving date\n\nTicket: ' + id.slice(2, 7).toLowerCase());
    code.commit('Unrelated clean-up');
    code.commit(`Other problem (${short(other)})`);
    code.commit('Contract with T-Systems renewed'); // a word, not an id

    const first = JSON.parse(await okInCode(['link', id, '--scan', '--json']));
    expect(first.linked.map((e: { subject: string }) => e.subject)).toEqual([
      `Fix date parser (${short(id)})`,
      `Refactor export for ${id.toLowerCase()}`,
      'Handle empty leaving date',
    ]);
    expect(first.linked[0].web).toMatch(/^https:\/\/github\.com\/nordlicht\/lohn-app\/commit\/[0-9a-f]{40}$/);
    const after = hd.git('rev-parse', 'HEAD');

    const second = JSON.parse(await okInCode(['link', id, '--scan', '--json']));
    expect(second.linked).toEqual([]);
    expect(second.alreadyLinked).toHaveLength(3);
    expect(hd.git('rev-parse', 'HEAD')).toBe(after);
    expect(await commitsOf(id)).toHaveLength(3);
    expect(await commitsOf(other)).toHaveLength(0);
    expect(await okInCode(['link', id, '--scan'])).toContain('nothing new to link in lohn-app');
  });

  it('scans only the commits after --since', async () => {
    const id = await openTicket(hd);
    code.commit(`Erster Versuch (${short(id)})`);
    const since = code.head();
    code.commit(`Zweiter Versuch (${short(id)})`);
    const out = JSON.parse(await okInCode(['link', id, '--scan', '--since', since, '--json']));
    expect(out.linked.map((e: { subject: string }) => e.subject)).toEqual([`Zweiter Versuch (${short(id)})`]);
    expect((await inCode(['link', id, '--scan', '--since', 'no-such-rev'])).stderr).toContain(
      '--since: no commit "no-such-rev"',
    );
  });

  it('takes the code repository from --code-repo, and refuses the helpdesk itself or a folder outside git', async () => {
    const id = await openTicket(hd);
    code.commit(`Fix (${short(id)})`);
    const out = await hd.ok(['link', id, '--commit', 'HEAD', '--code-repo', code.root], { env: { DESK_USER: 'jb' } });
    expect(out).toContain('linked 1 commit of lohn-app');
    const self = await hd.desk(['link', id, '--commit', 'HEAD']);
    expect(self.code).toBe(2);
    expect(self.stderr).toContain('is the helpdesk repository');
    expect((await hd.desk(['link', id, '--scan', '--commit', 'HEAD'])).stderr).toContain(
      'either --commit REV or --scan',
    );
    const plain = mkdtempSync(join(tmpdir(), 'desk-plain-'));
    try {
      const outside = await hd.desk(['link', id, '--commit', 'HEAD', '--code-repo', plain]);
      expect(outside.code).toBe(2);
      expect(outside.stderr).toContain('is not inside a git repository');
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });

  it('renders GitLab and Gitea remotes as web links, without credentials, and none for a local path', async () => {
    const id = await openTicket(hd);
    code.commit(`Fix (${short(id)})`);
    const hash = code.head();
    code.git('remote', 'set-url', 'origin', 'https://deploy:secret-token@gitlab.example.com/nordlicht/lohn-app.git');
    expect(JSON.parse(await okInCode(['link', id, '--commit', 'HEAD', '--json'])).linked[0]).toMatchObject({
      url: 'https://gitlab.example.com/nordlicht/lohn-app.git',
      web: `https://gitlab.example.com/nordlicht/lohn-app/-/commit/${hash}`,
    });
    expect(hd.read(ticketFile(id))).not.toContain('secret-token');

    const other = await openTicket(hd);
    code.git('remote', 'set-url', 'origin', 'ssh://git@git.nordlicht.example:2222/team/lohn-app.git');
    expect(JSON.parse(await okInCode(['link', other, '--commit', 'HEAD', '--json'])).linked[0].web).toBe(
      `https://git.nordlicht.example/team/lohn-app/commit/${hash}`,
    );

    const third = await openTicket(hd);
    code.git('remote', 'set-url', 'origin', '/srv/git/lohn-app.git');
    const local = JSON.parse(await okInCode(['link', third, '--commit', 'HEAD', '--json'])).linked[0];
    expect(local.web).toBeUndefined();
    expect(local.repository).toBe('lohn-app');
  });
});
