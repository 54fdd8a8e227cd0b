import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { parseCamt053 } from '../../src/bank/camt.js';
import { parseMt940 } from '../../src/bank/mt940.js';
import { at, billedHelpdesk, json } from './fixtures.js';
import { camt02, camt08, IBAN, mt940 } from './statements.js';

const file = (hd: InProcessHelpdesk, name: string, content: string) => {
  writeFileSync(join(hd.root, name), content);
  return name;
};

describe('reading statements', () => {
  it('camt.053.001.02 (Sparkasse): the remittance lines joined, pending and debit entries marked', () => {
    const entries = parseCamt053(
      camt02([
        {
          amount: '1428.00',
          ref: '2026110300001',
          lines: ['Rechnung RE-2026-00', '01 Kd acme'],
          payer: 'ACME Maschinenbau GmbH',
        },
        { amount: '50.00', ref: '2026110300002', debit: true, lines: ['Kontofuehrung'] },
        { amount: '10.00', ref: '2026110300003', booked: false, lines: ['vorgemerkt'] },
      ]),
    );
    expect(entries).toEqual([
      {
        key: `${IBAN}/2026110300001`,
        account: IBAN,
        date: '2026-11-03',
        amount: 142800,
        credit: true,
        booked: true,
        reference: 'Rechnung RE-2026-00 01 Kd acme',
        payer: 'ACME Maschinenbau GmbH',
      },
      expect.objectContaining({ amount: 5000, credit: false, booked: true }),
      expect.objectContaining({ amount: 1000, credit: true, booked: false }),
    ]);
  });

  it('camt.053.001.08 (Volksbank): one collective booking becomes one entry per transaction', () => {
    const entries = parseCamt053(
      camt08('VB20261105', [
        { amount: '595.00', payer: 'Dorn Haustechnik GmbH', structured: 'RF18RE20260002' },
        { amount: '1200.00', payer: 'Seeland Praezisionstechnik AG', ref: 'RE-2026-0003' },
      ]),
    );
    expect(entries.map((e) => [e.key, e.date, e.amount, e.reference, e.payer])).toEqual([
      [`${IBAN}/VB20261105-1`, '2026-11-05', 59500, 'RF18RE20260002', 'Dorn Haustechnik GmbH'],
      [`${IBAN}/VB20261105-2`, '2026-11-05', 120000, 'RE-2026-0003', 'Seeland Praezisionstechnik AG'],
    ]);
  });

  it('MT940 with the German :86: subfields', () => {
    const entries = parseMt940(
      mt940([{ amount: '595.00', ref: 'BANKREF0001', purpose: ['SVWZ+RE-2026-0002 Dorn'], payer: 'Dorn Haustechnik' }]),
    );
    expect(entries).toEqual([
      {
        key: '12030000/202051/BANKREF0001',
        account: '12030000/202051',
        date: '2026-11-03',
        amount: 59500,
        credit: true,
        booked: true,
        reference: 'SVWZ+RE-2026-0002 Dorn',
        payer: 'Dorn Haustechnik',
      },
    ]);
  });
});

