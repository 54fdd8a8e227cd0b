import { execFile, spawnSync } from 'node:child_process';
import { io } from '../../io/context.js';

/** The helpdesk `desk tui` opened and who it acts as, given to every command it runs. */
let globals: string[] = ['--no-pager'];
export function runFor(root: string, as: string | undefined): void {
  globals = ['--no-pager', '--repo', root, ...(as ? ['--as', as] : [])];
}

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * desk itself, as a process of its own: every key of `desk tui` that changes something runs the
 * very command a person would type (`desk comment ID -m …`), so it is decided by the same core
 * rules and makes the same single commit; reading the queue is `desk queue --json`. Output is
 * plain (NO_COLOR) and never paged.
 */
export function runDesk(args: readonly string[]): Promise<Ran> {
  const { env, cwd } = io();
  const bin = process.argv[1] ?? 'desk'; // the desk process's own entry (bin/desk.js)
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...globals, ...args],
      {
        cwd,
        env: { ...env, NO_COLOR: '1', FORCE_COLOR: undefined, CI: '1' },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: unknown }).code) || 1 : 0, stdout, stderr }),
    );
  });
}

/**
 * desk on the terminal itself, for a command that opens the person's editor (`desk comment ID`
 * without `-m`): the screen is handed over until it ends. Returns its exit code.
 */
export function runDeskOnTerminal(args: readonly string[]): number {
  const { env, cwd } = io();
  const bin = process.argv[1] ?? 'desk';
  const r = spawnSync(process.execPath, [bin, ...globals, ...args], { cwd, env, stdio: 'inherit' });
  return r.status ?? 1;
}
