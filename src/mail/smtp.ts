import { readFile } from 'node:fs/promises';
import { createTransport } from 'nodemailer';
import { usage } from '../core/errors.js';
import type { SmtpSettings } from '../core/schema/mail.js';
import { readSecret } from './secrets.js';

export type SendResult = { ok: true; response: string } | { ok: false; permanent: boolean; error: string };

/** Sends stored bytes as they are: the Message-ID committed before sending is the one that arrives. */
export async function sendRaw(
  settings: SmtpSettings,
  envelope: { from: string; to: string[] },
  raw: Buffer,
): Promise<SendResult> {
  const password = settings.password ? await readSecret(settings.password, 'mail.smtp.password') : undefined;
  if (settings.password && !settings.user) throw usage('mail.smtp: a password needs a user');
  const transport = createTransport({
    host: settings.host,
    port: settings.port ?? (settings.security === 'tls' ? 465 : 587),
    secure: settings.security === 'tls',
    requireTLS: settings.security === 'starttls',
    ignoreTLS: settings.security === 'none',
    auth: settings.user ? { user: settings.user, pass: password } : undefined,
    tls: settings.ca ? { ca: await readFile(settings.ca) } : undefined,
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  });
  try {
    const info = (await transport.sendMail({ envelope, raw })) as { response?: string };
    return { ok: true, response: info.response ?? '' };
  } catch (e) {
    const err = e as { responseCode?: number; message?: string; code?: string; command?: string };
    // a 5xx answer to this message (no such mailbox, rejected content) is final; a refused login,
    // a server that is down or a 4xx may pass later, after someone fixes the settings or waits
    const aboutTheMessage =
      err.code === 'EENVELOPE' || err.code === 'EMESSAGE' || /^(MAIL|RCPT|DATA)/i.test(err.command ?? '');
    const permanent =
      aboutTheMessage && typeof err.responseCode === 'number' && err.responseCode >= 500 && err.responseCode < 600;
    return { ok: false, permanent, error: (err.message ?? String(e)).split('\n')[0]! };
  } finally {
    transport.close();
  }
}
