import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InProcessHelpdesk } from '../helpers/helpdesk.js';
import { corpus, mailHelpdesk, showJson } from './helpers.js';
import { attachmentDir } from '../../src/core/ticket/paths.js';

let hd: InProcessHelpdesk;
afterEach(() => hd?.cleanup());

async function importFile(name: string, vars: Record<string, string> = {}, env: Record<string, string> = {}) {
  const file = join(hd.root, '..', `${name}-${Math.random().toString(36).slice(2)}.eml`);
  writeFileSync(file, corpus(name, vars));
  return JSON.parse(await hd.ok(['mail', 'import', file, '--json'], { env })) as {
    sources: { results: { action: string; ticket?: string; short?: string; reason?: string; triage?: string }[] }[];
  };
}

describe('desk mail import', () => {
  it('turns an Outlook mail in windows-1252 into a ticket of the contact who wrote it, and keeps the original', async () => {
    hd = mailHelpdesk();
    const out = await importFile('outlook-de-new.eml');
    const r = out.sources[0]!.results[0]!;
    expect(r.action).toBe('opened');
    const t = await showJson(hd, r.ticket!);
    expect(t.state).toMatchObject({
      customer: 'acme',
      contact: 'Sabine Vogt',
      channel: 'e-mail',
      contactEmail: 's.vogt@acme.example',
      title: 'Lohnexport bricht mit "Datum ungültig" ab',
      receivedAt: '2026-11-20T15:30:05+01:00',
    });
    const description = t.state.description as string;
    expect(description).toContain('Kosten für die Verzögerung: ca. 500 €');
    // the greeting and name stay, the company block below them goes
    expect(description).toMatch(/Mit freundlichen Grüßen\nSabine Vogt$/);
    const opened = t.events[0] as { mail: { original: string; trimmed?: boolean } };
    expect(opened.mail.trimmed).toBe(true);
    expect(hd.read(opened.mail.original)).toContain('Industriestra=DFe 4');
    expect(hd.git('log', '-1', '--format=%s').trim()).toMatch(/^T-\w+: mail from import: 1 new ticket$/);
  });

  it('takes in the same mail only once, however often it is imported', async () => {
    hd = mailHelpdesk();
    const first = (await importFile('outlook-de-new.eml')).sources[0]!.results[0]!;
    const head = hd.git('rev-parse', 'HEAD');
    const again = (await importFile('outlook-de-new.eml')).sources[0]!.results[0]!;
    expect(again).toMatchObject({ action: 'duplicate', ticket: first.ticket });
    expect(hd.git('rev-parse', 'HEAD')).toBe(head);
  });
});

const OUTLOOK_ID = 'AM9PR04MB8955C1A2E0C5D7B3F2A1B9C4E8D2A@AM9PR04MB8955.eurprd04.prod.outlook.com';

/** A ticket opened by the Outlook mail, qualified so the workflow commands apply. */
async function acmeTicket(): Promise<{ id: string; short: string }> {
  const r = (await importFile('outlook-de-new.eml')).sources[0]!.results[0]!;
  await hd.ok(['qualify', r.ticket!, '--category', 'malfunction', '--priority', 'high']);
  return { id: r.ticket!, short: r.short! };
}

type Ev = Record<string, unknown> & { type: string; text?: string };
const eventsOf = async (id: string) => (await showJson(hd, id)).events as Ev[];

