import { Readable } from 'node:stream';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import type { MailHeaders } from '../core/mail/machine.js';
import { messageIdsIn, normaliseMessageId } from '../core/mail/threading.js';
import { htmlToText } from './html-text.js';
import { recipientStatuses, type RecipientStatus } from '../core/mail/delivery-status.js';

export interface Address {
  address: string;
  name?: string;
}

export interface MailAttachment {
  name: string;
  contentType: string;
  content: Buffer;
  /** Shown inside the message (an image the HTML refers to): kept with the original only. */
  inline: boolean;
}

/** A received message as desk reads it: whatever charset and transfer encoding it came in, as text. */
export interface IncomingMail {
  messageId?: string;
  from?: Address;
  to: Address[];
  cc: Address[];
  subject: string;
  date?: Date;
  inReplyTo?: string;
  references: string[];
  headers: MailHeaders;
  contentType: string;
  /** The text part, or the HTML part converted to text. */
  text: string;
  attachments: MailAttachment[];
  /** In a bounce: the Message-ID of the message that could not be delivered. */
  returnedMessageId?: string;
  /** In a delivery status notification (RFC 3464): what became of each recipient. */
  deliveryStatus?: RecipientStatus[];
}

export async function parseMail(raw: Buffer): Promise<IncomingMail> {
  // fed in slices of the buffer (views, not copies): handed one large chunk, the parser copies
  // it line by line at once, and a 100 MB message would need five times its size in memory
  const m = await simpleParser(Readable.from(slices(raw)), {
    skipTextToHtml: true,
    skipTextLinks: true,
    skipImageLinks: true,
    // a delivery report's fields are read apart (deliveryStatus), not mixed into the text
    keepDeliveryStatus: true,
  });
  const embedded = m.attachments.filter((a) =>
    /^(message\/rfc822|text\/rfc822-headers|message\/global|message\/(global-)?delivery-status)/i.test(a.contentType),
  );
  const report = m.attachments.find((a) => /^message\/(global-)?delivery-status/i.test(a.contentType));
  return {
    messageId: normaliseMessageId(m.messageId),
    from: addresses(m.from)[0],
    to: addresses(m.to),
    cc: addresses(m.cc),
    subject: (m.subject ?? '').trim(),
    date: m.date && !Number.isNaN(m.date.getTime()) ? m.date : undefined,
    inReplyTo: m.inReplyTo,
    references:
      typeof m.references === 'string' ? messageIdsIn(m.references) : (m.references ?? []).flatMap(messageIdsIn),
    headers: headerLookup(m),
    contentType: contentTypeOf(m),
    text: bodyText(m),
    attachments: m.attachments
      .filter((a) => !embedded.includes(a))
      .map((a) => ({
        name: a.filename ?? '',
        contentType: a.contentType,
        content: a.content,
        inline: a.contentDisposition === 'inline' && Boolean(a.cid) && a.contentType.startsWith('image/'),
      })),
    returnedMessageId: embedded
      .filter((a) => a !== report)
      .map((a) => /^Message-ID:\s*<?([^\s>]+)>?/im.exec(a.content.toString('utf8'))?.[1])
      .find((id) => id !== undefined),
    ...(report && { deliveryStatus: recipientStatuses(await fieldGroups(report.content)) }),
  };
}

/**
 * The field groups of a delivery report: header fields, a blank line between groups (RFC 3464
 * §2.1). Each group is read by the mail parser as the header of a message of its own, so
 * folding and encoded words are handled as in any header.
 */
async function fieldGroups(content: Buffer): Promise<Map<string, string>[]> {
  const groups = content
    .toString('utf8')
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .filter((g) => g.trim() !== '');
  return Promise.all(
    groups.map(async (g) => {
      const lookup = headerLookup(await simpleParser(Buffer.from(`${g.trim()}\n\n`, 'utf8')));
      const names = [...g.matchAll(/^([!-9;-~]+):/gm)].map((x) => x[1]!.toLowerCase());
      return new Map(names.map((n) => [n, lookup.get(n) ?? '']));
    }),
  );
}

function* slices(raw: Buffer): Generator<Buffer> {
  const size = 1 << 20;
  for (let i = 0; i < raw.length; i += size) yield raw.subarray(i, Math.min(raw.length, i + size));
}

function bodyText(m: ParsedMail): string {
  if (typeof m.text === 'string' && m.text.trim() !== '') return m.text.replace(/\r\n?/g, '\n');
  if (typeof m.html === 'string') return htmlToText(m.html);
  return '';
}

function addresses(field: AddressObject | AddressObject[] | undefined): Address[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  const out: Address[] = [];
  const walk = (values: { address?: string; name?: string; group?: { address?: string; name?: string }[] }[]) => {
    for (const v of values) {
      if (v.group) walk(v.group);
      else if (v.address) out.push({ address: v.address.toLowerCase(), ...(v.name && { name: v.name }) });
    }
  };
  for (const f of list) walk(f.value);
  return out;
}

/** Header values as they were written (unfolded), by lower-case name: mailparser folds List-* into one object. */
function headerLookup(m: ParsedMail): MailHeaders {
  return {
    get(name: string) {
      const key = name.toLowerCase();
      const line = m.headerLines.find((h) => h.key === key)?.line;
      if (line === undefined) return undefined;
      return line
        .slice(line.indexOf(':') + 1)
        .replace(/\r?\n[ \t]+/g, ' ')
        .trim();
    },
  };
}

function contentTypeOf(m: ParsedMail): string {
  return (headerLookup(m).get('content-type') ?? 'text/plain').toLowerCase();
}

/** "Name <address>", or the bare address. */
export function formatAddress(a: Address): string {
  return a.name ? `${a.name} <${a.address}>` : a.address;
}
