/**
 * The mail part of npm run bench (also alone: node scripts/bench-mail.mjs), against the targets
 * of docs/email.md:
 * - `desk mail import` of a 10,000-message mbox (a support mailbox's year): under 2 minutes;
 * - `desk mail fetch` with nothing new against an IMAP mailbox of 50,000 messages: under 1 s;
 * - peak memory taking in one 100 MB message with attachments: under 500 MB.
 * The mailbox is Debian's dovecot on loopback (skipped, saying so, when it is not installed).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { Buffer } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { cpSync, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `measure(label, size, argv, opts)` and `say` come from scripts/bench.mjs, or a small stand-in. */
export async function mailBench({ measure, say, bench }) {
  const dir = join(bench, 'mail');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const desk = (...a) => [process.execPath, join(ROOT, 'bin', 'desk.js'), ...a];
  const env = { ...process.env, DESK_USER: 'mk', NO_COLOR: '1', DESK_IMAP_PASSWORD: 'geheim' };

  // 1. a year of a support mailbox as one mbox
  const mbox = join(dir, 'support-2026.mbox');
  writeMbox(mbox, 10_000);
  const importDesk = sampleHelpdesk(join(dir, 'import'));
  measure('mail import (10,000-message mbox)', 10_000, desk('mail', 'import', mbox), {
    cwd: importDesk,
    env,
    warmup: 0,
    runs: 1,
    target: '< 2 min',
  });

  const size = (path) => Number(execFileSync('du', ['-sk', path], { encoding: 'utf8' }).split('\t')[0]) / 1024;
  execFileSync('git', ['gc', '-q'], { cwd: importDesk });
  say(
    `mail: after 10,000 mails the repository holds ${size(join(importDesk, '.git')).toFixed(0)} MB packed (.git, after git gc); the mbox was ${size(mbox).toFixed(0)} MB; work tree mail/ ${size(join(importDesk, 'mail')).toFixed(0)} MB, tickets/ ${size(join(importDesk, 'tickets')).toFixed(0)} MB`,
  );

  // 2. a fetch that finds nothing new in a large mailbox
  if (!existsSync('/usr/sbin/dovecot'))
    say('mail fetch: dovecot is not installed (apt-get install dovecot-imapd), skipped');
  else {
    const server = await startDovecot(join(dir, 'dovecot'), 50_000);
    try {
      const fetchDesk = sampleHelpdesk(join(dir, 'fetch'), server.port);
      measure('mail fetch, nothing new (50,000 in the mailbox)', 50_000, desk('mail', 'fetch'), {
        cwd: fetchDesk,
        env,
        warmup: 2, // dovecot indexes the folder on the first look
        target: '< 1 s',
      });
    } finally {
      server.stop();
    }
  }

  // 3. one very large message
  const big = join(dir, 'big.eml');
  await writeBigMessage(big, 100 * 1024 * 1024);
  const bigDesk = sampleHelpdesk(join(dir, 'big'));
  measure('mail import (one 100 MB message)', 1, desk('mail', 'import', big), {
    cwd: bigDesk,
    env,
    warmup: 0,
    runs: 1,
    target: '< 500 MB peak',
  });
  rmSync(dir, { recursive: true, force: true });
}

/** A copy of the sample helpdesk with a mail section, in a git repository of its own. */
function sampleHelpdesk(dir, imapPort) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const p of ['desk.yaml', 'contracts', '.gitignore']) cpSync(join(ROOT, p), join(dir, p), { recursive: true });
  const mail = `
mail:
  address: support@lutterbach-software.example
${imapPort ? `  sources:\n    - name: support\n      imap: { host: 127.0.0.1, port: ${imapPort}, security: none, user: support, password: { env: DESK_IMAP_PASSWORD } }\n` : ''}`;
  writeFileSync(join(dir, 'desk.yaml'), `${readFileSync(join(ROOT, 'desk.yaml'), 'utf8')}${mail}`);
  const git = (...a) => execFileSync('git', a, { cwd: dir, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'commit', '-qm', 'sample');
  return dir;
}

const SENDERS = [
  ['Sabine Vogt', 's.vogt@acme-antriebstechnik.example'],
  ['Jörg Henning', 'j.henning@acme-antriebstechnik.example'],
  ['Petra Wiegand', 'p.wiegand@acme-antriebstechnik.example'],
  ['Mark Jennings', 'mark.jennings@northwind-traders.example'],
  ['Tom Harris', 'tom.harris@seeland-logistics.example'],
];
const SUBJECTS = [
  'Lohnexport bricht mit Fehler ab',
  'Drucker druckt keine Lieferscheine',
  'Frage zur Jahresabrechnung',
  'Lagerbestand stimmt nicht',
  'Export fails on leavers',
  'Anmeldung nach Update nicht möglich',
];

