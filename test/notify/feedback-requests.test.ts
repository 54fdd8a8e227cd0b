import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helpdesk, snapshot, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { smtpTestServers } from '../helpers/smtp-servers.js';
import { notifyDeskYaml } from './fixtures.js';

/**
 * Feedback requests after a ticket closed, against a real SMTP server; the answers come back
 * through a Maildir source and `desk mail fetch`.
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
  - { name: Jörg Henning, email: j.henning@acme.example, role: Einkauf, noMail: [feedback] }
contracts:
  - { kind: service, start: 2026-01-01, fee: "1200.00", includedHours: 10, overageRate: "110.00", hourlyRate: "120.00" }
`;
const SEELAND = `id: seeland
name: Seeland Logistics Ltd
language: en
feedbackRequests: none
contacts:
  - { name: Tom Harris, email: tom.harris@seeland-logistics.example }
`;

function setUp(): InProcessHelpdesk {
  box = mkdtempSync(join(tmpdir(), 'desk-feedback-box-'));
  for (const sub of ['new', 'cur', 'tmp']) mkdirSync(join(box, sub));
  return helpdesk({
    'desk.yaml': `${notifyDeskYaml({ smtpPort: smtp.port })}feedback: { requests: every, intervalDays: 30 }\n`.replace(
      '  name: Nordlicht Support\n',
      `  name: Nordlicht Support\n  sources:\n    - { name: support, maildir: ${box} }\n`,
    ),
    'contracts/acme.yaml': ACME,
    'contracts/seeland.yaml': SEELAND,
  });
}

const at = (day: string, time = '10:00') => ({ DESK_NOW: `2026-11-${day}T${time}:00+01:00` });

async function closed(h: InProcessHelpdesk, customer: string, contact: string, day: string): Promise<string> {
  const id = (
    JSON.parse(
      await h.ok(
        [
          'open',
          '--title',
          'Lohnexport bricht ab',
          '--customer',
          customer,
          '--contact',
          contact,
          '--channel',
          'phone',
          '--json',
        ],
        {
          env: at(day, '09:00'),
        },
      ),
    ) as { id: string }
  ).id;
  await h.ok(['qualify', id, '--category', 'question', '--product', 'lohn', '--priority', 'normal'], {
    env: at(day, '09:10'),
  });
  await h.ok(['resolve', id, '--solution', 'Exportpfad korrigiert'], { env: at(day, '09:30') });
  await h.ok(['close', id, '--accepted-by', contact], { env: at(day, '09:45') });
  return id;
}

function reply(name: string, to: string, inReplyTo: string, text: string): void {
  writeFileSync(
    join(box, 'new', `${Date.now()}.${Math.random().toString(36).slice(2)}.mx`),
    [
      `From: ${to}`,
      'To: support@nordlicht.example',
      'Subject: AW: Ihre Meinung',
      `Message-ID: <${name}@acme.example>`,
      `In-Reply-To: <${inReplyTo}>`,
      'Date: Tue, 24 Nov 2026 11:00:00 +0100',
      'Content-Type: text/plain; charset=utf-8',
      '',
      text,
      '',
    ].join('\r\n'),
  );
}

const state = async (h: InProcessHelpdesk, id: string) =>
  (JSON.parse(await h.ok(['show', id, '--json'])) as { state: { feedback?: { score: number; comment?: string } } })
    .state;

describe('feedback requests after close', () => {
  it('asks the contact in their language once, and their answer by mail becomes the feedback', async () => {
    hd = setUp();
    const id = await closed(hd, 'acme', 'Sabine Vogt', '23');
    await closed(hd, 'seeland', 'Tom Harris', '23'); // the customer takes no feedback requests
    const dry = JSON.parse(await hd.ok(['feedback-requests', '--dry-run', '--json'], { env: at('23', '18:00') })) as {
      requests: { email: string }[];
    };
    expect(dry.requests.map((r) => r.email)).toEqual(['s.vogt@acme.example']);
    expect(smtp.received).toHaveLength(0);
    await hd.ok(['feedback-requests'], { env: at('23', '18:00') });
    expect(smtp.received).toHaveLength(1);
    const request = smtp.received[0]!;
    expect(request.envelope.to).toEqual(['s.vogt@acme.example']);
    expect(request.parsed.subject).toMatch(/^Ihre Meinung zu \[T-\w+\] Lohnexport bricht ab$/);
    expect(request.parsed.text).toContain('Guten Tag Sabine Vogt');
    // never twice for the same ticket
    await hd.ok(['feedback-requests'], { env: at('24', '08:00') });
    expect(smtp.received).toHaveLength(1);

    reply(
      'r1',
      'Sabine Vogt <s.vogt@acme.example>',
      request.parsed.messageId!.replace(/[<>]/g, ''),
      '5 Sterne\n\nSchnell und freundlich geholfen.\n\n> Ihre Anfrage ist abgeschlossen.',
    );
    await hd.ok(['mail', 'fetch'], { env: at('24', '11:05') });
    expect((await state(hd, id)).feedback).toMatchObject({ score: 5, comment: 'Schnell und freundlich geholfen.' });
  });

  it('keeps an answer without a certain score for a person, never asks one address twice within the interval, and honours an opt-out', async () => {
    hd = setUp();
    const first = await closed(hd, 'acme', 'Sabine Vogt', '02');
    await hd.ok(['feedback-requests'], { env: at('02', '18:00') });
    const messageId = smtp.received[0]!.parsed.messageId!.replace(/[<>]/g, '');
    reply('r2', 's.vogt@acme.example', messageId, 'Gut, aber 2 Tage Wartezeit waren zu lang.');
    await hd.ok(['mail', 'fetch'], { env: at('03') });
    expect((await state(hd, first)).feedback ?? undefined).toBeUndefined();
    expect(await hd.ok(['show', first], { env: at('03') })).toContain(
      'no certain score — record it with desk feedback',
    );

    await closed(hd, 'acme', 'Sabine Vogt', '16'); // within 30 days of the first request
    await closed(hd, 'acme', 'Jörg Henning', '16'); // opted out
    const out = JSON.parse(await hd.ok(['feedback-requests', '--json'], { env: at('16', '18:00') })) as {
      requests: unknown[];
      skipped: { why: string }[];
    };
    expect(out.requests).toEqual([]);
    expect(out.skipped.map((s) => s.why).sort()).toEqual(['asked recently', 'opted out']);
    expect(smtp.received).toHaveLength(1);
    const before = snapshot(hd);
    await hd.ok(['feedback-requests', '--dry-run'], { env: at('16', '18:00') });
    expect(snapshot(hd)).toBe(before);
  });
});
