// Who may do what, end to end: each command that changes something is refused — naming the
// permission and who has it, changing nothing — unless the acting person's roles have it, and
// entering for someone else is recorded as such. desk runs in-process on real git repositories.
import { afterEach, describe, expect, it } from 'vitest';
import { helpdesk, openTicket, snapshot, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { at, billing, invoiceHelpdesk, logGoldenOctober } from '../invoice/helpers.js';

let hd: InProcessHelpdesk;
afterEach(() => hd?.cleanup());

async function refused(args: string[], user: string, env: Record<string, string> = {}) {
  const before = snapshot(hd);
  const r = await hd.desk(args, { env: { DESK_USER: user, ...env } });
  expect(r.code, `${args.join(' ')} as ${user}: ${r.stderr}`).toBe(1);
  expect(snapshot(hd)).toBe(before);
  return r.stderr;
}

describe('the permission table', () => {
  it('First Level cannot invoice, cancel, add customers or contracts; the refusal names the permission and who has it', async () => {
    hd = await invoiceHelpdesk();
    await logGoldenOctober(hd);
    const run = await refused(['invoice', 'run', '--date', '2026-11-01'], 'mk', at('2026-11-01'));
    expect(run).toContain('desk: Miriam Krause (mk, first-level) may not issue invoices (invoice run)');
    expect(run).toContain('permission invoice.issue');
    expect(run).toContain('hint: who has it: manager, billing — Anja Keller (ak)');
    await hd.ok(['invoice', 'run', '--date', '2026-11-01'], { env: billing('2026-11-01') });
    expect(await refused(['invoice', 'cancel', 'RE-2026-0001', '--reason', 'x'], 'mk')).toContain('invoice.cancel');
    expect(
      await refused(
        ['customer', 'add', 'neu', '--name', 'Neu GmbH', '--street', 'A 1', '--postal-code', '1', '--city', 'B'],
        'mk',
      ),
    ).toContain('customer.change');
    const contract = [
      'contract',
      'add',
      'acme',
      '--kind',
      'service',
      '--start',
      '2027-01-01',
      '--fee',
      '1',
      '--included-hours',
      '100',
    ];
    expect(await refused([...contract, '--overage-rate', '1', '--hourly-rate', '1'], 'jb')).toContain(
      'Jonas Becker (jb, second-level) may not add and change contracts and their terms',
    );
    // money received and payment reminders are the bookkeeping's too
    expect(
      await refused(
        ['payment', 'add', 'RE-2026-0001', '--amount', '10.00', '--date', '2026-11-02'],
        'mk',
        at('2026-11-03'),
      ),
    ).toContain('permission payment.record');
    expect(await refused(['dunning', 'run'], 'mk', at('2026-12-20'))).toContain('permission dunning.run');
  });

  it('sales cannot log time; Second Level cannot open; First Level cannot approve', async () => {
    hd = helpdesk();
    const id = await openTicket(hd, ['--category', 'change-request', '--priority', 'normal']);
    expect(await refused(['log', id, '1h'], 'sh')).toContain('permission time.log');
    expect(await refused(['open', '-t', 'x', '-c', 'acme', '--channel', 'phone'], 'jb')).toContain('ticket.open');
    await hd.ok(['escalate', id, '-r', 'Analyse']);
    await hd.ok(['estimate', id, '4h'], { env: { DESK_USER: 'jb' } });
    expect(await refused(['approve', id], 'mk')).toContain('permission change.approve');
    // a comment is open to every role
    await hd.ok(['comment', id, '-m', 'Kunde fragt nach dem Stand'], { env: { DESK_USER: 'sh' } });
  });

  it('desk.yaml can give a permission to other roles', async () => {
    hd = helpdesk();
    hd.write('desk.yaml', `${hd.read('desk.yaml')}permissions:\n  customer.change: [first-level]\n`);
    hd.git('commit', '-qam', 'First Level keeps the customers here');
    await hd.ok(
      [
        'customer',
        'add',
        'neu',
        '--name',
        'Neu GmbH',
        '--street',
        'A 1',
        '--postal-code',
        '1',
        '--city',
        'B',
        '--project-lead',
        'tb',
        '--sales-rep',
        'sh',
      ],
      { env: { DESK_USER: 'mk' } },
    );
    expect(
      await refused(
        ['customer', 'add', 'neu2', '--name', 'N', '--street', 'A', '--postal-code', '1', '--city', 'B'],
        'sh',
      ),
    ).toContain('who has it: first-level');
  });
});

describe('entering for someone else', () => {
  it('a phone approval entered by First Level: author pk, committer mk, Entered-by, and the event says so', async () => {
    hd = helpdesk();
    const id = await openTicket(hd, ['--category', 'change-request', '--priority', 'normal']);
    await hd.ok(['escalate', id, '-r', 'Analyse']);
    await hd.ok(['estimate', id, '4h'], { env: { DESK_USER: 'jb' } });
    await hd.ok(['approve', id, '--as', 'tb', '--note', 'am Telefon zugesagt'], { env: { DESK_USER: 'mk' } });
    expect(hd.git('log', '-1', '--format=%an <%ae>|%cn <%ce>').trim()).toBe(
      'Tobias Brandt <tobias.brandt@example.de>|Miriam Krause <miriam.krause@example.de>',
    );
    expect(hd.git('log', '-1', '--format=%(trailers:key=Entered-by,valueonly)').trim()).toBe(
      'Miriam Krause <miriam.krause@example.de>',
    );
    const approved = JSON.parse(await hd.ok(['show', id, '--json'])).events.at(-1);
    expect(approved).toMatchObject({ type: 'approved', by: 'tb', enteredBy: 'mk' });
    expect(await hd.ok(['show', id])).toMatch(
      /tb\s+change approved by the project lead: am Telefon zugesagt \(entered by mk\)/,
    );
    expect((await hd.desk(['check'])).stdout).toContain('All files are valid');
  });

  it('the committer is git’s own identity, whoever desk is told acts', async () => {
    hd = helpdesk();
    hd.git('config', 'user.name', 'Lars Wegner');
    hd.git('config', 'user.email', 'lars.wegner@example.de');
    await openTicket(hd, [], { DESK_USER: '' });
    expect(hd.git('log', '-1', '--format=%an|%cn').trim()).toBe('Lars Wegner|Lars Wegner');
    // --as names someone else: Lars (First Level) enters it for Miriam, and it says so
    await openTicket(hd, ['--as', 'mk'], { DESK_USER: '' });
    expect(hd.git('log', '-1', '--format=%an|%cn|%(trailers:key=Entered-by,valueonly)').trim()).toBe(
      'Miriam Krause|Lars Wegner|Lars Wegner <lars.wegner@example.de>',
    );
  });

  it('is refused to those without act-for-others, and for what is done in person', async () => {
    hd = await invoiceHelpdesk();
    const id = await openTicket(hd);
    expect(await refused(['comment', id, '-m', 'x', '--as', 'mk'], 'jb')).toContain(
      'Jonas Becker (jb) may not act for Miriam Krause (mk): --as for someone else takes the permission act-for-others',
    );
    await logGoldenOctober(hd);
    expect(await refused(['invoice', 'run', '--date', '2026-11-01', '--as', 'ak'], 'mk', at('2026-11-01'))).toContain(
      'invoice.issue cannot be entered for someone else: Anja Keller (ak) does it themselves',
    );
  });
});
