// A First Level day through the CLI: tickets returned for the final word stay on the work list,
// waiting ones come back on their follow-up day, resolved ones close as accepted by silence (once,
// by any ticket command or `desk housekeeping`), and the first reply takes an unassigned ticket.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTicket, snapshot, helpdesk, type InProcessHelpdesk } from '../helpers/helpdesk.js';

let hd: InProcessHelpdesk;
beforeEach(() => (hd = helpdesk()));
afterEach(() => hd.cleanup());

const at = (user: string, instant: string) => ({ env: { DESK_USER: user, DESK_NOW: instant } });
const MON = '2026-11-23T09:00:00+01:00';
const q = ['--category', 'malfunction', '--priority', 'normal'];
const open = async (extra: string[] = []) =>
  await openTicket(hd, ['--received-at', '2026-11-23 08:30', ...q, ...extra], { DESK_NOW: MON });
const queue = async (user: string, instant: string) =>
  JSON.parse(await hd.ok(['queue', '--json'], at(user, instant))) as {
    id: string;
    need: string;
    closesBySilenceOn?: string;
  }[];
const commits = () => Number(hd.git('rev-list', '--count', 'HEAD').trim());

describe('the work list', () => {
  it('keeps a ticket Second Level returned for the final word, and the one First Level resolved', async () => {
    const id = await open();
    await hd.ok(['reply', id, '-m', 'Eingangsbestätigung'], at('mk', MON));
    await hd.ok(['escalate', id, '--reason', 'Datenbankanalyse', '--to', 'jb'], at('mk', MON));
    await hd.ok(['resolve', id, '--solution', 'Index neu aufgebaut'], at('jb', '2026-11-23T11:00:00+01:00'));
    expect((await queue('mk', '2026-11-23T11:30:00+01:00')).map((r) => r.id)).not.toContain(id); // Second Level's still
    await hd.ok(['return', id, '--note', 'Bitte Kunden informieren'], at('jb', '2026-11-23T11:05:00+01:00'));
    const row = (await queue('mk', '2026-11-23T11:30:00+01:00')).find((r) => r.id === id);
    expect(row).toMatchObject({ need: 'returned', closesBySilenceOn: '2026-12-07' });
    expect(await hd.ok(['show', id], at('mk', '2026-11-23T11:30:00+01:00'))).toMatch(
      /^closes\s+2026-12-07 as accepted by silence, unless the customer answers first$/m,
    );
    expect(await hd.ok(['queue'], at('mk', '2026-11-23T11:30:00+01:00'))).toMatch(
      /returned: final word, closes 2026-12-07 by silence/,
    );
  });

  it('the first reply takes an unassigned ticket; with assignOnFirstTouch off it stays unassigned', async () => {
    const id = await open();
    const replied = JSON.parse(await hd.ok(['reply', id, '-m', 'Wir sind dran.', '--json'], at('lw', MON)));
    expect(replied.also).toMatchObject([{ type: 'assigned', to: 'lw' }]);
    expect(hd.git('log', '-1', '--format=%s').trim()).toMatch(/: reply to the customer \(taken by lw\)$/);
    await hd.ok(['reply', id, '-m', 'Noch etwas.'], at('mk', MON)); // taken already: stays Lars's
    expect(JSON.parse(await hd.ok(['show', id, '--json'], at('mk', MON))).state.assignee).toBe('lw');

    hd.write('desk.yaml', `${hd.read('desk.yaml')}workflow:\n  assignOnFirstTouch: false\n`);
    hd.git('commit', '-qam', 'no taking on first touch');
    const other = await open();
    await hd.ok(['qualify', other, '--priority', 'high'], at('mk', MON));
    expect(JSON.parse(await hd.ok(['show', other, '--json'], at('mk', MON))).state.assignee).toBeNull();
  });

  it('desk wait --until: off the list until the day, the default from desk.yaml, bad days refused', async () => {
    const id = await open();
    const waited = JSON.parse(await hd.ok(['wait', id, '--json'], at('mk', MON)));
    expect(waited.event).toMatchObject({ type: 'waiting', until: '2026-11-30' }); // 5 business days
    expect(await hd.ok(['show', id], at('mk', MON))).toMatch(/^follow up\s+2026-11-30$/m);
    expect((await queue('mk', '2026-11-27T16:00:00+01:00')).map((r) => r.id)).not.toContain(id);
    expect((await queue('mk', '2026-11-30T08:00:00+01:00')).find((r) => r.id === id)).toMatchObject({
      need: 'follow-up',
    });
    await hd.ok(['wait', id, '--until', '2w'], at('mk', '2026-11-30T09:00:00+01:00'));
    expect((await queue('mk', '2026-11-30T10:00:00+01:00')).map((r) => r.id)).not.toContain(id);

    const before = snapshot(hd);
    for (const [until, message] of [
      ['2026-11-01', '--until: 2026-11-01 is not after today'],
      ['soon', '--until: "soon" is neither a day nor a number of business days'],
    ]) {
      const r = await hd.desk(['wait', id, '--until', until!], at('mk', MON));
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
    }
    expect(snapshot(hd)).toBe(before);
    await hd.ok(['reply', id, '--from-customer', '-m', 'Hier die Logdatei.'], at('mk', '2026-12-01T09:00:00+01:00'));
    expect((await queue('mk', '2026-12-01T10:00:00+01:00')).find((r) => r.id === id)).toMatchObject({
      need: 'customer-wrote',
    });
  });
});

