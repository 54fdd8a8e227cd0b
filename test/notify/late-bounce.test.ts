import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helpdesk, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { smtpTestServers } from '../helpers/smtp-servers.js';
import { startDovecot, type Dovecot } from '../mail/servers.js';
import { at, notifyDeskYaml } from './fixtures.js';

/**
 * A late bounce: the mail server took desk's mail, the receiving one refused it later and a
 * delivery status notification (RFC 3464, as Postfix writes it, in German and in English) comes
 * back into the support mailbox. `desk mail fetch` reads it from a real IMAP server (dovecot):
 * the mailing's record shows the mail bounced, the contact's address is marked, and no ticket
 * is opened.
 */
let hd: InProcessHelpdesk | undefined;
let imap: Dovecot;
const { smtp } = smtpTestServers({
  afterEach: async () => {
    hd?.cleanup();
    hd = undefined;
    await imap.clear();
  },
});
beforeAll(async () => {
  imap = await startDovecot();
});
afterAll(() => imap?.stop());

const ACME = `id: acme
name: ACME Maschinenbau GmbH
language: de
products: [lohn]
contacts:
  - { name: Sabine Vogt, email: s.vogt@acme.example, role: IT-Leitung }
  - { name: Jörg Henning, email: j.henning@acme.example, role: Einkauf }
projectLead: tb
contracts:
  - { kind: service, start: 2026-01-01, fee: "1200.00", includedHours: 10, overageRate: "110.00", hourlyRate: "120.00" }
`;
const SEELAND = `id: seeland
name: Seeland Logistics Ltd
language: en
products: [lohn]
contacts:
  - { name: Tom Harris, email: tom.harris@seeland-logistics.example, role: IT }
contracts:
  - { kind: none, start: 2026-01-01, hourlyRate: "130.00" }
`;
const TEXT = `--- de
{{greeting}},

am Samstag, 12. Dezember 2026, warten wir {{products}} von 8 bis 12 Uhr.
--- en
{{greeting}},

on Saturday, 12 December 2026, we maintain {{products}} from 8 am to noon (CET).
`;

function setUp(): InProcessHelpdesk {
  const sources = `  sources:
    - name: support
      address: support@nordlicht.example
      acknowledge: true
      imap:
        host: 127.0.0.1
        port: ${imap.port}
        security: starttls
        ca: ${imap.ca}
        user: support
        password: { env: DESK_IMAP_PASSWORD }
`;
  return helpdesk({
    'desk.yaml': notifyDeskYaml({ smtpPort: smtp.port }).replace('notify:\n', `${sources}notify:\n`),
    'contracts/acme.yaml': ACME,
    'contracts/seeland.yaml': SEELAND,
    'texts/wartung.txt': TEXT,
  });
}

const ENV = { DESK_IMAP_PASSWORD: 'geheim', ...at('10:00', '2026-12-01') };

