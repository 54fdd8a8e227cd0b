// What a flag's value says, as a script hands it over: an empty value (an unset variable) is
// refused by its flag, never read as "not given" and answered with the default, and nothing
// is committed. desk runs in-process against real temporary git repositories.
import { afterEach, describe, expect, it } from 'vitest';
import { helpdesk, openTicket, snapshot, type InProcessHelpdesk } from '../helpers/helpdesk.js';

let hd: InProcessHelpdesk;
afterEach(() => hd?.cleanup());

const at = (day: string) => ({ DESK_NOW: `${day}T12:00:00+01:00` });

/** Runs desk, expects a usage error whose first line is `message`, and that nothing changed. */
async function refused(args: string[], message: string | RegExp, env = at('2026-12-07')) {
  const before = snapshot(hd);
  const r = await hd.desk(args, { env });
  const first = r.stderr.split('\n')[0]!;
  expect([r.code, first]).toEqual([
    2,
    typeof message === 'string' ? `desk: ${message}` : expect.stringMatching(message),
  ]);
  expect(r.stdout).toBe('');
  expect(snapshot(hd)).toBe(before);
}

describe('desk log: an empty entry id corrects nothing and logs nothing', () => {
  it('--undo "", --replace "" and --confirm "" are refused by their flag', async () => {
    hd = helpdesk();
    const t = await openTicket(hd, ['--received-at', '2026-12-01 09:00'], at('2026-12-01'));
    await hd.ok(['log', t, '2h', '-m', 'first entry'], { env: at('2026-12-07') });
    for (const flag of ['--undo', '--replace', '--confirm']) {
      await refused(['log', t, '2h', flag, ''], `${flag}: give the id of an entry (desk show ID lists them)`);
      await refused(['log', t, flag, ''], `${flag}: give the id of an entry (desk show ID lists them)`);
      await refused(['log', t, '45m', flag, '  '], `${flag}: give the id of an entry (desk show ID lists them)`);
    }
    const shown = JSON.parse(await hd.ok(['show', t, '--json'])) as { state: { timeEntries: unknown[] } };
    expect(shown.state.timeEntries).toHaveLength(1);
  });

  it('an empty --on, --activity or --reason is refused, not taken for today or the default', async () => {
    hd = helpdesk();
    const t = await openTicket(hd, ['--received-at', '2026-12-01 09:00'], at('2026-12-01'));
    await refused(['log', t, '10m', '--on', ''], /^desk: --on: /);
    await refused(['log', t, '10m', '--activity', ''], /^desk: --activity: /);
    await refused(['log', t, '10m', '--non-billable', '--reason', ''], /^desk: --reason: /);
  });
});

describe('desk open and desk edit: empty and blank values', () => {
  it('a blank --title gets the words edit gives it, naming no file', async () => {
    hd = helpdesk();
    await refused(
      ['open', '--title', '   ', '--customer', 'acme', '--channel', 'phone'],
      '--title: a title cannot be empty',
    );
    await refused(
      ['open', '--title', '', '--customer', 'acme', '--channel', 'phone'],
      '--title: a title cannot be empty',
    );
    const t = await openTicket(hd);
    await refused(['edit', t, '--title', '  '], '--title: a title cannot be empty');
  });

  it('an empty --received-at, --product or --customer is refused by its flag', async () => {
    hd = helpdesk();
    const open = ['open', '--title', 'Export bricht ab', '--customer', 'acme', '--channel', 'phone'];
    await refused([...open, '--received-at', ''], /^desk: --received-at: /);
    await refused([...open, '--product', ''], /^desk: --product: /);
    await refused(['open', '--title', 'x', '--customer', '', '--channel', 'phone'], /^desk: --customer: /);
    const t = await openTicket(hd);
    await refused(['qualify', t, '--product', ''], /^desk: --product: /);
    await refused(['edit', t, '--contact', 'Frau Schulz', '--reason', ''], /^desk: --reason: /);
  });

  it('a product with an empty module part is refused; a ticket file with module "" fails desk check', async () => {
    hd = helpdesk();
    const open = ['open', '--title', 'Export bricht ab', '--customer', 'acme', '--channel', 'phone'];
    await refused([...open, '--product', 'lohn/'], /^desk: --product: "lohn\/" /);
    await refused([...open, '--product', 'lohn/export/x'], /^desk: --product: "lohn\/export\/x" /);
    const t = await openTicket(hd, ['--product', 'lohn']);
    const listed = JSON.parse(await hd.ok(['list', '--json'])) as { id: string; module: string | null }[];
    expect(listed.find((x) => x.id === t)!.module).toBeNull();

    const file = hd.git('ls-files', 'tickets').trim();
    hd.write(file, hd.read(file).replace('\n    product: lohn\n', '\n    product: lohn\n    module: ""\n'));
    hd.git('commit', '-qam', 'a module by hand');
    const check = await hd.desk(['check']);
    expect(check.code).toBe(2);
    expect(check.stdout + check.stderr).toMatch(/module: a module cannot be empty/);
  });
});

