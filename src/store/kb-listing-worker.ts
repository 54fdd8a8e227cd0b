import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { statArticleFiles } from '../kb/article-files.js';
import { locateHelpdesk } from './locate.js';

/**
 * Runs in a worker (early-kb-listing.ts): finds the helpdesk without asking git (one named only
 * by `git config desk.repo` gets no early start) and lists and stats its kb/ folder.
 */
const { cwd, repo } = workerData as { cwd: string; repo?: string };

let root: string | undefined;
try {
  root = locateHelpdesk(cwd, repo, undefined).root;
} catch {
  root = undefined; // the command says what is wrong
}
if (root) {
  const kbDir = join(root, 'kb');
  const files = statArticleFiles(kbDir);
  parentPort!.postMessage({ kbDir, files }, [files.stats.buffer as ArrayBuffer]);
}
