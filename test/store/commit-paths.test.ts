import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Git } from '../../src/store/git.js';
import { cleanEnv } from '../helpers/helpdesk.js';

const AUTHOR = { name: 'Miriam Krause', email: 'miriam.krause@example.de' };
let root: string;
let git: Git;
const run = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', env: cleanEnv() });
const write = (path: string, text: string) => writeFileSync(join(root, path), text);
const committed = () =>
  run('show', '--name-status', '--format=%an <%ae>|%cn|%s', 'HEAD').trim().split('\n').filter(Boolean);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'desk-commit-'));
  run('init', '-q', '--initial-branch=main');
  // the person at the keyboard, as git knows them: always the committer
  run('config', 'user.name', 'Lars Wegner');
  run('config', 'user.email', 'lars.wegner@example.de');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

async function firstCommit(): Promise<void> {
  write('a.yaml', 'a: 1\n');
  write('b.yaml', 'b: 1\n');
  await git.commitPaths(['a.yaml', 'b.yaml'], 'first', AUTHOR);
}

describe('committing exactly the paths of a change', () => {
  beforeEach(() => {
    git = new Git(root);
  });

  it('commits as the person desk was told where git has no identity of its own', async () => {
    run('config', '--unset', 'user.name');
    run('config', '--unset', 'user.email');
    write('a.yaml', 'a: 1\n');
    await git.commitPaths(['a.yaml'], 'first', AUTHOR, {
      committer: { name: 'Jonas Becker', email: 'jonas.becker@example.de' },
    });
    expect(run('log', '-1', '--format=%an|%cn <%ce>').trim()).toBe(
      'Miriam Krause|Jonas Becker <jonas.becker@example.de>',
    );
  });

  it('makes the first commit of a repository, with the given author and git’s own committer', async () => {
    await firstCommit();
    expect(committed()).toEqual([
      'Miriam Krause <miriam.krause@example.de>|Lars Wegner|first',
      'A\ta.yaml',
      'A\tb.yaml',
    ]);
  });

  it('commits changed, new and deleted files and only them; what the user staged stays staged', async () => {
    await firstCommit();
    write('notes.txt', 'meine Notizen');
    run('add', 'notes.txt');
    write('a.yaml', 'a: 2\n');
    rmSync(join(root, 'b.yaml'));
    write('c.yaml', 'c: 1\n');
    write('untouched.txt', 'not part of the change');
    const head = await git.commitPaths(['a.yaml', 'b.yaml', 'c.yaml'], 'second', AUTHOR);
    expect(head).toBe(run('rev-parse', 'HEAD').trim());
    expect(committed()).toEqual([
      'Miriam Krause <miriam.krause@example.de>|Lars Wegner|second',
      'M\ta.yaml',
      'D\tb.yaml',
      'A\tc.yaml',
    ]);
    expect(run('status', '--porcelain')).toBe('A  notes.txt\n?? untouched.txt\n');
  });

  it('leaves the clone as git commit would: nothing left to stage, the reflog naming the commit', async () => {
    await firstCommit();
    write('a.yaml', 'a: 2\n');
    await git.commitPaths(['a.yaml'], 'second', AUTHOR);
    expect(run('status', '--porcelain')).toBe('');
    expect(run('reflog', '--format=%gs', 'HEAD').split('\n').filter(Boolean)).toEqual([
      'commit: second',
      'commit (initial): first',
    ]);
    expect(run('fsck', '--no-progress', '--no-dangling')).toBe('');
  });

  it('commits a file git did not know though it was there before the change', async () => {
    await firstCommit();
    write('c.yaml', 'c: 1\n');
    await git.commitPaths(['c.yaml'], 'third', AUTHOR);
    expect(committed()).toEqual(['Miriam Krause <miriam.krause@example.de>|Lars Wegner|third', 'A\tc.yaml']);
  });

  it('says why git could not commit', async () => {
    await firstCommit();
    write('a.yaml', 'a: 2\n');
    write('.git/index.lock', ''); // another git command at work
    await expect(git.commitPaths(['a.yaml'], 'blocked', AUTHOR)).rejects.toThrow(
      "git's lock file .git/index.lock is in the way: another git command is running in this clone, or one was killed and left it",
    );
    expect(run('log', '--format=%s')).toBe('first\n');
  });

  it('refuses a change that changes nothing', async () => {
    await firstCommit();
    await expect(git.commitPaths(['a.yaml'], 'nothing', AUTHOR)).rejects.toThrow('nothing to commit');
    expect(run('log', '--format=%s')).toBe('first\n');
  });
});
