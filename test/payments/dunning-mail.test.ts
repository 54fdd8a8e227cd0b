import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { snapshot, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { startSmtpSink, type SmtpSink } from '../mail/servers.js';
import { acmeFile, DESK_YAML } from '../invoice/helpers.js';
import { tempTeam, type Clone } from '../sync/team.js';
import { at, billedHelpdesk, json } from './fixtures.js';

/**
 * Dunning letters by mail through the outbox (docs/payments.md, docs/email.md): a real SMTP
 * server on loopback, real git repositories, desk in-process (the server answers while desk sends).
 */
const DUNNING = `dunning:
  stages:
    - { days: 7, fee: "0.00" }
    - { days: 21, fee: "5.00" }
  paymentDays: 10
`;
const mail = (port: number) => `mail:
  address: buchhaltung@nordlicht.example
  name: Nordlicht Software Buchhaltung
  smtp: { host: 127.0.0.1, port: ${port}, security: none }
`;

let smtp: SmtpSink;
let hd: InProcessHelpdesk | undefined;
beforeAll(async () => {
  smtp = await startSmtpSink();
});
afterAll(async () => {
  await smtp?.stop();
});
afterEach(() => {
  hd?.cleanup();
  hd = undefined;
  smtp.received.length = 0;
  smtp.mode = 'accept';
});

/** ACME (German) and Seeland (English) owe their November invoices; Dorn paid. */
async function overdue(deskYaml = `${DUNNING}${mail(smtp.port)}`): Promise<InProcessHelpdesk> {
  hd = await billedHelpdesk(deskYaml);
  await hd.ok(['payment', 'add', 'RE-2026-0002', '--amount', '595.00', '--date', '2026-11-14'], {
    env: at('2026-11-14'),
  });
  return hd;
}

type Letter = { id: string; mail?: { status: string; to: string; messageId: string; error?: string } | null };

describe('desk dunning run with mail configured', () => {
  it('mails each letter once, PDF attached, to the invoice address, in the customer’s language, and records it as sent', async () => {
    const h = await overdue();
    const run = await json(h, ['dunning', 'run'], '2026-11-22');
    expect(run.letters.map((l: Letter) => [l.id, l.mail?.status, l.mail?.to])).toEqual([
      ['RE-2026-0001-M1', 'sent', 'rechnung@acme.example'],
      ['RE-2026-0003-M1', 'sent', 'invoices@seeland.example'],
    ]);
    expect(smtp.received).toHaveLength(2);
    const to = (address: string) => smtp.received.find((m) => m.envelope.to[0] === address)!;
    const [acme, seeland] = [to('rechnung@acme.example'), to('invoices@seeland.example')];
    expect(acme.envelope).toEqual({ from: 'buchhaltung@nordlicht.example', to: ['rechnung@acme.example'] });
    expect(acme.parsed.subject).toBe('Zahlungserinnerung zur Rechnung RE-2026-0001 – Nordlicht Software GmbH');
    expect(acme.parsed.text).toContain('Sehr geehrte Damen und Herren,');
    expect(acme.parsed.text).toContain('Bitte überweisen Sie 1.428,00 € bis zum 02.12.2026');
    expect(acme.parsed.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ['RE-2026-0001-M1.pdf', 'application/pdf'],
    ]);
    // the PDF attached is the letter committed, byte for byte
    expect(
      Buffer.compare(
        acme.parsed.attachments[0]!.content,
        readFileSync(join(h.root, 'dunning/2026/RE-2026-0001-M1.pdf')),
      ),
    ).toBe(0);
    expect(seeland.parsed.subject).toBe('Payment reminder for invoice RE-2026-0003 – Nordlicht Software GmbH');
    expect(seeland.parsed.text).toContain('Dear Sir or Madam,');
    expect(seeland.parsed.text).toContain('Please transfer €1,200.00 by 2 December 2026');

    // one commit with the letters and the mail intentions, then one recording what was sent
    expect(h.git('log', '--format=%s', '-2').trim().split('\n')).toEqual([
      'Dunning letters by mail: 2 sent',
      'Dunning run 2026-11-22: 2 letters, mail queued',
    ]);
    expect(
      h
        .git('log', '--format=%b', '-1')
        .trim()
        .split('\n')
        .map((l) => l.trim())
        .sort(),
    ).toEqual([
      'RE-2026-0001-M1: payment reminder mailed to rechnung@acme.example',
      'RE-2026-0003-M1: payment reminder mailed to invoices@seeland.example',
    ]);
    expect(h.git('show', '--name-only', '--format=', 'HEAD~1').trim().split('\n')).toEqual(
      expect.arrayContaining([
        'dunning/2026/RE-2026-0001-M1.pdf',
        'dunning/2026/RE-2026-0001-M1.yaml',
        expect.stringMatching(/^outbox\/[0-9a-f]{32}\.yaml$/),
        expect.stringMatching(/^mail\/[0-9a-f]{2}\/[0-9a-f]{32}\.eml$/),
      ]),
    );
    expect(h.git('ls-files', 'outbox').trim()).toBe('');
    expect(h.read('dunning/2026/RE-2026-0001-M1.yaml')).toMatch(/mail:\n(.*\n)*\s+status: sent/);

    // shown by the listing and its --json
    const list = await h.ok(['dunning', 'list'], { env: at('2026-11-22') });
    expect(list).toMatch(/RE-2026-0001-M1 .* sent to rechnung@acme\.example/);
    const listed = await json(h, ['dunning', 'list'], '2026-11-22');
    expect(listed[0].mail).toMatchObject({ status: 'sent', to: 'rechnung@acme.example' });

    // never twice: another run, the outbox, a later day
    expect((await json(h, ['dunning', 'run'], '2026-11-30')).letters).toEqual([]);
    expect(await h.ok(['mail', 'send'], { env: at('2026-11-30') })).toContain('The outbox is empty.');
    expect(smtp.received).toHaveLength(2);
    expect(await h.ok(['check'], { env: at('2026-11-30') })).toContain('All files are valid');
  });

  it('keeps a letter queued while the server fails passingly; desk mail send sends it later and records it on the letter', async () => {
    const h = await overdue();
    smtp.mode = 'tempfail';
    const out = await h.ok(['dunning', 'run'], { env: at('2026-11-22') });
    expect(out).toMatch(/RE-2026-0001-M1 .*queued/);
    expect(out).toContain('desk mail send');
    expect(smtp.received).toHaveLength(0);
    expect((await json(h, ['dunning', 'list'], '2026-11-22'))[0].mail.status).toBe('queued');
    expect(h.git('ls-files', 'outbox').trim().split('\n')).toHaveLength(2);

    smtp.mode = 'accept';
    // First Level sends the outbox (as for replies); recording a letter's mail is not a dunning run
    const sent = JSON.parse(await h.ok(['mail', 'send', '--json'], { env: { ...at('2026-11-23'), DESK_USER: 'mk' } }));
    expect(sent.sent.map((s: { letter?: string; outcome: string }) => [s.letter, s.outcome])).toEqual([
      expect.arrayContaining([expect.stringMatching(/^RE-2026-000[13]-M1$/), 'sent']),
      expect.arrayContaining([expect.stringMatching(/^RE-2026-000[13]-M1$/), 'sent']),
    ]);
    expect(smtp.received).toHaveLength(2);
    const letters = await json(h, ['dunning', 'list'], '2026-11-23');
    expect(letters.map((l: Letter) => l.mail?.status)).toEqual(['sent', 'sent']);
    expect(h.git('ls-files', 'outbox').trim()).toBe('');
    expect(h.git('log', '-1', '--format=%an')).toBe('Miriam Krause\n');
    const check = JSON.parse(await h.ok(['check', '--json'], { env: at('2026-11-23') }));
    expect(check).toMatchObject({ ok: true, problems: [], history: [] });
  });

  it('records a refused letter as failed, with the server’s answer, and does not send it again', async () => {
    const h = await overdue();
    smtp.mode = 'reject';
    const r = await json(h, ['dunning', 'run'], '2026-11-22');
    expect(r.letters[0].mail).toMatchObject({ status: 'failed', error: expect.stringMatching(/550/) });
    expect(await h.ok(['dunning', 'list'], { env: at('2026-11-22') })).toMatch(/RE-2026-0001-M1 .*NOT mailed/);
    smtp.mode = 'accept';
    expect(await h.ok(['mail', 'send'], { env: at('2026-11-23') })).toContain('The outbox is empty.');
    expect((await json(h, ['dunning', 'run'], '2026-11-23')).letters).toEqual([]);
    expect(smtp.received).toHaveLength(0);
  });

  it('sends nothing and writes nothing in a dry run, and says where each letter would go', async () => {
    const h = await overdue();
    const before = snapshot(h);
    const dry = await json(h, ['dunning', 'run', '--dry-run'], '2026-11-22');
    expect(dry.letters.map((l: Letter) => [l.id, l.mail])).toEqual([
      ['RE-2026-0001-M1', { status: 'would-send', to: 'rechnung@acme.example' }],
      ['RE-2026-0003-M1', { status: 'would-send', to: 'invoices@seeland.example' }],
    ]);
    expect(await h.ok(['dunning', 'run', '--dry-run'], { env: at('2026-11-22') })).toMatch(
      /RE-2026-0001-M1 .*rechnung@acme\.example/,
    );
    expect(snapshot(h)).toBe(before);
    expect(smtp.received).toHaveLength(0);
  });

  it('refuses, writing nothing, when a customer has no invoice address, naming the file and field', async () => {
    const h = await overdue();
    h.write('contracts/seeland.yaml', h.read('contracts/seeland.yaml').replace(/invoiceEmail: .*\n/, ''));
    h.git('commit', '-qam', 'Seeland without invoice address');
    const before = snapshot(h);
    const r = await h.desk(['dunning', 'run'], { env: at('2026-11-22') });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/contracts\/seeland\.yaml: invoiceEmail: missing/);
    expect(r.stderr).toContain('--no-mail');
    expect(snapshot(h)).toBe(before);
    expect(smtp.received).toHaveLength(0);

    // --no-mail writes the letters as without mail
    const written = await json(h, ['dunning', 'run', '--no-mail'], '2026-11-22');
    expect(written.letters.map((l: Letter) => [l.id, l.mail])).toEqual([
      ['RE-2026-0001-M1', null],
      ['RE-2026-0003-M1', null],
    ]);
    expect(written.mailed).toBe(false);
    expect(smtp.received).toHaveLength(0);
  });

  it('uses the helpdesk’s own templates for subject and text, and names an unknown placeholder', async () => {
    const h = await overdue();
    expect(await h.ok(['template', 'list'])).toMatch(
      /dunning +de, en +built in[\s\S]*dunning, dunning-subject: \{\{greeting\}\} \{\{letter\}\} \{\{invoice\}\}/,
    );
    h.write('templates/dunning-subject.de.txt', 'Offener Betrag {{total}} – {{invoice}}\n');
    h.write('templates/dunning.de.txt', '{{greeting}},\n\nbitte zahlen Sie {{total}} bis {{payBy}}.\n\n{{company}}\n');
    h.git('add', '-A');
    h.git('commit', '-qm', 'own templates');
    await h.ok(['dunning', 'run'], { env: at('2026-11-22') });
    const acme = smtp.received.find((m) => m.envelope.to[0] === 'rechnung@acme.example')!;
    expect(acme.parsed.subject).toBe('Offener Betrag 1.428,00 € – RE-2026-0001');
    expect(acme.parsed.text).toContain('bitte zahlen Sie 1.428,00 € bis 02.12.2026.');

    h.write('templates/dunning.en.txt', 'Pay {{amount}}\n');
    h.git('add', '-A');
    h.git('commit', '-qm', 'a typo');
    const r = await h.desk(['dunning', 'run'], { env: at('2026-12-13') });
    expect([r.code, r.stderr]).toEqual([
      2,
      expect.stringContaining('templates/dunning: unknown placeholder {{amount}}'),
    ]);
  });
});

