import { execFile, execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { io, type RunProgram } from '../io/context.js';

/**
 * The one way desk runs git: a git process in `cwd`, with the run's environment, its stdout
 * returned. Every call goes through here, the helpdesk's (git.ts) and a code repository's
 * (code-repo.ts). Not simple-git: it waits 50 ms after every command that prints nothing
 * (update-index, update-ref, …), whatever its completion settings say — measured at 8 ms against
 * 70 ms for `git update-ref`, about 150 ms on every desk log (docs/decisions.md).
 *
 * A command that exits with a non-zero code is a GitExit, unless `quietFailure` is set and it
 * said nothing on stderr: commands like `config --get`, `rev-parse --verify --quiet` and
 * `symbolic-ref --quiet` answer "none" that way, and then their (empty) stdout is the answer.
 */
export async function gitIn(
  cwd: string,
  args: readonly string[],
  opts: { input?: string; quietFailure?: boolean; env?: Record<string, string> } = {},
): Promise<string> {
  const { env, runProgram = runHere } = io();
  const { code, stdout, stderr } = await runProgram('git', args, {
    cwd,
    env: opts.env ? { ...env, ...opts.env } : env,
    input: opts.input,
  });
  if (code === 0 || (opts.quietFailure && !stderr.trim())) return stdout;
  throw new GitExit(code, stdout, stderr);
}

/** Starts `file` from this process. */
export const runHere: RunProgram = (file, args, { cwd, env, input }) =>
  new Promise((resolve, reject) => {
    const child = execFile(
      file,
      args,
      { cwd, env, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (!error) resolve({ code: 0, stdout, stderr });
        else if (typeof error.code === 'number') resolve({ code: error.code, stdout, stderr });
        else reject(error); // not started, killed, or more output than the buffer holds
      },
    );
    if (input !== undefined) {
      child.stdin?.on('error', () => undefined); // git exiting early says why itself
      child.stdin?.end(input);
    }
  });

/** A git command that exited with a non-zero code; the message is its reason, from stderr (or stdout, where some commands say it). */
export class GitExit extends Error {
  constructor(
    readonly code: number,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    super(stderr.trim() || stdout.trim() || `git exited with code ${code}`);
  }
}

/** The same, for the few answers needed before anything asynchronous can run (where a clone keeps its own state). */
export function gitInSync(cwd: string, args: readonly string[]): string {
  return execFileSync('git', args, { cwd, env: io().env, encoding: 'utf8' });
}

/** A long-running git process spoken to over stdin/stdout (`cat-file --batch`). */
export function gitProcess(cwd: string, args: readonly string[]): ChildProcessWithoutNullStreams {
  return spawn('git', args, { cwd, env: io().env });
}

/** A git command that failed; the message is git's own, trimmed to its first meaningful line by `gitReason`. */
export class GitFailure extends Error {
  override readonly name = 'GitFailure';
}
