import { Worker } from 'node:worker_threads';
import type { SharedStat } from './ticket-stat.js';
import { io, perRun } from '../io/context.js';

/**
 * Checking 100,000 ticket files against the ticket index costs their stat calls, more than
 * anything else a small command does. They depend only on the files, so a worker thread starts
 * them while the main thread still loads the command's modules, and the main thread takes its
 * share of what is left once it is loaded (ticket-stat.ts). The index uses them only when they
 * describe the signatures the index holds (same token, same folder) and stats the files itself
 * otherwise: the answer is the same either way, only sooner.
 */
export interface EarlyStat extends SharedStat {
  root: string;
  /** The token of the signatures file whose ids were stat'ed, in its order. */
  token: string;
  /** The tickets folder, stat'ed before the files. */
  dir: { mtimeMs: number; ino: number };
  /** Date.now() before the stat calls: what "written just now" is measured against. */
  now: number;
}

const started = perRun((): { pending?: { worker: Worker; result: Promise<EarlyStat | undefined> } } => ({}));

/** Starts the stat calls for the helpdesk at or above `cwd` (or at DESK_REPO) in a worker thread. */
export function statTicketsEarly(cwd: string, repo: string | undefined): void {
  if (started().pending || io().env.DESK_NO_INDEX) return;
  const worker = new Worker(new URL('./early-stat-worker.js', import.meta.url), { workerData: { cwd, repo } });
  const result = new Promise<EarlyStat | undefined>((resolve) => {
    worker.once('message', resolve);
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
  worker.unref(); // a command that ends early (a usage error) does not wait for it
  started().pending = { worker, result };
}

/** The early result for `root`, once; undefined when none was started or it is for another helpdesk. */
export async function takeEarlyStat(root: string): Promise<EarlyStat | undefined> {
  const taken = started().pending;
  started().pending = undefined;
  taken?.worker.ref(); // now the command waits for it
  const result = await taken?.result;
  return result?.root === root ? result : undefined;
}
