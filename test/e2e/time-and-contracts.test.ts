import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTicket, snapshot, helpdesk, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { ticketFile } from '../../src/core/ticket/paths.js';

let hd: InProcessHelpdesk;
const NOW = { DESK_NOW: '2026-10-30T12:00:00+01:00' };
beforeEach(() => {
  hd = helpdesk({
    'contracts/dorn.yaml':
      'id: dorn\nname: Dorn Elektrotechnik KG\nprojectLead: tb\nsalesRep: sh\ncontracts:\n  - { kind: none, start: 2025-01-01 }\n',
  });
  hd.write('desk.yaml', `${hd.read('desk.yaml')}billing:\n  listRate: "130.00"\n`);
  hd.git('commit', '-qam', 'list rate');
});
afterEach(() => hd.cleanup());

const log = async (args: string[], user = 'mk') => await hd.ok(['log', ...args], { env: { ...NOW, DESK_USER: user } });
// received at the start of October, so that time worked on it in October can be logged
const open = async (args: string[]) => await openTicket(hd, [...args, '--received-at', '2026-10-01 08:00'], NOW);

describe('time logging and the money rules, end to end', () => {
  it('reproduces the ACME October golden case in the usage statement', async () => {
    const a = await open(['--category', 'question', '--priority', 'normal']);
    const b = await open(['--category', 'malfunction', '--priority', 'high']);
    const c = await open(['--category', 'malfunction', '--priority', 'normal']);
    const d = await open(['--category', 'data-problem', '--priority', 'low']);
    await log([a, '0:20', '--activity', 'communication', '--on', '2026-10-05']);
    await log([a, '1h05m', '--activity', 'solution', '--on', '2026-10-05']);
    await hd.ok(['escalate', b, '-r', 'Datenbankanalyse nötig'], { env: NOW });
    await log([b, '3h', '--activity', 'analysis', '--on', '2026-10-06'], 'jb');
    await log([b, '120m', '--activity', 'analysis', '--on', '2026-10-07'], 'jb');
    await log([c, '7:40', '--activity', 'remote-session', '--on', '2026-10-08']);
    await log([d, '1.1666h'.replace('1.1666h', '70m'), '--activity', 'solution', '--on', '2026-10-09']);

    const usage = JSON.parse(await hd.ok(['usage', 'acme', '--period', '2026-10', '--json'], { env: NOW }));
    const [s] = usage.statements;
    expect(s.quota).toMatchObject({ included: 600, used: 810, overage: 210, overageAmount: 38500 });
    expect(s.beyondCap).toMatchObject({ minutes: 60, rate: 12000, amount: 12000 });
    expect(s.outsideContract).toMatchObject({ minutes: 75, amount: 15000 });
    expect(s.net).toBe(65500);
    const text = await hd.ok(['usage', 'acme', '--period', '2026-10'], { env: NOW });
    expect(text).toContain('13:30 used');
    expect(text).toContain('€655.00 net');
    const show = JSON.parse(await hd.ok(['show', b, '--json'], { env: NOW }));
    expect(
      show.time.map((t: { parts: { bucket: string; minutes: number }[] }) =>
        t.parts.map((p) => `${p.bucket}:${p.minutes}`).join('+'),
      ),
    ).toEqual(['quota:180', 'quota:60+beyond-cap:60']);
  });

  it('bills a customer without a contract at the list rate: 2:05 → 2:15 → 292.50', async () => {
    const t = await open(['--customer', 'dorn', '--category', 'question', '--priority', 'normal']);
    await log([t, '2h05m', '--on', '2026-10-12']);
    const [s] = JSON.parse(await hd.ok(['usage', 'dorn', '--period', '2026-10', '--json'], { env: NOW })).statements;
    expect(s.payPerUse).toMatchObject({ minutes: 135, rate: 13000, amount: 29250 });
  });

  it('corrects entries with new events: undo and replace, nothing rewritten', async () => {
    const t = await open(['--category', 'question', '--priority', 'normal']);
    const first = JSON.parse(await log([t, '45m', '--on', '2026-10-20', '--json'])).entry as string;
    const before = hd.read(ticketFile(t));
    const replaced = JSON.parse(await log([t, '1h', '--replace', first.slice(0, 6), '--json'])).entry as string;
    expect(hd.read(ticketFile(t))).toContain(first); // the original entry stays in the log
    expect(
      hd
        .git('diff', 'HEAD~1', '--', ticketFile(t))
        .split('\n')
        .filter((l) => l.startsWith('-') && !l.startsWith('---') && !/updatedAt/.test(l)),
    ).toEqual([]);
    await log(['--undo', replaced, '-r', 'doppelt erfasst']);
    const state = JSON.parse(await hd.ok(['show', t, '--json'])).state;
    expect(state.timeEntries).toEqual([]);
    expect(before.length).toBeLessThan(hd.read(ticketFile(t)).length);
  });

  it('refuses time that must not be logged, with the reason, changing nothing', async () => {
    const t = await open(['--category', 'question', '--priority', 'normal']);
    const cr = await open(['--category', 'change-request', '--priority', 'normal']);
    await hd.ok(['escalate', cr, '-r', 'Änderung'], { env: NOW });
    const project = await open(['--category', 'project-work', '--priority', 'normal']);
    await hd.ok(['handoff', project, '--to', 'project-lead', '-r', 'Projekt'], { env: NOW });
    const before = snapshot(hd);
    const cases: [string[], RegExp][] = [
      [[t, '0m'], /more than zero/],
      [[t, '-1h'], /not a duration|unknown option/],
      [[t, '25h'], /more than 24h/],
      [[t, '1h', '--on', '2026-11-02'], /in the future/],
      [[t, '1h', '--activity', 'coding'], /--activity: "coding" is not one of/],
      [[t, '1h', '--non-billable'], /--non-billable needs --reason/],
      [[cr, '2h', '--activity', 'change'], /not estimated the change yet/],
      [[project, '1h'], /not support work \(with project-lead tb\)/],
    ];
    for (const [args, message] of cases) {
      const r = await hd.desk(['log', ...args], { env: { ...NOW, DESK_USER: 'jb' } });
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.stderr).toMatch(message);
    }
    await hd.ok(['estimate', cr, '10h'], { env: { ...NOW, DESK_USER: 'jb' } });
    expect(
      (await hd.desk(['log', cr, '1h', '--activity', 'change'], { env: { ...NOW, DESK_USER: 'jb' } })).stderr,
    ).toContain('over 8h, so it is project work');
    expect(snapshot(hd).split('\n').slice(1)).toEqual(before.split('\n').slice(1));
  });
});