describe('closing by silence', () => {
  it('closes once, in one commit, after 10 business days; distinct from acceptance in show, JSON and reports', async () => {
    const silent = await open();
    const accepted = await open();
    const objected = await open();
    for (const id of [silent, accepted, objected])
      await hd.ok(['resolve', id, '--solution', 'Neustart'], at('mk', MON));
    await hd.ok(['close', accepted, '--accepted-by', 'Sabine Vogt'], at('mk', '2026-11-24T09:00:00+01:00'));
    await hd.ok(
      ['reply', objected, '--from-customer', '-m', 'Geht immer noch nicht'],
      at('mk', '2026-11-24T09:00:00+01:00'),
    );

    const before = commits();
    expect(await hd.ok(['housekeeping'], at('mk', '2026-12-04T17:00:00+01:00'))).toContain('Nothing to do');
    expect(commits()).toBe(before);
    const done = JSON.parse(await hd.ok(['housekeeping', '--json'], at('mk', '2026-12-07T08:00:00+01:00')));
    expect(done.closedBySilence).toHaveLength(1);
    expect(commits()).toBe(before + 1);
    expect(hd.git('log', '-1', '--format=%an|%s')).toMatch(
      /^Miriam Krause\|T-\w+: close as accepted by silence \(10 business days/,
    );
    expect(JSON.parse(await hd.ok(['housekeeping', '--json'], at('mk', '2026-12-08T08:00:00+01:00')))).toEqual({
      closedBySilence: [],
    });
    expect(commits()).toBe(before + 1);

    const shown = JSON.parse(await hd.ok(['show', silent, '--json'], at('mk', '2026-12-08T08:00:00+01:00')));
    expect(shown.state).toMatchObject({ status: 'closed', closure: 'accepted-by-silence' });
    expect(
      JSON.parse(await hd.ok(['show', accepted, '--json'], at('mk', '2026-12-08T08:00:00+01:00'))).state.closure,
    ).toBe('accepted');
    expect(await hd.ok(['show', silent], at('mk', '2026-12-08T08:00:00+01:00'))).toMatch(
      /^status\s+closed, accepted by silence/m,
    );
    const report = JSON.parse(
      await hd.ok(['report', 'resolution', '--period', '2026-12', '--json'], at('ak', '2026-12-08T08:00:00+01:00')),
    );
    expect(report.data.summary).toMatchObject({ closed: 1, accepted: 0, acceptedBySilence: 1 });
    expect(
      JSON.parse(await hd.ok(['show', objected, '--json'], at('mk', '2026-12-08T08:00:00+01:00'))).state.status,
    ).toBe('resolved');
  });

  it('names six tickets in the subject of a close of many, and says what was done', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) ids.push(await open());
    for (const id of ids) await hd.ok(['resolve', id, '--solution', 'Neustart'], at('mk', MON));
    await hd.ok(['housekeeping'], at('mk', '2026-12-08T08:00:00+01:00'));
    expect(hd.git('log', '-1', '--format=%s')).toMatch(
      /^(T-\w{5}, ){5}T-\w{5} and 2 more: close as accepted by silence \(10 business days/,
    );
    expect(hd.git('show', '--name-only', '--format=', 'HEAD').trim().split('\n')).toHaveLength(8);
  });

  it('any command changing a ticket closes what is due first, in a commit of its own', async () => {
    const silent = await open();
    await hd.ok(['resolve', silent, '--solution', 'Neustart'], at('mk', MON));
    const before = commits();
    await openTicket(hd, [], { DESK_NOW: '2026-12-08T09:00:00+01:00' });
    expect(commits()).toBe(before + 2);
    expect(hd.git('log', '-2', '--format=%s').split('\n')[1]).toMatch(/close as accepted by silence/);

    // desk's two commits undone by hand: the ticket is due again, and the next command closes it again
    hd.git('reset', '-q', '--hard', 'HEAD~2');
    await openTicket(hd, [], { DESK_NOW: '2026-12-08T10:00:00+01:00' });
    expect(commits()).toBe(before + 2);
    expect(hd.git('log', '-2', '--format=%s').split('\n')[1]).toMatch(/close as accepted by silence/);

    hd.write('desk.yaml', `${hd.read('desk.yaml')}workflow:\n  autoCloseDays: 0\n`);
    hd.git('commit', '-qam', 'never close by silence');
    const kept = await open();
    await hd.ok(['resolve', kept, '--solution', 'Neustart'], at('mk', MON));
    expect(await hd.ok(['housekeeping'], at('mk', '2027-03-01T09:00:00+01:00'))).toContain('closing by silence is off');
  });
});
