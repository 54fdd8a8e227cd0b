import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helpdesk, snapshot, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { smtpTestServers } from '../helpers/smtp-servers.js';
import { notifyDeskYaml } from './fixtures.js';

/**
 * `desk survey send` against a real SMTP server; the answers come back through a Maildir source
 * and `desk mail fetch`, and `desk report satisfaction` shows them beside the tickets' feedback.
 */
let hd: InProcessHelpdesk | undefined;
let box: string;
const { smtp } = smtpTestServers({
  afterEach: () => {
    hd?.cleanup();
    hd = undefined;
    rmSync(box, { recursive: true, force: true });
  },
});

const ACME = `id: acme
name: ACME Maschinenbau GmbH
language: de
contacts:
  - { name: Sabine Vogt, email: s.vogt@acme.example, role: IT-Leitung }
  - { name: Jörg Henning, email: j.henning@acme.example, role: Einkauf, noMail: [surveys] }
  - { name: Petra Lange, phone: "+49 521 000" }
`;
const SEELAND = `id: seeland
name: Seeland Logistics Ltd
language: en
contacts:
  - { name: Tom Harris, email: tom.harris@seeland-logistics.example }
`;
const BAUER = `id: bauer
name: Bäckerei Bauer KG
contacts:
  - { name: Klaus Bauer, email: k.bauer@baeckerei-bauer.example }
`;
const QUESTION = `--- de
Betreff: Wie zufrieden sind Sie mit {{company}}?
{{greeting}},

wie zufrieden ist {{customer}} insgesamt mit unserem Support?
Antworten Sie mit einer Zahl von 1 (schlecht) bis 5 (sehr gut), gern mit einem Satz dazu.
--- en
Subject: How satisfied are you with {{company}}?
{{greeting}},

how satisfied is {{customer}} with our support overall?
Reply with a number from 1 (poor) to 5 (excellent), and a sentence if you like.
`;

function setUp(): InProcessHelpdesk {
  box = mkdtempSync(join(tmpdir(), 'desk-survey-box-'));
  for (const sub of ['new', 'cur', 'tmp']) mkdirSync(join(box, sub));
  return helpdesk({
    'desk.yaml': `${notifyDeskYaml({ smtpPort: smtp.port })}survey: { intervalDays: 90 }\n`.replace(
      '  name: Nordlicht Support\n',
      `  name: Nordlicht Support\n  sources:\n    - { name: support, maildir: ${box} }\n`,
    ),
    'contracts/acme.yaml': ACME,
    'contracts/seeland.yaml': SEELAND,
    'contracts/bauer.yaml': BAUER,
    'texts/umfrage.txt': QUESTION,
  });
}

const day = (d: string, time = '10:00') => ({ DESK_NOW: `${d}T${time}:00+01:00`, DESK_USER: 'sh' });

function reply(name: string, from: string, inReplyTo: string, text: string): void {
  writeFileSync(
    join(box, 'new', `${Date.now()}.${Math.random().toString(36).slice(2)}.mx`),
    [
      `From: ${from}`,
      'To: support@nordlicht.example',
      'Subject: AW: Umfrage',
      `Message-ID: <${name}@customer.example>`,
      `In-Reply-To: <${inReplyTo}>`,
      'Date: Tue, 08 Dec 2026 11:00:00 +0100',
      'Content-Type: text/plain; charset=utf-8',
      '',
      text,
      '',
    ].join('\r\n'),
  );
}

const args = ['survey', 'send', '--customers', 'acme,seeland', '--question-file', 'texts/umfrage.txt'];

