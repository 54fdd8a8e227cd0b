import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { EarlyStat } from './early-stat.js';
import { readSignatures } from './ticket-signatures.js';
import { sharedStat, statChunks } from './ticket-stat.js';

/** Runs in a worker (early-stat.ts): finds the helpdesk the simple way, reads the signatures' ids, stats. */
const { cwd, repo } = workerData as { cwd: string; repo?: string };

function helpdeskRoot(): string | undefined {
  if (repo) return resolve(cwd, repo);
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'desk.yaml'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

const root = helpdeskRoot();
const signatures = root && readSignatures(join(root, '.desk', 'tickets.sig'));
const dir = root && statSync(join(root, 'tickets'), { throwIfNoEntry: false });
if (root && signatures && dir) {
  const shared = sharedStat(signatures.ids.length);
  const result: EarlyStat = { root, token: signatures.token, dir: { mtimeMs: dir.mtimeMs, ino: dir.ino }, now: Date.now(), ...shared };
  // said before the work starts, so that the command can take its share once it is loaded
  parentPort!.postMessage(result);
  statChunks(join(root, 'tickets'), signatures.ids, shared);
}