/** Postfix's report with its German templates (bounce_template_file): the returned mail's headers only. */
function postfixGerman(o: { to: string; messageId: string; subject: string; queueId?: string }): string {
  return `Return-Path: <>
Delivered-To: support@nordlicht.example
Received: by mail.nordlicht.example (Postfix)
	id 7C3E21C0A52; Tue,  1 Dec 2026 10:20:14 +0100 (CET)
Date: Tue,  1 Dec 2026 10:20:14 +0100 (CET)
From: MAILER-DAEMON@mail.nordlicht.example (Mail-Zustellsystem)
Subject: Unzustellbare Nachricht an den Absender zurückgeschickt
To: support@nordlicht.example
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7C3E21C0A52.1796116814/mail.nordlicht.example"
Content-Transfer-Encoding: 8bit
Message-Id: <20261201092014.${o.queueId ?? '7C3E21C0A52'}@mail.nordlicht.example>

Dies ist eine MIME-gekapselte Nachricht.

--7C3E21C0A52.1796116814/mail.nordlicht.example
Content-Description: Benachrichtigung
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dies ist das Mailsystem auf dem Rechner mail.nordlicht.example.

Leider konnte Ihre Nachricht an einen oder mehrere Empf=C3=A4nger nicht
zugestellt werden. Die Kopfzeilen der Nachricht finden Sie unten.

Bei Fragen wenden Sie sich bitte an den Postmaster.

                   Das Mailsystem

<${o.to}>: host mx.acme.example[192.0.2.25] said: 550 5.1.1
    <${o.to}>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)

--7C3E21C0A52.1796116814/mail.nordlicht.example
Content-Description: Zustellbericht
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.nordlicht.example
X-Postfix-Queue-ID: 7C3E21C0A52
X-Postfix-Sender: rfc822; support@nordlicht.example
Arrival-Date: Tue,  1 Dec 2026 10:00:02 +0100 (CET)

Final-Recipient: rfc822; ${o.to}
Original-Recipient: rfc822;${o.to}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.acme.example
Diagnostic-Code: smtp; 550 5.1.1 <${o.to}>: Recipient address rejected: User
    unknown in virtual mailbox table

--7C3E21C0A52.1796116814/mail.nordlicht.example
Content-Description: Kopfzeilen der unzustellbaren Nachricht
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <support@nordlicht.example>
Received: from desk (localhost [127.0.0.1])
	by mail.nordlicht.example (Postfix) with ESMTP id 7C3E21C0A52
	for <${o.to}>; Tue,  1 Dec 2026 10:00:02 +0100 (CET)
From: Nordlicht Support <support@nordlicht.example>
To: ${o.to}
Subject: ${o.subject}
Message-ID: <${o.messageId}>
Date: Tue, 01 Dec 2026 10:00:00 +0100
Auto-Submitted: auto-generated

--7C3E21C0A52.1796116814/mail.nordlicht.example--
`.replace(/\n/g, '\r\n');
}

/** Postfix's report in English, with the whole returned message; `action` delayed is its warning of a delay. */
function postfixEnglish(o: { to: string; messageId: string; subject: string; delayed?: boolean }): string {
  const [action, status, what] = o.delayed
    ? ['delayed', '4.4.1', 'Delayed Mail (still being retried)']
    : ['failed', '5.2.1', 'Undelivered Mail Returned to Sender'];
  return `Return-Path: <>
Delivered-To: support@nordlicht.example
Date: Wed,  2 Dec 2026 06:41:09 +0100 (CET)
From: MAILER-DAEMON@mail.nordlicht.example (Mail Delivery System)
Subject: ${what}
To: support@nordlicht.example
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="B1F0A1C0D77.1796190069/mail.nordlicht.example"
Message-Id: <20261202054109.B1F0A1C0D77${o.delayed ? '.delay' : ''}@mail.nordlicht.example>

This is a MIME-encapsulated message.

--B1F0A1C0D77.1796190069/mail.nordlicht.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.nordlicht.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<${o.to}>: host mx.seeland-logistics.example[198.51.100.7] said:
    552 5.2.1 <${o.to}>: Mailbox disabled, not accepting messages
    (in reply to RCPT TO command)

--B1F0A1C0D77.1796190069/mail.nordlicht.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.nordlicht.example
X-Postfix-Queue-ID: B1F0A1C0D77
X-Postfix-Sender: rfc822; support@nordlicht.example
Arrival-Date: Tue,  1 Dec 2026 10:00:03 +0100 (CET)

Final-Recipient: rfc822; ${o.to}
Original-Recipient: rfc822;${o.to}
Action: ${action}
Status: ${status}
Remote-MTA: dns; mx.seeland-logistics.example
Diagnostic-Code: smtp; 552 ${status} <${o.to}>: Mailbox disabled, not accepting
    messages

--B1F0A1C0D77.1796190069/mail.nordlicht.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: Nordlicht Support <support@nordlicht.example>
To: Tom Harris <${o.to}>
Subject: ${o.subject}
Message-ID: <${o.messageId}>
Date: Tue, 01 Dec 2026 10:00:00 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hello Tom Harris,

on Saturday, 12 December 2026, we maintain Lohn & Gehalt from 8 am to noon (CET).

--B1F0A1C0D77.1796190069/mail.nordlicht.example--
`.replace(/\n/g, '\r\n');
}