describe('threading and what a reply does', () => {
  it('adds a Thunderbird reply naming the ticket in its subject, without the quoted history, and ends a wait', async () => {
    hd = mailHelpdesk();
    const t = await acmeTicket();
    await hd.ok(['wait', t.id, '--reason', 'Logdatei angefordert']);
    const r = (await importFile('thunderbird-de-reply.eml', { TICKET: t.short })).sources[0]!.results[0]!;
    expect(r).toMatchObject({ action: 'added', ticket: t.id });
    const msg = (await eventsOf(t.id)).find((e) => e.type === 'message')!;
    expect(msg).toMatchObject({ direction: 'from-customer', by: 'mail' });
    expect(msg.text).toContain('danke für die schnelle Antwort');
    expect(msg.text).toContain('Viele Grüße\nSabine Vogt');
    expect(msg.text).not.toContain('schrieb Lutterbach');
    expect(msg.text).not.toContain('C:\\LUSO');
    expect((await showJson(hd, t.id)).state.status).toBe('open');
  });

  it('adds an HTML-only Gmail reply by its In-Reply-To header, as readable text without the quote', async () => {
    hd = mailHelpdesk();
    const t = await acmeTicket();
    const r = (await importFile('gmail-en-html-only.eml', { IN_REPLY_TO: OUTLOOK_ID })).sources[0]!.results[0]!;
    expect(r).toMatchObject({ action: 'added', ticket: t.id });
    const msg = (await eventsOf(t.id)).find((e) => e.type === 'message')!;
    expect(msg.text).toContain('the export works again after your fix — thank you!');
    expect(msg.text).not.toContain('<div');
    expect(msg.text).not.toContain('we have fixed the export');
  });

  it('reopens a resolved ticket when the customer answers (a dispute) and opens a linked ticket after it was closed', async () => {
    hd = mailHelpdesk();
    const t = await acmeTicket();
    await hd.ok(['resolve', t.id, '--solution', 'Austrittsdatum abgefangen']);
    await importFile('iphone-de-short.eml', { TICKET: t.short });
    const after = await showJson(hd, t.id);
    expect(after.state).toMatchObject({ status: 'open', reopenCount: 1 });
    const msg = (after.events as Ev[]).find((e) => e.type === 'message')!;
    expect(msg.text).toBe('Passt, danke! Funktioniert wieder.');

    await hd.ok(['resolve', t.id, '--solution', 'nochmal geprüft']);
    await hd.ok(['close', t.id, '--accepted-by', 'Sabine Vogt']);
    const r = (await importFile('thunderbird-de-reply.eml', { TICKET: t.short })).sources[0]!.results[0]!;
    expect(r.action).toBe('opened');
    expect(r.ticket).not.toBe(t.id);
    expect((await showJson(hd, r.ticket!)).state).toMatchObject({ follows: t.id, customer: 'acme', status: 'new' });
    expect((await showJson(hd, t.id)).state.status).toBe('closed');
  });
});

describe('who wrote', () => {
  it("proposes a new contact for someone at the customer's mail domain, and cuts Outlook's header block", async () => {
    hd = mailHelpdesk();
    const t = await acmeTicket();
    await importFile('outlook-de-reply-headerblock.eml', { TICKET: t.short });
    const events = await eventsOf(t.id);
    const msg = events.find((e) => e.type === 'message')!;
    expect(msg.text).toContain('die Summen in Zeile 14 stimmen nicht');
    expect(msg.text).not.toContain('Gesendet:');
    expect(msg.text).not.toContain('bitte prüfen Sie den Export erneut');
    expect(events.find((e) => e.type === 'contact-proposed')).toMatchObject({
      customer: 'acme',
      name: 'Wiegand, Petra',
      email: 'p.wiegand@acme.example',
    });
    expect(hd.read('contracts/acme.yaml')).not.toContain('p.wiegand');
  });

  it('opens a ticket for an unknown customer in the triage list', async () => {
    hd = mailHelpdesk();
    const r = (await importFile('android-en-unknown.eml')).sources[0]!.results[0]!;
    expect(r.action).toBe('opened');
    expect(r.triage).toContain('mark.jennings@northwind-traders.example belongs to no customer');
    const t = await showJson(hd, r.ticket!);
    expect(t.state).toMatchObject({ customer: '(unknown)', contact: 'Mark Jennings' });
    expect(t.state.description).not.toContain('Get Outlook for Android');
    expect(await hd.ok(['queue'])).toMatch(/unknown customer/i);
    expect(await hd.ok(['check'])).not.toMatch(/unknown customer "\(unknown\)"/);
  });

  it('recognises staff: a copy of their own mail to the customer is a delivered reply, a mail only to support a note', async () => {
    hd = mailHelpdesk();
    const t = await acmeTicket();
    const staffMail = (id: string, to: string) =>
      `From: Miriam Krause <miriam.krause@example.de>\r\nTo: ${to}\r\nCc: support@lutterbach-software.example\r\nSubject: Re: Lohnexport [${t.short}]\r\nMessage-ID: <${id}@example.de>\r\nDate: Mon, 23 Nov 2026 09:00:00 +0100\r\n\r\nIch habe Frau Vogt eben angerufen.\r\n`;
    const write = (name: string, text: string) => {
      const file = join(hd.root, '..', `${name}-${Math.random().toString(36).slice(2)}.eml`);
      writeFileSync(file, text);
      return file;
    };
    await hd.ok(['mail', 'import', write('a', staffMail('staff-1', 'Sabine Vogt <s.vogt@acme.example>'))]);
    await hd.ok(['mail', 'import', write('b', staffMail('staff-2', 'support@lutterbach-software.example'))]);
    const events = await eventsOf(t.id);
    expect(events.find((e) => e.type === 'message')).toMatchObject({ direction: 'to-customer', by: 'mk' });
    expect(events.find((e) => e.type === 'mail-sent')).toMatchObject({ messageId: 'staff-1@example.de' });
    expect(events.find((e) => e.type === 'comment')).toMatchObject({
      by: 'mk',
      text: 'Ich habe Frau Vogt eben angerufen.',
    });
    expect((await showJson(hd, t.id)).state.firstReactionAt).not.toBeNull();
  });

  it('takes an old mail program in ISO-8859-1 and base64 from a known contact', async () => {
    hd = mailHelpdesk();
    const r = (await importFile('latin1-base64.eml')).sources[0]!.results[0]!;
    expect((await showJson(hd, r.ticket!)).state).toMatchObject({
      customer: 'acme',
      contact: 'Jörg Henning',
      title: 'Bestände im Lager stimmen nicht',
    });
    expect((await showJson(hd, r.ticket!)).state.description).toContain('Größe der Abweichung: ca. 12 %');
  });
});

