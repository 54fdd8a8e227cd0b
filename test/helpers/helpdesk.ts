import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { builtDesk } from './built.js';
import { runInProcess } from './in-process.js';

/** An empty home: no developer git config or identity leaks into the tests. */
const HOME = mkdtempSync(join(tmpdir(), 'desk-home-'));

/** An environment without the developer's git config, colour or identity leaking into tests. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME,
    XDG_CONFIG_HOME: HOME,
    NO_COLOR: '1',
    GIT_CONFIG_NOSYSTEM: '1',
    LANG: 'C.UTF-8',
    TZ: 'UTC',
  };
  // the run's own temporary folder (test/setup/scratch.ts), removed when the run ends
  if (process.env.TMPDIR) env.TMPDIR = process.env.TMPDIR;
  for (const [k, v] of Object.entries(extra))
    if (v === undefined) delete env[k];
    else env[k] = v;
  return env;
}

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** How a step runs desk: in another folder, with more environment (DESK_USER defaults to mk), with stdin. */
export interface DeskOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  input?: string;
}

/** A helpdesk in a temporary git repository, and plain git and files in it. */
interface HelpdeskFiles {
  root: string;
  git(...args: string[]): string;
  read(path: string): string;
  write(path: string, content: string): void;
  cleanup(): void;
}

/** A temporary helpdesk whose `desk` is the built CLI, a process of its own (the end-to-end tests). */
export interface TempHelpdesk extends HelpdeskFiles {
  /** Runs the built `desk` with `args` in the helpdesk (or `cwd`). */
  desk(args: string[], opts?: DeskOptions): Result;
  /** Same, and fails the test with stderr when desk fails. */
  ok(args: string[], opts?: DeskOptions): string;
}

/** A temporary helpdesk whose `desk` runs in the test's process, from src/ (test/helpers/in-process.ts). */
export interface InProcessHelpdesk extends HelpdeskFiles {
  inProcess: true;
  /** Runs desk with `args` in the helpdesk (or `cwd`). */
  desk(args: string[], opts?: DeskOptions): Promise<Result>;
  /** Same, and fails the test with stderr when desk fails. */
  ok(args: string[], opts?: DeskOptions): Promise<string>;
}

export const STAFF = `staff:
  - { id: mk, name: Miriam Krause, email: miriam.krause@example.de, roles: [first-level] }
  - { id: lw, name: Lars Wegner, email: lars.wegner@example.de, roles: [first-level] }
  - { id: jb, name: Jonas Becker, email: jonas.becker@example.de, roles: [second-level] }
  - { id: tb, name: Tobias Brandt, email: tobias.brandt@example.de, roles: [project-lead] }
  - { id: sh, name: Sandra Hoffmann, email: sandra.hoffmann@example.de, roles: [sales] }
  - { id: ak, name: Anja Keller, email: anja.keller@example.de, roles: [manager] }
`;

export const ACME = `id: acme
name: ACME Maschinenbau GmbH
address: { street: Industriestraße 4, postalCode: "33602", city: Bielefeld, country: DE }
contacts:
  - { name: Sabine Vogt, email: s.vogt@acme.example, role: IT-Leitung }
projectLead: tb
salesRep: sh
contracts:
  - kind: service
    start: 2026-01-01
    fee: "1200.00"
    includedHours: 10
    overageRate: "110.00"
    hourlyRate: "120.00"
    reactionTimes: 4h
`;

/** A fresh helpdesk in a temporary git repository, built from an inline file tree; desk runs as a process. */
export function tempHelpdesk(files: Record<string, string> = {}): TempHelpdesk {
  const repo = helpdeskFiles(files);
  return { ...repo, ...deskProcess(repo.root) };
}

/**
 * A copy of `seed` — its files, its git history and desk's caches — in a temporary folder of its
 * own, for the tests of a file that each start from the same tickets: opening them once and
 * copying the helpdesk for each test spares a desk process per ticket and test.
 */
export function copyHelpdesk(seed: TempHelpdesk): TempHelpdesk {
  const root = copyOf(seed.root, { caches: true });
  return { ...filesAt(root), ...deskProcess(root) };
}

/**
 * The built desk as a process in the helpdesk at `root`: for the few steps of an in-process
 * helpdesk that only a process shows (a lean path, a pipe), the other steps staying in-process.
 */
export function deskProcess(root: string): Pick<TempHelpdesk, 'desk' | 'ok'> {
  const desk = (args: string[], opts: DeskOptions = {}): Result => {
    const r = spawnSync(process.execPath, [builtDesk(), ...args], {
      cwd: opts.cwd ?? root,
      env: cleanEnv({ DESK_USER: 'mk', ...opts.env }),
      encoding: 'utf8',
      input: opts.input ?? '',
    });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  };
  return {
    desk,
    ok(args, opts) {
      const r = desk(args, opts);
      if (r.code !== 0) throw new Error(`desk ${args.join(' ')} failed (${r.code}): ${r.stderr}`);
      return r.stdout;
    },
  };
}

