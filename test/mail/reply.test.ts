import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { InProcessHelpdesk } from '../helpers/helpdesk.js';
import { corpus, deskAsync, mailHelpdesk, showJson } from './helpers.js';
import { startSmtpSink, type SmtpSink } from './servers.js';

let smtp: SmtpSink;
let hd: InProcessHelpdesk;

beforeAll(async () => {
  smtp = await startSmtpSink();
});
afterAll(async () => {
  await smtp?.stop();
});
afterEach(() => {
  hd?.cleanup();
  smtp.received.length = 0;
  smtp.mode = 'accept';
});

const OUTLOOK_ID = 'AM9PR04MB8955C1A2E0C5D7B3F2A1B9C4E8D2A@AM9PR04MB8955.eurprd04.prod.outlook.com';

/** A helpdesk sending to the test's SMTP server, and a ticket opened by a customer's mail. */
async function ticketFromMail(port = smtp.port, name = 'outlook-de-new.eml') {
  hd = mailHelpdesk({ smtpPort: port });
  const file = join(hd.root, '..', `${Math.random().toString(36).slice(2)}.eml`);
  writeFileSync(file, corpus(name));
  const r = JSON.parse(await hd.ok(['mail', 'import', file, '--json'])).sources[0].results[0];
  return { id: r.ticket as string, short: r.short as string };
}

type Ev = Record<string, unknown> & { type: string };

