import { afterEach, describe, expect, it } from 'vitest';
import { ACME, helpdesk, openTicket, snapshot, type InProcessHelpdesk } from '../helpers/helpdesk.js';

let hd: InProcessHelpdesk;
afterEach(() => hd?.cleanup());

const NOW = { DESK_NOW: '2026-10-20T12:00:00+02:00' };
const as = (user: string, args: string[]) => hd.ok(args, { env: { ...NOW, DESK_USER: user } });
const open = (category: string, customer = 'acme') =>
  openTicket(
    hd,
    ['--customer', customer, '--category', category, '--priority', 'normal', '--received-at', '2026-10-01 09:00'],
    NOW,
  );

const HOFMANN = `id: hofmann
name: Hofmann Werkzeugbau GmbH
projectLead: tb
salesRep: sh
contracts:
  - { kind: commitment, start: 2026-01-01, minimumHours: 20, rate: "100.00" }
`;

describe('warnings where money is at stake', () => {
  it('change work past the approved estimate: printed, in --json and in desk show', async () => {
    hd = helpdesk();
    const t = await open('change-request');
    await as('mk', ['escalate', t, '-r', 'Änderung am Export']);
    await as('jb', ['estimate', t, '6h']);
    await as('tb', ['approve', t]);
    expect(await as('jb', ['log', t, '6h', '--activity', 'change', '--on', '2026-10-05'])).not.toContain('warning');
    const out = await as('jb', ['log', t, '4h', '--activity', 'change', '--on', '2026-10-06']);
    expect(out).toContain('warning: ');
    expect(out).toContain('10:00 h of change work logged, 4:00 h beyond the estimate of 6:00 h approved by tb');
    const json = JSON.parse(await as('jb', ['log', t, '30m', '--activity', 'change', '--on', '2026-10-07', '--json']));
    expect(json.warnings).toEqual([expect.objectContaining({ kind: 'beyond-estimate' })]);
    expect(await as('mk', ['show', t])).toContain('4:30 h beyond the estimate of 6:00 h');
    expect(JSON.parse(await as('mk', ['show', t, '--json'])).warnings).toEqual([
      expect.objectContaining({ kind: 'beyond-estimate' }),
    ]);
  });

  it('Second Level analysis crossing the 4 h cap of the contract', async () => {
    hd = helpdesk();
    const t = await open('malfunction');
    await as('mk', ['escalate', t, '-r', 'Datenbankanalyse']);
    expect(await as('jb', ['log', t, '3h', '--activity', 'analysis', '--on', '2026-10-05'])).not.toContain('warning');
    expect(await as('jb', ['log', t, '2h', '--activity', 'analysis', '--on', '2026-10-06'])).toContain(
      'Second Level analysis is 1:00 h beyond the 4:00 h the service contract includes per ticket; that time is billed at 120.00/h',
    );
    expect(await as('mk', ['show', t])).toContain('1:00 h beyond the 4:00 h');
  });

  it('an estimate above 8 h says that only a hand-off is possible, not "not approved yet"', async () => {
    hd = helpdesk();
    const t = await open('change-request');
    await as('mk', ['escalate', t, '-r', 'großer Umbau']);
    expect(await as('jb', ['estimate', t, '12h'])).toContain(
      'over 8 h, so it is project work: it cannot be approved in support, only handed off',
    );
    const shown = await as('mk', ['show', t]);
    expect(shown).toContain('12:00 h, over 8 h: project work, only a hand-off is possible');
    expect(shown).not.toContain('not approved yet');
  });
});

