import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

/**
 * Real servers on loopback for the mail tests: Debian's dovecot-imapd with a throwaway
 * configuration and mailbox, and an SMTP server (the smtp-server package) that keeps what it
 * receives. Nothing is mocked: desk talks IMAP and SMTP to them as to a provider's.
 */

const DOVECOT = '/usr/sbin/dovecot';

export function dovecotMissing(): string | undefined {
  if (existsSync(DOVECOT) && commandExists('openssl')) return undefined;
  return "the mail tests need Debian's dovecot-imapd and openssl: apt-get install -y --no-install-recommends dovecot-imapd openssl (.ci/run installs them)";
}

function commandExists(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export interface Dovecot {
  port: number;
  user: string;
  password: string;
  /** The CA (self-signed certificate) to trust for STARTTLS. */
  ca: string;
  /** Delivers a message into a folder, as an MTA would, with its arrival time. */
  deliver(raw: Buffer | string, opts?: { folder?: string; at?: Date }): Promise<void>;
  /** Deletes every message of every folder. */
  clear(): Promise<void>;
  /** UIDs and flags of the messages in a folder. */
  list(folder?: string): Promise<{ uid: number; flags: string[] }[]>;
  stop(): void;
}

export async function startDovecot(): Promise<Dovecot> {
  const missing = dovecotMissing();
  if (missing) throw new Error(missing);
  const dir = mkdtempSync(join(tmpdir(), 'desk-dovecot-'));
  chmodSync(dir, 0o755);
  const port = await freePort();
  const { cert, key } = certificate();
  // as root, dovecot's login and mail processes must run as its own unprivileged users
  const root = process.getuid?.() === 0;
  const me = userInfo();
  const mailUser = root ? 'dovecot' : me.username;
  const loginUser = root ? 'dovenull' : me.username;
  mkdirSync(join(dir, 'mail'));
  if (root) {
    const uid = Number(execFileSync('id', ['-u', 'dovecot'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'dovecot'], { encoding: 'utf8' }).trim());
    chownSync(join(dir, 'mail'), uid, gid);
  }
  const conf = join(dir, 'dovecot.conf');
  writeFileSync(
    conf,
    `base_dir = ${dir}/run
state_dir = ${dir}/run
instance_name = desk-test-${port}
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <${cert}
ssl_key = <${key}
# a wrong password is answered at once, not after the two seconds that slow down guessing
auth_failure_delay = 0
disable_plaintext_auth = no
auth_mechanisms = plain login
log_path = ${dir}/dovecot.log
mail_location = maildir:${dir}/mail/%u
mail_uid = ${mailUser}
mail_gid = ${root ? 'dovecot' : me.username}
first_valid_uid = 0
default_internal_user = ${root ? 'dovecot' : me.username}
default_internal_group = ${root ? 'dovecot' : me.username}
default_login_user = ${loginUser}
passdb {
  driver = static
  args = password=geheim
}
userdb {
  driver = static
  args = uid=${mailUser} gid=${root ? 'dovecot' : me.username} home=${dir}/mail/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
  chroot =
}
service anvil {
  chroot =
  # nor is the next login from that address held back for seconds as a penalty: without this
  # socket dovecot keeps no penalties (the wrong password's test left four seconds to the next login)
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
`,
  );
  execFileSync(DOVECOT, ['-c', conf], { stdio: 'ignore' }); // it forks a daemon that would hold a pipe open
  const client = () =>
    new ImapFlow({
      host: '127.0.0.1',
      port,
      secure: false,
      doSTARTTLS: true,
      auth: { user: 'support', pass: 'geheim' },
      tls: { ca: readFileSync(cert), servername: 'localhost' },
      logger: false,
    });
  // the first connection may come before dovecot listens
  for (let i = 0; ; i++) {
    const c = client();
    try {
      await c.connect();
      await c.logout();
      break;
    } catch (e) {
      if (i > 50)
        throw new Error(`dovecot did not start: ${readFileSync(join(dir, 'dovecot.log'), 'utf8')}`, { cause: e });
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    port,
    user: 'support',
    password: 'geheim',
    ca: cert,
    async deliver(raw, opts = {}) {
      const c = client();
      await c.connect();
      try {
        const folder = opts.folder ?? 'INBOX';
        if (folder !== 'INBOX') await c.mailboxCreate(folder).catch(() => undefined);
        await c.append(folder, typeof raw === 'string' ? Buffer.from(raw) : raw, [], opts.at ?? new Date());
      } finally {
        await c.logout();
      }
    },
    async clear() {
      const c = client();
      await c.connect();
      try {
        for (const box of await c.list()) {
          const lock = await c.getMailboxLock(box.path);
          try {
            if ((c.mailbox as { exists: number }).exists > 0) await c.messageDelete('1:*');
          } finally {
            lock.release();
          }
        }
      } finally {
        await c.logout();
      }
    },
    async list(folder = 'INBOX') {
      const c = client();
      await c.connect();
      const out: { uid: number; flags: string[] }[] = [];
      try {
        const lock = await c.getMailboxLock(folder);
        try {
          if ((c.mailbox as { exists: number }).exists > 0)
            for await (const m of c.fetch('1:*', { uid: true, flags: true }))
              out.push({ uid: m.uid, flags: [...(m.flags ?? [])] });
        } finally {
          lock.release();
        }
      } finally {
        await c.logout();
      }
      return out;
    },
    stop() {
      try {
        const pid = Number(readFileSync(join(dir, 'run', 'master.pid'), 'utf8'));
        process.kill(pid, 'SIGTERM');
        for (let i = 0; i < 100 && alive(pid); i++) spawnSync('sleep', ['0.05']);
      } catch {
        // not running
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The self-signed certificate for localhost the test servers present, made once per test run in
 * its temporary folder (test/setup/scratch.ts) and shared by every dovecot started in it: the key
 * costs a second of CPU time or more on a busy machine. Made in a folder of its own and renamed
 * into place, so two workers making it at the same time both end with one whole pair.
 */
function certificate(): { cert: string; key: string } {
  const home = join(tmpdir(), 'desk-mail-certificate');
  const pair = { cert: join(home, 'cert.pem'), key: join(home, 'key.pem') };
  if (existsSync(pair.cert)) return pair;
  const making = mkdtempSync(join(tmpdir(), 'desk-mail-certificate-'));
  chmodSync(making, 0o755);
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      join(making, 'key.pem'),
      '-out',
      join(making, 'cert.pem'),
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  try {
    renameSync(making, home);
  } catch {
    // another worker's pair is in place already
    rmSync(making, { recursive: true, force: true });
  }
  return pair;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export interface ReceivedMail {
  envelope: { from: string; to: string[] };
  raw: Buffer;
  parsed: ParsedMail;
}

export interface SmtpSink {
  port: number;
  received: ReceivedMail[];
  /** What the server answers to the next messages: accept, a passing failure (451), or a refusal (550). */
  mode: 'accept' | 'tempfail' | 'reject';
  /** Called for every accepted message (an auto-responder answers here). */
  onMail?: (m: ReceivedMail) => void | Promise<void>;
  stop(): Promise<void>;
}

export async function startSmtpSink(port?: number): Promise<SmtpSink> {
  const sink: SmtpSink = {
    port: port ?? (await freePort()),
    received: [],
    mode: 'accept',
    stop: async () => undefined,
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, cb) {
      if (sink.mode === 'reject') {
        const err = new Error('5.1.1 mailbox unknown') as Error & { responseCode: number };
        err.responseCode = 550;
        return cb(err);
      }
      if (sink.mode === 'tempfail') {
        const err = new Error('4.3.0 try again later') as Error & { responseCode: number };
        err.responseCode = 451;
        return cb(err);
      }
      cb();
      void address;
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks);
        const m: ReceivedMail = {
          envelope: {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
          },
          raw,
          parsed: await simpleParser(raw),
        };
        sink.received.push(m);
        cb();
        await sink.onMail?.(m);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(sink.port, '127.0.0.1', () => resolve());
  });
  sink.stop = () => new Promise((resolve) => server.close(() => resolve()));
  return sink;
}