describe('customers and contracts', () => {
  // customers and contracts are sales' and managers' work (docs/roles.md)
  const SALES = { env: { DESK_USER: 'sh' } };
  it('adds a customer and a change of terms as one commit each', async () => {
    await hd.ok(
      [
        'customer',
        'add',
        'mueller',
        '--name',
        'Müller Logistik GmbH',
        '--street',
        'Hafenweg 3',
        '--postal-code',
        '48155',
        '--city',
        'Münster',
        '--project-lead',
        'tb',
        '--sales-rep',
        'sh',
        '--contact',
        'Petra Müller <p.mueller@mueller.example>',
      ],
      SALES,
    );
    expect(hd.git('log', '-1', '--format=%s').trim()).toBe('Customer mueller: add Müller Logistik GmbH');
    await hd.ok(
      [
        'contract',
        'add',
        'mueller',
        '--kind',
        'service',
        '--start',
        '2026-01-01',
        '--fee',
        '900.00',
        '--included-hours',
        '8',
        '--overage-rate',
        '105',
        '--hourly-rate',
        '115',
        '--reaction-time',
        '8h',
      ],
      SALES,
    );
    await hd.ok(
      [
        'contract',
        'add',
        'mueller',
        '--kind',
        'commitment',
        '--start',
        '2026-07-01',
        '--minimum-hours',
        '20',
        '--rate',
        '100.00',
      ],
      SALES,
    );
    expect(hd.git('show', '--name-only', '--format=%s', 'HEAD').trim()).toBe(
      'Customer mueller: commitment contract from 2026-07-01 (previous ends 2026-06-30)\n\ncontracts/mueller.yaml',
    );
    const june = JSON.parse(await hd.ok(['contract', 'show', 'mueller', '--at', '2026-06-15', '--json']));
    expect(june.contract).toMatchObject({ kind: 'service', end: '2026-06-30', fee: 90000, includedHours: 480 });
    const july = JSON.parse(await hd.ok(['contract', 'show', 'mueller', '--at', '2026-07-01', '--json']));
    expect(july.contract).toMatchObject({ kind: 'commitment', minimumHours: 1200, rate: 10000 });
    expect(await hd.ok(['customer', 'show', 'mueller'])).toContain('Petra Müller <p.mueller@mueller.example>');
    expect(JSON.parse(await hd.ok(['customer', 'list', '--json'])).map((c: { id: string }) => c.id)).toEqual([
      'acme',
      'dorn',
      'mueller',
    ]);
    const checked = await hd.desk(['check']);
    expect(checked.stdout).toContain('All files are valid');
  });

  it('refuses a customer or contract with missing or bad terms, naming the flag', async () => {
    const before = snapshot(hd);
    expect((await hd.desk(['customer', 'add', 'x1', '--name', 'X'], SALES)).stderr).toContain('missing --street');
    expect((await hd.desk(['customer', 'add', 'acme', '--name', 'X'], SALES)).stderr).toContain(
      'customer acme exists already',
    );
    // a first service contract must state its terms; a renewal of one takes those it does not change
    expect(
      (
        await hd.desk(
          ['contract', 'add', 'dorn', '--kind', 'service', '--start', '2026-12-01', '--fee', '900.00'],
          SALES,
        )
      ).stderr,
    ).toContain('missing --included-hours');
    expect(
      (await hd.desk(['contract', 'add', 'acme', '--kind', 'service', '--start', '2026-13-01'], SALES)).stderr,
    ).toContain('--start: "2026-13-01" is not a date');
    expect(
      (await hd.desk(['contract', 'add', 'acme', '--kind', 'service', '--start', '2026-12-01', '--fee', 'viel'], SALES))
        .stderr,
    ).toContain('--fee: "viel" is not an amount');
    expect(
      (
        await hd.desk(
          [
            'contract',
            'add',
            'acme',
            '--kind',
            'service',
            '--start',
            '2026-12-01',
            '--fee',
            'viel',
            '--included-hours',
            '5',
            '--overage-rate',
            '1',
            '--hourly-rate',
            '1',
          ],
          SALES,
        )
      ).stderr,
    ).toContain('--fee: "viel" is not an amount');
    expect(snapshot(hd)).toBe(before);
  });

  it('desk check names overlapping contracts and gaps', async () => {
    hd.write(
      'contracts/dorn.yaml',
      'id: dorn\nname: Dorn\ncontracts:\n  - { kind: none, start: 2025-01-01, end: 2025-12-31 }\n  - { kind: none, start: 2025-06-01 }\n',
    );
    const r = await hd.desk(['check']);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^contracts\/dorn\.yaml: contracts\[1\]\.start: .*overlap/m);
  });
});