type Fetched = { sources: { results: { action: string; ticket?: string; reason?: string }[] }[] };

async function fetchMail(h: InProcessHelpdesk, env: Record<string, string> = {}) {
  const out = JSON.parse(await h.ok(['mail', 'fetch', '--json'], { env: { ...ENV, ...env } })) as Fetched;
  return out.sources[0]!.results;
}

const sentTo = (address: string) => {
  const m = smtp.received.find((r) => r.envelope.to.includes(address));
  if (!m?.parsed.messageId) throw new Error(`no mail to ${address}`);
  return { messageId: m.parsed.messageId.replace(/^<|>$/g, ''), subject: m.parsed.subject ?? '' };
};

describe('a late bounce of an announcement', () => {
  it('marks the mail bounced on the announcement and the contact in German and English reports, files no ticket', async () => {
    hd = setUp();
    await hd.ok(['announce', '--subject', 'Wartung', '--file', 'texts/wartung.txt', '--product', 'lohn'], { env: ENV });
    expect(smtp.received).toHaveLength(3);
    await imap.deliver(postfixGerman({ to: 'j.henning@acme.example', ...sentTo('j.henning@acme.example') }));
    await imap.deliver(
      postfixEnglish({ to: 'tom.harris@seeland-logistics.example', ...sentTo('tom.harris@seeland-logistics.example') }),
    );
    const results = await fetchMail(hd);
    expect(results.map((r) => r.action)).toEqual(['added', 'added']);
    expect(results.every((r) => r.ticket === undefined)).toBe(true);
    expect(results[0]!.reason).toBe(
      'announcement A-2026-12-01-wartung: delivery report, j.henning@acme.example bounced (address marked on the contact)',
    );
    expect(hd.git('log', '-1', '--format=%s').trim()).toBe(
      'mail from support: 2 delivery reports on mailings (addresses marked bounced)',
    );
    // no ticket, no acknowledgement to the mailer daemon
    expect(JSON.parse(await hd.ok(['list', '--all', '--json'], { env: ENV }))).toEqual([]);
    expect(smtp.received).toHaveLength(3);

    const record = hd.read('announcements/2026/A-2026-12-01-wartung.yaml');
    expect(record).toMatch(
      /email: j\.henning@acme\.example\n.*\n.*\n\s+status: bounced\n\s+at: .*\n\s+error: "?2026-12-01: 5\.1\.1 550 5\.1\.1/,
    );
    expect(record).toMatch(/email: s\.vogt@acme\.example\n.*\n.*\n\s+status: sent/);
    expect(hd.read('contracts/acme.yaml')).toContain(
      '{ name: Jörg Henning, email: j.henning@acme.example, role: Einkauf, bounced: "2026-12-01: 5.1.1 550 5.1.1 <j.henning@acme.example>: Recipient address rejected: User unknown in virtual mailbox table" }',
    );
    expect(hd.read('contracts/seeland.yaml')).toContain('bounced: "2026-12-01: 5.2.1 552 5.2.1');
    const show = await hd.ok(['customer', 'show', 'acme'], { env: ENV });
    expect(show).toContain('Jörg Henning, Einkauf <j.henning@acme.example> — address bounced 2026-12-01: 5.1.1');
    expect(show).toContain('2026-12-01 Wartung — Sabine Vogt: sent, Jörg Henning: bounced');
    const de = await hd.ok(['customer', 'show', 'acme'], { env: { ...ENV, DESK_LANG: 'de' } });
    expect(de).toContain('Sabine Vogt: gesendet, Jörg Henning: unzustellbar');

    // the same reports fetched again change nothing; the next announcement leaves both out
    const head = hd.git('rev-parse', 'HEAD');
    expect(await fetchMail(hd)).toEqual([]);
    expect(hd.git('rev-parse', 'HEAD')).toBe(head);
    const dry = await hd.ok(
      ['announce', '--subject', 'Wartung 2', '--file', 'texts/wartung.txt', '--product', 'lohn', '--dry-run'],
      { env: ENV },
    );
    expect(dry).toContain('would go to 1 contact');
  });

  it('a delay warning marks nothing and files no ticket', async () => {
    hd = setUp();
    await hd.ok(['announce', '--subject', 'Wartung', '--file', 'texts/wartung.txt', '--product', 'lohn'], { env: ENV });
    const to = 'tom.harris@seeland-logistics.example';
    await imap.deliver(postfixEnglish({ to, ...sentTo(to), delayed: true }));
    const results = await fetchMail(hd);
    expect(results).toEqual([
      expect.objectContaining({
        action: 'ignored',
        reason: 'announcement A-2026-12-01-wartung: delivery delayed, the server tries again (nothing marked)',
      }),
    ]);
    expect(hd.read('contracts/seeland.yaml')).not.toContain('bounced');
    expect(hd.read('announcements/2026/A-2026-12-01-wartung.yaml')).not.toContain('status: bounced');
    expect(JSON.parse(await hd.ok(['list', '--all', '--json'], { env: ENV }))).toEqual([]);
  });
});

