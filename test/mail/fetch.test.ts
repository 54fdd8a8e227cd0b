import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { builtDesk } from '../helpers/built.js';
import { cleanEnv, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { headMoved } from './commits.js';
import { corpus, deskAsync, mailHelpdesk, showJson } from './helpers.js';
import { startDovecot, startSmtpSink, type Dovecot, type SmtpSink } from './servers.js';

let imap: Dovecot;
let smtp: SmtpSink;
let hd: InProcessHelpdesk;

beforeAll(async () => {
  imap = await startDovecot();
  smtp = await startSmtpSink();
});
afterAll(async () => {
  imap?.stop();
  await smtp?.stop();
});
afterEach(async () => {
  hd?.cleanup();
  smtp.received.length = 0;
  smtp.mode = 'accept';
  smtp.onMail = undefined;
  // an empty mailbox for the next test: desk moved or flagged what it read
  await imap.clear();
});

const ENV = { DESK_IMAP_PASSWORD: 'geheim' };

function helpdesk(o: { acknowledge?: boolean; processed?: string } = {}) {
  hd = mailHelpdesk({
    smtpPort: smtp.port,
    sources: `  sources:
    - name: support
      address: support@lutterbach-software.example
      acknowledge: ${o.acknowledge ?? false}
      imap:
        host: 127.0.0.1
        port: ${imap.port}
        security: starttls
        ca: ${imap.ca}
        user: support
        password: { env: DESK_IMAP_PASSWORD }
${o.processed ? `        processed: ${o.processed}\n` : ''}`,
  });
  return hd;
}

type Fetched = { sources: { results: { action: string; ticket?: string; short?: string; reason?: string }[] }[] };
const fetch = async (env: Record<string, string> = {}) =>
  JSON.parse(await hd.ok(['mail', 'fetch', '--json'], { env: { ...ENV, ...env } })) as Fetched;

describe('desk mail fetch from IMAP (dovecot, STARTTLS)', () => {
  it('opens a ticket, acknowledges it in the customer language as the reaction, flags the mail and finds nothing new the second time', async () => {
    helpdesk({ acknowledge: true });
    await imap.deliver(corpus('outlook-de-new.eml'), { at: new Date('2026-11-20T14:30:12Z') });
    await imap.deliver(corpus('newsletter.eml'));
    const out = await fetch();
    const results = out.sources[0]!.results;
    expect(results.map((r) => r.action)).toEqual(['opened', 'ignored']);
    const id = results[0]!.ticket!;
    const t = await showJson(hd, id);
    // received: the mail's arrival in the mailbox, which starts the reaction clock
    expect(t.state.receivedAt).toBe('2026-11-20T15:30:12+01:00');
    expect(smtp.received).toHaveLength(1);
    const ack = smtp.received[0]!;
    expect(ack.envelope.to).toEqual(['s.vogt@acme.example']);
    expect(ack.parsed.subject).toBe(`Re: Lohnexport bricht mit "Datum ungültig" ab [${results[0]!.short}]`);
    expect(ack.parsed.text).toContain(`Guten Tag Sabine Vogt,`);
    expect(ack.parsed.text).toContain(`unter der Nummer ${results[0]!.short} aufgenommen`);
    expect(ack.parsed.headers.get('auto-submitted')).toBe('auto-replied');
    expect(ack.parsed.inReplyTo).toBe(
      '<AM9PR04MB8955C1A2E0C5D7B3F2A1B9C4E8D2A@AM9PR04MB8955.eurprd04.prod.outlook.com>',
    );
    expect(t.state.firstReactionAt).not.toBeNull();
    expect((await imap.list()).every((m) => m.flags.includes('$Desk'))).toBe(true);
    const head = hd.git('rev-parse', 'HEAD');
    expect((await fetch()).sources[0]!.results).toEqual([]);
    expect(hd.git('rev-parse', 'HEAD')).toBe(head);
    expect(smtp.received).toHaveLength(1);

    // the customer answers the acknowledgement: threaded by In-Reply-To, no second acknowledgement
    const reply = `From: Sabine Vogt <s.vogt@acme.example>\r\nTo: support@lutterbach-software.example\r\nSubject: ${ack.parsed.subject}\r\nMessage-ID: <answer-1@acme.example>\r\nIn-Reply-To: ${ack.parsed.messageId}\r\nDate: Fri, 20 Nov 2026 16:00:00 +0100\r\n\r\nHier noch die Versionsnummer: 26.3.1\r\n`;
    await imap.deliver(reply);
    expect((await fetch()).sources[0]!.results[0]).toMatchObject({ action: 'added', ticket: id });
    expect(smtp.received).toHaveLength(1);
  });

  it('moves processed mail to a folder when desk.yaml says so, and --dry-run neither writes nor moves', async () => {
    helpdesk({ processed: '{ move: Erledigt }' });
    await imap.deliver(corpus('latin1-base64.eml'));
    const head = hd.git('rev-parse', 'HEAD');
    const dry = JSON.parse(await hd.ok(['mail', 'fetch', '--dry-run', '--json'], { env: ENV })) as Fetched;
    expect(dry.sources[0]!.results[0]!.action).toBe('opened');
    expect(hd.git('rev-parse', 'HEAD')).toBe(head);
    expect(await imap.list()).toHaveLength(1);
    await fetch();
    expect(await imap.list()).toHaveLength(0);
    expect(await imap.list('Erledigt')).toHaveLength(1);
  });

  it('says which setting is wrong when the login fails, and that the password variable is missing', async () => {
    helpdesk();
    const wrong = await hd.desk(['mail', 'fetch'], { env: { DESK_IMAP_PASSWORD: 'falsch' } });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/mail source support: cannot log in to 127\.0\.0\.1/);
    const missing = await hd.desk(['mail', 'fetch']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/the environment variable DESK_IMAP_PASSWORD is not set/);
    const source = await hd.desk(['mail', 'fetch', '--source', 'sales'], { env: ENV });
    expect(source.stderr).toMatch(/--source: no mail source "sales"/);
  });
});