/** `n` messages as mail programs write them: new requests, replies to earlier ones, German in quoted-printable, HTML, small attachments. */
export function writeMbox(file, n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const [name, address] = SENDERS[i % SENDERS.length];
    const day = 1 + (i % 28);
    const date = `${['Mon', 'Tue', 'Wed', 'Thu', 'Fri'][i % 5]}, ${day} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov'][i % 11]} 2026 09:${String(i % 60).padStart(2, '0')}:00 +0100`;
    const reply = i % 5 === 3 && i > 10;
    const subject = `${reply ? 'AW: ' : ''}${SUBJECTS[i % SUBJECTS.length]} (${Math.floor(i / 3)})`;
    const headers = [
      `From: ${name} <${address}>`,
      'To: support@lutterbach-software.example',
      `Subject: =?utf-8?Q?${encodeURIComponent(subject).replace(/%/g, '=').replace(/=20/g, '_')}?=`,
      `Message-ID: <bench-${i}@mail.example>`,
      `Date: ${date}`,
      ...(reply ? [`In-Reply-To: <bench-${i - 3}@mail.example>`, `References: <bench-${i - 3}@mail.example>`] : []),
      'MIME-Version: 1.0',
    ];
    const text = `Guten Tag,\n\nseit heute Morgen tritt der Fehler ${i} wieder auf. Die Meldung lautet: "Datum ungültig".\nKönnen Sie sich das ansehen?\n\nMit freundlichen Grüßen\n${name}\n`;
    let body;
    if (i % 7 === 0) {
      const b = 'bench-boundary';
      body = [
        `Content-Type: multipart/mixed; boundary="${b}"`,
        '',
        `--${b}`,
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        qp(text),
        `--${b}`,
        'Content-Type: application/octet-stream; name="protokoll.log"',
        'Content-Disposition: attachment; filename="protokoll.log"',
        'Content-Transfer-Encoding: base64',
        '',
        randomBytes(8 * 1024)
          .toString('base64')
          .replace(/.{76}/g, '$&\n'),
        `--${b}--`,
      ].join('\n');
    } else if (i % 4 === 1) {
      body = [
        'Content-Type: text/html; charset=utf-8',
        '',
        `<div>${text.replace(/\n/g, '<br>')}</div><blockquote>Alte Nachricht</blockquote>`,
      ].join('\n');
    } else {
      body = [
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        qp(text),
      ].join('\n');
    }
    out.push(`From MAILER-DAEMON Mon Nov 23 09:00:00 2026\n${headers.join('\n')}\n${body}\n\n`);
  }
  writeFileSync(file, out.join(''));
}

function qp(text) {
  return Buffer.from(text, 'utf8')
    .toString('latin1')
    .replace(/[\u0080-\u00ff=]/g, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** One message of about `bytes`: a short text and attachments in base64. */
export function writeBigMessage(file, bytes) {
  const out = createWriteStream(file);
  const b = 'big-boundary';
  const head = `From: Sabine Vogt <s.vogt@acme-antriebstechnik.example>\r\nTo: support@lutterbach-software.example\r\nSubject: Datenbanksicherung zur Analyse\r\nMessage-ID: <big-1@acme.example>\r\nDate: Mon, 23 Nov 2026 09:00:00 +0100\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="${b}"\r\n\r\n--${b}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nAnbei die Sicherung und die Protokolle.\r\n`;
  const parts = 4;
  const raw = Math.floor((bytes * 3) / 4 / parts);
  let text = head;
  for (let p = 0; p < parts; p++) {
    text += `--${b}\r\nContent-Type: application/octet-stream; name="sicherung-${p}.bak"\r\nContent-Disposition: attachment; filename="sicherung-${p}.bak"\r\nContent-Transfer-Encoding: base64\r\n\r\n`;
    out.write(text);
    text = '';
    for (let done = 0; done < raw; done += 57 * 1024)
      out.write(
        randomBytes(Math.min(57 * 1024, raw - done))
          .toString('base64')
          .replace(/.{76}/g, '$&\r\n') + '\r\n',
      );
  }
  out.write(`--${b}--\r\n`);
  out.end();
  return new Promise((r) => out.on('finish', r));
}

async function freePort() {
  return new Promise((done) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => done(port));
    });
  });
}

