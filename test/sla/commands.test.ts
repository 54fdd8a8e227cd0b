// The reaction-time commands end to end: `desk sla` for CI, `desk queue` for a First and a
// Second Level person, `desk show` and `desk list --sort deadline`, the resolution clock paused
// while waiting, and `desk check` on bad calendars. The clock is pinned with DESK_NOW.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTicket, helpdesk, type InProcessHelpdesk } from '../helpers/helpdesk.js';

const ACME = `id: acme
name: ACME Maschinenbau GmbH
projectLead: tb
salesRep: sh
contracts:
  - kind: service
    start: 2025-01-01
    fee: "1200.00"
    includedHours: 10
    overageRate: "110.00"
    hourlyRate: "120.00"
    reactionTimes: 4h
    resolutionTimes: { high: 8h }
`;
const BETA = `id: beta
name: Beta Bäckerei KG
contracts:
  - { kind: none, start: 2025-01-01, hourlyRate: "120.00" }
`;

let hd: InProcessHelpdesk;
beforeEach(() => (hd = helpdesk({ 'contracts/acme.yaml': ACME, 'contracts/beta.yaml': BETA })));
afterEach(() => hd.cleanup());

// Changes are recorded a minute before the lists are read: with a pinned clock, events of one
// instant get successive milliseconds, and a reply stamped after "now" has not happened yet.
const MONDAY_9 = '2026-11-23T09:00:00+01:00';
const MONDAY_859 = '2026-11-23T08:59:00+01:00';
const as = (user: string, instant = MONDAY_9) => ({ env: { DESK_USER: user, DESK_NOW: instant } });
const by = (user: string) => as(user, MONDAY_859);
const open = async (received: string, args: string[] = []) =>
  await openTicket(hd, ['--received-at', received, ...args], { DESK_NOW: MONDAY_859 });
const ids = (out: string) => (JSON.parse(out) as { id: string }[]).map((t) => t.id);

describe('desk sla', () => {
  it('lists open tickets awaiting a reaction by deadline and fails CI with exit 3 only while one is breached', async () => {
    const fresh = await open('2026-11-23 08:30'); // due 12:30, 3 h 30 m left
    const soon = await open('2026-11-20 15:30'); // due 10:30, 1 h 30 m left
    expect((await hd.desk(['sla', '--fail-on-breach'], as('mk'))).code).toBe(0);
    expect(ids(await hd.ok(['sla', '--json'], as('mk')))).toEqual([soon, fresh]);

    const old = await open('2026-11-19 10:00'); // due Thursday 14:00: 13 service hours overdue
    const failed = await hd.desk(['sla', '--fail-on-breach'], as('mk'));
    expect(failed.code).toBe(3);
    expect(failed.stderr).toContain('1 ticket is past the reaction deadline');
    expect(failed.stdout).toMatch(/^!\s+T-\w+\s+2026-11-19 14:00\s+overdue 13h\s/m);
    expect(failed.stdout).toMatch(/^\s+T-\w+\s+2026-11-23 10:30\s+1h 30m left\s/m);
    expect(failed.stdout).toContain('3 awaiting a reaction, 1 past the deadline (as of 2026-11-23 09:00)');

    expect(ids(await hd.ok(['sla', '--within', '2h', '--json'], as('mk')))).toEqual([old, soon]);
    expect(ids(await hd.ok(['sla', '--within', '4h', '--json'], as('mk')))).toEqual([old, soon, fresh]);
    expect(ids(await hd.ok(['sla', '--breached', '--json'], as('mk')))).toEqual([old]);
    expect(await hd.desk(['sla', '--within', 'soon'], as('mk'))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--within: "soon" is not a duration'),
    });

    // answered late: breached, but no longer awaiting a reaction
    await hd.ok(['reply', old, '-m', 'Entschuldigung, wir sind dran.'], by('mk'));
    expect((await hd.desk(['sla', '--fail-on-breach'], as('mk'))).code).toBe(0);
    expect(await hd.ok(['sla', '--breached'], as('mk'))).toBe('No open ticket awaits a reaction past its deadline.\n');
  });
});

