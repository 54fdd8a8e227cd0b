import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTicket, helpdesk, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { tempCodeRepo, type CodeRepoFixture } from './helpers.js';

let hd: InProcessHelpdesk;
let code: CodeRepoFixture;
let state: string;
beforeEach(() => {
  hd = helpdesk();
  code = tempCodeRepo();
  code.git('config', 'desk.repo', hd.root);
  state = mkdtempSync(join(tmpdir(), 'desk-state-'));
});
afterEach(() => {
  hd.cleanup();
  code.cleanup();
  rmSync(state, { recursive: true, force: true });
});

/** Each call is a process of its own, in the code repository, as Jonas, at the instant given. */
const at = async (now: string, args: string[], env: Record<string, string> = {}) =>
  await hd.desk(args, { cwd: code.root, env: { DESK_USER: 'jb', DESK_NOW: now, XDG_STATE_HOME: state, ...env } });
const okAt = async (now: string, args: string[]) => {
  const r = await at(now, args);
  if (r.code !== 0) throw new Error(`desk ${args.join(' ')} failed (${r.code}): ${r.stderr}`);
  return r.stdout;
};
const entries = async (id: string) =>
  JSON.parse(await hd.ok(['show', id, '--json'])).state.timeEntries as {
    minutes: number;
    activity: string;
    on: string;
    staff: string;
    note?: string;
    review?: string;
  }[];

