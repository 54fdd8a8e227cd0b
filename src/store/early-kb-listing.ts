import { Worker } from 'node:worker_threads';
import type { ArticleFiles } from '../kb/article-files.js';
import { perRun } from '../io/context.js';

/**
 * `desk kb search` checks every kb file's size and mtime against the index: at 10,000 articles
 * those stat calls cost about as much as loading the command. They depend only on the files,
 * so a worker thread makes them while the main thread loads (as early-stat.ts does for
 * tickets). The result is used only for the folder it describes; otherwise, or if the worker
 * could not run, the index stats the files itself: the answer is the same, only later.
 */
interface KbListing {
  kbDir: string;
  files: ArticleFiles;
}

const started = perRun((): { pending?: { worker: Worker; result: Promise<KbListing | undefined> } } => ({}));

/** Starts listing and stat'ing kb/ of the helpdesk at or above `cwd` (or at `repo`) in a worker thread. */
export function listKbEarly(cwd: string, repo: string | undefined): void {
  if (started().pending) return;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./kb-listing-worker.js', import.meta.url), { workerData: { cwd, repo } });
  } catch {
    return; // no worker file (running from the sources): the index stats the files itself
  }
  const result = new Promise<KbListing | undefined>((resolve) => {
    worker.once('message', resolve);
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
  worker.unref(); // a command that ends early (a usage error) does not wait for it
  started().pending = { worker, result };
}

/** The early listing of `kbDir`, once; undefined when none was made or it is of another folder. */
export async function takeKbListing(kbDir: string): Promise<ArticleFiles | undefined> {
  const taken = started().pending;
  started().pending = undefined;
  taken?.worker.ref();
  const result = await taken?.result;
  return result?.kbDir === kbDir ? result.files : undefined;
}
