// The hostile-text corpus in the documents desk writes for others: the dunning letter PDF, the
// invoice PDF in scripts that run right to left and in emoji, and the DATEV export a tax advisor
// reads into a spreadsheet or DATEV. A customer name typed from a hostile form and a payer name
// chosen by whoever sent a transfer go in; what a reader gets is checked (docs/safe-text.md).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InProcessHelpdesk } from '../helpers/helpdesk.js';
import { acmeFile, billing, customerFile, DESK_YAML, invoiceHelpdesk } from '../invoice/helpers.js';
import { PdfFile, requireTools } from '../invoice/pdf-tools.js';
import { camt02 } from '../payments/statements.js';

const RLO = '\u202e';
const ARABIC = 'محمد كريم';
const HEBREW = 'דוד לוי';
const EMOJI = '👩‍💻🏳️‍🌈😀';
/** What XML can carry (no C0 controls), still hostile: bidi overrides, C1 controls, a formula, quotes, separators. */
const NAME = `=HYPERLINK("https://evil.example";"Klick") ${RLO}gpj.exe\u202c \u2066Müller\u2069 \u009b2J "Zitat"; ${ARABIC} ${HEBREW} ${EMOJI} 王小明 \u{10fffd}`;
const PAYER = `@SUM(1+1)*cmd|' /C calc'!A0;"x"\u0085${RLO}Zahler`;

const DUNNING = `dunning:
  stages:
    - { days: 7, fee: "0.00" }
  paymentDays: 10
  interest: false
datev: { consultant: 29098, client: 55003, chart: SKR03 }
`;
const contract = `  - { kind: service, start: 2026-11-01, fee: "1200.00", includedHours: 10, overageRate: "110.00", hourlyRate: "120.00" }\n`;

// eslint-disable-next-line no-control-regex
const BIDI_OR_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

let hd: InProcessHelpdesk;

beforeAll(async () => {
  requireTools();
  hd = invoiceHelpdesk({
    'desk.yaml': `${DESK_YAML}${DUNNING}`,
    'contracts/acme.yaml': acmeFile(contract, 'debtorNumber: 10001\n'),
    'contracts/evil.yaml': customerFile(
      'evil',
      JSON.stringify(NAME),
      '{ street: Friedrichstraße 1, postalCode: "10117", city: Berlin, country: DE }',
      contract,
      'invoiceLanguage: de\ndebtorNumber: 10009\n',
    ),
  });
  const ok = async (args: string[], day: string) => {
    const r = await hd.desk(args, { env: billing(day) });
    expect(r.code, `desk ${args.join(' ')}: ${r.stderr}`).toBe(0);
    expect(r.stdout).not.toMatch(BIDI_OR_CONTROL);
    return r.stdout;
  };
  await ok(['invoice', 'run', '--date', '2026-11-01'], '2026-11-01');
  // the payer's name is whatever the sender of the transfer typed; camt.053 carries it as UTF-8
  const statement = join(hd.root, '..', 'auszug.xml');
  writeFileSync(statement, camt02([{ amount: '1428.00', ref: 'SPK-0001', lines: ['RE-2026-0001'], payer: PAYER }]));
  await ok(['payment', 'import', statement], '2026-11-04');
  await ok(['dunning', 'run'], '2026-11-22');
  await ok(['export', 'datev', '--period', '2026-11'], '2026-12-02');
}, 240_000);
afterAll(() => hd?.cleanup());

/**
 * Each page's text as pdftotext reads it, the pages joined. pdftotext marks each right-to-left
 * run it finds with an embedding of its own (U+202B … U+202C) in its output; those marks are its,
 * not the PDF's, and are taken off so that any other bidi control is one the PDF carries.
 */
const pdfLines = (path: string) =>
  new PdfFile(readFileSync(join(hd.root, path)))
    .pages()
    .join('\n')
    .replace(/\u202b([^\u202a-\u202e\u2066-\u2069\n]*)\u202c/g, '$1');