/** dovecot with `count` messages already marked processed ($Desk), written straight into its Maildir. */
async function startDovecot(dir, count) {
  rmSync(dir, { recursive: true, force: true });
  const box = join(dir, 'mail', 'support', 'cur');
  mkdirSync(box, { recursive: true });
  mkdirSync(join(dir, 'mail', 'support', 'new'));
  mkdirSync(join(dir, 'mail', 'support', 'tmp'));
  writeFileSync(join(dir, 'mail', 'support', 'dovecot-keywords'), '0 $Desk\n');
  for (let i = 0; i < count; i++)
    writeFileSync(
      join(box, `${1700000000 + i}.M${i}P1.bench:2,Sa`),
      `From: a@b.example\r\nTo: support@lutterbach-software.example\r\nSubject: old ${i}\r\nMessage-ID: <old-${i}@b.example>\r\nDate: Mon, 2 Feb 2026 09:00:00 +0100\r\n\r\nalt\r\n`,
    );
  const root = process.getuid?.() === 0;
  const user = root ? 'dovecot' : execFileSync('id', ['-un'], { encoding: 'utf8' }).trim();
  if (root) execFileSync('chown', ['-R', 'dovecot:dovecot', join(dir, 'mail')]);
  const port = await freePort();
  const conf = join(dir, 'dovecot.conf');
  writeFileSync(
    conf,
    `base_dir = ${dir}/run\nstate_dir = ${dir}/run\ninstance_name = desk-bench-${port}\nprotocols = imap\nlisten = 127.0.0.1\nssl = no\ndisable_plaintext_auth = no\nlog_path = ${dir}/dovecot.log\nmail_location = maildir:${dir}/mail/%u\nmail_uid = ${user}\nmail_gid = ${user}\nfirst_valid_uid = 0\ndefault_internal_user = ${user}\ndefault_internal_group = ${user}\ndefault_login_user = ${root ? 'dovenull' : user}\npassdb {\n  driver = static\n  args = password=geheim\n}\nuserdb {\n  driver = static\n  args = uid=${user} gid=${user} home=${dir}/mail/%u\n}\nservice imap-login {\n  inet_listener imap {\n    address = 127.0.0.1\n    port = ${port}\n  }\n  inet_listener imaps {\n    port = 0\n  }\n  chroot =\n}\nservice anvil {\n  chroot =\n}\n`,
  );
  execFileSync('chmod', ['755', dir]);
  execFileSync('/usr/sbin/dovecot', ['-c', conf], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 500));
  return {
    port,
    stop() {
      spawnSync('/usr/sbin/dovecot', ['-c', conf, 'stop'], { stdio: 'ignore' });
    },
  };
}

// alone: a small stand-in for bench.mjs's measure
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const measure = (label, size, argv, opts = {}) => {
    const runs = opts.runs ?? 3;
    for (let i = 0; i < (opts.warmup ?? 1); i++)
      spawnSync(argv[0], argv.slice(1), { cwd: opts.cwd, env: opts.env, stdio: 'ignore' });
    const ms = [];
    const mb = [];
    const cpu = [];
    for (let i = 0; i < runs; i++) {
      const cmd = TIME ? [TIME, '-f', '%U %S %M', ...argv] : argv;
      const t0 = process.hrtime.bigint();
      const r = spawnSync(cmd[0], cmd.slice(1), { cwd: opts.cwd, env: opts.env, encoding: 'utf8', maxBuffer: 1 << 28 });
      ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (r.status !== 0) throw new Error(`${label} failed: ${r.stderr.slice(-500)}`);
      if (TIME) {
        const [user, sys, kb] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
        mb.push(kb / 1024);
        cpu.push((user + sys) * 1000);
      }
    }
    ms.sort((a, b) => a - b);
    const median = ms[Math.floor(ms.length / 2)];
    const fmt = (x) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`);
    cpu.sort((a, b) => a - b);
    console.log(
      `${label.padEnd(50)} ${fmt(median)} wall, ${cpu.length ? fmt(cpu[Math.floor(cpu.length / 2)]) : '?'} CPU  ${mb.length ? `${Math.max(...mb).toFixed(0)} MB` : ''}  target ${opts.target ?? '-'}  (load ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)`,
    );
  };
  await mailBench({ measure, say: (s) => console.error(s), bench: join(ROOT, '.desk-bench') });
}
