import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { builtDesk } from '../helpers/built.js';
import { cleanEnv, tempHelpdesk, type Result } from '../helpers/helpdesk.js';
import { runInProcess } from '../helpers/in-process.js';
import { ticketFile } from '../../src/core/ticket/paths.js';

/** One person's clone of the team's helpdesk, driven through desk (in-process, or as a process) and plain git. */
export interface Clone {
  name: string;
  root: string;
  /** Who desk says is acting in this clone (DESK_USER). */
  user: string;
  /** desk in-process (test/helpers/in-process.ts) in this clone. */
  desk(args: string[], env?: Record<string, string | undefined>): Promise<Result>;
  /** Same, and fails the test with stderr when desk fails. */
  ok(args: string[], env?: Record<string, string | undefined>): Promise<string>;
  /** The same, as a child process of its own, for running several at once. */
  deskAsync(args: string[], env?: Record<string, string | undefined>): Promise<Result>;
  /** Plain git as the person would type it; throws when git fails. */
  git(...args: string[]): string;
  /** Plain git that may fail. */
  tryGit(...args: string[]): Result;
  read(path: string): string;
  write(path: string, content: string): void;
  /** Opens a ticket here (for ACME, by phone, with `more` flags such as a qualification) and returns its full id. */
  open(title: string, env?: Record<string, string | undefined>, more?: string[]): Promise<string>;
}

export interface Team {
  /** The shared bare repository. */
  remote: string;
  clones: Clone[];
  cleanup(): void;
}

const PEOPLE: Record<string, { user: string; name: string; email: string }> = {
  anna: { user: 'mk', name: 'Miriam Krause', email: 'miriam.krause@example.de' },
  ben: { user: 'jb', name: 'Jonas Becker', email: 'jonas.becker@example.de' },
  carla: { user: 'lw', name: 'Lars Wegner', email: 'lars.wegner@example.de' },
  anja: { user: 'ak', name: 'Anja Keller', email: 'anja.keller@example.de' },
};

/**
 * A bare repository as the team's remote, seeded with a sample helpdesk (with .gitattributes as
 * `desk init` writes it), and one git clone per name. Nothing is set up in the clones: desk does
 * that on its first use there, as it would on a colleague's laptop.
 */
