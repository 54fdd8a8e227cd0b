import { describe, expect, it } from 'vitest';
import { helpdesk, snapshot, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { smtpTestServers } from '../helpers/smtp-servers.js';
import { notifyDeskYaml } from './fixtures.js';

/** `desk usage … --send`: the statement mailed with its PDF in the customer's language, against a real SMTP server. */
let hd: InProcessHelpdesk | undefined;
const { smtp } = smtpTestServers({
  afterEach: () => {
    hd?.cleanup();
    hd = undefined;
  },
});

const ACME = `id: acme
name: ACME Maschinenbau GmbH
language: de
invoiceEmail: buchhaltung@acme.example
contacts:
  - { name: Sabine Vogt, email: s.vogt@acme.example, role: IT-Leitung }
projectLead: tb
contracts:
  - { kind: service, start: 2026-01-01, fee: "1200.00", includedHours: 10, overageRate: "110.00", hourlyRate: "120.00" }
`;
const SEELAND = `id: seeland
name: Seeland Logistics Ltd
language: en
invoiceLanguage: en
invoiceEmail: accounts@seeland-logistics.example
contacts:
  - { name: Tom Harris, email: tom.harris@seeland-logistics.example }
contracts:
  - { kind: commitment, start: 2026-01-01, minimumHours: 20, rate: "100.00" }
`;
const BAUER = `id: bauer
name: Bäckerei Bauer KG
contracts:
  - { kind: service, start: 2026-01-01, fee: "300.00", includedHours: 2, overageRate: "110.00", hourlyRate: "120.00" }
`;
const NOW = { DESK_NOW: '2026-12-01T09:00:00+01:00', DESK_USER: 'tb' };

function setUp(): InProcessHelpdesk {
  return helpdesk({
    'desk.yaml': notifyDeskYaml({ smtpPort: smtp.port }),
    'contracts/acme.yaml': ACME,
    'contracts/seeland.yaml': SEELAND,
    'contracts/bauer.yaml': BAUER,
  });
}

describe('desk usage --send', () => {
  it("mails one customer's statement with the PDF to the invoice address, or to a named contact", async () => {
    hd = setUp();
    const id = (
      JSON.parse(
        await hd.ok(['open', '--title', 'Schulung', '--customer', 'acme', '--channel', 'phone', '--json'], {
          env: { DESK_NOW: '2026-11-10T09:00:00+01:00' },
        }),
      ) as { id: string }
    ).id;
    await hd.ok(['log', id, '8h30m', '--on', '2026-11-10'], { env: { DESK_NOW: '2026-11-10T17:00:00+01:00' } });
    await hd.ok(['usage', 'acme', '--period', '2026-11', '--send'], { env: NOW });
    expect(smtp.received).toHaveLength(1);
    const m = smtp.received[0]!;
    expect(m.envelope.to).toEqual(['buchhaltung@acme.example']);
    expect(m.parsed.subject).toBe('Ihre Verbrauchsübersicht 2026-11');
    expect(m.parsed.text).toContain('anbei Ihre Verbrauchsübersicht für 2026-11: 8:30 / 10:00 h.');
    expect(m.parsed.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ['Verbrauch-acme-2026-11.pdf', 'application/pdf'],
    ]);
    expect(m.parsed.attachments[0]!.content.subarray(0, 5).toString()).toBe('%PDF-');
    expect(hd.git('ls-files', 'usage-statements').trim()).toMatch(
      /^usage-statements\/2026\/acme-2026-11-2026-12-01\.yaml$/,
    );

    await hd.ok(['usage', 'acme', '--period', '2026-11', '--send', '--to', 'Sabine Vogt'], { env: NOW });
    expect(smtp.received[1]!.envelope.to).toEqual(['s.vogt@acme.example']);
    expect(smtp.received[1]!.parsed.text).toMatch(/^Guten Tag Sabine Vogt,/);
  });

  it('--all mails every contract customer in their language and says whom it left out', async () => {
    hd = setUp();
    const dry = JSON.parse(
      await hd.ok(['usage', '--all', '--period', '2026-11', '--send', '--dry-run', '--json'], { env: NOW }),
    ) as {
      mails: { customer: string; language: string }[];
      skipped: { customer: string; why: string }[];
    };
    expect(dry.mails).toEqual([
      { customer: 'acme', to: 'buchhaltung@acme.example', language: 'de', statements: 1 },
      { customer: 'seeland', to: 'accounts@seeland-logistics.example', language: 'en', statements: 1 },
    ]);
    expect(dry.skipped).toEqual([{ customer: 'bauer', why: 'no invoiceEmail' }]);
    expect(smtp.received).toHaveLength(0);
    await hd.ok(['usage', '--all', '--period', '2026-11', '--send'], { env: NOW });
    expect(smtp.received.map((m) => m.parsed.subject).sort()).toEqual([
      'Ihre Verbrauchsübersicht 2026-11',
      'Your usage statement 2026-11',
    ]);
  });

  it('refuses what it cannot do, naming the flag, and writes nothing', async () => {
    hd = setUp();
    const before = snapshot(hd);
    for (const [args, message] of [
      [['usage', 'acme', '--send'], '--period is missing'],
      [['usage', 'bauer', '--period', '2026-11', '--send'], 'contracts/bauer.yaml: invoiceEmail: missing'],
      [['usage', 'acme', '--period', '2026-11', '--send', '--to', 'Nobody'], '--to: acme has no contact "Nobody"'],
      [['usage', '--all', '--period', '2026-11'], '--all goes with --send'],
    ] as [string[], string][]) {
      const r = await hd.desk(args, { env: NOW });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
    }
    const r = await hd.desk(['usage', 'acme', '--period', '2026-11', '--send'], { env: { ...NOW, DESK_USER: 'mk' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('usage.send');
    expect(snapshot(hd)).toBe(before);
  });
});

describe('desk usage with a ticket file that does not validate', () => {
  it('shows and sends no statement: its time would be missing from the figures', async () => {
    hd = setUp();
    const open = ['open', '--title', 'Schulung', '--customer', 'acme', '--channel', 'phone', '--json'];
    const id = (JSON.parse(await hd.ok(open, { env: { DESK_NOW: '2026-11-10T09:00:00+01:00' } })) as { id: string }).id;
    await hd.ok(['log', id, '8h30m', '--on', '2026-11-10'], { env: { DESK_NOW: '2026-11-10T17:00:00+01:00' } });
    const file = hd.git('ls-files', 'tickets').trim();
    hd.write(file, hd.read(file).replace('minutes: 510', 'minutes: "510"'));
    hd.git('commit', '-qam', 'a hand edit');
    const before = snapshot(hd);
    for (const args of [
      ['usage', 'acme', '--period', '2026-11'],
      ['usage', 'acme', '--period', '2026-11', '--json'],
      ['usage', 'acme', '--period', '2026-11', '--send'],
      ['usage', 'acme', '--period', '2026-11', '--send', '--dry-run'],
      ['usage', '--all', '--period', '2026-11', '--send'],
    ]) {
      const r = await hd.desk(args, { env: NOW });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout, args.join(' ')).toBe('');
      expect(r.stderr).toContain('no statement');
      expect(r.stderr).toContain(`${file}: events[1].minutes:`);
    }
    expect(smtp.received).toHaveLength(0);
    expect(snapshot(hd)).toBe(before);
  });
});