describe('a late bounce of a staff notification', () => {
  it('shows on the notification delivery, files no ticket', async () => {
    hd = setUp();
    const id = (
      JSON.parse(
        await hd.ok(
          ['open', '--title', 'Lohnexport bricht ab', '--customer', 'acme', '--channel', 'e-mail', '--json'],
          {
            env: ENV,
          },
        ),
      ) as { id: string }
    ).id;
    await hd.ok(['qualify', id, '--category', 'malfunction', '--product', 'lohn/export', '--priority', 'high'], {
      env: ENV,
    });
    await hd.ok(['escalate', id, '--reason', 'needs a look at the export code'], { env: ENV });
    await hd.ok(['notify'], { env: ENV });
    expect(smtp.received).toHaveLength(1);
    const to = smtp.received[0]!.envelope.to[0]!;
    await imap.deliver(postfixGerman({ to, ...sentTo(to) }));
    const results = await fetchMail(hd);
    expect(results).toEqual([expect.objectContaining({ action: 'added' })]);
    expect(results[0]!.ticket).toBeUndefined();
    const files = hd.git('ls-files', 'notifications').split('\n').filter(Boolean);
    expect(files).toHaveLength(1);
    const record = hd.read(files[0]!);
    expect(record).toMatch(/channel: email\n.*\n.*\n\s+status: bounced/);
    expect(record).toContain('5.1.1 550 5.1.1');
    // the ticket holds its escalation, not the report
    const show = JSON.parse(await hd.ok(['show', id, '--json'], { env: ENV })) as { events: { type: string }[] };
    expect(show.events.map((e) => e.type)).not.toContain('machine-mail');
  });
});

