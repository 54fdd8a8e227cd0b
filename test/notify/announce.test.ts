import { describe, expect, it } from 'vitest';
import { helpdesk, snapshot, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { smtpTestServers } from '../helpers/smtp-servers.js';
import { notifyDeskYaml } from './fixtures.js';

/** `desk announce` against a real SMTP server: one mail per contact, in their language, recorded. */
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
products: [lohn]
contacts:
  - { name: Sabine Vogt, email: s.vogt@acme.example, role: IT-Leitung }
  - { name: Jörg Henning, email: j.henning@acme.example, role: Einkauf }
  - { name: Petra Lange, phone: "+49 521 000" }
projectLead: tb
contracts:
  - { kind: service, start: 2026-01-01, fee: "1200.00", includedHours: 10, overageRate: "110.00", hourlyRate: "120.00" }
`;
const SEELAND = `id: seeland
name: Seeland Logistics Ltd
language: en
products: [lohn, erp]
contacts:
  - { name: Tom Harris, email: tom.harris@seeland-logistics.example, role: IT }
  - { name: Grace Miller, email: grace.miller@seeland-logistics.example, role: Purchasing, noMail: [announcements] }
contracts:
  - { kind: none, start: 2026-01-01, hourlyRate: "130.00" }
`;
const BAUER = `id: bauer
name: Bäckerei Bauer KG
products: [erp]
contacts:
  - { name: Klaus Bauer, email: k.bauer@baeckerei-bauer.example, role: Geschäftsführung }
contracts:
  - { kind: service, start: 2026-01-01, fee: "300.00", includedHours: 2, overageRate: "110.00", hourlyRate: "120.00" }
`;

const MAINTENANCE = `--- de
Betreff: Wartung {{products}} am Samstag, 12. Dezember
{{greeting}},

am Samstag, 12. Dezember 2026, warten wir die Server für {{products}} von 8 bis 12 Uhr.
In dieser Zeit ist {{products}} für {{customer}} nicht erreichbar.

Ihr Support-Team von {{company}}
--- en
Subject: Maintenance of {{products}} on Saturday, 12 December
{{greeting}},

on Saturday, 12 December 2026, we maintain the servers of {{products}} from 8 am to noon (CET).
{{products}} will not be available to {{customer}} during that time.

Your support team at {{company}}
`;

function setUp(): InProcessHelpdesk {
  return helpdesk({
    'desk.yaml':
      `${notifyDeskYaml({ smtpPort: smtp.port })}calendar:\n  closingDays: ["2026-12-24", "2026-12-31"]\n`.replace(
        'products:\n  - { id: lohn, name: Lohn & Gehalt, modules: [export, meldewesen] }\n',
        'products:\n  - { id: lohn, name: Lohn & Gehalt, modules: [export, meldewesen] }\n  - { id: erp, name: Warenwirtschaft }\n',
      ),
    'contracts/acme.yaml': ACME,
    'contracts/seeland.yaml': SEELAND,
    'contracts/bauer.yaml': BAUER,
    'texts/wartung.txt': MAINTENANCE,
  });
}
const NOW = { DESK_NOW: '2026-12-01T10:00:00+01:00' };
const mails = () =>
  smtp.received.map((m) => ({ to: m.envelope.to.join(','), subject: m.parsed.subject, text: m.parsed.text ?? '' }));

describe('desk announce', () => {
  it('a maintenance window to the customers of a product: each contact in their language, recorded, shown with the customer', async () => {
    hd = setUp();
    const args = ['announce', '--subject', 'Wartung Lohn & Gehalt', '--file', 'texts/wartung.txt', '--product', 'lohn'];
    const dry = await hd.ok([...args, '--dry-run'], { env: NOW });
    expect(dry).toContain('would go to 3 contacts at 2 customer(s) (German 2, English 1)');
    expect(dry).toContain('Subject: Wartung Lohn & Gehalt am Samstag, 12. Dezember');
    expect(dry).toContain('Left out: Petra Lange (acme): no e-mail; Grace Miller (seeland): opted out');
    expect(smtp.received).toHaveLength(0);

    const out = await hd.ok(args, { env: NOW });
    expect(out).toContain('A-2026-12-01-wartung-lohn-gehalt: 3 mails queued');
    expect(out).toContain('Sent 3');
    const sent = mails().sort((a, b) => a.to.localeCompare(b.to));
    expect(sent.map((m) => `${m.to}: ${m.subject}`)).toEqual([
      'j.henning@acme.example: Wartung Lohn & Gehalt am Samstag, 12. Dezember',
      's.vogt@acme.example: Wartung Lohn & Gehalt am Samstag, 12. Dezember',
      'tom.harris@seeland-logistics.example: Maintenance of Lohn & Gehalt on Saturday, 12 December',
    ]);
    expect(sent[1]!.text).toMatch(/^Guten Tag Sabine Vogt,\n\nam Samstag/);
    expect(sent[2]!.text).toMatch(/^Hello Tom Harris,/);
    expect(sent[2]!.text).toContain('will not be available to Seeland Logistics Ltd');

    const record = hd.read('announcements/2026/A-2026-12-01-wartung-lohn-gehalt.yaml');
    expect(record.match(/status: sent/g)).toHaveLength(3);
    const show = await hd.ok(['customer', 'show', 'acme'], { env: NOW });
    expect(show).toContain('Announcements');
    expect(show).toContain('2026-12-01 Wartung Lohn & Gehalt — Sabine Vogt: sent, Jörg Henning: sent');
    const json = JSON.parse(await hd.ok(['customer', 'show', 'seeland', '--json'], { env: NOW })) as {
      announcements: { id: string; recipients: { contact: string; status: string }[] }[];
    };
    expect(json.announcements).toEqual([
      {
        id: 'A-2026-12-01-wartung-lohn-gehalt',
        date: '2026-12-01',
        subject: 'Wartung Lohn & Gehalt',
        recipients: [{ contact: 'Tom Harris', email: 'tom.harris@seeland-logistics.example', status: 'sent' }],
      },
    ]);
    // the same announcement again the same day is refused, nothing sent
    const again = await hd.desk(args, { env: NOW });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('exists: an announcement with this subject went out today');
    expect(smtp.received).toHaveLength(3);
  });

  it('a security fix to the IT contacts of service customers; a refused address is marked bounced and left out next time', async () => {
    hd = setUp();
    hd.write(
      'texts/sicherheit.txt',
      `--- de\n{{greeting}},\n\nfür {{products}} steht ein Sicherheitsupdate bereit (CVE-2026-4711). Bitte spielen Sie es bis Freitag ein.\n--- en\n{{greeting}},\n\na security update for {{products}} is available (CVE-2026-4711). Please install it by Friday.\n`,
    );
    const args = [
      '--subject',
      'Sicherheitsupdate',
      '--file',
      'texts/sicherheit.txt',
      '--contract-kind',
      'service',
      '--role',
      'it',
    ];
    const dry = JSON.parse(await hd.ok(['announce', ...args, '--dry-run', '--json'], { env: NOW })) as {
      recipients: { email: string }[];
    };
    expect(dry.recipients.map((r) => r.email)).toEqual(['s.vogt@acme.example']);
    smtp.mode = 'reject';
    const out = await hd.ok(['announce', ...args], { env: NOW });
    expect(out).toContain('1 refused (addresses marked bounced)');
    expect(hd.read('contracts/acme.yaml')).toMatch(
      /email: s\.vogt@acme\.example, role: IT-Leitung, bounced: "2026-12-01: .*550/,
    );
    expect(await hd.ok(['customer', 'show', 'acme'], { env: NOW })).toContain(
      'Sabine Vogt, IT-Leitung <s.vogt@acme.example> — address bounced 2026-12-01',
    );
    smtp.mode = 'accept';
    const next = await hd.desk(
      ['announce', ...args.map((a) => (a === 'Sicherheitsupdate' ? 'Sicherheitsupdate 2' : a))],
      {
        env: NOW,
      },
    );
    expect(next.code).toBe(1);
    expect(next.stderr).toContain('nobody to write to');
    expect(smtp.received).toHaveLength(0);
    // the history check knows who may mark a bounce
    expect((await hd.desk(['check'], { env: NOW })).code).toBe(0);
  });

  it('a mailing to many contacts is queued in one commit, every mail with its three files, nothing left over', async () => {
    hd = setUp();
    const contacts = Array.from(
      { length: 30 },
      (_, i) => `  - { name: Kontakt ${i + 1}, email: kontakt${i + 1}@gross.example, role: IT }`,
    ).join('\n');
    hd.write(
      'contracts/gross.yaml',
      `id: gross\nname: Großhandel Nord GmbH\nlanguage: de\nproducts: [lohn]\ncontacts:\n${contacts}\n`,
    );
    hd.git('add', '-A');
    hd.git('commit', '-qm', 'Großhandel Nord');
    const head = hd.git('rev-parse', 'HEAD').trim();
    const args = [
      'announce',
      '--subject',
      'Wartung',
      '--file',
      'texts/wartung.txt',
      '--customer',
      'gross',
      '--no-send',
    ];
    expect(await hd.ok(args, { env: NOW })).toContain('30 mails queued');
    // one commit on top of the last, holding the record and 3 files per mail; the work tree clean
    expect(hd.git('rev-list', '--count', `${head}..HEAD`).trim()).toBe('1');
    const files = hd.git('show', '--name-only', '--format=', 'HEAD').trim().split('\n');
    expect(files.filter((f) => f.startsWith('outbox/'))).toHaveLength(30);
    expect(files.filter((f) => f.endsWith('.eml'))).toHaveLength(30);
    expect(files).toHaveLength(91);
    expect(hd.git('status', '--porcelain', '--untracked-files=all').trim()).toBe('');
    expect(hd.read('announcements/2026/A-2026-12-01-wartung.yaml').match(/status: queued/g)).toHaveLength(30);
  });

  it('the holiday service hours, from the calendar', async () => {
    hd = setUp();
    hd.write(
      'texts/feiertage.txt',
      `--- de\n{{greeting}},\n\nunsere Servicezeiten: {{serviceHours}}.\nAn diesen Tagen ist der Support nicht erreichbar:\n{{closedDays}}\n--- en\n{{greeting}},\n\nour service hours: {{serviceHours}}.\nSupport is closed on these days:\n{{closedDays}}\n`,
    );
    await hd.ok(
      [
        'announce',
        '--subject',
        'Servicezeiten zum Jahreswechsel',
        '--file',
        'texts/feiertage.txt',
        '--customer',
        'acme',
        '--customer',
        'seeland',
      ],
      {
        env: { DESK_NOW: '2026-12-14T10:00:00+01:00' },
      },
    );
    const sent = mails().sort((a, b) => a.to.localeCompare(b.to));
    expect(sent[1]!.text).toContain(
      'unsere Servicezeiten: Mo–Fr 08:00–17:00.\nAn diesen Tagen ist der Support nicht erreichbar:\nDo 24.12.2026: geschlossen (Betriebsruhe)\nFr 25.12.2026: geschlossen (Feiertag)\nDo 31.12.2026: geschlossen (Betriebsruhe)\nFr 01.01.2027: geschlossen (Feiertag)\n',
    );
    expect(sent[2]!.text).toContain(
      'Thu 2026-12-24: closed (company closing day)\nFri 2026-12-25: closed (public holiday)',
    );
  });

  it('refuses bad input with the flag or file named, and writes nothing', async () => {
    hd = setUp();
    const before = snapshot(hd);
    const cases: [string[], string][] = [
      [['announce', '--file', 'texts/wartung.txt'], '--subject is missing'],
      [['announce', '--subject', 'X'], '--file is missing'],
      [['announce', '--subject', 'X', '--file', 'texts/nope.txt'], '--file texts/nope.txt: no such file'],
      [
        ['announce', '--subject', 'X', '--file', 'texts/wartung.txt', '--product', 'crm'],
        '--product: no product "crm" in desk.yaml products',
      ],
      [
        ['announce', '--subject', 'X', '--file', 'texts/wartung.txt', '--customer', 'nobody'],
        '--customer: no customer "nobody"',
      ],
      [
        ['announce', '--subject', 'X', '--file', 'texts/wartung.txt', '--contract-kind', 'flat'],
        '--contract-kind: "flat" is not a contract kind',
      ],
    ];
    for (const [args, message] of cases) {
      const r = await hd.desk(args, { env: NOW });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
    }
    hd.write('texts/kaputt.txt', '--- fr\nBonjour\n');
    const r = await hd.desk(['announce', '--subject', 'X', '--file', 'texts/kaputt.txt'], { env: NOW });
    expect(r.stderr).toContain('texts/kaputt.txt: "--- fr" is not a language block');
    hd.write('texts/platzhalter.txt', 'Hallo {{kunde}}\n');
    const p = await hd.desk(['announce', '--subject', 'X', '--file', 'texts/platzhalter.txt', '--dry-run'], {
      env: NOW,
    });
    expect(p.stderr).toContain('unknown placeholder {{kunde}}');
    hd.git('clean', '-fdq', 'texts');
    hd.git('checkout', '-q', '--', '.');
    expect(snapshot(hd)).toBe(before);
    expect(smtp.received).toHaveLength(0);
  });
});
