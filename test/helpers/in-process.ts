import { Readable, Writable } from 'node:stream';
import type { Result } from './helpdesk.js';
import { relayed } from './program-relay.js';

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** What stdin holds (a pipe that ends after it); empty when not given. */
  input?: string;
}

/**
 * Runs desk's command line in this process, from src/ (never a stale build): the same command
 * table, handlers and error mapping as the desk process, with an environment, folder and
 * streams of the run's own (src/io/context.ts). stdin and stdout are pipes, not terminals.
 * Runs take turns: the command table is parsed into, so one runs at a time.
 */
export function runInProcess(args: readonly string[], opts: RunOptions): Promise<Result> {
  const run = turn.then(() => runNow(args, opts));
  turn = run.catch(() => undefined);
  return run;
}
let turn: Promise<unknown> = Promise.resolve();

async function runNow(args: readonly string[], { cwd, env, input }: RunOptions): Promise<Result> {
  if (env.DESK_FAULT)
    throw new Error('DESK_FAULT kills the process desk runs in: crash tests run desk as a process (tempHelpdesk)');
  const [{ runDesk }, { runWith }] = await Promise.all([
    import('../../src/cli/main.js'),
    import('../../src/io/context.js'),
  ]);
  let stdout = '';
  let stderr = '';
  const surroundings = {
    env: { ...env },
    cwd,
    stdin: Readable.from(input ? [Buffer.from(input)] : []),
    stdout: collect((s) => (stdout += s)),
    stderr: collect((s) => (stderr += s)),
    exitCode: 0,
    runProgram: relayed,
  };
  await runWith(surroundings, () => runDesk(args));
  return { code: surroundings.exitCode, stdout, stderr };
}

function collect(add: (text: string) => void): Writable {
  return new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, done) {
      add(chunk.toString());
      done();
    },
  });
}