describe('contract terms', () => {
  it('a renewal with a new fee keeps the reaction times and every other term, and says which', async () => {
    hd = helpdesk();
    const out = await as('ak', [
      'contract',
      'add',
      'acme',
      '--kind',
      'service',
      '--start',
      '2027-01-01',
      '--fee',
      '1300.00',
    ]);
    expect(out).toContain('kept from the previous contract: included-hours, overage-rate, hourly-rate, reaction times');
    const { contract } = JSON.parse(await as('ak', ['contract', 'show', 'acme', '--at', '2027-02-01', '--json']));
    expect(contract).toMatchObject({
      fee: 130000,
      includedHours: 600,
      overageRate: 11000,
      hourlyRate: 12000,
      reactionTimes: { critical: 240, high: 240, normal: 240, low: 240 },
    });
    expect(hd.read('contracts/acme.yaml')).toContain('reactionTimes: 4h');
  });

  it("desk.yaml's billing.analysisCap applies to a customer's first contract", async () => {
    hd = helpdesk({
      'contracts/dorn.yaml': 'id: dorn\nname: Dorn Elektrotechnik KG\nprojectLead: tb\nsalesRep: sh\n',
    });
    hd.write('desk.yaml', `${hd.read('desk.yaml')}billing:\n  analysisCap: 6h\n`);
    hd.git('commit', '-qam', 'analysis cap 6h');
    const out = await as('ak', [
      'contract',
      'add',
      'dorn',
      '--kind',
      'service',
      '--start',
      '2026-11-01',
      '--fee',
      '800.00',
      '--included-hours',
      '6',
      '--overage-rate',
      '105.00',
      '--hourly-rate',
      '115.00',
    ]);
    expect(out).toContain("from desk.yaml's billing defaults: analysis-cap");
    expect(out).toContain('L2 analysis included up to 6:00 h per ticket');
  });

  it('refuses amounts beyond the largest desk takes instead of losing cents', async () => {
    hd = helpdesk();
    const before = snapshot(hd);
    const r = await hd.desk(
      ['contract', 'add', 'acme', '--kind', 'service', '--start', '2027-01-01', '--fee', '90071992547409.93'],
      {
        env: { ...NOW, DESK_USER: 'ak' },
      },
    );
    expect([r.code, r.stderr]).toEqual([
      2,
      expect.stringContaining('--fee: "90071992547409.93" is more than 10000000.00, the largest amount desk takes'),
    ]);
    expect(snapshot(hd)).toBe(before);
    hd.write('contracts/acme.yaml', hd.read('contracts/acme.yaml').replace('"120.00"', '"90071992547409.93"'));
    const check = await hd.desk(['check']);
    expect(check.code).toBe(2);
    expect(check.stdout).toContain('contracts/acme.yaml: contracts[0].hourlyRate: "90071992547409.93" is more than');
  });
});

describe('a minimum-hours commitment covers changes of the installed software (docs/billing.md §5)', () => {
  it('change work handed off to the project lead is still logged and counts against the commitment', async () => {
    hd = helpdesk({ 'contracts/hofmann.yaml': HOFMANN });
    const t = await open('change-request', 'hofmann');
    await as('mk', ['escalate', t, '-r', 'Änderung Stücklistenimport']);
    await as('jb', ['estimate', t, '14h']);
    await as('mk', ['handoff', t, '--to', 'project-lead', '-r', 'über 8 h: Projektarbeit']);
    await as('tb', ['log', t, '5h', '--activity', 'change', '--on', '2026-10-10']);
    const [s] = JSON.parse(await as('tb', ['usage', 'hofmann', '--period', '2026-10', '--json'])).statements;
    expect(s.commitment.used).toBe(300);

    // a service contract does not include it: there it stays project work outside the helpdesk
    const other = await open('change-request');
    await as('mk', ['escalate', other, '-r', 'Änderung']);
    await as('jb', ['estimate', other, '14h']);
    await as('mk', ['handoff', other, '--to', 'project-lead', '-r', 'Projektarbeit']);
    const r = await hd.desk(['log', other, '5h', '--activity', 'change', '--on', '2026-10-10'], {
      env: { ...NOW, DESK_USER: 'tb' },
    });
    expect([r.code, r.stderr]).toEqual([1, expect.stringContaining('it is not support work')]);
  });
});

