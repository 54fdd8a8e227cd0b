import { statSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { EarlyStat } from './early-stat.js';
import { locateHelpdesk } from './locate.js';
import { readSignatures } from './ticket-signatures.js';
import { sharedStat, statChunks } from './ticket-stat.js';

/**
 * Runs in a worker (early-stat.ts): finds the helpdesk without asking git (a helpdesk named only
 * by `git config desk.repo` gets no early start), reads the signatures' ids, and stats.
 */
const { cwd, repo } = workerData as { cwd: string; repo?: string };

function helpdeskRoot(): string | undefined {
  try {
    return locateHelpdesk(cwd, repo, undefined).root;
  } catch {
    return undefined; // the command says what is wrong
  }
}

const root = helpdeskRoot();
const signatures = root && readSignatures(join(root, '.desk', 'tickets.sig'));
const dir = root && statSync(join(root, 'tickets'), { throwIfNoEntry: false });
if (root && signatures && dir) {
  const shared = sharedStat(signatures.ids.length);
  const result: EarlyStat = {
    root,
    token: signatures.token,
    dir: { mtimeMs: dir.mtimeMs, ino: dir.ino },
    now: Date.now(),
    ...shared,
  };
  // said before the work starts, so that the command can take its share once it is loaded
  parentPort!.postMessage(result);
  statChunks(join(root, 'tickets'), signatures.ids, shared);
}
