// Signed commits with a throwaway SSH key: desk signs what it commits where desk.yaml requires it,
// and desk check verifies every commit made since against the allowed signers in the repository.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ticketFile } from '../../src/core/ticket/paths.js';
import { cleanEnv, helpdesk, openTicket, snapshot, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { tempTeam, type Clone, type Team } from '../sync/team.js';

let keys: string;
beforeAll(() => {
  try {
    execFileSync('ssh-keygen', ['-?'], { stdio: 'ignore' });
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT')
      throw new Error('these tests need ssh-keygen (Debian package openssh-client): .ci/run installs it');
  }
  keys = mkdtempSync(join(tmpdir(), 'desk-keys-'));
  for (const who of ['miriam', 'anja', 'stranger'])
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', who, '-f', join(keys, who)]);
  return () => rmSync(keys, { recursive: true, force: true });
});

let hd: InProcessHelpdesk;
afterEach(() => hd?.cleanup());

const publicKey = (who: string) => readFileSync(join(keys, `${who}.pub`), 'utf8').trim();
const byHand = (person: string, email: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd: hd.root,
    env: cleanEnv({
      GIT_AUTHOR_NAME: person,
      GIT_AUTHOR_EMAIL: email,
      GIT_COMMITTER_NAME: person,
      GIT_COMMITTER_EMAIL: email,
    }),
    encoding: 'utf8',
  });
/** This clone signs as `who` (git's own SSH signing), and is who git says commits. */
function signAs(who: string, name: string, email: string) {
  hd.git('config', 'gpg.format', 'ssh');
  hd.git('config', 'user.signingKey', join(keys, who));
  hd.git('config', 'user.name', name);
  hd.git('config', 'user.email', email);
}

/** A helpdesk whose manager switched signing on, with Miriam's and Anja's keys allowed. */
async function signedHelpdesk(): Promise<InProcessHelpdesk> {
  hd = helpdesk();
  hd.write(
    'allowed_signers',
    `miriam.krause@example.de namespaces="git" ${publicKey('miriam')}\nanja.keller@example.de namespaces="git" ${publicKey('anja')}\n`,
  );
  hd.write('desk.yaml', `${hd.read('desk.yaml')}signing:\n  required: true\n`);
  byHand('Anja Keller', 'anja.keller@example.de', 'add', '-A');
  byHand('Anja Keller', 'anja.keller@example.de', 'commit', '-qm', 'Every commit signed from now on');
  return hd;
}

const verified = (rev = 'HEAD') =>
  execFileSync(
    'git',
    ['-c', `gpg.ssh.allowedSignersFile=${join(hd.root, 'allowed_signers')}`, 'log', '-1', '--format=%G?|%GS', rev],
    {
      cwd: hd.root,
      env: cleanEnv(),
      encoding: 'utf8',
    },
  ).trim();