describe('attachments', () => {
  it('saves attachments under safe names beside the ticket and keeps inline images with the original', async () => {
    hd = mailHelpdesk();
    const r = (await importFile('apple-mail-de-attachment.eml')).sources[0]!.results[0]!;
    const opened = (await eventsOf(r.ticket!))[0] as unknown as {
      mail: { attachments: { name: string; file: string; inline?: boolean; bytes: number }[] };
    };
    const names = opened.mail.attachments.map((a) => a.name);
    expect(names).toEqual(['Bildschirmfoto.png', 'Fehlerprotokoll März.pdf', 'passwd']);
    const pdf = opened.mail.attachments[1]!;
    expect(hd.read(`${attachmentDir(r.ticket!)}/${pdf.file}`)).toMatch(/^%PDF-1.4/);
    expect(opened.mail.attachments[0]!.inline).toBe(true);
    const files = hd.git('ls-files', attachmentDir(r.ticket!)).trim().split('\n');
    expect(files).toHaveLength(2);
    expect(files.every((f) => !f.includes('..'))).toBe(true);
  });
});

describe('machines', () => {
  it('records an out-of-office reply without ending the wait, and a bounce that flags the address', async () => {
    hd = mailHelpdesk();
    const t = await acmeTicket();
    await hd.ok(['wait', t.id]);
    const auto = (await importFile('autoreply-de-outlook.eml', { TICKET: t.short, IN_REPLY_TO: OUTLOOK_ID }))
      .sources[0]!.results[0]!;
    expect(auto).toMatchObject({ action: 'added', ticket: t.id, reason: 'auto-reply recorded' });
    expect((await showJson(hd, t.id)).state.status).toBe('waiting');
    const bounce = (await importFile('bounce-postfix.eml', { TICKET: t.short, IN_REPLY_TO: OUTLOOK_ID })).sources[0]!
      .results[0]!;
    expect(bounce).toMatchObject({ action: 'added', ticket: t.id });
    const s = (await showJson(hd, t.id)).state;
    expect(s.status).toBe('waiting');
    expect(s.bouncedAddresses).toEqual(['s.vogt@acme.example']);
    expect(await hd.ok(['show', t.id])).toMatch(/bounced +s\.vogt@acme\.example/);
    expect(await hd.ok(['show', t.id])).toMatch(/bounce: mail to s\.vogt@acme\.example could not be delivered/);
  });

  it('ignores newsletters and commits nothing for them', async () => {
    hd = mailHelpdesk();
    const head = hd.git('rev-parse', 'HEAD');
    const r = (await importFile('newsletter.eml')).sources[0]!.results[0]!;
    expect(r).toMatchObject({ action: 'ignored', reason: 'mailing list or newsletter' });
    expect(hd.git('rev-parse', 'HEAD')).toBe(head);
  });

  it('keys a mail without Message-ID by its content, so it is still taken in once', async () => {
    hd = mailHelpdesk();
    const first = (await importFile('no-message-id.eml')).sources[0]!.results[0]!;
    expect(first.action).toBe('opened');
    expect((await importFile('no-message-id.eml')).sources[0]!.results[0]!).toMatchObject({
      action: 'duplicate',
      ticket: first.ticket,
    });
  });
});

