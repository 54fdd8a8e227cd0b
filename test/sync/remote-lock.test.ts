import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempTeam, type Team } from './team.js';

let team: Team | undefined;
afterEach(() => {
  team?.cleanup();
  team = undefined;
});

describe('a push killed on the remote left its lock behind', { timeout: 120_000 }, () => {
  it('desk sync names the lock file and what to do, keeps the work, and sends it once the file is gone', async () => {
    team = tempTeam(['anna']);
    const [anna] = team.clones;
    await anna!.open('VPN-Zugang für neue Mitarbeiterin');
    // what a receive-pack killed while updating main leaves on the server
    const lock = join(team.remote, 'refs', 'heads', 'main.lock');
    writeFileSync(lock, '');

    const refused = await anna!.desk(['sync']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain(lock);
    expect(refused.stderr).toMatch(/remove/);
    expect(refused.stderr).not.toMatch(/overtaken/);
    expect(anna!.git('status', '--porcelain')).toBe('');
    expect(anna!.git('log', '--format=%s', '-1')).toContain('open');

    rmSync(lock);
    expect(await anna!.ok(['sync'])).toMatch(/1 of yours sent/);
    expect(existsSync(lock)).toBe(false);
    expect(anna!.git('rev-parse', 'HEAD')).toBe(anna!.git('rev-parse', 'origin/main'));
  });
});