describe('desk.yaml and customer files hold only what desk understands (docs/files.md)', () => {
  const check = async () => {
    const r = await hd.desk(['check']);
    return { code: r.code, lines: r.stdout.split('\n') };
  };

  it('a customer file that does not validate is named alone: the tickets naming its customer are not blamed', async () => {
    hd = helpdesk();
    await open('question');
    hd.write('contracts/acme.yaml', ACME.replace('reactionTimes: 4h', 'reactionTime: 4h'));
    hd.git('commit', '-qam', 'typo');
    const { code, lines } = await check();
    expect(code).toBe(2);
    expect(lines.filter((l) => /^(contracts|tickets)\//.test(l))).toEqual([
      'contracts/acme.yaml: contracts[0].reactionTime: unknown field; did you mean reactionTimes?',
    ]);
  });

  it('a misspelt key is an unknown field, with the nearest known one, never a silent default', async () => {
    hd = helpdesk();
    hd.write(
      'contracts/acme.yaml',
      ACME.replace('reactionTimes: 4h', 'reactionTime: 4h').replace(
        '    hourlyRate: "120.00"\n',
        '    hourlyRate: "120.00"\n    settelment: pooled\n    foo: 1\n',
      ),
    );
    hd.write('desk.yaml', `${hd.read('desk.yaml')}billing:\n  incrment: 30\nworkfow:\n  autoCloseDays: 1\n`);
    hd.git('commit', '-qam', 'typos');
    const before = snapshot(hd);
    const { code, lines } = await check();
    expect(code).toBe(2);
    expect(lines).toEqual(
      expect.arrayContaining([
        'contracts/acme.yaml: contracts[0].reactionTime: unknown field; did you mean reactionTimes?',
        'contracts/acme.yaml: contracts[0].settelment: unknown field; did you mean settlement?',
        'contracts/acme.yaml: contracts[0].foo: unknown field',
        'desk.yaml: billing.incrment: unknown field; did you mean increment?',
        'desk.yaml: workfow: unknown field; did you mean workflow?',
      ]),
    );
    // a command that needs the terms refuses them instead of treating ACME as best effort
    const shown = await hd.desk(['contract', 'show', 'acme'], { env: NOW });
    expect(shown.code).toBe(2);
    expect(shown.stdout).not.toContain('best effort');
    expect(shown.stderr).toContain('unknown field; did you mean');
    expect(snapshot(hd)).toBe(before);
  });

  it('in German too', async () => {
    hd = helpdesk();
    hd.write('desk.yaml', `${hd.read('desk.yaml')}workfow:\n  autoCloseDays: 1\n`);
    const r = await hd.desk(['check'], { env: { DESK_LANG: 'de' } });
    expect(r.stdout).toContain('desk.yaml: workfow: unbekanntes Feld; meinten Sie workflow?');
  });

  it('an invoice number padded beyond 12 digits is refused by desk check, not by a crash', async () => {
    hd = helpdesk();
    hd.write('desk.yaml', `${hd.read('desk.yaml')}invoices:\n  numberFormat: RE-{year}-{seq:999999999}\n`);
    const { code, lines } = await check();
    expect(code).toBe(2);
    expect(lines).toContain(
      'desk.yaml: invoices.numberFormat: pads the running number to 999999999 digits; {seq:N} takes 1 to 12',
    );
    const run = await hd.desk(['invoice', 'run', '--date', '2026-12-01', '--dry-run'], {
      env: { ...NOW, DESK_USER: 'ak' },
    });
    expect([run.code, run.stderr]).toEqual([2, expect.stringContaining('desk.yaml: invoices.numberFormat: pads')]);
  });

  it('day counts have a sane maximum', async () => {
    hd = helpdesk();
    hd.write(
      'desk.yaml',
      `${hd.read('desk.yaml')}billing:\n  paymentTermsDays: 100000000\n  discount: { days: 400, percent: 2 }\n` +
        `dunning:\n  paymentDays: 1000\n  stages: [{ days: 100000000 }]\n`,
    );
    const { code, lines } = await check();
    expect(code).toBe(2);
    expect(lines).toEqual(
      expect.arrayContaining([
        'desk.yaml: billing.paymentTermsDays: 100000000 days is more than 365, the most desk takes',
        'desk.yaml: billing.discount.days: 400 days is more than 365, the most desk takes',
        'desk.yaml: dunning.paymentDays: 1000 days is more than 365, the most desk takes',
        'desk.yaml: dunning.stages[0].days: 100000000 days is more than 365, the most desk takes',
      ]),
    );
  });

  it('a VAT rate with more than two decimals and a time zone not written as in the tz database', async () => {
    hd = helpdesk();
    const base = hd.read('desk.yaml');
    hd.write('desk.yaml', `${base}billing:\n  vatRate: 19.555\ncalendar:\n  timeZone: EST\n`);
    let { code, lines } = await check();
    expect(code).toBe(2);
    expect(lines).toEqual(
      expect.arrayContaining([
        'desk.yaml: billing.vatRate: 19.555 has more than two decimals; an invoice carries a rate like 19 or 7.25',
        'desk.yaml: calendar.timeZone: unknown time zone "EST": use an IANA name such as Europe/Berlin',
      ]),
    );
    hd.write('desk.yaml', `${base}billing:\n  vatRate: 7.25\ncalendar:\n  timeZone: europe/berlin\n`);
    ({ code, lines } = await check());
    expect(lines).toContain(
      'desk.yaml: calendar.timeZone: unknown time zone "europe/berlin": the tz database writes it Europe/Berlin',
    );
    expect(lines.filter((l) => l.includes('vatRate'))).toEqual([]);
    hd.write('desk.yaml', `${base}calendar:\n  timeZone: America/Argentina/Buenos_Aires\n`);
    expect((await check()).code).toBe(0);
  });

  it('a reaction time of 0 is refused, in the flag and in the file', async () => {
    hd = helpdesk();
    const before = snapshot(hd);
    const r = await hd.desk(
      [
        'contract',
        'add',
        'acme',
        '--kind',
        'service',
        '--start',
        '2027-01-01',
        '--fee',
        '1300.00',
        '--reaction-time',
        '0',
      ],
      { env: { ...NOW, DESK_USER: 'ak' } },
    );
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining('--reaction-time: ')]);
    expect(r.stderr).toContain('--reaction-time: must be more than 0; leave it out for best effort');
    expect(snapshot(hd)).toBe(before);
    hd.write('contracts/acme.yaml', ACME.replace('reactionTimes: 4h', 'reactionTimes: { critical: 0, high: 4h }'));
    const { code, lines } = await check();
    expect(code).toBe(2);
    expect(lines).toContain(
      'contracts/acme.yaml: contracts[0].reactionTimes.critical: must be more than 0; leave it out for best effort',
    );
  });

  it('while desk.yaml does not load, the checks that need it wait instead of blaming other files', async () => {
    hd = helpdesk({
      'contracts/dorn.yaml':
        'id: dorn\nname: Dorn Elektrotechnik KG\ncontracts:\n  - { kind: none, start: 2026-01-01 }\n',
    });
    const base = hd.read('desk.yaml');
    hd.write('desk.yaml', `${base}billing:\n  listRate: "130.00"\n`);
    expect((await check()).code).toBe(0);
    hd.write('desk.yaml', `${base}billing:\n  listRate: "130.00"\n  vatRate: 19.555\n`);
    const { code, lines } = await check();
    expect(code).toBe(2);
    expect(lines.filter(Boolean)).toEqual([
      expect.stringContaining('desk.yaml: billing.vatRate: 19.555 has more than two decimals'),
      'desk.yaml: (checks): until desk.yaml loads, the checks that need it wait: staff, products and customers named in tickets, list rates of contracts, gaps in invoice numbers',
    ]);
  });
});