describe('desk queue', () => {
  it("shows a person their level: the team's overdue first, their own then the unassigned by deadline, the answered last", async () => {
    const q = ['--category', 'malfunction', '--priority', 'normal'];
    const unassignedSoon = await open('2026-11-20 15:30', q);
    const unassignedLater = await open('2026-11-23 08:30', q);
    const mineOverdue = await open('2026-11-19 10:00', q);
    await hd.ok(['assign', mineOverdue, 'mk'], by('mk'));
    const mineLatest = await open('2026-11-23 08:45', q);
    await hd.ok(['assign', mineLatest, 'mk'], by('mk'));
    const lars = await open('2026-11-19 09:00', q);
    await hd.ok(['assign', lars, 'lw'], by('mk'));
    const answered = await open('2026-11-19 11:00', q);
    await hd.ok(['reply', answered, '-m', 'Eingangsbestätigung'], by('mk'));
    const toJonas = await open('2026-11-23 08:00', q);
    await hd.ok(['escalate', toJonas, '--reason', 'Datenbankanalyse', '--to', 'jb'], by('mk'));
    const secondLevel = await open('2026-11-20 09:00', q);
    await hd.ok(['escalate', secondLevel, '--reason', 'Schnittstelle'], by('mk'));
    const resolved = await open('2026-11-20 08:00', q);
    await hd.ok(['resolve', resolved, '--solution', 'Neustart'], by('mk'));

    expect(ids(await hd.ok(['queue', '--json'], as('mk')))).toEqual([
      lars, // Lars's, but past its deadline: the team's promise
      mineOverdue,
      mineLatest,
      unassignedSoon,
      unassignedLater,
      answered, // mk's since the reply (taken on first touch)
      resolved, // awaiting the customer's acceptance
    ]);
    expect(ids(await hd.ok(['queue', '--json'], as('jb')))).toEqual([secondLevel, toJonas]); // the overdue first

    const text = await hd.ok(['queue'], as('mk'));
    expect(text).toContain('Miriam Krause (mk), Level 1, as of 2026-11-23 09:00');
    expect(text).toMatch(/^!\s+T-\w+\s+2026-11-19 14:00\s+overdue 13h\s+normal\s+open\s+L1\s+acme\s+mk\s/m);
    expect(text).toMatch(/^!\s+T-\w+\s+-\s+answered 12h late\s/m); // 11 h 59 m after the deadline, rounded up
    expect(text).toMatch(/^!\s+T-\w+\s+-\s+awaiting acceptance, closes 2026-12-07 by silence\s/m);
    expect(text).toContain('7 tickets, 5 awaiting a reaction');
    const first = JSON.parse(await hd.ok(['queue', '--json'], as('mk')))[1];
    expect(first).toMatchObject({
      id: mineOverdue,
      mine: true,
      awaiting: true,
      need: 'overdue',
      sla: { reaction: { status: 'overdue', breached: true, overdueMinutes: 780 } },
    });

    const manager = await hd.desk(['queue'], as('ak'));
    expect(manager.code).toBe(1);
    expect(manager.stderr).toContain('ak works at neither First nor Second Level');
  });
});

