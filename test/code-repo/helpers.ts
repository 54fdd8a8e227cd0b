import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cleanEnv, type Result } from '../helpers/helpdesk.js';

/** A developer's code repository in a temporary folder, with real git (and real hooks). */
export interface CodeRepoFixture {
  root: string;
  /** Runs git there; throws with git's stderr when it fails. */
  git(...args: string[]): string;
  /** `git commit` of a changed file with `message`, as Jonas Becker; the result, refused or not. */
  commit(message: string, opts?: { env?: Record<string, string | undefined>; args?: string[] }): Result;
  head(): string;
  write(path: string, content: string): void;
  cleanup(): void;
}

const JONAS = {
  GIT_AUTHOR_NAME: 'Jonas Becker',
  GIT_AUTHOR_EMAIL: 'jonas.becker@example.de',
  GIT_COMMITTER_NAME: 'Jonas Becker',
  GIT_COMMITTER_EMAIL: 'jonas.becker@example.de',
};

export function tempCodeRepo(name = 'lohn-app', opts: { remote?: string } = {}): CodeRepoFixture {
  const parent = mkdtempSync(join(tmpdir(), 'desk-code-'));
  const root = join(parent, name);
  mkdirSync(root);
  const run = (args: string[], env: Record<string, string | undefined> = {}): Result => {
    const r = spawnSync('git', args, { cwd: root, env: cleanEnv({ ...JONAS, ...env }), encoding: 'utf8' });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  };
  const git = (...args: string[]) => {
    const r = run(args);
    if (r.code !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
    return r.stdout;
  };
  const write = (path: string, content: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  };
  git('init', '-q', '-b', 'main');
  if (opts.remote) git('remote', 'add', 'origin', opts.remote);
  write('src/export.ts', 'export const version = 0;\n');
  git('add', '-A');
  git('commit', '-qm', 'Lohnexport: first version');
  let n = 0;
  return {
    root,
    git,
    commit(message, o = {}) {
      write('src/export.ts', `export const version = ${++n};\n`);
      git('add', 'src/export.ts');
      return run(['commit', '-q', '-m', message, ...(o.args ?? [])], o.env);
    },
    head: () => git('rev-parse', 'HEAD').trim(),
    write,
    cleanup: () => rmSync(parent, { recursive: true, force: true }),
  };
}