describe('work sessions: desk start, desk status, desk stop', () => {
  it('measures a session across processes and logs it like desk log', async () => {
    const id = await openTicket(hd, [], { DESK_NOW: '2026-11-26T08:00:00+01:00' });
    const helpdeskHead = hd.git('rev-parse', 'HEAD');
    expect(await okAt('2026-11-26T09:02:00+01:00', ['start', id.slice(0, 7), '--activity', 'analysis'])).toContain(
      'work session started at 2026-11-26 09:02',
    );
    expect(hd.git('rev-parse', 'HEAD')).toBe(helpdeskHead); // nothing is committed until the time is logged
    expect(readdirSync(join(state, 'desk', 'sessions'))).toHaveLength(1);

    const again = await at('2026-11-26T09:30:00+01:00', ['start', id]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('jb has a work session running on');

    expect(await okAt('2026-11-26T10:00:00+01:00', ['status'])).toMatch(
      /work session since 2026-11-26 09:02 \(58m\), analysis/,
    );
    const status = JSON.parse(await okAt('2026-11-26T10:00:00+01:00', ['status', '--json']));
    expect(status.session).toMatchObject({ ticket: id, ran: 58, review: null });
    expect(
      JSON.parse(await hd.ok(['status', '--json'], { env: { DESK_USER: 'mk', XDG_STATE_HOME: state } })).session,
    ).toBeNull(); // one session per person

    const out = await okAt('2026-11-26T10:32:00+01:00', ['stop', '-m', 'Datumsparser analysiert']);
    expect(out).toMatch(/logged 1:30 analysis on 2026-11-26 \[e-/);
    expect(await entries(id)).toMatchObject([
      { minutes: 90, activity: 'analysis', on: '2026-11-26', staff: 'jb', note: 'Datumsparser analysiert' },
    ]);
    expect((await entries(id))[0]!.review).toBeNull();
    expect(hd.git('log', '-1', '--format=%an|%s').trim()).toBe(
      `Jonas Becker|${id.slice(0, 7)}: log 1:30 analysis on 2026-11-26 (work session)`,
    );
    expect(readdirSync(join(state, 'desk', 'sessions'))).toHaveLength(0);
    expect(existsSync(join(hd.root, '.desk', 'sessions'))).toBe(false);
    expect(await okAt('2026-11-26T10:33:00+01:00', ['status'])).toContain(
      'No work session running for Jonas Becker (jb)',
    );
    const none = await at('2026-11-26T10:33:00+01:00', ['stop']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('jb has no work session running');
  });

  it('caps a forgotten session and marks it for review; --duration logs the real time instead', async () => {
    const id = await openTicket(hd, [], { DESK_NOW: '2026-11-25T08:00:00+01:00' });
    await okAt('2026-11-25T09:00:00+01:00', ['start', id]);
    expect(await okAt('2026-11-25T20:30:00+01:00', ['status'])).toContain('Looks forgotten');
    const out = await okAt('2026-11-26T08:15:00+01:00', ['stop']);
    expect(out).toContain('This session looks forgotten');
    expect(out).toMatch(/desk log T-\w+ DURATION --replace e-/);
    const [capped] = await entries(id);
    expect(capped).toMatchObject({ minutes: 600, on: '2026-11-25' });
    expect(capped!.review).toContain('ran 23h 15m');
    expect(await hd.ok(['show', id])).toContain('to review: session started 2026-11-25 ran 23h 15m');

    await okAt('2026-11-26T09:00:00+01:00', ['start', id]);
    await okAt('2026-11-26T21:00:00+01:00', ['stop', '--duration', '2h30m']);
    expect((await entries(id))[1]).toMatchObject({ minutes: 150, on: '2026-11-26' });
    expect((await entries(id))[1]!.review).toBeNull();
  });

  it('caps at midnight and at the cap from desk.yaml', async () => {
    hd.write('desk.yaml', `${hd.read('desk.yaml')}sessions:\n  cap: 2h\n`);
    hd.git('commit', '-qam', 'session cap');
    const id = await openTicket(hd, [], { DESK_NOW: '2026-11-25T08:00:00+01:00' });
    await okAt('2026-11-25T09:00:00+01:00', ['start', id]);
    await okAt('2026-11-25T12:00:00+01:00', ['stop']);
    expect((await entries(id))[0]).toMatchObject({
      minutes: 120,
      review: expect.stringContaining('longer than the 2h cap'),
    });

    await okAt('2026-11-25T23:30:00+01:00', ['start', id]);
    await okAt('2026-11-26T00:45:00+01:00', ['stop']);
    expect((await entries(id))[1]).toMatchObject({
      minutes: 30,
      on: '2026-11-25',
      review: expect.stringContaining('past midnight'),
    });
  });

  it("refuses to log a session that takes the person's day on the ticket past 24 hours, and keeps the session", async () => {
    const id = await openTicket(hd, [], { DESK_NOW: '2026-11-25T08:00:00+01:00' });
    await okAt('2026-11-25T09:00:00+01:00', ['log', id, '23h', '--on', '2026-11-25']);
    await okAt('2026-11-25T09:00:00+01:00', ['start', id]);
    const head = hd.git('rev-parse', 'HEAD');
    const r = await at('2026-11-25T11:00:00+01:00', ['stop']);
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([
      2,
      'desk: jb would have 25h logged on 2026-11-25 with this entry, more than a day has',
    ]);
    expect(hd.git('rev-parse', 'HEAD')).toBe(head);
    await okAt('2026-11-25T11:00:00+01:00', ['stop', '--duration', '1h']); // the session is still there
    expect((await entries(id)).map((e) => e.minutes)).toEqual([1380, 60]);
  });

  it('refuses to start on a ticket that cannot take time, and --discard drops a session', async () => {
    const id = await openTicket(hd, ['--category', 'project-work', '--priority', 'normal'], {
      DESK_NOW: '2026-11-26T08:00:00+01:00',
    });
    const r = await at('2026-11-26T09:00:00+01:00', ['start', id]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not support work');

    const other = await openTicket(hd, [], { DESK_NOW: '2026-11-26T08:00:00+01:00' });
    const head = hd.git('rev-parse', 'HEAD');
    await okAt('2026-11-26T09:00:00+01:00', ['start', other]);
    expect(await okAt('2026-11-26T09:20:00+01:00', ['stop', '--discard'])).toContain('nothing logged');
    expect(hd.git('rev-parse', 'HEAD')).toBe(head);
    expect(await entries(other)).toEqual([]);
  });
});