describe('the dunning letter', () => {
  it("prints the customer's name in every script, the bidi overrides neutralised, no control", () => {
    const text = pdfLines('dunning/2026/RE-2026-0002-M1.pdf');
    expect(text).toContain('Zahlungserinnerung: Rechnung RE-2026-0002');
    expect(text).not.toMatch(BIDI_OR_CONTROL);
    // the override is gone: what follows it reads as written, not mirrored
    expect(text).toContain('gpj.exe');
    expect(text).not.toContain('exe.jpg');
    expect(text).toContain('=HYPERLINK("https://evil.example";"Klick")');
    expect(text).toContain('王小明');
    expect(text).toContain('Müller');
  });
});

describe('right-to-left scripts and emoji in the invoice PDF', () => {
  it('prints Arabic and Hebrew in their reading order, and shows each emoji, never drops or garbles it', () => {
    for (const path of ['invoices/2026/RE-2026-0002.pdf', 'dunning/2026/RE-2026-0002-M1.pdf']) {
      const text = pdfLines(path);
      expect(text, path).toContain(HEBREW);
      expect(text, path).toContain(ARABIC);
      expect(text, path).not.toMatch(BIDI_OR_CONTROL);
      // every emoji of the name prints as a glyph of its own: the person at the computer, the flag, the face
      for (const emoji of ['👩', '💻', '🏳', '🌈', '😀']) expect(text, `${emoji} in ${path}`).toContain(emoji);
      // a character no embedded font has (here one of private use) prints as �, visibly, once
      expect(text.match(/\ufffd/g), path).toHaveLength(1);
    }
  });
});

describe('the DATEV export', () => {
  const file = () => readFileSync(join(hd.root, 'EXTF_Buchungsstapel_2026-11.csv')).toString('latin1');
  /** Fields of a record: semicolons outside double quotes, a doubled quote inside one. */
  const fields = (line: string) => {
    const out: string[] = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (c === '"' && quoted && line[i + 1] === '"') {
        cur += '""';
        i++;
      } else if (c === '"') {
        quoted = !quoted;
        cur += c;
      } else if (c === ';' && !quoted) {
        out.push(cur);
        cur = '';
      } else cur += c;
    }
    expect(quoted, line.slice(0, 80)).toBe(false);
    return [...out, cur];
  };

  it('keeps one record a line of 125 fields, whatever quotes, semicolons and line breaks the names hold', () => {
    const text = file();
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    // no control character at all, C1 (NEL, CSI) included: some readers break lines at NEL
    expect(text.replace(/\r\n/g, '')).not.toMatch(BIDI_OR_CONTROL);
    const [, , ...rows] = text.split('\r\n').slice(0, -1);
    expect(rows).toHaveLength(3); // two invoices, one payment
    for (const row of rows) expect(fields(row)).toHaveLength(125);
    const texts = rows.map((r) => fields(r)[13]!);
    expect(texts.some((t) => t.includes('RE-2026-0002') && t.includes('HYPERLINK'))).toBe(true);
    // invisible characters are dropped, not turned into question marks; what Latin-1 lacks is one
    expect(texts[2]).toBe(`"Zahlung RE-2026-0001 @SUM(1+1)*cmd|' /C calc'!A0 ""x""Zahler"`);
    // cut to DATEV's 60 characters, the quotes doubled after the cut, so the field stays closed
    expect(texts[1]).toBe('"Rechnung RE-2026-0002 =HYPERLINK(""https://evil.example"" ""Kli"');
  });

  it('never starts a field with a formula', () => {
    const [, , ...rows] = file().split('\r\n').slice(0, -1);
    for (const row of rows)
      for (const f of fields(row)) {
        const value = f.startsWith('"') ? f.slice(1, -1) : f;
        expect(value, f).not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
      }
  });
});
