import { describe, expect, it } from 'vitest';
import { acmeService, entry, ticket } from '../billing/fixtures.js';
import { vatBreakdownOf, ruleViolations } from '../../src/core/invoice/index.js';
import { amounts, billing, invoiceable, Ledger } from './fixtures.js';

/** docs/domain.md §4: every golden case as a full run, exact lines and totals. */
describe('golden cases as invoice runs', () => {
  it('ACME: a run on 1 November 2026 bills the October settlement (655.00 + 124.45 = 779.45) and the November fee (1,200.00 + 228.00)', () => {
    const tickets = [
      ticket('T-A', 'question'),
      ticket('T-B', 'malfunction'),
      ticket('T-C', 'malfunction'),
      ticket('T-D', 'data-problem'),
    ];
    const entries = [
      entry('T-A', '2026-10-05', '0:20', { activity: 'communication' }),
      entry('T-A', '2026-10-05', '1:05'),
      entry('T-B', '2026-10-07', '3:00', { activity: 'analysis', level: 2 }),
      entry('T-B', '2026-10-08', '2:00', { activity: 'analysis', level: 2 }),
      entry('T-C', '2026-10-12', '7:40', { activity: 'remote-session' }),
      entry('T-D', '2026-10-20', '1:10'),
    ];
    const ledger = new Ledger(() => [billing(invoiceable('acme', [acmeService()]), entries, tickets)]);
    ledger.run('2026-10-01'); // billed up to September
    const [nov] = ledger.run('2026-11-01');
    expect(nov!.number).toBe('RE-2026-0002');
    expect(amounts(nov!)).toEqual([
      ['overage', '2026-10', 38500],
      ['beyond-cap', '2026-10', 12000],
      ['outside-contract', '2026-10', 15000],
      ['service-fee', '2026-11', 120000],
    ]);
    expect(nov!.lines.map((l) => l.minutes)).toEqual([210, 60, 75, undefined]);
    const october = nov!.lines.filter((l) => l.period.label === '2026-10');
    const [oct] = vatBreakdownOf(october);
    expect([oct!.taxable, oct!.tax, oct!.taxable + oct!.tax]).toEqual([65500, 12445, 77945]);
    const [fee] = vatBreakdownOf(nov!.lines.filter((l) => l.kind === 'service-fee'));
    expect([fee!.taxable, fee!.tax]).toEqual([120000, 22800]);
    expect(nov!.totals).toEqual({ net: 185500, vat: 35245, gross: 220745, payable: 220745 });
    expect(nov!.vatBreakdown).toEqual([{ category: 'S', rate: 19, taxable: 185500, tax: 35245 }]);
    expect(nov!.lines[0]!.tickets).toEqual(['T-A', 'T-B', 'T-C']);
    expect(nov!.lines[1]).toMatchObject({ tickets: ['T-B'], entries: [entries[3]!.id] });
    expect(nov!.lines[2]).toMatchObject({ tickets: ['T-D'], entries: [entries[5]!.id] });
    expect(nov!.settlements.map((s) => s.period.label)).toEqual(['2026-10']);
    expect(nov!.settlements[0]!.entries.sort()).toEqual(entries.map((e) => e.id).sort());
    expect(nov!).toMatchObject({
      issueDate: '2026-11-01',
      dueDate: '2026-11-15',
      period: { from: '2026-10-01', to: '2026-11-30' },
      deliveryDate: '2026-11-01',
    });
    expect(ruleViolations(nov!)).toEqual([]);
  });

  it('pooled over a quarter: 2 h × 110 = 220.00 after September, nothing for July and August', () => {
    const entries = [
      entry('T-P', '2026-07-10', '14:00'),
      entry('T-P', '2026-08-10', '6:00'),
      entry('T-P', '2026-09-10', '12:00'),
    ];
    const ledger = new Ledger(() => [
      billing(invoiceable('bergmann', [acmeService({ settlement: 'pooled', poolWindow: 'quarter' })]), entries, [
        ticket('T-P', 'question'),
      ]),
    ]);
    ledger.run('2026-07-01');
    const [aug] = ledger.run('2026-08-01');
    const [sep] = ledger.run('2026-09-01');
    const [oct] = ledger.run('2026-10-01');
    expect(amounts(aug!)).toEqual([['service-fee', '2026-08', 120000]]);
    expect(amounts(sep!)).toEqual([['service-fee', '2026-09', 120000]]);
    expect(amounts(oct!)).toEqual([
      ['pool-excess', '2026-Q3', 22000],
      ['service-fee', '2026-10', 120000],
    ]);
    expect(oct!.lines[0]).toMatchObject({
      minutes: 120,
      unitPrice: 11000,
      period: { from: '2026-07-01', to: '2026-09-30' },
    });
  });

  it('commitment 20 h at 100.00: 2,000.00 in advance; September 23 h → 300.00; October 15 h → nothing more', () => {
    const entries = [
      entry('T-S', '2026-09-03', '12:00'),
      entry('T-X', '2026-09-10', '11:00', { activity: 'change', level: 2 }),
      entry('T-S', '2026-10-05', '15:00'),
    ];
    const tickets = [ticket('T-S', 'malfunction'), ticket('T-X', 'change-request')];
    const ledger = new Ledger(() => [
      billing(
        invoiceable('clausen', [{ kind: 'commitment', start: '2026-09-01', minimumHours: 20, rate: '100.00' }]),
        entries,
        tickets,
      ),
    ]);
    const [sep] = ledger.run('2026-09-01');
    const [oct] = ledger.run('2026-10-01');
    const [nov] = ledger.run('2026-11-01');
    expect(amounts(sep!)).toEqual([['commitment-minimum', '2026-09', 200000]]);
    expect(amounts(oct!)).toEqual([
      ['commitment-excess', '2026-09', 30000],
      ['commitment-minimum', '2026-10', 200000],
    ]);
    expect(amounts(nov!)).toEqual([['commitment-minimum', '2026-11', 200000]]);
    expect(nov!.settlements.map((s) => s.period.label)).toEqual(['2026-10']);
  });

  it('no contract, list rate 130.00: 2:05 logged → 2:15 billed → 292.50', () => {
    const ledger = new Ledger(() => [
      billing(
        invoiceable('dorn', [], { listRate: '130.00' }),
        [entry('T-N', '2026-10-02', '2:05')],
        [ticket('T-N', 'question')],
      ),
    ]);
    const [nov] = ledger.run('2026-11-01');
    expect(amounts(nov!)).toEqual([['pay-per-use', '2026-10', 29250]]);
    expect(nov!.lines[0]).toMatchObject({ minutes: 135, unitPrice: 13000 });
    expect(nov!.totals).toEqual({ net: 29250, vat: 5558, gross: 34808, payable: 34808 });
  });

  it('Austria with a VAT id: reverse charge, 0 %, the legal note, both VAT ids', () => {
    const ledger = new Ledger(() => [
      billing(
        invoiceable('alpenblick', [acmeService({ start: '2026-11-01' })], {
          address: { street: 'Mariahilfer Straße 10', postalCode: '1070', city: 'Wien', country: 'AT' },
          vatId: 'ATU12345678',
        }),
      ),
    ]);
    const [nov] = ledger.run('2026-11-01');
    expect(nov!.vatTreatment).toBe('reverse-charge');
    expect(nov!.lines[0]).toMatchObject({ vatCategory: 'AE', vatRate: 0, net: 120000 });
    expect(nov!.vatBreakdown).toEqual([
      {
        category: 'AE',
        rate: 0,
        taxable: 120000,
        tax: 0,
        exemptionCode: 'VATEX-EU-AE',
        exemptionReason: 'Reverse charge',
      },
    ]);
    expect(nov!.totals).toEqual({ net: 120000, vat: 0, gross: 120000, payable: 120000 });
    expect(nov!.notes[0]).toContain('Steuerschuldnerschaft des Leistungsempfängers');
    expect([nov!.seller.vatId, nov!.buyer.vatId]).toEqual(['DE123456788', 'ATU12345678']);
    expect(ruleViolations(nov!)).toEqual([]);
  });

  it('Switzerland: outside the scope of German VAT, no VAT ids in the e-invoice (BR-O-02)', () => {
    const ledger = new Ledger(() => [
      billing(
        invoiceable('seeland', [acmeService({ start: '2026-11-01' })], {
          address: { street: 'Bahnhofstrasse 1', postalCode: '8001', city: 'Zürich', country: 'CH' },
          vatId: 'CHE-123.456.789 MWST',
          invoiceLanguage: 'en',
        }),
      ),
    ]);
    const [nov] = ledger.run('2026-11-01');
    expect(nov!.vatTreatment).toBe('outside-scope');
    expect(nov!.lines[0]).toMatchObject({ vatCategory: 'O', vatRate: 0, name: 'Service fee November 2026' });
    expect(nov!.vatBreakdown).toEqual([
      {
        category: 'O',
        rate: 0,
        taxable: 120000,
        tax: 0,
        exemptionCode: 'VATEX-EU-O',
        exemptionReason: 'Not subject to VAT',
      },
    ]);
    expect(nov!.buyer.vatId).toBeUndefined();
    expect(nov!.notes[0]).toContain('Not subject to German VAT');
    expect(ruleViolations(nov!)).toEqual([]);
  });
});