describe('desk survey send', () => {
  it('asks each contact once in their language, leaves out who opted out, and the answers by mail reach the satisfaction report', async () => {
    hd = setUp();
    const before = snapshot(hd);
    const dry = await hd.ok([...args, '--dry-run'], { env: day('2026-12-07') });
    expect(dry).toContain('would go to 2 contacts at 2 customer(s) (German 1, English 1)');
    expect(dry).toContain('Subject: Wie zufrieden sind Sie mit Nordlicht Software GmbH?');
    expect(dry).toContain('Jörg Henning (acme): opted out');
    expect(dry).toContain('Petra Lange (acme): no e-mail');
    expect(smtp.received).toHaveLength(0);
    expect(snapshot(hd)).toBe(before);

    const out = await hd.ok(args, { env: day('2026-12-07') });
    expect(out).toContain('S-2026-12-07-wie-zufrieden-sind-sie-mit-company: 2 mails queued');
    expect(out).toContain('Sent 2');
    const sent = smtp.received
      .map((m) => ({
        to: m.envelope.to[0]!,
        subject: m.parsed.subject,
        text: m.parsed.text ?? '',
        id: m.parsed.messageId!,
      }))
      .sort((a, b) => a.to.localeCompare(b.to));
    expect(sent.map((m) => `${m.to}: ${m.subject}`)).toEqual([
      's.vogt@acme.example: Wie zufrieden sind Sie mit Nordlicht Software GmbH?',
      'tom.harris@seeland-logistics.example: How satisfied are you with Nordlicht Software GmbH?',
    ]);
    expect(sent[0]!.text).toMatch(/^Guten Tag Sabine Vogt,\n\nwie zufrieden ist ACME Maschinenbau GmbH/);
    expect(sent[1]!.text).toMatch(/^Hello Tom Harris,/);
    const path = 'surveys/2026/S-2026-12-07-wie-zufrieden-sind-sie-mit-company.yaml';
    expect(hd.read(path).match(/status: sent/g)).toHaveLength(2);

    // the answers come back as replies: one certain, one the parser cannot be sure of
    reply(
      'a1',
      'Sabine Vogt <s.vogt@acme.example>',
      sent[0]!.id.replace(/[<>]/g, ''),
      '4 von 5\n\nSchnelle Antworten, nur die Doku fehlt.\n\n> wie zufrieden',
    );
    reply(
      'a2',
      'tom.harris@seeland-logistics.example',
      sent[1]!.id.replace(/[<>]/g, ''),
      'Somewhere between 3 and 4, honestly.',
    );
    const fetched = await hd.ok(['mail', 'fetch'], { env: { ...day('2026-12-08', '11:05'), DESK_USER: 'mk' } });
    expect(fetched).toContain('answer 4/5');
    expect(fetched).toContain('answer kept for a person');
    expect(fetched).toContain('0 new tickets');
    const record = hd.read(path);
    expect(record).toMatch(/score: 4/);
    expect(record).toContain('comment: Schnelle Antworten, nur die Doku fehlt.');
    expect(record).toContain('Somewhere between 3 and 4');
    // the customer's page lists the survey with what came of it, as it lists announcements
    const env = day('2026-12-08', '11:06');
    expect(await hd.ok(['customer', 'show', 'acme'], { env })).toContain(
      'Surveys\n  2026-12-07 Wie zufrieden sind Sie mit Nordlicht Software GmbH? — Sabine Vogt: sent, rated 4/5',
    );
    expect(await hd.ok(['customer', 'show', 'seeland'], { env: { ...env, DESK_LANG: 'de' } })).toContain(
      'Umfragen\n  2026-12-07 Wie zufrieden sind Sie mit Nordlicht Software GmbH? — Tom Harris: gesendet, in Worten beantwortet',
    );
    const shown = JSON.parse(await hd.ok(['customer', 'show', 'acme', '--json'], { env })) as {
      surveys: { id: string; recipients: { contact: string; status: string; answer?: { score?: number } }[] }[];
    };
    expect(shown.surveys).toEqual([
      expect.objectContaining({
        id: 'S-2026-12-07-wie-zufrieden-sind-sie-mit-company',
        recipients: [
          expect.objectContaining({
            contact: 'Sabine Vogt',
            status: 'sent',
            answer: expect.objectContaining({ score: 4 }),
          }),
        ],
      }),
    ]);
    // fetched again: nothing changes
    const again = snapshot(hd);
    await hd.ok(['mail', 'fetch'], { env: { ...day('2026-12-08', '11:10'), DESK_USER: 'mk' } });
    expect(snapshot(hd)).toBe(again);

    const report = await hd.ok(['report', 'satisfaction', '--period', '2026-12'], { env: day('2026-12-08', '12:00') });
    expect(report).toContain('Surveys');
    expect(report).toContain('1 with a score, average 4');
    expect(report).toContain('Schnelle Antworten, nur die Doku fehlt.');
    expect(report).toContain('Answers without one certain score, for a person to read');
    expect(report).toContain('Somewhere between 3 and 4');
    const json = JSON.parse(
      await hd.ok(['report', 'satisfaction', '--period', '2026-12', '--format', 'json'], {
        env: day('2026-12-08', '12:00'),
      }),
    ) as { data: { summary: { responses: number }; surveys: { summary: { responses: number; average: number } } } };
    expect(json.data.summary.responses).toBe(0); // ticket feedback stays apart
    expect(json.data.surveys.summary).toMatchObject({ responses: 1, average: 4 });
    expect((await hd.desk(['check'], { env: day('2026-12-08', '12:00') })).code).toBe(0);
  });

  it('never asks one address twice within the interval', async () => {
    hd = setUp();
    await hd.ok(args, { env: day('2026-12-07') });
    expect(smtp.received).toHaveLength(2);
    hd.write(
      'texts/kurz.txt',
      QUESTION.replace(/Betreff: .*/, 'Betreff: Kurze Umfrage').replace(/Subject: .*/, 'Subject: Short survey'),
    );
    const next = [...args.slice(0, 3), 'all', '--question-file', 'texts/kurz.txt'];
    const dry = JSON.parse(await hd.ok([...next, '--dry-run', '--json'], { env: day('2027-01-15') })) as {
      recipients: { email: string }[];
      skipped: { contact: string; why: string }[];
    };
    expect(dry.recipients.map((r) => r.email)).toEqual(['k.bauer@baeckerei-bauer.example']);
    expect(
      dry.skipped
        .filter((s) => s.why === 'asked recently')
        .map((s) => s.contact)
        .sort(),
    ).toEqual(['Sabine Vogt', 'Tom Harris']);
    await hd.ok(next, { env: day('2027-01-15') });
    expect(smtp.received.map((m) => m.envelope.to[0])).toEqual(
      expect.arrayContaining(['k.bauer@baeckerei-bauer.example']),
    );
    expect(smtp.received).toHaveLength(3);
    // after the interval they are asked again
    const later = JSON.parse(await hd.ok([...next, '--dry-run', '--json'], { env: day('2027-03-20') })) as {
      recipients: { email: string }[];
    };
    expect(later.recipients.map((r) => r.email).sort()).toEqual([
      's.vogt@acme.example',
      'tom.harris@seeland-logistics.example',
    ]);
  });

  it('refuses bad input with a clear message and writes nothing', async () => {
    hd = setUp();
    hd.write('texts/ohne.txt', '--- de\nWie zufrieden sind Sie?\n');
    const before = snapshot(hd);
    const missing = await hd.desk(['survey', 'send', '--customers', 'acme'], { env: day('2026-12-07') });
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('--question-file is missing');
    const unknown = await hd.desk([...args.slice(0, 3), 'acme,nobody', '--question-file', 'texts/umfrage.txt'], {
      env: day('2026-12-07'),
    });
    expect(unknown.stderr).toContain('no customer "nobody"');
    const noSubject = await hd.desk([...args.slice(0, 3), 'acme', '--question-file', 'texts/ohne.txt'], {
      env: day('2026-12-07'),
    });
    expect(noSubject.stderr).toContain('texts/ohne.txt: the "--- de" block has no subject');
    // first level may not run surveys
    const l1 = await hd.desk(args, { env: { ...day('2026-12-07'), DESK_USER: 'mk' } });
    expect(l1.code).not.toBe(0);
    expect(l1.stderr).toMatch(/survey\.send|may not/);
    expect(smtp.received).toHaveLength(0);
    expect(snapshot(hd)).toBe(before);
  });
});
