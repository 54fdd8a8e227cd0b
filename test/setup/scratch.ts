import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Global setup of every project: the temporary helpdesks, homes and servers of one run live in
 * one folder, removed when the run ends, so a run leaves nothing in the system's temporary folder
 * (a run killed halfway leaves that one folder). The test workers and the desk processes they
 * start (test/helpers' cleanEnv passes TMPDIR on) inherit it. Once per vitest run, however many
 * projects ask: the first project's teardown, which runs last, removes it.
 */
export default function setup(): (() => void) | undefined {
  const run = globalThis as { deskScratch?: string };
  if (run.deskScratch) return undefined;
  const root = mkdtempSync(join(tmpdir(), 'desk-tests-'));
  // passable, not listable, for other users: dovecot's mail processes run as its own user and
  // must reach their mailbox folder inside (test/mail/servers.ts)
  chmodSync(root, 0o711);
  run.deskScratch = root;
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
