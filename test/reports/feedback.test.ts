import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTicket, snapshot, helpdesk, type InProcessHelpdesk } from '../helpers/helpdesk.js';

let hd: InProcessHelpdesk;
const NOW = { DESK_NOW: '2026-11-20T10:00:00+01:00' };
beforeEach(() => (hd = helpdesk()));
afterEach(() => hd.cleanup());

async function resolvedTicket(): Promise<string> {
  const id = await openTicket(hd, ['--category', 'question', '--priority', 'normal', '--contact', 'Sabine Vogt'], NOW);
  await hd.ok(['resolve', id, '--solution', 'Druckertreiber neu installiert'], { env: NOW });
  return id;
}

describe('desk feedback', () => {
  it('records a rating; a later one replaces it in the state and both stay in the log', async () => {
    const id = await resolvedTicket();
    expect(await hd.ok(['feedback', id, '--score', '2', '-m', 'Hat lange gedauert'], { env: NOW })).toMatch(
      /feedback 2\/5 from Sabine Vogt — now resolved/,
    );
    await hd.ok(['close', id, '--accepted-by', 'Sabine Vogt'], { env: NOW });
    const out = await hd.ok(['feedback', id, '--score', '4', '--from', 'Peter Vogt'], {
      env: { DESK_NOW: '2026-11-23T09:00:00+01:00' },
    });
    expect(out).toContain('feedback 4/5 from Peter Vogt (replaces 2/5 of 2026-11-20)');
    expect(hd.git('log', '-1', '--format=%s').trim()).toMatch(
      /: feedback 4\/5 from Peter Vogt \(replaces 2\/5 of 2026-11-20\)$/,
    );
    const shown = JSON.parse(await hd.ok(['show', id, '--json']));
    expect(shown.state.feedback).toMatchObject({ score: 4, from: 'Peter Vogt' });
    expect(
      shown.events.filter((e: { type: string }) => e.type === 'feedback').map((e: { score: number }) => e.score),
    ).toEqual([2, 4]);
  });

  it('refuses feedback on an open ticket and a score outside 1–5, changing nothing', async () => {
    const open = await openTicket(hd, ['--category', 'question', '--priority', 'normal'], NOW);
    const done = await resolvedTicket();
    const before = snapshot(hd);
    const r = await hd.desk(['feedback', open, '--score', '5'], { env: NOW });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /cannot record feedback on T-\w+: it is open; the customer rates a resolved or closed ticket/,
    );
    for (const score of ['0', '6', '4.5', 'gut']) {
      const bad = await hd.desk(['feedback', done, '--score', score], { env: NOW });
      expect(bad.code, score).toBe(2);
      expect(bad.stderr).toContain(`--score: "${score}" is not a score from 1 to 5`);
    }
    expect((await hd.desk(['feedback', done], { env: NOW })).stderr).toContain('missing --score');
    expect(snapshot(hd)).toBe(before);
  });
});
