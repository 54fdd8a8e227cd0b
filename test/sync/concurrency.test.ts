import { afterEach, describe, expect, it } from 'vitest';
import { openTicket, tempHelpdesk, type TempHelpdesk } from '../helpers/helpdesk.js';
import { runAsync } from './team.js';
import { ticketFile } from '../../src/core/ticket/paths.js';

let hd: TempHelpdesk;
afterEach(() => hd?.cleanup());

describe('several desk commands at once in one clone', () => {
  it('ten comments started together on one ticket: ten events, ten commits, nothing lost or broken', async () => {
    hd = tempHelpdesk();
    const id = openTicket(hd);
    const before = Number(hd.git('rev-list', '--count', 'HEAD').trim());
    // a generous lock timeout: on a loaded machine ten node start-ups and commits queue for a while
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        runAsync(hd.root, ['comment', id, '-m', `Notiz ${i}`], {
          DESK_USER: i % 2 ? 'mk' : 'lw',
          DESK_LOCK_TIMEOUT_MS: '120000',
        }),
      ),
    );
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const text = hd.read(ticketFile(id));
    const notes = [...text.matchAll(/^ {4}text: Notiz (\d)$/gm)].map((m) => Number(m[1])).sort((a, b) => a - b);
    expect(notes).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(Number(hd.git('rev-list', '--count', 'HEAD').trim())).toBe(before + 10);
    const touched = hd.git('log', '--format=', '--name-only', '-10').trim().split('\n').filter(Boolean);
    expect(new Set(touched)).toEqual(new Set([ticketFile(id)]));
    expect(hd.git('status', '--porcelain')).toBe('');
    expect((await hd.desk(['check'])).code).toBe(0);
  });

  it('a command that waits too long for the lock says the helpdesk is busy and changes nothing', async () => {
    hd = tempHelpdesk();
    const id = openTicket(hd);
    hd.write('.desk/lock', String(process.pid)); // held by a live process: this test runner
    const r = await hd.desk(['comment', id, '-m', 'x'], { env: { DESK_LOCK_TIMEOUT_MS: '300' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the helpdesk is busy');
    expect(r.stderr).toContain('retry in a moment');
    expect(hd.read(ticketFile(id))).not.toContain('type: comment');
  });
});
