import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLUMNS } from '../../src/core/datev/buchungsstapel.js';
import { at, billedHelpdesk } from './fixtures.js';

const DATEV = (chart = 'SKR03') => `datev: { consultant: 29098, client: 55003, chart: ${chart} }\n`;

/** A DATEV CSV line split into fields: semicolons outside double quotes. */
function fields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    if (c === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  return [...out, cur];
}

describe('desk export datev', () => {
  it('writes an EXTF Buchungsstapel whose header and rows keep the format’s rules', async () => {
    const hd = await billedHelpdesk(DATEV(), true);
    try {
      await hd.ok(['payment', 'add', 'RE-2026-0001', '--amount', '1428.00', '--date', '2026-11-12'], {
        env: at('2026-11-12'),
      });
      await hd.ok(['invoice', 'cancel', 'RE-2026-0003', '--reason', 'Vertrag storniert'], { env: at('2026-11-13') });
      const out = await hd.ok(['export', 'datev', '--period', '2026-11'], { env: at('2026-12-02') });
      expect(out).toContain('5 bookings of 2026-11 written to');
      const bytes = readFileSync(join(hd.root, 'EXTF_Buchungsstapel_2026-11.csv'));
      const text = bytes.toString('latin1');
      // ISO 8859-1, CR LF
      expect(bytes.includes(Buffer.from('Präzisionstechnik', 'latin1'))).toBe(true);
      expect(text.split('\r\n').at(-1)).toBe('');
      expect(text.replace(/\r\n/g, '')).not.toContain('\n');
      const [header, names, ...rows] = text.split('\r\n').slice(0, -1).map(fields);

      // the header record: 31 fields
      expect(header).toHaveLength(31);
      expect(header!.slice(0, 5)).toEqual(['"EXTF"', '700', '21', '"Buchungsstapel"', '13']);
      expect(header![5]).toMatch(/^2026120\d{10}$/); // Erzeugt am: YYYYMMDDHHMMSSFFF
      expect(header!.slice(10, 16)).toEqual(['29098', '55003', '20260101', '4', '20261101', '20261130']);
      expect(header![18]).toBe('1'); // Buchungstyp: Finanzbuchführung
      expect(header![21]).toBe('"EUR"');
      expect(header![26]).toBe('"03"');

      // the column names, then one booking per row, 125 fields each
      expect(names).toEqual(COLUMNS.map((c) => `"${c}"`));
      expect(COLUMNS).toHaveLength(125);
      for (const row of rows) {
        expect(row).toHaveLength(125);
        expect(row[0]).toMatch(/^\d+,\d{2}$/); // Umsatz: no sign, decimal comma
        expect(row[1]).toMatch(/^"[SH]"$/);
        expect(row[6]).toMatch(/^\d{4,9}$/);
        expect(row[7]).toMatch(/^\d{4,9}$/);
        expect(row[9]).toMatch(/^(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])$/); // Belegdatum DDMM
        expect(row[10]).toMatch(/^"[0-9A-Za-z$&%*+\-/]{1,36}"$/); // Belegfeld 1
        expect(row[13]!.length).toBeLessThanOrEqual(62); // Buchungstext: 60 characters
      }
      expect(rows.map((r) => [r[0], r[1], r[6], r[7], r[9], r[10]])).toEqual([
        ['1428,00', '"S"', '10001', '8400', '0111', '"RE-2026-0001"'],
        ['595,00', '"S"', '10002', '8400', '0111', '"RE-2026-0002"'],
        ['1200,00', '"S"', '10003', '8338', '0111', '"RE-2026-0003"'], // Switzerland: not taxable here
        ['1428,00', '"S"', '1200', '10001', '1211', '"RE-2026-0001"'], // the payment, bank against debtor
        ['1200,00', '"H"', '10003', '8338', '1311', '"RE-2026-0004"'], // the credit note
      ]);
      expect(rows[0]![13]).toBe('"Rechnung RE-2026-0001 ACME Maschinenbau GmbH"');
      expect(rows[0]![116]).toBe('15112026'); // Fälligkeit
    } finally {
      hd.cleanup();
    }
  });

  it('uses the SKR04 accounts when told, and refuses without the numbers it needs', async () => {
    const hd = await billedHelpdesk(DATEV('SKR04'), true);
    try {
      await hd.ok(['export', 'datev', '--period', '2026-Q4', '--out', 'q4.csv'], { env: at('2026-12-02') });
      const rows = readFileSync(join(hd.root, 'q4.csv'), 'latin1').split('\r\n').slice(2, -1).map(fields);
      expect(rows.map((r) => r[7])).toEqual(['4400', '4400', '4338']);
      expect(fields(readFileSync(join(hd.root, 'q4.csv'), 'latin1').split('\r\n')[0]!)[26]).toBe('"04"');
      // a folder where the file should go is refused up front, in one line
      mkdirSync(join(hd.root, 'exports'));
      const folder = await hd.desk(['export', 'datev', '--period', '2026-Q4', '--out', 'exports'], {
        env: at('2026-12-02'),
      });
      expect([folder.code, folder.stderr.split('\n')[0]]).toEqual([
        2,
        'desk: --out: exports is a folder; give a file name such as EXTF_Buchungsstapel_2026-Q4.csv',
      ]);
      expect(readdirSync(join(hd.root, 'exports'))).toEqual([]);
    } finally {
      hd.cleanup();
    }
    const bare = await billedHelpdesk(DATEV());
    try {
      const r = await bare.desk(['export', 'datev', '--period', '2026-11'], { env: at('2026-12-02') });
      expect([r.code, r.stderr]).toEqual([
        2,
        expect.stringContaining('no debtor number for acme, dorn, seeland: contracts/acme.yaml: debtorNumber'),
      ]);
      expect((await bare.desk(['export', 'datev'], { env: at('2026-12-02') })).stderr).toContain('--period: missing');
    } finally {
      bare.cleanup();
    }
    const none = await billedHelpdesk('', true);
    try {
      expect((await none.desk(['export', 'datev', '--period', '2026-11'], { env: at('2026-12-02') })).stderr).toContain(
        'desk.yaml: datev: missing',
      );
    } finally {
      none.cleanup();
    }
  });
});