describe('desk reply by mail', () => {
  it('sends the reply with attachment, copy, signature and threading headers, and records it as sent and as the reaction', async () => {
    const t = await ticketFromMail();
    const log = join(hd.root, '..', 'export-log.txt');
    writeFileSync(log, 'Zeile 14: Austrittsdatum leer\n');
    const out = JSON.parse(
      await hd.ok([
        'reply',
        t.short,
        '-m',
        'Guten Tag Frau Vogt,\n\nder Fehler ist behoben.',
        '--attach',
        log,
        '--cc',
        'p.wiegand@acme.example',
        '--json',
      ]),
    );
    expect(out.mail.outcome).toBe('sent');
    expect(smtp.received).toHaveLength(1);
    const m = smtp.received[0]!;
    expect(m.envelope.to.sort()).toEqual(['p.wiegand@acme.example', 's.vogt@acme.example']);
    expect(m.parsed.subject).toBe(`Re: Lohnexport bricht mit "Datum ungültig" ab [${t.short}]`);
    expect(m.parsed.inReplyTo).toBe(`<${OUTLOOK_ID}>`);
    expect(m.parsed.references).toContain(`<${OUTLOOK_ID}>`);
    expect(m.parsed.messageId).toBe(`<${out.mail.messageId}>`);
    expect(m.parsed.text).toContain('der Fehler ist behoben.\n\n-- \nMiriam Krause\nNordlicht Software GmbH – Support');
    expect(m.parsed.attachments.map((a) => [a.filename, a.content.toString()])).toEqual([
      ['export-log.txt', 'Zeile 14: Austrittsdatum leer\n'],
    ]);
    const t2 = await showJson(hd, t.id);
    expect(t2.state.firstReactionAt).not.toBeNull();
    expect(t2.events.map((e) => (e as Ev).type)).toEqual(['opened', 'message', 'assigned', 'mail-sent']);
    // the stored original is byte for byte what the server received
    const sent = t2.events[1] as { mail: { original: string } };
    expect(Buffer.from(hd.read(sent.mail.original), 'utf8').toString()).toBe(m.raw.toString());
    expect(hd.git('ls-files', 'outbox').trim()).toBe('');
    expect(hd.git('log', '--format=%s', '-2').trim().split('\n')).toEqual([
      `${t.short}: mail to the customer delivered to the server`,
      `${t.short}: reply to the customer by mail (taken by mk)`,
    ]);
    const show = await hd.ok(['show', t.short]);
    expect(show).toMatch(
      /→ to the customer {2}Sabine Vogt <s\.vogt@acme\.example>, p\.wiegand@acme\.example {2}\[sent\]/,
    );
    expect(show).toMatch(/Attachment: export-log\.txt \(30 B\)/);
  });

  it('keeps a reply queued while the server is down and sends it exactly once when it is back', async () => {
    const down = smtp.port + 1;
    const t = await ticketFromMail(down);
    const r = await hd.desk(['reply', t.short, '-m', 'Wir melden uns morgen.']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/reply queued, not sent yet .*desk mail send tries again/);
    expect(hd.git('ls-files', 'outbox').trim()).toMatch(/^outbox\/\w+\.yaml$/);
    expect((await showJson(hd, t.id)).state.firstReactionAt).toBeNull();
    expect(await hd.ok(['show', t.short])).toMatch(/queued, not sent yet/);
    const back = await startSmtpSink(down);
    try {
      const sent = JSON.parse(await hd.ok(['mail', 'send', '--json']));
      expect(sent.sent.map((s: { outcome: string }) => s.outcome)).toEqual(['sent']);
      expect(JSON.parse(await hd.ok(['mail', 'send', '--json'])).sent).toEqual([]);
      expect(back.received).toHaveLength(1);
      expect((await showJson(hd, t.id)).state.firstReactionAt).not.toBeNull();
    } finally {
      await back.stop();
    }
  });

  it('retries a passing failure, gives up on a refusal and shows it in the queue of the person who wrote it', async () => {
    const t = await ticketFromMail();
    smtp.mode = 'tempfail';
    const r = await hd.ok(['reply', t.short, '-m', 'Erster Versuch']);
    expect(r).toMatch(/queued/);
    smtp.mode = 'reject';
    const failed = JSON.parse(await hd.ok(['mail', 'send', '--json']));
    expect(failed.sent[0]).toMatchObject({ outcome: 'failed' });
    expect(failed.sent[0].detail).toMatch(/550/);
    expect(hd.git('ls-files', 'outbox').trim()).toBe('');
    const queue = await hd.ok(['queue']);
    expect(queue).toMatch(/Your mail NOT delivered: 1/);
    expect(await hd.ok(['queue'], { env: { DESK_USER: 'lw' } })).not.toMatch(/NOT delivered/);
    expect(await hd.ok(['show', t.short])).toMatch(/NOT delivered/);
  });

  it('never sends twice after a crash between sending and recording: it waits for --resend', async () => {
    const t = await ticketFromMail();
    const crashed = await deskAsync(hd, ['reply', t.short, '-m', 'Antwort'], {
      env: { DESK_FAULT: 'mail-after-send' },
    });
    expect(crashed.code).not.toBe(0);
    expect(smtp.received).toHaveLength(1);
    const again = JSON.parse(await hd.ok(['mail', 'send', '--json']));
    expect(again.sent[0].outcome).toBe('uncertain');
    expect(smtp.received).toHaveLength(1);
    const id = again.sent[0].messageId;
    const resent = JSON.parse(await hd.ok(['mail', 'send', '--resend', id, '--json']));
    expect(resent.sent[0].outcome).toBe('sent');
    expect(smtp.received).toHaveLength(2);
    expect(smtp.received[1]!.parsed.messageId).toBe(smtp.received[0]!.parsed.messageId);
  });

  it('records a phone call with --no-send, and refuses mail options that cannot work', async () => {
    const t = await ticketFromMail();
    await hd.ok(['reply', t.short, '--no-send', '-m', 'Telefonisch besprochen']);
    expect(smtp.received).toHaveLength(0);
    expect((await showJson(hd, t.id)).state.firstReactionAt).not.toBeNull();
    const bad = await hd.desk(['reply', t.short, '--no-send', '--cc', 'x@acme.example', '-m', 'x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--cc, --attach and --to need a mail/);
    const missing = await hd.desk(['reply', t.short, '--attach', 'nicht-da.pdf', '-m', 'x']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--attach: cannot read nicht-da\.pdf/);
    // a device would be read without end: refused before reading, with the reason
    const device = await hd.desk(['reply', t.short, '--attach', '/dev/zero', '-m', 'x']);
    expect(device.code).toBe(2);
    expect(device.stderr).toMatch(/^desk: --attach: \/dev\/zero is a device, not a file\n/);
    expect(smtp.received).toHaveLength(0);
  });

  it('starts from a template in the customer language with its placeholders filled', async () => {
    hd = mailHelpdesk(
      { smtpPort: smtp.port },
      {
        'templates/loesung.de.txt':
          '{{greeting}},\n\nzu {{ticket}} ({{title}}): bitte starten Sie den Dienst neu.\n\n{{staff}}',
        'templates/loesung.en.txt':
          '{{greeting}},\n\nregarding {{ticket}} ({{title}}): please restart the service.\n\n{{staff}}',
        'templates/kaputt.txt': 'Hallo {{kunde}}',
      },
    );
    const file = join(hd.root, '..', 'gmail.eml');
    writeFileSync(
      file,
      corpus('android-en-unknown.eml')
        .toString()
        .replace('mark.jennings@northwind-traders.example', 'tom.harris@seeland-logistics.example')
        .replace('Mark Jennings', 'Tom Harris'),
    );
    const r = JSON.parse(await hd.ok(['mail', 'import', file, '--json'])).sources[0].results[0];
    await hd.ok(['reply', r.short, '--template', 'loesung']);
    expect(smtp.received[0]!.parsed.text).toContain(
      `Hello Tom Harris,\n\nregarding ${r.short} (Trial licence for LUSO DMS?): please restart the service.\n\nMiriam Krause`,
    );
    const bad = await hd.desk(['reply', r.short, '--template', 'kaputt']);
    expect(bad.stderr).toMatch(/templates\/kaputt: unknown placeholder \{\{kunde\}\}/);
    expect(await hd.ok(['template', 'list'])).toMatch(/acknowledgement\s+de, en\s+built in/);
    expect(await hd.ok(['template', 'show', 'acknowledgement', '--lang', 'en'])).toMatch(/thank you for your message/);
  });
});
