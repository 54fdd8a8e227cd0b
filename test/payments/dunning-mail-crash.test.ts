import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { InProcessHelpdesk, TempHelpdesk } from '../helpers/helpdesk.js';
import { deskAsync } from '../mail/helpers.js';
import { startSmtpSink, type SmtpSink } from '../mail/servers.js';
import { at, billedHelpdesk } from './fixtures.js';

/**
 * A dunning run killed between sending a letter and recording it (docs/email.md, the outbox):
 * the run that is killed is a process of its own, what follows it runs in-process, and a real
 * SMTP server on loopback answers in this one.
 */
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
});

const DESK_YAML = (port: number) => `dunning:
  stages: [{ days: 7, fee: "0.00" }]
mail:
  address: buchhaltung@nordlicht.example
  smtp: { host: 127.0.0.1, port: ${port}, security: none }
`;

describe('a dunning run cut off while mailing', () => {
  it('never mails a letter twice: the one cut off waits for --resend, the others are sent by desk mail send', async () => {
    const h = (hd = await billedHelpdesk(DESK_YAML(smtp.port)));
    const proc = h as unknown as TempHelpdesk;
    const env = at('2026-11-22');
    const crashed = await deskAsync(proc, ['dunning', 'run'], { env: { ...env, DESK_FAULT: 'mail-after-send' } });
    expect(crashed.code).not.toBe(0);
    expect(smtp.received).toHaveLength(1);
    const first = smtp.received[0]!.parsed.messageId;
    // the letters and their mail were committed before anything was sent
    expect(h.git('log', '--format=%s', '-1').trim()).toBe('Dunning run 2026-11-22: 3 letters, mail queued');

    // a second run writes nothing and sends nothing; desk mail send sends the rest, not the one cut off
    expect(await h.ok(['dunning', 'run'], { env })).toContain('No reminders due on 2026-11-22');
    const send = JSON.parse(await h.ok(['mail', 'send', '--json'], { env })) as {
      sent: { letter: string; messageId: string; outcome: string }[];
    };
    const uncertain = send.sent.filter((s) => s.outcome === 'uncertain');
    expect(uncertain.map((s) => `<${s.messageId}>`)).toEqual([first]);
    expect(send.sent.filter((s) => s.outcome === 'sent')).toHaveLength(2);
    expect(smtp.received).toHaveLength(3);
    const listed = JSON.parse(await h.ok(['dunning', 'list', '--json'], { env })) as {
      id: string;
      mail: { status: string };
    }[];
    expect(listed.find((l) => l.id === uncertain[0]!.letter)!.mail.status).toBe('queued');
    expect(listed.filter((l) => l.mail.status === 'sent')).toHaveLength(2);

    // nothing more goes out until a person says so; then it is sent and recorded
    await h.ok(['mail', 'send'], { env });
    expect(smtp.received).toHaveLength(3);
    await h.ok(['mail', 'send', '--resend', uncertain[0]!.messageId], { env });
    expect(smtp.received).toHaveLength(4);
    expect(smtp.received[3]!.parsed.messageId).toBe(first);
    const after = JSON.parse(await h.ok(['dunning', 'list', '--json'], { env })) as {
      mail: { status: string };
    }[];
    expect(after.map((l) => l.mail.status)).toEqual(['sent', 'sent', 'sent']);
    expect(h.git('ls-files', 'outbox').trim()).toBe('');
  });

  it('records letters sent before a crash cut off their recording, without sending them again', async () => {
    const h = (hd = await billedHelpdesk(DESK_YAML(smtp.port)));
    const proc = h as unknown as TempHelpdesk;
    const env = at('2026-11-22');
    const crashed = await deskAsync(proc, ['dunning', 'run'], { env: { ...env, DESK_FAULT: 'mail-before-record' } });
    expect(crashed.code).not.toBe(0);
    expect(smtp.received).toHaveLength(3);
    expect(h.git('log', '--format=%s', '-1').trim()).toBe('Dunning run 2026-11-22: 3 letters, mail queued');

    const send = JSON.parse(await h.ok(['mail', 'send', '--json'], { env })) as { sent: { outcome: string }[] };
    expect(send.sent.map((s) => s.outcome)).toEqual(['sent', 'sent', 'sent']);
    expect(smtp.received).toHaveLength(3);
    expect(h.git('log', '--format=%s', '-1').trim()).toBe('Dunning letters by mail: 3 sent');
    const listed = JSON.parse(await h.ok(['dunning', 'list', '--json'], { env })) as {
      mail: { status: string };
    }[];
    expect(listed.map((l) => l.mail.status)).toEqual(['sent', 'sent', 'sent']);
    expect(h.git('ls-files', 'outbox').trim()).toBe('');
    expect(await h.ok(['mail', 'send'], { env })).toContain('The outbox is empty.');
  });
});