describe('late bounces of feedback requests, usage statements and reports to staff', () => {
  it('show on each record as bounced, mark the customer contacts, and file no ticket', async () => {
    hd = setUp();
    hd.write('desk.yaml', `${hd.read('desk.yaml')}feedback: { requests: every }\n`);
    hd.git('commit', '-qam', 'Feedback nach jedem Ticket');
    const env = (time: string, user = 'ak') => ({ ...ENV, ...at(time, '2026-12-01'), DESK_USER: user });
    const id = (
      JSON.parse(
        await hd.ok(
          [
            'open',
            '--title',
            'Lohnexport bricht ab',
            '--customer',
            'acme',
            '--contact',
            'Jörg Henning',
            '--channel',
            'phone',
            '--json',
          ],
          { env: env('09:00') },
        ),
      ) as { id: string }
    ).id;
    await hd.ok(['qualify', id, '--category', 'question', '--product', 'lohn', '--priority', 'normal'], {
      env: env('09:05'),
    });
    await hd.ok(['log', id, '1h', '--on', '2026-12-01'], { env: env('09:10') });
    await hd.ok(['resolve', id, '--solution', 'Exportpfad korrigiert'], { env: env('09:20') });
    await hd.ok(['close', id, '--accepted-by', 'Jörg Henning'], { env: env('09:25') });
    await hd.ok(['feedback-requests'], { env: env('09:30') });
    await hd.ok(['usage', 'acme', '--period', '2026-12', '--send', '--to', 'Sabine Vogt'], { env: env('09:35') });
    await hd.ok(['digest', '--weekly'], { env: env('09:40') });
    const feedbackTo = 'j.henning@acme.example';
    const usageTo = 's.vogt@acme.example';
    const digestTo = 'tobias.brandt@example.de';
    expect(smtp.received.map((m) => m.envelope.to[0]).sort()).toEqual([feedbackTo, usageTo, digestTo].sort());
    await imap.deliver(postfixGerman({ to: feedbackTo, ...sentTo(feedbackTo), queueId: 'A1' }));
    await imap.deliver(postfixGerman({ to: usageTo, ...sentTo(usageTo), queueId: 'A2' }));
    await imap.deliver(postfixGerman({ to: digestTo, ...sentTo(digestTo), queueId: 'A3' }));

    const results = await fetchMail(hd);
    expect(results.map((r) => [r.action, r.ticket])).toEqual([
      ['added', undefined],
      ['added', undefined],
      ['added', undefined],
    ]);
    const short = /^feedback-request (T-\w+):/.exec(results[0]!.reason!)?.[1] ?? '';
    expect(id.startsWith(short) && short.length > 2).toBe(true);
    expect(results.map((r) => r.reason)).toEqual([
      `feedback-request ${short}: delivery report, ${feedbackTo} bounced (address marked on the contact)`,
      `usage-statement acme 2026-12: delivery report, ${usageTo} bounced (address marked on the contact)`,
      `staff-mail digest.tb.2026-W49: delivery report, ${digestTo} bounced (correct the address in desk.yaml staff)`,
    ]);
    const bounced = /status: bounced\n\s*at: .*\n\s*error: "?2026-12-01: 5\.1\.1 550 5\.1\.1/;
    expect(hd.read(`feedback-requests/2026/${id}.yaml`)).toMatch(bounced);
    expect(hd.read('usage-statements/2026/acme-2026-12-2026-12-01.yaml')).toMatch(bounced);
    expect(hd.read('staff-mail/2026/digest.tb.2026-W49.yaml')).toMatch(bounced);
    const acme = hd.read('contracts/acme.yaml');
    expect(acme).toMatch(
      /name: Jörg Henning, email: j\.henning@acme\.example, role: Einkauf, bounced: "2026-12-01: 5\.1\.1/,
    );
    expect(acme).toMatch(
      /name: Sabine Vogt, email: s\.vogt@acme\.example, role: IT-Leitung, bounced: "2026-12-01: 5\.1\.1/,
    );
    // no ticket but the one closed, and nothing on it
    expect((JSON.parse(await hd.ok(['list', '--all', '--json'], { env: ENV })) as unknown[]).length).toBe(1);
    const show = JSON.parse(await hd.ok(['show', id, '--json'], { env: ENV })) as { events: { type: string }[] };
    expect(show.events.map((e) => e.type)).not.toContain('machine-mail');
    // fetched again: nothing changes
    const head = hd.git('rev-parse', 'HEAD');
    expect(await fetchMail(hd)).toEqual([]);
    expect(hd.git('rev-parse', 'HEAD')).toBe(head);
  });
});
