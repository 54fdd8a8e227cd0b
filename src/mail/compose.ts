import { randomBytes } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';

/** An outgoing mail, built once with its final Message-ID and date: the bytes stored are the bytes sent. */
export interface OutgoingMail {
  from: { name?: string; address: string };
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  messageId: string;
  date: Date;
  inReplyTo?: string;
  references: string[];
  headers?: Record<string, string>;
  attachments: { name: string; content: Buffer; contentType?: string }[];
}

/** A new Message-ID in the helpdesk's own domain, carrying the ticket's short id for people reading headers. */
export function newMessageId(address: string, shortId: string): string {
  const domain = address.split('@')[1] ?? 'desk.invalid';
  return `desk.${shortId}.${randomBytes(9).toString('base64url')}@${domain}`;
}

export async function buildMail(m: OutgoingMail): Promise<Buffer> {
  const composer = new MailComposer({
    from: m.from.name ? { name: m.from.name, address: m.from.address } : m.from.address,
    to: m.to,
    cc: m.cc.length ? m.cc : undefined,
    subject: m.subject,
    text: m.text,
    messageId: `<${m.messageId}>`,
    date: m.date,
    inReplyTo: m.inReplyTo ? `<${m.inReplyTo}>` : undefined,
    references: m.references.length ? m.references.map((r) => `<${r}>`) : undefined,
    headers: { ...m.headers },
    attachments: m.attachments.map((a) => ({ filename: a.name, content: a.content, contentType: a.contentType })),
    textEncoding: 'quoted-printable',
  });
  const built = await new Promise<Buffer>((resolve, reject) =>
    composer.compile().build((err: Error | null, message: Buffer) => (err ? reject(err) : resolve(message))),
  );
  // SMTP carries CRLF line ends: stored with them, the original is byte for byte what was sent
  return Buffer.from(built.toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1');
}