describe('crashes and duplicates', () => {
  it('takes every mail in exactly once after a crash before the commit, after the commit, and a kill -9 at any moment', async () => {
    helpdesk();
    const mails = Array.from(
      { length: 12 },
      (_, i) =>
        `From: Sabine Vogt <s.vogt@acme.example>\r\nTo: support@lutterbach-software.example\r\nSubject: Anfrage ${i}\r\nMessage-ID: <crash-${i}@acme.example>\r\nDate: Mon, 23 Nov 2026 09:${String(i).padStart(2, '0')}:00 +0100\r\n\r\nText ${i}\r\n`,
    );
    for (const m of mails.slice(0, 4)) await imap.deliver(m);
    const crashed = await deskAsync(hd, ['mail', 'fetch'], {
      env: { ...ENV, DESK_FAULT: 'before-commit', DESK_MAIL_BATCH: '2' },
    });
    expect(crashed.code).not.toBe(0);
    const afterCommit = await deskAsync(hd, ['mail', 'fetch'], {
      env: { ...ENV, DESK_FAULT: 'mail-before-mark', DESK_MAIL_BATCH: '2' },
    });
    expect(afterCommit.code).not.toBe(0);
    // the first batch is committed but not marked: the next fetch finds it stored already
    for (const m of mails.slice(4)) await imap.deliver(m);
    const before = hd.git('rev-parse', 'HEAD').trim();
    const killed = spawn(process.execPath, [builtDesk(), 'mail', 'fetch'], {
      cwd: hd.root,
      env: cleanEnv({ ...ENV, DESK_USER: 'mk', DESK_MAIL_BATCH: '1' }),
      stdio: 'ignore',
    });
    // heard from the start: on a busy machine the fetch may be over before the kill comes
    const exited = new Promise((r) => killed.on('exit', r));
    // killed in the middle: its first batch committed, the other seven still to come
    const waiting = new AbortController();
    await Promise.race([headMoved(hd.root, before, waiting.signal), exited]);
    waiting.abort();
    killed.kill('SIGKILL');
    await exited;
    await fetch();
    const list = JSON.parse(await hd.ok(['list', '--all', '--json'])) as { id: string; title: string }[];
    expect(list.map((t) => t.title).sort()).toEqual(mails.map((_, i) => `Anfrage ${i}`).sort());
    expect(await hd.ok(['check'])).toBeDefined();
    expect((await fetch()).sources[0]!.results).toEqual([]);
    expect((await imap.list()).every((m) => m.flags.includes('$Desk'))).toBe(true);
  });

  it('two clones fetching the same mail open the same ticket, and their commits merge to one at sync', async () => {
    helpdesk();
    const mail = corpus('outlook-de-new.eml');
    const other = hd.root + '-clone';
    hd.git('clone', '-q', hd.root, other);
    const run = async (cwd: string) =>
      JSON.parse(
        await hd.ok(['mail', 'import', resolve(import.meta.dirname, 'corpus/outlook-de-new.eml'), '--json'], { cwd }),
      ) as Fetched;
    const a = (await run(hd.root)).sources[0]!.results[0]!;
    const b = (await run(other)).sources[0]!.results[0]!;
    expect(b.ticket).toBe(a.ticket);
    void mail;
    hd.git('-C', other, 'pull', '-q', '--rebase', hd.root, 'main');
    const files = hd.git('-C', other, 'ls-files', 'tickets').trim().split('\n');
    expect(files.filter((f) => f.endsWith('.yaml'))).toHaveLength(1);
  });
});

