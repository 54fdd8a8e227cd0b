import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What one run of desk reads and writes besides its files: the environment, the current folder,
 * the three streams (and whether they are terminals), and the exit code. A run started as a
 * process uses the process's own; tests run commands in-process, many in one process, each with
 * an environment, folder and streams of its own. cli/ and store/ ask `io()` for them and never
 * read `process.env`, `process.cwd()` or the process's streams themselves.
 */
export interface Io {
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Set by the one place that maps errors to exit codes (cli/run.ts). */
  exitCode: number;
  /**
   * How the run starts git and waits for it; the process's own `execFile` when not given. Tests
   * running desk in-process give one that starts git from a small process of their own
   * (docs/testing.md): starting a program from a process costs time by the size of that process.
   */
  readonly runProgram?: RunProgram;
}

/** Runs `file` with `args` to its end: its exit code and output; rejects when it could not be started or was killed. */
export type RunProgram = (
  file: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; input?: string },
) => Promise<{ code: number; stdout: string; stderr: string }>;

/** A run: its surroundings, and what lives as long as it does. */
interface Run {
  io: Io;
  scoped: Map<object, unknown>;
  cleanups: (() => void | Promise<void>)[];
}

const storage = new AsyncLocalStorage<Run>();

/** The process as a run, for code that runs outside `runWith` (the desk process, scripts). */
let processRun: Run | undefined;
function thisProcess(): Run {
  // the streams are made on first use: making them loads Node's streams and terminal code, which
  // a command that only reads files (a Tab) never needs
  const streams: { -readonly [K in 'stdin' | 'stdout' | 'stderr']?: Io[K] } = {};
  return (processRun ??= {
    io: {
      env: process.env,
      get cwd() {
        return process.cwd();
      },
      get stdin() {
        return (streams.stdin ??= process.stdin);
      },
      get stdout() {
        return (streams.stdout ??= process.stdout);
      },
      set stdout(to: Io['stdout']) {
        streams.stdout = to; // the pager (redirectStdout)
      },
      get stderr() {
        return (streams.stderr ??= process.stderr);
      },
      get exitCode() {
        return Number(process.exitCode ?? 0);
      },
      set exitCode(code: number) {
        process.exitCode = code;
      },
    },
    scoped: new Map(),
    cleanups: [],
  });
}

const current = (): Run => storage.getStore() ?? thisProcess();

/** The surroundings of the run this code belongs to. */
export function io(): Io {
  return current().io;
}

/**
 * Runs `fn` as a run of its own with `surroundings`; what the run opened (cache handles) is
 * closed when it ends, so nothing it learnt is seen by the next.
 */
export async function runWith<T>(surroundings: Io, fn: () => Promise<T>): Promise<T> {
  const run: Run = { io: surroundings, scoped: new Map(), cleanups: [] };
  try {
    return await storage.run(run, fn);
  } finally {
    for (const cleanup of run.cleanups.reverse()) await cleanup();
  }
}

/**
 * A value made once per run: what a module would otherwise keep in a module-level variable
 * (an open index per helpdesk, names read once), so in-process runs never see each other's.
 */
export function perRun<T>(make: () => T): () => T {
  const key = {};
  return () => {
    const { scoped } = current();
    if (!scoped.has(key)) scoped.set(key, make());
    return scoped.get(key) as T;
  };
}

/**
 * Sends the rest of the run's standard output to `to` (the pager, cli/pager.ts) and returns
 * what it replaced, to put back when the pager has ended.
 */
export function redirectStdout(to: Io['stdout']): Io['stdout'] {
  const surroundings = current().io as { stdout: Io['stdout'] };
  const was = surroundings.stdout;
  surroundings.stdout = to;
  return was;
}

/** Called when the run ends (in a process: never, as the process ending closes everything). */
export function atRunEnd(cleanup: () => void | Promise<void>): void {
  current().cleanups.push(cleanup);
}
