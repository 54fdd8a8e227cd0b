import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTicket, tempHelpdesk, type TempHelpdesk } from '../helpers/helpdesk.js';
import { tempCodeRepo, type CodeRepoFixture } from './helpers.js';

let hd: TempHelpdesk;
let code: CodeRepoFixture;
beforeEach(() => {
  hd = tempHelpdesk();
  code = tempCodeRepo();
});
afterEach(() => {
  hd.cleanup();
  code.cleanup();
});

const asJonas = { DESK_USER: 'jb' };
const install = (args: string[] = []) =>
  hd.ok(['hooks', 'install', ...args], { cwd: code.root, env: { ...asJonas, DESK_REPO: hd.root } });
const commitsOf = (id: string) =>
  (JSON.parse(hd.ok(['show', id, '--json'])).state.commits as { hash: string }[]).map((c) => c.hash);
const short = (id: string) => id.slice(0, 7);

/** A developer's own hook: records that it ran (and with which message file, for commit-msg). */
function ownHook(dir: string, name: string): string {
  const script = `#!/bin/sh\necho "${name} ran $*" >> "$(git rev-parse --show-toplevel)/../${name}.log"\n`;
  writeFileSync(join(dir, name), script);
  chmodSync(join(dir, name), 0o755);
  return script;
}
const ranLog = (name: string) =>
  existsSync(join(code.root, '..', `${name}.log`)) ? readFileSync(join(code.root, '..', `${name}.log`), 'utf8') : '';

describe('git hooks in a code repository', () => {
  it('installs next to existing hooks (both run), checks ids, links commits, and uninstalls back to what was there', () => {
    const hooksDir = join(code.root, '.git', 'hooks');
    const theirs = { 'commit-msg': ownHook(hooksDir, 'commit-msg'), 'post-commit': ownHook(hooksDir, 'post-commit') };
    const id = openTicket(hd);

    const out = install();
    expect(out).toContain('your commit-msg hook was kept as commit-msg.before-desk and runs first');
    expect(out).toContain('your post-commit hook was kept as post-commit.before-desk');
    expect(out).toContain(`desk.repo = ${hd.root}`);
    expect(code.git('config', 'desk.repo').trim()).toBe(hd.root);

    // DESK_REPO is not set in the commit's environment: the hooks find the helpdesk through desk.repo
    const ok = code.commit(`Leeres Austrittsdatum abfangen (${short(id)})`, { env: asJonas });
    // git shows what hooks print on stderr
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toContain(`desk: linked ${code.head().slice(0, 10)} to ${short(id)}`);
    expect(ranLog('commit-msg')).toMatch(/commit-msg ran .*COMMIT_EDITMSG/);
    expect(ranLog('post-commit')).toContain('post-commit ran');
    expect(commitsOf(id)).toEqual([code.head()]);
    expect(hd.git('log', '-1', '--format=%an').trim()).toBe('Jonas Becker');

    // installing again only updates desk's hooks; the developer's stay kept
    expect(install()).toContain('updated');
    expect(readFileSync(join(hooksDir, 'commit-msg.before-desk'), 'utf8')).toBe(theirs['commit-msg']);

    const back = hd.ok(['hooks', 'uninstall'], { cwd: code.root });
    expect(back).toContain("commit-msg: desk's hook removed, your hook restored");
    expect(readFileSync(join(hooksDir, 'commit-msg'), 'utf8')).toBe(theirs['commit-msg']);
    expect(readFileSync(join(hooksDir, 'post-commit'), 'utf8')).toBe(theirs['post-commit']);
    expect(existsSync(join(hooksDir, 'commit-msg.before-desk'))).toBe(false);
  });

  it('refuses a message naming a ticket that does not exist or is closed, and says how to override', () => {
    const id = openTicket(hd, ['--category', 'question', '--priority', 'normal']);
    const closed = openTicket(hd, ['--category', 'question', '--priority', 'normal']);
    hd.ok(['reply', closed, '-m', 'Erledigt']);
    hd.ok(['resolve', closed, '--solution', 'Erklärt']);
    hd.ok(['close', closed, '--accepted-by', 'Sabine Vogt']);
    install();
    const head = code.head();
    const helpdeskHead = hd.git('rev-parse', 'HEAD');

    const wrong = code.commit('Fix export (T-9ZZZZ9)', { env: asJonas });
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain('T-9ZZZZ9 is no ticket');
    expect(wrong.stderr).toContain('DESK_SKIP_HOOK=1');
    expect(wrong.stderr).toContain('--no-verify');
    expect(code.head()).toBe(head);

    const trailer = code.commit('Fix export\n\nTicket: none', { env: asJonas });
    expect(trailer.code).not.toBe(0);
    expect(trailer.stderr).toContain('none is no ticket');

    const toClosed = code.commit(`Nachbesserung (${short(closed)})`, { env: asJonas });
    expect(toClosed.code).not.toBe(0);
    expect(toClosed.stderr).toContain(`${short(closed)} is closed`);
    expect(code.head()).toBe(head);
    expect(hd.git('rev-parse', 'HEAD')).toBe(helpdeskHead);

    // words that merely look like ids do not stop a commit; messages without ids are not checked
    expect(code.commit('Schnittstelle zu T-Systems angepasst', { env: asJonas }).code).toBe(0);
    expect(code.commit('Tippfehler', { env: asJonas }).code).toBe(0);

    const skipped = code.commit('Fix export (T-9ZZZZ9)', { env: { ...asJonas, DESK_SKIP_HOOK: '1' } });
    expect(skipped.code, skipped.stderr).toBe(0);
    const noVerify = code.commit(`Nachbesserung (${short(closed)}, ${short(id)})`, {
      env: asJonas,
      args: ['--no-verify'],
    });
    expect(noVerify.code, noVerify.stderr).toBe(0);
    // the post-commit hook still links what it can
    expect(commitsOf(id)).toEqual([code.head()]);
    expect(commitsOf(closed)).toEqual([code.head()]);
  });

  it('lets commits through with a warning when the helpdesk cannot be reached', () => {
    install();
    code.git('config', 'desk.repo', join(code.root, 'moved-away'));
    const r = code.commit('Fix export (T-9ZZZZ9)', { env: asJonas });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('moved-away');
    expect(r.stderr).toContain('unchecked');
  });

  it('respects core.hooksPath, and refuses to move a hook the repository tracks', () => {
    code.git('config', 'core.hooksPath', '.githooks');
    const out = install();
    expect(out).toContain(join(code.root, '.githooks'));
    expect(readFileSync(join(code.root, '.githooks', 'commit-msg'), 'utf8')).toContain('desk hooks install');
    hd.ok(['hooks', 'uninstall'], { cwd: code.root });

    code.write('.githooks/commit-msg', '#!/bin/sh\nexit 0\n');
    code.git('add', '.githooks/commit-msg');
    code.git('commit', '-qm', 'Team hook');
    const refused = hd.desk(['hooks', 'install'], { cwd: code.root, env: { ...asJonas, DESK_REPO: hd.root } });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('the commit-msg hook is a file of the repository');
    expect(refused.stderr).toContain('desk hooks run commit-msg');
    expect(existsSync(join(code.root, '.githooks', 'post-commit'))).toBe(false); // nothing half-installed
    expect(code.git('status', '--porcelain')).toBe('');
  });
});