describe('no mail loop with an auto-responder', () => {
  for (const kind of ['marks its replies (RFC 3834)', 'marks nothing and writes a new subject'] as const) {
    it(`answers a customer's auto-responder that ${kind} at most once`, async () => {
      helpdesk({ acknowledge: true });
      let answered = 0;
      // delivered before the next fetch looks: desk runs in this process, beside the responder
      let delivered: Promise<void> = Promise.resolve();
      // the customer's mail system answers every mail it receives, as a vacation responder does
      smtp.onMail = (m) => {
        answered++;
        const polite = kind === 'marks its replies (RFC 3834)';
        delivered = imap.deliver(
          [
            'From: Sabine Vogt <s.vogt@acme.example>',
            'To: support@lutterbach-software.example',
            polite ? `Subject: Abwesend: ${m.parsed.subject}` : 'Subject: Thank you for contacting ACME',
            `Message-ID: <auto-${answered}@acme.example>`,
            ...(polite ? [`In-Reply-To: ${m.parsed.messageId}`, 'Auto-Submitted: auto-replied'] : []),
            'Date: Mon, 23 Nov 2026 10:00:00 +0100',
            '',
            'Ich bin bis 30.11. nicht im Büro. / I am out of the office.',
            '',
          ].join('\r\n'),
        );
        return delivered;
      };
      await imap.deliver(corpus('outlook-de-new.eml'));
      for (let round = 0; round < 4; round++) {
        await delivered;
        await fetch();
      }
      expect(smtp.received).toHaveLength(1);
      expect(answered).toBe(1);
      const tickets = JSON.parse(await hd.ok(['list', '--all', '--json'])) as { id: string }[];
      if (kind === 'marks its replies (RFC 3834)') {
        expect(tickets).toHaveLength(1);
        const events = (await showJson(hd, tickets[0]!.id)).events.map((e) => e.type);
        expect(events).toContain('machine-mail');
      } else {
        // the unmarked answer looks like a new request: one more ticket, but no second acknowledgement
        expect(tickets).toHaveLength(2);
      }
    });
  }
});
