import { ticketFile } from '../../src/core/ticket/paths.js';
import { afterEach, describe, expect, it } from 'vitest';
import { tempTeam, type Clone, type Team } from '../sync/team.js';

let team: Team;
afterEach(() => team?.cleanup());

const at = (time: string, user?: string) => ({
  DESK_NOW: `2026-11-24T${time}:00+01:00`,
  ...(user && { DESK_USER: user }),
});

describe('moves made apart in two clones', () => {
  it('A resolves and closes it (accepted), B escalates it meanwhile: it stays closed, consistent, and says so until settled', async () => {
    team = tempTeam(['anna', 'carla']);
    const [anna, carla] = team.clones as [Clone, Clone];
    const id = await anna.open('Export bricht ab', at('09:00'), ['--category', 'malfunction', '--priority', 'high']);
    await anna.ok(['sync']);
    await carla.ok(['sync']);
    await anna.ok(['resolve', id, '--solution', 'Treiber neu installiert'], at('10:00'));
    await anna.ok(['close', id, '--accepted-by', 'Sabine Vogt'], at('10:30'));
    await carla.ok(['escalate', id, '-r', 'Fehler im Exportmodul'], at('11:00'));
    await anna.ok(['sync']);
    const synced = await carla.ok(['sync']);
    expect(synced).toContain('Needs a person: 1 ticket changed apart in two places:');
    expect(synced).toContain(
      'escalated by lw at 2026-11-24 11:00 came after the ticket was closed elsewhere; it was not applied',
    );
    await anna.ok(['sync']);

    for (const c of [anna, carla]) {
      const { state } = JSON.parse(await c.ok(['show', id, '--json']));
      expect([state.status, state.level, state.acceptedBy]).toEqual(['closed', 1, 'Sabine Vogt']);
      expect(state.moveConflicts).toHaveLength(1);
    }
    expect(anna.read(ticketFile(id))).toBe(carla.read(ticketFile(id)));
    const check = await anna.desk(['check']);
    expect([check.code, check.stdout]).toEqual([
      2,
      expect.stringContaining(`${ticketFile(id)}: status: escalated by lw`),
    ]);
    expect(await anna.ok(['show', id])).toContain(`desk settle`);

    await anna.ok(['settle', id, '-m', 'mit Lars besprochen: bleibt geschlossen'], at('12:00'));
    expect(await anna.ok(['check'])).toContain('All files are valid');
    expect(JSON.parse(await anna.ok(['show', id, '--json'])).state.status).toBe('closed');
    expect((await anna.desk(['settle', id])).stderr).toContain('has no moves made apart to settle');
  });

  it('refuses to send a ticket file committed with git conflict markers, before anything is pushed', async () => {
    team = tempTeam(['anna']);
    const [anna] = team.clones as [Clone];
    const out = await anna.ok(
      ['open', '--title', 'Drucker', '--customer', 'acme', '--channel', 'phone', '--json'],
      at('09:00'),
    );
    const id = (JSON.parse(out) as { id: string }).id;
    const file = ticketFile(id);
    await anna.ok(['sync']);
    const remoteHead = anna.git('rev-parse', 'origin/main').trim();
    // a merge by hand in a clone without the driver, committed as it was left
    anna.write(file, `<<<<<<< HEAD\n${anna.read(file)}=======\nid: "${id}"\n>>>>>>> theirs\n`);
    anna.git('commit', '-qam', 'merged by hand');
    const r = await anna.desk(['sync']);
    expect([r.code, r.stderr]).toEqual([
      1,
      expect.stringContaining(`nothing was sent: ${file} holds git conflict markers (line 1)`),
    ]);
    expect(r.stderr).toContain('run desk setup');
    expect(anna.git('ls-remote', 'origin', 'refs/heads/main').split('\t')[0]).toBe(remoteHead);
  });
});