describe('mbox archives', () => {
  it('imports every message of an mbox once, unescaping >From lines, and --dry-run writes nothing', async () => {
    hd = mailHelpdesk();
    const mbox = join(hd.root, '..', `archive-${Math.random().toString(36).slice(2)}.mbox`);
    const one = corpus('outlook-de-new.eml').toString('latin1').replace(/\r\n/g, '\n');
    const two = corpus('latin1-base64.eml').toString('latin1').replace(/\r\n/g, '\n');
    const three = `From: Sabine Vogt <s.vogt@acme.example>\nTo: support@lutterbach-software.example\nSubject: Zeile mit From am Anfang\nMessage-ID: <mbox-3@acme.example>\nDate: Thu, 26 Nov 2026 09:00:00 +0100\n\nDer Bericht sagt:\n>From here on the totals are wrong.\n`;
    writeFileSync(
      mbox,
      [one, two, three].map((m) => `From MAILER-DAEMON Thu Nov 26 09:00:00 2026\n${m}\n`).join(''),
      'latin1',
    );
    const head = hd.git('rev-parse', 'HEAD');
    const dry = JSON.parse(await hd.ok(['mail', 'import', mbox, '--dry-run', '--json']));
    expect(dry.sources[0].results.map((r: { action: string }) => r.action)).toEqual(['opened', 'opened', 'opened']);
    expect(hd.git('rev-parse', 'HEAD')).toBe(head);
    const out = JSON.parse(await hd.ok(['mail', 'import', mbox, '--json']));
    const ids = out.sources[0].results.map((r: { ticket: string }) => r.ticket);
    expect(new Set(ids).size).toBe(3);
    expect((await showJson(hd, ids[2])).state.description).toBe(
      'Der Bericht sagt:\nFrom here on the totals are wrong.',
    );
    const again = JSON.parse(await hd.ok(['mail', 'import', mbox, '--json']));
    expect(again.sources[0].results.every((r: { action: string }) => r.action === 'duplicate')).toBe(true);
  });
});

describe('a Maildir source', () => {
  it('takes in new/ and marks each message seen in cur/, so the next fetch finds nothing; the password command is not needed', async () => {
    const box = join(tmpdir(), `desk-maildir-${Math.random().toString(36).slice(2)}`);
    for (const sub of ['new', 'cur', 'tmp']) mkdirSync(join(box, sub), { recursive: true });
    writeFileSync(join(box, 'new', '1700000000.M1P1.mx'), corpus('latin1-base64.eml'));
    writeFileSync(join(box, 'cur', '1700000001.M2P1.mx:2,'), corpus('outlook-de-new.eml'));
    writeFileSync(join(box, 'cur', '1700000002.M3P1.mx:2,S'), corpus('android-en-unknown.eml'));
    hd = mailHelpdesk({ sources: `  sources:\n    - name: lohn\n      maildir: ${box}\n` });
    const out = JSON.parse(await hd.ok(['mail', 'fetch', '--json']));
    expect(out.sources[0].results.map((r: { action: string }) => r.action)).toEqual(['opened', 'opened']);
    expect(readdirSync(join(box, 'new'))).toEqual([]);
    expect(readdirSync(join(box, 'cur')).sort()).toEqual([
      '1700000000.M1P1.mx:2,S',
      '1700000001.M2P1.mx:2,S',
      '1700000002.M3P1.mx:2,S',
    ]);
    expect(JSON.parse(await hd.ok(['mail', 'fetch', '--json'])).sources[0].results).toEqual([]);
    const missing = await hd.desk(['mail', 'fetch', '--source', 'lohn'], { env: {} });
    expect(missing.code).toBe(0);
    rmSync(box, { recursive: true, force: true });
  });

  it('reads an IMAP password from a command, and says so when the command fails', async () => {
    hd = mailHelpdesk({
      sources: `  sources:\n    - name: support\n      imap: { host: 127.0.0.1, port: 9, security: none, user: support, password: { command: "exit 3" } }\n`,
    });
    const r = await hd.desk(['mail', 'fetch']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/mail\.sources support: imap\.password: the password command failed/);
    const bad = await hd.desk(['check']);
    expect(bad.code).toBe(0);
  });

  it('refuses a password written into desk.yaml, naming the field', async () => {
    hd = mailHelpdesk({
      sources: `  sources:\n    - name: support\n      imap: { host: imap.example.de, user: support, password: geheim }\n`,
    });
    const r = await hd.desk(['mail', 'fetch']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/desk\.yaml.*mail.*password.*never the password itself/);
  });
});