describe('desk dunning run without mail', () => {
  it('writes the letters as before and says they were not mailed', async () => {
    const h = await overdue(DUNNING);
    const out = await h.ok(['dunning', 'run'], { env: at('2026-11-22') });
    expect(out).toContain('Wrote 2 letters dated 2026-11-22');
    expect(out).toMatch(/not mailed: desk\.yaml has no mail\.smtp/);
    const r = await json(h, ['dunning', 'list'], '2026-11-22');
    expect(r.map((l: Letter) => l.mail ?? null)).toEqual([null, null]);
    expect(await h.ok(['dunning', 'list'], { env: at('2026-11-22') })).toMatch(/RE-2026-0001-M1 .*not mailed/);
  });
});

describe('dunning mail in two clones', () => {
  it('is sent by the clone that queued it, once, and the other clone sees it recorded after syncing', async () => {
    const contract = `  - { kind: service, start: 2026-11-01, fee: "1200.00", includedHours: 10, overageRate: "110.00", hourlyRate: "120.00" }\n`;
    const team = tempTeam(['anna', 'ben'], {
      'desk.yaml': `${DESK_YAML}${DUNNING}${mail(smtp.port)}`,
      'contracts/acme.yaml': acmeFile(contract),
    });
    try {
      const [anna, ben] = team.clones as [Clone, Clone];
      await anna.ok(['invoice', 'run', '--date', '2026-11-01'], at('2026-11-01'));
      await anna.ok(['sync'], at('2026-11-01'));
      smtp.mode = 'tempfail';
      await anna.ok(['dunning', 'run'], at('2026-11-22'));
      await anna.ok(['sync'], at('2026-11-22'));
      await ben.ok(['sync'], at('2026-11-22'));
      smtp.mode = 'accept';

      // the letter and its queued mail reached ben: his run writes nothing, his outbox sends nothing
      expect(JSON.parse(await ben.ok(['dunning', 'run', '--json'], at('2026-11-23'))).letters).toEqual([]);
      const benSend = JSON.parse(await ben.ok(['mail', 'send', '--json'], at('2026-11-23')));
      expect(benSend.sent).toEqual([expect.objectContaining({ letter: 'RE-2026-0001-M1', outcome: 'other-clone' })]);
      expect(smtp.received).toHaveLength(0);

      // anna's clone sends it, once; ben sees it sent after the next sync
      const annaSend = JSON.parse(await anna.ok(['mail', 'send', '--json'], at('2026-11-23')));
      expect(annaSend.sent).toEqual([expect.objectContaining({ letter: 'RE-2026-0001-M1', outcome: 'sent' })]);
      await anna.ok(['sync'], at('2026-11-23'));
      await ben.ok(['sync'], at('2026-11-23'));
      expect(JSON.parse(await ben.ok(['dunning', 'list', '--json'], at('2026-11-23')))[0].mail).toMatchObject({
        status: 'sent',
        to: 'rechnung@acme.example',
      });
      expect(await ben.ok(['mail', 'send'], at('2026-11-24'))).toContain('The outbox is empty.');
      expect(JSON.parse(await ben.ok(['dunning', 'run', '--json'], at('2026-11-30'))).letters).toEqual([]);
      expect(smtp.received).toHaveLength(1);
    } finally {
      team.cleanup();
    }
  });
});
