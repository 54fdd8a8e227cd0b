import { readFile } from 'node:fs/promises';
import { ImapFlow } from 'imapflow';
import { failed } from '../../core/errors.js';
import type { ImapSettings } from '../../core/schema/mail.js';
import { readSecret } from '../secrets.js';
import type { RawMail } from '../intake.js';
import type { MailBatch, MailReader } from './types.js';

/**
 * An IMAP mailbox: the messages of `folder` not marked processed — by the flag (keyword), or,
 * when processed mail is moved away, every message there. Asking the server for exactly those
 * keeps a fetch with nothing new quick however large the mailbox is.
 */
export async function openImap(name: string, s: ImapSettings): Promise<MailReader> {
  const client = new ImapFlow({
    host: s.host,
    port: s.port ?? (s.security === 'tls' ? 993 : 143),
    secure: s.security === 'tls',
    doSTARTTLS: s.security === 'starttls' ? true : s.security === 'none' ? false : undefined,
    auth: { user: s.user, pass: await readSecret(s.password, `mail.sources ${name}: imap.password`) },
    tls: s.ca ? { ca: await readFile(s.ca) } : undefined,
    logger: false,
    connectionTimeout: 30_000,
  });
  try {
    await client.connect();
  } catch (e) {
    throw failed(
      `mail source ${name}: cannot log in to ${s.host}: ${describe(e)}`,
      'check host, port, security, user and password in desk.yaml (docs/email.md)',
    );
  }
  client.on('error', () => undefined); // a dropped connection fails the command that was waiting
  let lock;
  try {
    lock = await client.getMailboxLock(s.folder);
  } catch (e) {
    await client.logout().catch(() => undefined);
    throw failed(`mail source ${name}: cannot open the folder ${s.folder}: ${describe(e)}`);
  }
  const processed = s.processed;
  const found = await client.search(
    'flag' in processed ? { unKeyword: processed.flag, deleted: false } : { deleted: false },
    { uid: true },
  );
  const uids = (found || []).sort((a, b) => a - b);
  if ('move' in processed && uids.length) {
    const exists = await client.list().then((l) => l.some((m) => m.path === processed.move));
    if (!exists) await client.mailboxCreate(processed.move);
  }
  return {
    count: uids.length,
    async *batches(size: number): AsyncGenerator<MailBatch> {
      for (let i = 0; i < uids.length; i += size) {
        const part = uids.slice(i, i + size);
        const mails: RawMail[] = [];
        for await (const m of client.fetch(
          part.join(','),
          { uid: true, source: true, internalDate: true },
          { uid: true },
        )) {
          if (m.source) mails.push({ raw: m.source, arrivedAt: m.internalDate ? new Date(m.internalDate) : undefined });
        }
        yield {
          mails,
          done: async () => {
            if ('flag' in processed) await client.messageFlagsAdd(part.join(','), [processed.flag], { uid: true });
            else await client.messageMove(part.join(','), processed.move, { uid: true });
          },
        };
      }
    },
    async close() {
      lock.release();
      await client.logout().catch(() => undefined);
    },
  };
}

function describe(e: unknown): string {
  const err = e as { responseText?: string; message?: string; code?: string };
  return (err.responseText ?? err.message ?? String(e)).split('\n')[0]!;
}