describe('signed commits', () => {
  it('desk signs its commits, and desk check finds every one good', async () => {
    await signedHelpdesk();
    signAs('miriam', 'Miriam Krause', 'miriam.krause@example.de');
    const id = await openTicket(hd, [], { DESK_USER: '' });
    expect(verified()).toBe('G|miriam.krause@example.de');
    await hd.ok(['comment', id, '-m', 'signiert'], { env: { DESK_USER: '' } });
    expect(verified()).toBe('G|miriam.krause@example.de');
    expect((await hd.desk(['check'])).stdout).toBe('All files are valid.\n');
  });

  it('names a commit that is unsigned, signed with a key not allowed, or signed by another than its committer', async () => {
    await signedHelpdesk();
    signAs('miriam', 'Miriam Krause', 'miriam.krause@example.de');
    const id = await openTicket(hd, [], { DESK_USER: '' });
    const file = ticketFile(id);
    // unsigned, by hand
    hd.write(file, `${hd.read(file)}`.replace('Drucker druckt nicht', 'Drucker druckt nie'));
    byHand('Anja Keller', 'anja.keller@example.de', '-c', 'commit.gpgSign=false', 'commit', '-qam', 'unsigned');
    const unsigned = hd.git('rev-parse', 'HEAD').trim();
    // signed with a key nobody allowed
    hd.git('config', 'user.signingKey', join(keys, 'stranger'));
    hd.write('kb/notiz.md', '---\ntitle: Notiz\n---\nText\n');
    hd.git('add', 'kb/notiz.md');
    execFileSync('git', ['commit', '-q', '-S', '-m', 'stranger'], { cwd: hd.root, env: cleanEnv() });
    const stranger = hd.git('rev-parse', 'HEAD').trim();
    // Anja's key on a commit Miriam's identity made
    hd.git('config', 'user.signingKey', join(keys, 'anja'));
    hd.write('kb/notiz.md', '---\ntitle: Notiz 2\n---\nText\n');
    execFileSync('git', ['commit', '-q', '-S', '-am', 'borrowed key'], { cwd: hd.root, env: cleanEnv() });
    const borrowed = hd.git('rev-parse', 'HEAD').trim();

    const history = JSON.parse((await hd.desk(['check', '--json'])).stdout).history as {
      commit: string;
      rule: string;
    }[];
    const rules = (commit: string) => history.filter((p) => p.commit === commit).map((p) => p.rule);
    expect(rules(unsigned)).toContain('is not signed, though desk.yaml requires signed commits');
    expect(rules(stranger)).toEqual([
      expect.stringMatching(/^is signed with a key that is not among the allowed signers/),
    ]);
    expect(rules(borrowed)).toEqual([
      'is signed by anja.keller@example.de, but committed by Miriam Krause <miriam.krause@example.de>',
    ]);
    // the commit that switched signing on was made before it applied, and the ticket's opening is Miriam's
    expect(history.map((p) => p.commit)).not.toContain(hd.git('rev-parse', 'HEAD~4').trim());
    expect(history.map((p) => p.commit)).not.toContain(hd.git('rev-parse', 'HEAD~3').trim());
  });

  it('a key added in a commit signs only what comes after it', async () => {
    await signedHelpdesk();
    // Lars adds his own key in a commit he signs with it
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'lars', '-f', join(keys, 'lars')]);
    hd.write(
      'allowed_signers',
      `${hd.read('allowed_signers')}lars.wegner@example.de namespaces="git" ${publicKey('lars')}\n`,
    );
    signAs('lars', 'Lars Wegner', 'lars.wegner@example.de');
    execFileSync('git', ['commit', '-q', '-S', '-m', 'my key', 'allowed_signers'], { cwd: hd.root, env: cleanEnv() });
    const history = JSON.parse((await hd.desk(['check', '--json'])).stdout).history as { rule: string }[];
    expect(history.map((p) => p.rule)).toEqual([
      'Lars Wegner (first-level) may not change desk.yaml (company, staff, roles, this table) or upgrade the layout (config.change)',
      expect.stringMatching(/^is signed with a key that is not among the allowed signers/),
    ]);
  });

  it('without a key to sign with a change is refused, and nothing is written', async () => {
    await signedHelpdesk();
    const before = snapshot(hd);
    hd.git('config', 'gpg.format', 'ssh'); // SSH signing without a key: refused before writing
    const ssh = await hd.desk(['open', '-t', 'x', '-c', 'acme', '--channel', 'phone']);
    expect(ssh.code).toBe(1);
    expect(ssh.stderr).toContain('desk.yaml requires signed commits, and git has no key to sign with');
    expect(ssh.stderr).toContain('git config gpg.format ssh');
    hd.git('config', '--unset', 'gpg.format'); // GPG without a key: git cannot sign, the files are put back
    const gpg = await hd.desk(['open', '-t', 'x', '-c', 'acme', '--channel', 'phone'], {
      env: { GNUPGHOME: join(keys, 'no-gnupg') },
    });
    expect(gpg.code).toBe(1);
    expect(gpg.stderr).toContain('desk.yaml requires signed commits, and git could not sign');
    expect(snapshot(hd).split('\n').slice(0, 1)).toEqual(before.split('\n').slice(0, 1));
    expect(hd.git('status', '--porcelain')).toBe('');
  });
});

describe('a team that signs', () => {
  let team: Team | undefined;
  afterEach(() => team?.cleanup());

  it('desk sync signs the commits it replays onto the team’s, and desk check finds them good', async () => {
    team = tempTeam(['anna', 'ben'], {
      allowed_signers: `miriam.krause@example.de namespaces="git" ${publicKey('miriam')}\nanja.keller@example.de namespaces="git" ${publicKey('anja')}\n`,
    });
    const [anna, ben] = team.clones as [Clone, Clone];
    // the manager switches signing on, signed with her key
    for (const [c, key, name, email] of [
      [anna, 'miriam', 'Miriam Krause', 'miriam.krause@example.de'],
      [ben, 'anja', 'Anja Keller', 'anja.keller@example.de'],
    ] as const) {
      c.git('config', 'gpg.format', 'ssh');
      c.git('config', 'user.signingKey', join(keys, key));
      c.git('config', 'user.name', name);
      c.git('config', 'user.email', email);
    }
    ben.write('desk.yaml', `${ben.read('desk.yaml')}signing:\n  required: true\n`);
    // as Anja: her clone's git identity and key (the clone's own environment names Ben)
    const asAnja = (...args: string[]) => execFileSync('git', args, { cwd: ben.root, env: cleanEnv() });
    asAnja('commit', '-q', '-S', '-am', 'Every commit signed');
    asAnja('push', '-q', 'origin', 'main');
    await anna.ok(['sync']);
    // apart: each opens a ticket; Anja sends first, Miriam's commit is replayed on top of hers
    await anna.open('Drucker', { DESK_USER: '' });
    await ben.open('Scanner', { DESK_USER: '' });
    await ben.ok(['sync'], { DESK_USER: '' });
    await anna.ok(['sync'], { DESK_USER: '' });
    const check = JSON.parse((await anna.desk(['check', '--json'], { DESK_USER: '' })).stdout);
    expect(check.history).toEqual([]);
    const signers = anna
      .git('-c', `gpg.ssh.allowedSignersFile=${join(anna.root, 'allowed_signers')}`, 'log', '-2', '--format=%G?|%GS|%s')
      .trim()
      .split('\n');
    expect(signers[0]).toMatch(/^G\|miriam\.krause@example\.de\|T-\w+: open "Drucker"/);
    expect(signers[1]).toMatch(/^G\|anja\.keller@example\.de\|T-\w+: open "Scanner"/);
  });
});