export function tempTeam(names: string[] = ['anna', 'ben', 'carla'], files: Record<string, string> = {}): Team {
  const seed = tempHelpdesk({
    '.gitattributes': 'tickets/*/*.yaml merge=desk-ticket\n',
    'kb/drucker.md': KB,
    ...files,
  });
  const dir = mkdtempSync(join(tmpdir(), 'desk-team-'));
  const remote = join(dir, 'remote.git');
  execFileSync('git', ['clone', '-q', '--bare', seed.root, remote], { env: cleanEnv() });
  const clones = names.map((name) => {
    const root = join(dir, name);
    execFileSync('git', ['clone', '-q', remote, root], { env: cleanEnv() });
    return clone(name, root);
  });
  return {
    remote,
    clones,
    cleanup: () => {
      seed.cleanup();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Anna and Ben: a team of two clones that both have the ticket titled `title`, each with a comment
 * on it the other has not seen (Anna's sent, Ben's not). The starting point of the tests of
 * merging apart; made once per file and copied for each test (copyTeam).
 */
export async function commentedApart(title: string): Promise<{ team: Team; id: string }> {
  const team = tempTeam(['anna', 'ben']);
  const [anna, ben] = team.clones as [Clone, Clone];
  const id = await anna.open(title);
  await anna.ok(['sync']);
  await ben.ok(['sync']);
  await anna.ok(['comment', id, '-m', 'von Anna']);
  await anna.ok(['sync']);
  await ben.ok(['comment', id, '-m', 'von Ben']);
  return { team, id };
}

/**
 * A copy of `template` — the remote and every clone with its files, history, settings and desk's
 * caches — in a folder of its own, each clone's origin pointing at the copy's remote. The tests
 * of a file that start from the same moment of a team's work make it once with commands
 * (beforeAll) and copy it for each test, at the cost of a few file copies.
 */
export function copyTeam(template: Team): Team {
  const dir = mkdtempSync(join(tmpdir(), 'desk-team-'));
  // cp keeps the files' times, so that desk finds its caches as the template's commands left them;
  // it takes a fifth of the time Node's cpSync takes for the few hundred files of a team
  execFileSync('cp', ['-a', `${dirname(template.remote)}/.`, dir]);
  const remote = join(dir, 'remote.git');
  const clones = template.clones.map(({ name }) => {
    const root = join(dir, name);
    execFileSync('git', ['remote', 'set-url', 'origin', remote], { cwd: root, env: cleanEnv() });
    return clone(name, root);
  });
  return { remote, clones, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function clone(name: string, root: string): Clone {
  const person = PEOPLE[name] ?? { user: 'mk', name: 'Miriam Krause', email: 'miriam.krause@example.de' };
  const gitEnv = cleanEnv({
    GIT_AUTHOR_NAME: person.name,
    GIT_AUTHOR_EMAIL: person.email,
    GIT_COMMITTER_NAME: person.name,
    GIT_COMMITTER_EMAIL: person.email,
    GIT_EDITOR: 'true',
  });
  const deskEnv = (env: Record<string, string | undefined> = {}) => ({ DESK_USER: person.user, ...env });
  const desk = (args: string[], env?: Record<string, string | undefined>) =>
    runInProcess(args, { cwd: root, env: cleanEnv(deskEnv(env)) });
  const ok = async (args: string[], env?: Record<string, string | undefined>) => {
    const r = await desk(args, env);
    if (r.code !== 0) throw new Error(`${name}: desk ${args.join(' ')} failed (${r.code}): ${r.stderr}`);
    return r.stdout;
  };
  const tryGit = (...args: string[]): Result => {
    try {
      return {
        code: 0,
        stdout: execFileSync('git', args, {
          cwd: root,
          env: gitEnv,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        }),
        stderr: '',
      };
    } catch (e) {
      const err = e as { status?: number; stdout?: string; stderr?: string };
      return { code: err.status ?? -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
    }
  };
  return {
    name,
    root,
    user: person.user,
    desk,
    ok,
    deskAsync: (args, env) => runAsync(root, args, deskEnv(env)),
    git: (...args) => execFileSync('git', args, { cwd: root, env: gitEnv, encoding: 'utf8' }),
    tryGit,
    read: (path) => readFileSync(join(root, path), 'utf8'),
    write: (path, content) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    },
    open: async (title, env, more = []) =>
      (
        JSON.parse(
          await ok(['open', '--title', title, '--customer', 'acme', '--channel', 'phone', ...more, '--json'], env),
        ) as { id: string }
      ).id,
  };
}

/** Runs the built desk as a process of its own (its own process group, so a test can kill all of it). */
export function runAsync(
  cwd: string,
  args: string[],
  env: Record<string, string | undefined>,
  onSpawn?: (pid: number) => void,
): Promise<Result> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [builtDesk(), ...args], {
      cwd,
      env: cleanEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code: code ?? (signal ? 128 : -1), stdout, stderr }));
    if (child.pid !== undefined) onSpawn?.(child.pid);
  });
}

/** Every event id of a ticket, in file order, and its computed state as `desk show --json` gives it. */
export async function ticketView(c: Clone, id: string): Promise<{ events: string[]; state: unknown; text: string }> {
  const shown = JSON.parse(await c.ok(['show', id, '--json'])) as { state: unknown; events?: { id: string }[] };
  const text = c.read(ticketFile(id));
  return { events: [...text.matchAll(/^ {2}- id: "(e-[0-9a-z]+)"$/gm)].map((m) => m[1]!), state: shown.state, text };
}

const KB = `---
title: Drucker druckt nicht
tags: [drucker]
---
# Drucker druckt nicht

1. Druckertreiber prüfen.
2. Warteschlange leeren.
`;