describe('desk payment import', () => {
  let hd: InProcessHelpdesk;
  beforeAll(async () => {
    hd = await billedHelpdesk();
  });
  afterAll(() => hd.cleanup());

  const sparkasse = () =>
    camt02([
      // the number split over two remittance lines, as banks cut them
      {
        amount: '1428.00',
        ref: 'SPK-0001',
        lines: ['Rechnung RE-2026-00', '01 Kd acme'],
        payer: 'ACME Maschinenbau GmbH',
      },
      // no number at all, but exactly one invoice is open by 595.00
      { amount: '595.00', ref: 'SPK-0002', lines: ['Servicepauschale November'], payer: 'Dorn Haustechnik GmbH' },
      // nothing to go by
      { amount: '77.00', ref: 'SPK-0003', lines: ['Spende Sommerfest'], payer: 'Unbekannt' },
      { amount: '19.90', ref: 'SPK-0004', debit: true, lines: ['Kontofuehrung'] },
      { amount: '1200.00', ref: 'SPK-0005', booked: false, lines: ['RE-2026-0003'] },
    ]);

  it('--dry-run says what it would record and writes nothing', async () => {
    const name = file(hd, 'auszug-214.xml', sparkasse());
    const before = snapshot(hd);
    const dry = await json(hd, ['payment', 'import', name, '--dry-run'], '2026-11-04');
    expect(dry.payments.map((p: { invoice?: string; amount: number }) => [p.invoice ?? null, p.amount])).toEqual([
      ['RE-2026-0001', 142800],
      ['RE-2026-0002', 59500],
      [null, 7700],
    ]);
    expect(snapshot(hd)).toBe(before);
  });

  it('matches by the number in the remittance information, then by amount, and lists what it could not match', async () => {
    const out = await hd.ok(['payment', 'import', 'auszug-214.xml'], { env: at('2026-11-04') });
    expect(out).toContain(
      'auszug-214.xml: recorded 3 payments (0 imported before, 2 not received money or not booked)',
    );
    expect(out).toMatch(/Unmatched, for a person to assign[\s\S]*€77\.00\s+Unbekannt\s+Spende Sommerfest/);
    expect(hd.git('log', '-1', '--format=%s').trim()).toBe(
      'Bank statement auszug-214.xml: 3 payments, 2 matched, 1 to assign',
    );
    const items = await json(hd, ['invoice', 'list'], '2026-11-04');
    expect(items.map((r: { number: string; payment: string }) => [r.number, r.payment])).toEqual([
      ['RE-2026-0001', 'paid'],
      ['RE-2026-0002', 'paid'],
      ['RE-2026-0003', 'open'],
    ]);
  });

  it('is idempotent: the same statement again records nothing', async () => {
    const before = snapshot(hd);
    const again = await json(hd, ['payment', 'import', 'auszug-214.xml'], '2026-11-04');
    expect(again.payments).toEqual([]);
    expect(again.known).toHaveLength(3);
    expect(snapshot(hd)).toBe(before);
  });

  it('a person assigns the unmatched payment; assigned once, never twice', async () => {
    const [unmatched] = await json(hd, ['payment', 'list', '--unmatched'], '2026-11-04');
    expect(unmatched).toMatchObject({ amount: 7700, payer: 'Unbekannt', bank: { statement: 'auszug-214.xml' } });
    expect(await hd.ok(['payment', 'assign', unmatched.id, 'RE-2026-0003'], { env: at('2026-11-04') })).toContain(
      '€1,123.00 of RE-2026-0003 is still open',
    );
    expect(await json(hd, ['payment', 'list', '--unmatched'], '2026-11-04')).toEqual([]);
    const twice = await hd.desk(['payment', 'assign', unmatched.id, 'RE-2026-0001'], { env: at('2026-11-04') });
    expect([twice.code, twice.stderr]).toEqual([2, expect.stringContaining('pays RE-2026-0003 already')]);
  });

  it('reads a cooperative bank’s camt.053.001.08 collective booking and MT940 as well', async () => {
    const other = await billedHelpdesk();
    try {
      const name = file(
        other,
        'camt053_vb.xml',
        camt08('VB20261105', [
          { amount: '595.00', payer: 'Dorn Haustechnik GmbH', structured: 'RF18RE20260002' },
          { amount: '1200.00', payer: 'Seeland AG', ref: 'RE-2026-0003' },
        ]),
      );
      const result = await json(other, ['payment', 'import', name], '2026-11-06');
      expect(result.matched.map((m: { how: string; invoices: string[] }) => [m.how, m.invoices])).toEqual([
        ['number', ['RE-2026-0002']],
        ['number', ['RE-2026-0003']],
      ]);
      const sta = file(
        other,
        'umsaetze.sta',
        mt940([
          {
            amount: '1428.00',
            ref: 'MT0001',
            purpose: ['SVWZ+Rechnung RE 2026 0001', ' vielen Dank'],
            payer: 'ACME Maschinenbau',
          },
        ]),
      );
      expect((await json(other, ['payment', 'import', sta], '2026-11-06')).payments).toMatchObject([
        { invoice: 'RE-2026-0001', amount: 142800, payer: 'ACME Maschinenbau' },
      ]);
      expect(
        (await json(other, ['invoice', 'list', '--open'], '2026-11-06')).map((r: { number: string }) => r.number),
      ).toEqual([]);
    } finally {
      other.cleanup();
    }
  });

  it('one transfer paying two invoices whose open amounts it names and adds up to', async () => {
    const other = await billedHelpdesk();
    try {
      const name = file(
        other,
        'sammel.xml',
        camt02([{ amount: '2023.00', ref: 'SPK-0100', lines: ['RE-2026-0001, RE-2026-0002'], payer: 'Sammelzahler' }]),
      );
      const result = await json(other, ['payment', 'import', name], '2026-11-04');
      expect(result.payments.map((p: { invoice: string; amount: number }) => [p.invoice, p.amount])).toEqual([
        ['RE-2026-0001', 142800],
        ['RE-2026-0002', 59500],
      ]);
    } finally {
      other.cleanup();
    }
  });

  it('refuses what is no statement, naming the file', async () => {
    const broken = file(hd, 'kaputt.xml', camt02([]).replace('</Document>', ''));
    const r = await hd.desk(['payment', 'import', broken], { env: at('2026-11-04') });
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining('kaputt.xml: not well-formed XML')]);
    const text = file(hd, 'notes.txt', 'hello');
    expect((await hd.desk(['payment', 'import', text], { env: at('2026-11-04') })).stderr).toContain(
      'notes.txt: neither a CAMT.053 nor an MT940 statement',
    );
    expect((await hd.desk(['payment', 'import', 'missing.xml'], { env: at('2026-11-04') })).stderr).toContain(
      'missing.xml: cannot be read',
    );
  });
});
