import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commentedApart, copyTeam, runAsync, ticketView, type Clone, type Team } from './team.js';

/** Many git and desk processes per test: generous on a loaded machine (speed is measured by benchmarks, not here). */
const SLOW = { timeout: 240_000 };

let team: Team;
afterEach(() => team?.cleanup());

const head = (c: Clone) => c.git('rev-parse', 'HEAD').trim();

/** Anna and Ben both commented on one ticket; Anna's comment is on the remote already. Made once per file. */
let template: Team;
let ticket: string;
beforeAll(async () => {
  ({ team: template, id: ticket } = await commentedApart('Drucker'));
}, SLOW.timeout);
afterAll(() => template?.cleanup());

/** A copy of that moment for the test: each test interrupts a sync of its own. */
function apart(): { anna: Clone; ben: Clone; id: string } {
  team = copyTeam(template);
  const [anna, ben] = team.clones as [Clone, Clone];
  return { anna, ben, id: ticket };
}

async function everythingArrives(anna: Clone, ben: Clone, id: string, report: RegExp) {
  expect(await ben.ok(['sync'])).toMatch(report);
  await anna.ok(['sync']);
  for (const c of [anna, ben]) {
    expect((await ticketView(c, id)).text).toContain('von Anna');
    expect((await ticketView(c, id)).text).toContain('von Ben');
    expect((await c.desk(['check'])).code).toBe(0);
  }
  expect((await ticketView(anna, id)).text).toBe((await ticketView(ben, id)).text);
}

describe('an interrupted sync', SLOW, () => {
  it('killed while git merges a ticket: the next command cleans up, the clone is usable and nothing is lost', async () => {
    const { anna, ben, id } = apart();
    const before = head(ben);
    // the driver kills the whole process group — desk sync, git and itself — as Ctrl-C would
    const killed = await ben.deskAsync(['sync'], { DESK_FAULT: 'in-merge-driver' });
    expect(killed.code).not.toBe(0);
    expect(existsSync(join(ben.root, '.desk', 'sync.json'))).toBe(true);

    const list = await ben.desk(['list', '--json']);
    expect(list.code, list.stderr).toBe(0);
    expect(existsSync(join(ben.root, '.desk', 'sync.json'))).toBe(false);
    expect(head(ben)).toBe(before);
    expect(ben.git('status', '--porcelain')).toBe('');
    expect((await ticketView(ben, id)).text).toContain('von Ben');
    await everythingArrives(anna, ben, id, /1 ticket updated from the team, 1 of yours sent/);
  });

  it('killed with the files replayed, before the branch moved to them: the next command puts them back', async () => {
    const { anna, ben, id } = apart();
    const before = head(ben);
    const killed = await ben.deskAsync(['sync'], { DESK_FAULT: 'mid-moving-branch' });
    expect(killed.code).not.toBe(0);
    expect(JSON.parse(ben.read('.desk/sync.json'))).toMatchObject({ moving: { from: before } });
    expect(ben.git('status', '--porcelain')).not.toBe(''); // files and index ahead of the branch

    const list = await ben.desk(['list', '--json']);
    expect(list.code, list.stderr).toBe(0);
    expect(existsSync(join(ben.root, '.desk', 'sync.json'))).toBe(false);
    expect(head(ben)).toBe(before);
    expect(ben.git('status', '--porcelain')).toBe('');
    expect((await ticketView(ben, id)).text).not.toContain('von Anna');
    await everythingArrives(anna, ben, id, /1 ticket updated from the team, 1 of yours sent/);
  });

  it("killed while fetching: the lock git's fetch held on the team's branch goes with the sync it belonged to", async () => {
    const { anna, ben, id } = apart();
    const killed = await ben.deskAsync(['sync'], { DESK_FAULT: 'mid-moving-branch' });
    expect(killed.code).not.toBe(0);
    // what a fetch killed while it updated refs/remotes/origin/main leaves beside it
    const lock = join(ben.root, '.git', 'refs', 'remotes', 'origin', 'main.lock');
    writeFileSync(lock, `${head(anna)}\n`);
    await anna.ok(['comment', id, '-m', 'Anna noch einmal']);
    await anna.ok(['sync']); // the next fetch has to move that branch

    await everythingArrives(anna, ben, id, /1 ticket updated from the team, 1 of yours sent/);
    expect(existsSync(lock)).toBe(false);
    expect((await ticketView(ben, id)).text).toContain('Anna noch einmal');
  });

  it('killed in the middle of a rebase (a history with a merge made by hand): the next command undoes it', async () => {
    const { anna, ben, id } = apart();
    // Ben merged a branch of his own with plain git: a history that only git's rebase makes one line
    ben.git('checkout', '-qb', 'notizen');
    ben.write('notizen.txt', 'Rückruf bei Acme am Montag\n');
    ben.git('add', 'notizen.txt');
    ben.git('commit', '-qm', 'Notizen');
    ben.git('checkout', '-q', 'main');
    ben.git('merge', '-q', '--no-ff', '--no-edit', 'notizen');
    const before = head(ben);
    const killed = await ben.deskAsync(['sync'], { DESK_FAULT: 'in-merge-driver' });
    expect(killed.code).not.toBe(0);
    expect(existsSync(join(ben.root, '.git', 'rebase-merge'))).toBe(true);
    const driverFiles = () => readdirSync(ben.root).filter((f) => f.startsWith('.merge_file_'));
    expect(driverFiles()).not.toEqual([]); // the three versions git handed the killed driver

    const list = await ben.desk(['list', '--json']);
    expect(list.code, list.stderr).toBe(0);
    expect(existsSync(join(ben.root, '.git', 'rebase-merge'))).toBe(false);
    expect(existsSync(join(ben.root, '.desk', 'sync.json'))).toBe(false);
    expect(driverFiles()).toEqual([]);
    expect(head(ben)).toBe(before);
    expect(ben.git('status', '--porcelain')).toBe('');
    await everythingArrives(anna, ben, id, /1 ticket updated from the team, 1 of yours sent\.\nAlso sent: notizen.txt/);
    expect(anna.read('notizen.txt')).toBe('Rückruf bei Acme am Montag\n');
  });

  it('killed while pushing: the next sync sends what was integrated', async () => {
    const { anna, ben, id } = apart();
    const started = join(ben.root, '.git', 'push-started');
    // the hook says it runs through a named pipe, which the test reads: no polling for a file
    const pushing = join(ben.root, '.git', 'pushing');
    execFileSync('mkfifo', [pushing]);
    const hook = join(ben.root, '.git', 'hooks', 'pre-push');
    writeFileSync(
      hook,
      `#!/bin/sh\nif [ ! -e '${started}' ]; then touch '${started}'; echo pushing > '${pushing}'; sleep 60; fi\nexit 0\n`,
    );
    chmodSync(hook, 0o755);
    let pid = 0;
    const run = runAsync(ben.root, ['sync'], { DESK_USER: ben.user }, (p) => (pid = p));
    expect(await readFile(pushing, 'utf8')).toBe('pushing\n'); // returns once the hook has written
    process.kill(-pid, 'SIGKILL');
    expect((await run).code).not.toBe(0);

    // integrated locally before the push: Ben's commit now sits on top of Anna's
    expect(ben.git('log', '--format=%s', '-2')).toMatch(/comment\n.*comment/);
    await everythingArrives(anna, ben, id, /nothing new from the team, 1 of yours sent/);
  });
});