describe('desk log: durations are read exactly, and a day holds at most 24 hours of a person', () => {
  it('refuses minutes of 60 or more after an hour part, and numbers too long to be a duration', async () => {
    hd = helpdesk();
    const t = await openTicket(hd, ['--received-at', '2026-12-01 09:00'], at('2026-12-01'));
    await refused(['log', t, '1h70m'], 'DURATION: "1h70m" has 70 minutes after the hours');
    await refused(
      ['log', t, '99999999999999999999'],
      'DURATION: "99999999999999999999" has too many digits for a duration',
    );
    await refused(['log', t, '99999999999999999999h'], /^desk: DURATION: "99999999999999999999h" has too many digits/);
    // a fraction is read as written: never rounded to whole minutes through a float
    await refused(['log', t, '1.00000000000000000001h'], 'DURATION: "1.00000000000000000001h" is not a duration');
    await refused(['log', t, '1.0000000001h'], 'DURATION: "1.0000000001h" is not a duration');
    const logged = JSON.parse(await hd.ok(['log', t, '1.50000000000000000000h', '--json'], { env: at('2026-12-07') }));
    expect(logged.event.minutes).toBe(90);
    const hm = JSON.parse(await hd.ok(['log', t, '1h59m', '--json'], { env: at('2026-12-07') }));
    expect(hm.event.minutes).toBe(119);
  });

  it('refuses an entry that takes a person past 24 h on one day of a ticket', async () => {
    hd = helpdesk();
    const a = await openTicket(hd, ['--received-at', '2026-12-01 09:00'], at('2026-12-01'));
    const env = at('2026-12-07');
    await hd.ok(['log', a, '20h', '--on', '2026-12-04'], { env });
    await refused(['log', a, '4h30m', '--on', '2026-12-04'], /^desk: mk would have 24h 30m logged on 2026-12-04/);
    // another day, another person, and a replacement that keeps the day within 24 h are fine
    await hd.ok(['log', a, '2h', '--on', '2026-12-05'], { env });
    await hd.ok(['log', a, '8h', '--on', '2026-12-04'], { env: { ...env, DESK_USER: 'jb' } });
    const entry = (
      JSON.parse(await hd.ok(['show', a, '--json'])) as {
        state: { timeEntries: { id: string; on: string; staff: string; minutes: number }[] };
      }
    ).state.timeEntries.find((e) => e.on === '2026-12-04' && e.staff === 'mk')!.id;
    const four = JSON.parse(await hd.ok(['log', a, '23h', '--replace', entry, '--json'], { env })).entry as string;
    await refused(['log', a, '3h', '--on', '2026-12-04'], /^desk: mk would have 26h logged on 2026-12-04/);
    expect(four).toMatch(/^e-/);
  });

  it.each([
    ['through the ticket index', {}],
    ['from the files', { DESK_NO_INDEX: '1' }],
  ])('desk check names a day with more than 24 h of one person across tickets (%s)', async (_, indexEnv) => {
    hd = helpdesk({}, indexEnv);
    const a = await openTicket(hd, ['--received-at', '2026-12-01 09:00'], at('2026-12-01'));
    const b = await openTicket(hd, ['--received-at', '2026-12-01 09:30'], at('2026-12-01'));
    const env = at('2026-12-07');
    await hd.ok(['log', a, '20h', '--on', '2026-12-04'], { env });
    await hd.ok(['log', b, '5h', '--on', '2026-12-04'], { env });
    await hd.ok(['log', b, '5h', '--on', '2026-12-05', '--as', 'jb'], { env });
    const r = await hd.desk(['check']);
    expect(r.code).toBe(2);
    const lines = r.stdout.split('\n').filter((l) => l.includes('more than a day has'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`mk has 25h logged on 2026-12-04, more than a day has, on ${[a, b].sort().join(', ')}`);
  });
});
