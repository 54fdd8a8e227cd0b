import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultInterest } from '../../src/core/dunning/index.js';
import { snapshot } from '../helpers/helpdesk.js';
import { pdfText } from '../invoice/documents.js';
import { at, billedHelpdesk, json } from './fixtures.js';

const DUNNING = `dunning:
  stages:
    - { days: 7, fee: "0.00" }
    - { days: 21, fee: "5.00" }
    - { days: 35, fee: "10.00" }
  paymentDays: 10
  interest: true
  baseRates:
    - { from: 2025-07-01, rate: 1.27 }
    - { from: 2026-07-01, rate: 1.52 }
`;

describe('default interest (§ 288 Abs. 2 BGB)', () => {
  it('is base rate + 9 points on a 365-day year, the base rate of each day, rounded once', () => {
    // 1,000.00 for 30 days at 10.27 %: 1000 × 0.1027 × 30 / 365 = 8.4411 → 8.44
    expect(defaultInterest(100000, '2026-03-01', '2026-03-30', [{ from: '2025-07-01', rate: 1.27 }])).toMatchObject({
      amount: 844,
      days: 30,
    });
    // across 1 July: 10 days at 10.27 % and 10 days at 10.52 %
    const split = defaultInterest(100000, '2026-06-21', '2026-07-10', [
      { from: '2025-07-01', rate: 1.27 },
      { from: '2026-07-01', rate: 1.52 },
    ]);
    expect(split).toEqual({
      amount: Math.floor((100000 * (1027 * 10 + 1052 * 10) * 2) / 3650000 + 1) >> 1,
      days: 20,
      segments: [
        { from: '2026-06-21', to: '2026-06-30', rate: 10.27 },
        { from: '2026-07-01', to: '2026-07-10', rate: 10.52 },
      ],
    });
    expect(defaultInterest(100000, '2024-01-01', '2024-01-10', [{ from: '2025-07-01', rate: 1.27 }])).toEqual({
      problem: expect.stringContaining('no base rate for 2024-01-01'),
    });
  });
});

describe('desk dunning run', () => {
  it('writes a reminder, then a Mahnung with fee and interest, each stage once, in the customer’s language', async () => {
    const hd = await billedHelpdesk(DUNNING);
    try {
      // Dorn pays in time; ACME and Seeland do not (due 15 November)
      await hd.ok(['payment', 'add', 'RE-2026-0002', '--amount', '595.00', '--date', '2026-11-14'], {
        env: at('2026-11-14'),
      });
      expect(await hd.ok(['dunning', 'run'], { env: at('2026-11-21') })).toContain('No reminders due on 2026-11-21');

      const before = snapshot(hd);
      const dry = await json(hd, ['dunning', 'run', '--dry-run'], '2026-11-22');
      expect(snapshot(hd)).toBe(before);
      expect(dry.letters.map((l: { id: string; stage: number; total: number }) => [l.id, l.stage, l.total])).toEqual([
        ['RE-2026-0001-M1', 1, 142800],
        ['RE-2026-0003-M1', 1, 120000],
      ]);
      const first = await json(hd, ['dunning', 'run'], '2026-11-22');
      expect(first.letters).toEqual(dry.letters);
      expect(hd.git('show', '--name-only', '--format=%s', 'HEAD').trim().split('\n')).toEqual([
        'Dunning run 2026-11-22: 2 letters',
        '',
        'dunning/2026/RE-2026-0001-M1.pdf',
        'dunning/2026/RE-2026-0001-M1.yaml',
        'dunning/2026/RE-2026-0003-M1.pdf',
        'dunning/2026/RE-2026-0003-M1.yaml',
      ]);
      const de = await pdfText(new Uint8Array(readFileSync(join(hd.root, 'dunning/2026/RE-2026-0001-M1.pdf'))));
      expect(de).toContain('Zahlungserinnerung: Rechnung RE-2026-0001');
      expect(de).toContain('Bitte überweisen Sie 1.428,00 € bis zum 02.12.2026');
      expect(de).toContain('Registergericht: Amtsgericht Bielefeld, HRB 41872');
      const en = await pdfText(new Uint8Array(readFileSync(join(hd.root, 'dunning/2026/RE-2026-0003-M1.pdf'))));
      expect(en).toContain('Payment reminder: Invoice RE-2026-0003');
      expect(en).toContain('Please transfer €1,200.00 by 2 December 2026');

      // never twice for one stage; the next stage only after the deadline the first one gave
      expect(await json(hd, ['dunning', 'run'], '2026-11-30')).toMatchObject({ letters: [] });
      await hd.ok(['payment', 'add', 'RE-2026-0003', '--amount', '1200.00', '--date', '2026-12-01'], {
        env: at('2026-12-01'),
      });
      const second = await json(hd, ['dunning', 'run'], '2026-12-06');
      expect(second.letters).toHaveLength(1);
      // 1,428.00 at 10.52 % (base rate 1.52 since July) from 23 November to 6 December (14 days): 5.762… → 5.76
      expect(second.letters[0]).toMatchObject({
        id: 'RE-2026-0001-M2',
        stage: 2,
        open: 142800,
        fee: 500,
        fees: 500,
        interest: 576,
        total: 142800 + 500 + 576,
        interestDetail: { from: '2026-11-23', to: '2026-12-06', days: 14 },
      });
      const mahnung = await pdfText(new Uint8Array(readFileSync(join(hd.root, 'dunning/2026/RE-2026-0001-M2.pdf'))));
      expect(mahnung).toContain('1. Mahnung: Rechnung RE-2026-0001');
      expect(mahnung).toContain('trotz unserer Zahlungserinnerung vom 22.11.2026');
      expect(mahnung).toContain('Mahngebühren 5,00 €');
      expect(mahnung).toContain('Verzugszinsen (§ 288 Abs. 2 BGB) 10,52 % p. a., 14 Tage 5,76 €');
      const list = await json(hd, ['dunning', 'list'], '2026-12-06');
      expect(list.map((l: { id: string }) => l.id)).toEqual(['RE-2026-0001-M2', 'RE-2026-0001-M1', 'RE-2026-0003-M1']);
      expect(await hd.ok(['check'], { env: at('2026-12-06') })).toContain('All files are valid');
    } finally {
      hd.cleanup();
    }
  });

  it('refuses interest without a base rate for the period, writing nothing', async () => {
    const hd = await billedHelpdesk(DUNNING.replace(/ {2}baseRates:[\s\S]*$/, '  baseRates: []\n'));
    try {
      await hd.ok(['dunning', 'run'], { env: at('2026-11-22') });
      const before = snapshot(hd);
      const r = await hd.desk(['dunning', 'run'], { env: at('2026-12-06') });
      expect([r.code, r.stderr]).toEqual([
        2,
        expect.stringContaining('no base rate for 2026-11-23 in desk.yaml dunning.baseRates'),
      ]);
      expect(snapshot(hd)).toBe(before);
    } finally {
      hd.cleanup();
    }
  });
});