/**
 * The same helpdesk, with desk run in-process: the same command line, handlers and real git,
 * without starting Node and loading desk for every step. `env` is added to every run's.
 */
export function helpdesk(
  files: Record<string, string> = {},
  env: Record<string, string | undefined> = {},
): InProcessHelpdesk {
  return inProcess(helpdeskFiles(files), env);
}

/**
 * A copy of a helpdesk another test prepared, files and history as they are (without the
 * caches in .desk/, which desk rebuilds), with desk run in-process: what took that test many
 * commands is the starting point of each test at the cost of a copy.
 */
export function inProcessCopy(template: string): InProcessHelpdesk {
  return inProcess(filesAt(copyOf(template, { caches: false })), {});
}

/**
 * The helpdesk at `from` copied to a temporary folder of its own. With its caches, their files
 * keep their mtimes, so that desk finds them as the seed's commands left them; without, desk
 * builds them anew.
 */
function copyOf(from: string, { caches }: { caches: boolean }): string {
  const root = mkdtempSync(join(tmpdir(), 'desk-test-'));
  if (caches) cpSync(from, root, { recursive: true, preserveTimestamps: true });
  else cpSync(from, root, { recursive: true, filter: (path) => path !== join(from, '.desk') });
  return root;
}

function inProcess(repo: HelpdeskFiles, env: Record<string, string | undefined>): InProcessHelpdesk {
  const desk = (args: string[], opts: DeskOptions = {}): Promise<Result> =>
    runInProcess(args, {
      cwd: opts.cwd ?? repo.root,
      env: cleanEnv({ DESK_USER: 'mk', ...env, ...opts.env }),
      input: opts.input,
    });
  return {
    ...repo,
    inProcess: true,
    desk,
    async ok(args, opts) {
      const r = await desk(args, opts);
      if (r.code !== 0) throw new Error(`desk ${args.join(' ')} failed (${r.code}): ${r.stderr}`);
      return r.stdout;
    },
  };
}

// the files a test writes by hand are committed by the manager who set the helpdesk up (STAFF's ak):
// desk check judges the history by the permission table (docs/roles.md), and a manager may change
// desk.yaml, customers and contracts; hand-written ticket events are another person's, and are judged
const GIT_ENV = cleanEnv({
  GIT_AUTHOR_NAME: 'Anja Keller',
  GIT_AUTHOR_EMAIL: 'anja.keller@example.de',
  GIT_COMMITTER_NAME: 'Anja Keller',
  GIT_COMMITTER_EMAIL: 'anja.keller@example.de',
});

function helpdeskFiles(files: Record<string, string>): HelpdeskFiles {
  const root = mkdtempSync(join(tmpdir(), 'desk-test-'));
  const tree: Record<string, string> = {
    'desk.yaml': `company:\n  name: Nordlicht Software GmbH\n${STAFF}products:\n  - { id: lohn, name: Lohn & Gehalt, modules: [export, meldewesen] }\n  - { id: erp, name: Warenwirtschaft, modules: [lager] }\n`,
    'contracts/acme.yaml': ACME,
    '.gitignore': '.desk/\n',
    ...files,
  };
  for (const [path, content] of Object.entries(tree)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  // one program started from the test's process instead of three: starting one from a worker of
  // a few hundred MB costs about 10 ms, and the suites make several hundred helpdesks
  execFileSync('sh', ['-c', "git init -q -b main && git add -A && git commit -qm 'sample helpdesk'"], {
    cwd: root,
    env: GIT_ENV,
  });
  return filesAt(root);
}

/** Plain git and files in the helpdesk at `root`. */
function filesAt(root: string): HelpdeskFiles {
  return {
    root,
    git: (...args) => execFileSync('git', args, { cwd: root, env: GIT_ENV, encoding: 'utf8' }),
    read: (path) => readFileSync(join(root, path), 'utf8'),
    write: (path, content) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Opens a ticket through the CLI and returns its full id. */
export function openTicket(hd: TempHelpdesk, args?: string[], env?: Record<string, string>): string;
export function openTicket(hd: InProcessHelpdesk, args?: string[], env?: Record<string, string>): Promise<string>;
export function openTicket(
  hd: TempHelpdesk | InProcessHelpdesk,
  args: string[] = [],
  env?: Record<string, string>,
): string | Promise<string> {
  const open = [
    'open',
    '--title',
    'Drucker druckt nicht',
    '--customer',
    'acme',
    '--channel',
    'e-mail',
    '--json',
    ...args,
  ];
  const idOf = (out: string) => (JSON.parse(out) as { id: string }).id;
  return 'inProcess' in hd ? hd.ok(open, { env }).then(idOf) : idOf(hd.ok(open, { env }));
}

/** Everything git knows about the work tree, to prove a refused command changed nothing. */
export function snapshot(hd: HelpdeskFiles): string {
  return hd.git('rev-parse', 'HEAD') + hd.git('status', '--porcelain', '--untracked-files=all', '--ignored=no');
}
