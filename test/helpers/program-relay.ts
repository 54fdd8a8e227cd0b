import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { RunProgram } from '../../src/io/context.js';

/**
 * How in-process runs start git (src/io/context.ts, `runProgram`): from one small relay process
 * per test worker instead of from the worker itself. Linux copies a process's page tables to
 * start a program from it, so the cost grows with the process: 1.7 ms a start from a 56 MB
 * process, 5.2 ms from a 700 MB one, and a worker that has run a few dozen test files holds
 * 300–550 MB. The in-process suites start about 12,000 git processes; through the relay the
 * `cli` project took 118 s of the machine's CPU time instead of 155 s (docs/testing.md).
 * Git itself runs exactly as from desk: the same arguments, folder, environment and input.
 */
export const relayed: RunProgram = (file, args, { cwd, env, input }) =>
  new Promise((resolve, reject) => {
    const id = ++last;
    waiting.set(id, { resolve, reject });
    const child = relay();
    if (waiting.size === 1) hold(child, true);
    child.send({ id, file, args, cwd, env, input });
  });

interface Waiting {
  resolve: (r: { code: number; stdout: string; stderr: string }) => void;
  reject: (e: Error) => void;
}
type Answer =
  | { id: number; code: number; stdout: string; stderr: string }
  | { id: number; failure: { message: string; code?: string; signal?: string } };

const waiting = new Map<number, Waiting>();
let last = 0;
let current: ChildProcess | undefined;

function relay(): ChildProcess {
  if (current) return current;
  const child = fork(fileURLToPath(new URL('program-relay.cjs', import.meta.url)), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv: [],
  });
  child.on('message', (answer: Answer) => {
    const w = waiting.get(answer.id);
    waiting.delete(answer.id);
    if (waiting.size === 0) hold(child, false);
    if (!w) return;
    if ('failure' in answer) w.reject(Object.assign(new Error(answer.failure.message), answer.failure));
    else w.resolve({ code: answer.code, stdout: answer.stdout, stderr: answer.stderr });
  });
  child.on('exit', (code, signal) => {
    current = undefined;
    for (const w of waiting.values()) w.reject(new Error(`the relay starting git ended (${signal ?? code})`));
    waiting.clear();
  });
  hold(child, false);
  return (current = child);
}

/** The worker waits for the relay only while a program runs: an idle relay never keeps it from ending. */
function hold(child: ChildProcess, on: boolean): void {
  const channel = (child as ChildProcess & { channel?: { ref(): void; unref(): void } }).channel;
  if (on) {
    child.ref();
    channel?.ref();
  } else {
    child.unref();
    channel?.unref();
  }
}