describe('desk show and desk list', () => {
  it('show gives the deadline and status, and says so when no reaction time is agreed', async () => {
    const acme = await open('2026-11-20 15:30');
    expect(await hd.ok(['show', acme], as('mk'))).toMatch(
      /^reaction\s+due 2026-11-23 10:30, 1h 30m left — 4h service time \(no priority yet: the shortest time agreed, critical's, applies\)$/m,
    );
    await hd.ok(['qualify', acme, '--category', 'question', '--priority', 'high'], by('mk'));
    const shown = await hd.ok(['show', acme], as('mk'));
    expect(shown).toMatch(/^reaction\s+due 2026-11-23 10:30, 1h 30m left — 4h service time$/m);
    expect(shown).toMatch(
      /^resolution\s+due 2026-11-23 14:30, 5h 30m left — 8h service time, paused while waiting on the customer$/m,
    );
    await hd.ok(['reply', acme, '-m', 'Eingangsbestätigung'], as('mk', '2026-11-23T09:30:00+01:00'));
    expect(await hd.ok(['show', acme], as('mk', '2026-11-23T10:00:00+01:00'))).toMatch(
      /^reaction\s+met: reacted 2026-11-23 09:30 after 3h service time, due 2026-11-23 10:30 — 4h service time$/m,
    );

    const beta = await openTicket(hd, ['--customer', 'beta', '--received-at', '2026-11-20 15:30'], {
      DESK_NOW: MONDAY_859,
    });
    expect(await hd.ok(['show', beta], as('mk'))).toMatch(/^reaction\s+no reaction time agreed \(best effort\)$/m);
    expect(JSON.parse(await hd.ok(['show', beta, '--json'], as('mk'))).sla.reaction).toMatchObject({
      status: 'none',
      targetMinutes: null,
      deadline: null,
      breached: false,
    });
    expect(await hd.ok(['sla'], as('mk'))).toMatch(/^\s+T-\w+\s+-\s+best effort\s/m);
  });

  it('list --sort deadline puts the most pressing unanswered ticket first; the default sort stays priority', async () => {
    const low = await open('2026-11-19 10:00', ['--category', 'question', '--priority', 'low']);
    const critical = await open('2026-11-23 08:30', ['--category', 'question', '--priority', 'critical']);
    const answered = await open('2026-11-18 08:30', ['--category', 'question', '--priority', 'critical']);
    await hd.ok(['reply', answered, '-m', 'Eingangsbestätigung'], by('mk'));
    expect(ids(await hd.ok(['list', '--json'], as('mk')))).toEqual([answered, critical, low]);
    expect(ids(await hd.ok(['list', '--sort', 'deadline', '--json'], as('mk')))).toEqual([low, critical, answered]);
    expect(await hd.ok(['list', '--sort', 'deadline'], as('mk'))).toMatch(/^ID\s+DUE\s+LEFT\s+STATUS/);
    expect((await hd.desk(['list', '--sort', 'age'], as('mk'))).code).toBe(2);
  });
});

describe('resolution time', () => {
  it('pauses while the ticket waits on the customer', async () => {
    const at = (local: string) => `2026-11-${local}+01:00`;
    const id = await openTicket(
      hd,
      ['--received-at', '2026-11-23 08:00', '--category', 'malfunction', '--priority', 'high'],
      { DESK_NOW: at('23T08:00:00') },
    );
    await hd.ok(['reply', id, '-m', 'Bitte senden Sie uns das Protokoll.'], as('mk', at('23T09:00:00')));
    await hd.ok(['wait', id, '--reason', 'Protokoll angefordert'], as('mk', at('23T10:00:00')));
    const resolution = async (instant: string) =>
      JSON.parse(await hd.ok(['show', id, '--json'], as('mk', instant))).sla.resolution;
    expect(await resolution(at('25T12:00:00'))).toMatchObject({
      status: 'paused',
      pausedSince: at('23T10:00:00'),
      usedMinutes: 120,
      remainingMinutes: 360,
      deadline: null,
    });
    expect(await hd.ok(['show', id], as('mk', at('25T12:00:00')))).toMatch(
      /^resolution\s+clock stopped since 2026-11-23 10:00 \(waiting on the customer\), 6h left/m,
    );

    await hd.ok(['reply', id, '--from-customer', '-m', 'Protokoll anbei'], as('mk', at('25T10:00:00')));
    expect(await resolution(at('25T12:00:00'))).toMatchObject({
      status: 'pending',
      deadline: at('25T16:00:00'),
      usedMinutes: 240,
      remainingMinutes: 240,
    });
    await hd.ok(['resolve', id, '--solution', 'Treiber aktualisiert'], as('mk', at('25T15:00:00')));
    expect(await resolution(at('26T09:00:00'))).toMatchObject({
      status: 'met',
      resolvedAt: at('25T15:00:00'),
      deadline: at('25T16:00:00'),
      serviceMinutesToResolution: 420,
      breached: false,
    });
  });
});

describe('desk check', () => {
  it('names the file and field of every bad calendar, in desk.yaml and in a contract', async () => {
    hd.write(
      'desk.yaml',
      `${hd.read('desk.yaml')}calendar:\n  timeZone: Europe/Berln\n  hours: { mon: ["17:00-08:00"], tue: ["08:00-13:30", "13:00-17:00"] }\n  holidays: DE-XX\n`,
    );
    hd.write('contracts/acme.yaml', `${ACME}    calendar:\n      hours: { mon: [] }\n`);
    const r = await hd.desk(['check'], as('mk'));
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('desk.yaml: calendar.timeZone: unknown time zone "Europe/Berln"');
    expect(r.stdout).toContain('desk.yaml: calendar.hours.mon[0]: "17:00-08:00" ends before it starts');
    expect(r.stdout).toContain('desk.yaml: calendar.hours.tue: "08:00-13:30" and "13:00-17:00" overlap');
    expect(r.stdout).toContain('desk.yaml: calendar.holidays: unknown holiday region "DE-XX"');
    expect(r.stdout).toContain('contracts/acme.yaml: contracts[0].calendar.hours: the week has no service hours');
    // nothing computes on a broken calendar: the commands refuse and point at desk check
    const sla = await hd.desk(['sla'], as('mk'));
    expect(sla.code).toBe(2);
    expect(sla.stderr).toContain('desk.yaml: calendar.timeZone');
  });

  it('an unreadable contract makes desk sla refuse, and shows as unknown in the queue and in desk show', async () => {
    const id = await open('2026-11-20 15:30');
    hd.write('contracts/acme.yaml', ACME.replace('fee: "1200.00"', 'fee: lots'));
    const sla = await hd.desk(['sla', '--fail-on-breach'], as('mk'));
    expect(sla.code).toBe(2);
    expect(sla.stderr).toMatch(
      /cannot tell the reaction time of T-\w+: contracts\/acme.yaml: contracts\[0\]\.fee: "lots" is not an amount/,
    );
    const queue = await hd.desk(['queue'], as('mk'));
    expect(queue.code).toBe(0);
    expect(queue.stdout).toContain('unknown (desk check)');
    expect(queue.stderr).toContain('skipped contracts/acme.yaml: contracts[0].fee');
    expect(await hd.ok(['show', id], as('mk'))).toMatch(
      /^reaction\s+unknown: contracts\/acme.yaml: contracts\[0\]\.fee: .* \(see desk check\)$/m,
    );
    expect(JSON.parse(await hd.ok(['show', id, '--json'], as('mk'))).sla).toBeNull();
  });

  it("a contract calendar that names only some fields keeps the company's others, and check accepts it", async () => {
    hd.write('contracts/acme.yaml', `${ACME}    calendar:\n      hours: { sat: ["10:00-14:00"] }\n`);
    expect((await hd.desk(['check'], as('mk'))).code).toBe(0);
    // received Friday 15:30: the contract's only hours are Saturday 10:00–14:00, so 4 h end Saturday 14:00
    const id = await open('2026-11-20 15:30');
    expect(JSON.parse(await hd.ok(['show', id, '--json'], as('mk'))).sla.reaction.deadline).toBe(
      '2026-11-21T14:00:00+01:00',
    );
  });
});
