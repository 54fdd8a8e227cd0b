import { describe, expect, it } from 'vitest';
import { acmeService, entry, ticket } from '../billing/fixtures.js';
import {
  closedUntil,
  formatNumber,
  nextNumbers,
  numberGaps,
  planRun,
  seqOf,
  ledgerProblems,
} from '../../src/core/invoice/index.js';
import { DeskError } from '../../src/core/errors.js';
import { amounts, billing, config, invoiceable, Ledger } from './fixtures.js';

const acme = () => invoiceable('acme', [acmeService()]);

describe('invoice runs', () => {
  it('bills nothing twice: a repeated run issues nothing', () => {
    const ledger = new Ledger(() => [
      billing(acme(), [entry('T-1', '2026-10-05', '12:00')], [ticket('T-1', 'question')]),
    ]);
    ledger.run('2026-10-01');
    expect(ledger.run('2026-10-01')).toEqual([]);
    expect(ledger.run('2026-10-20')).toEqual([]);
    expect(amounts(ledger.run('2026-11-01')[0]!)).toEqual([
      ['overage', '2026-10', 22000],
      ['service-fee', '2026-11', 120000],
    ]);
    expect(ledger.run('2026-11-01')).toEqual([]);
  });

  it('catches up a skipped month: one invoice, every period that is due', () => {
    const entries = [entry('T-1', '2026-09-05', '11:00'), entry('T-1', '2026-10-05', '12:00')];
    const ledger = new Ledger(() => [billing(acme(), entries, [ticket('T-1', 'question')])]);
    ledger.run('2026-09-01');
    const [nov] = ledger.run('2026-11-01'); // the October run was skipped
    expect(amounts(nov!)).toEqual([
      ['overage', '2026-09', 11000],
      ['service-fee', '2026-10', 120000],
      ['overage', '2026-10', 22000],
      ['service-fee', '2026-11', 120000],
    ]);
    expect(nov!.settlements.map((s) => s.period.label)).toEqual(['2026-09', '2026-10']);
  });

  it('cancels with a credit note and bills the charges again, with the time as corrected', () => {
    let entries = [entry('T-1', '2026-10-05', '12:00')];
    const ledger = new Ledger(() => [billing(acme(), entries, [ticket('T-1', 'question')])]);
    ledger.run('2026-10-01');
    const [nov] = ledger.run('2026-11-01');
    expect(closedUntil(ledger.records, 'acme')).toBe('2026-10-31');
    const note = ledger.cancel(nov!.number, '2026-11-03', 'time logged on the wrong customer');
    expect(note).toMatchObject({
      number: 'RE-2026-0003',
      type: 'credit-note',
      cancels: { number: 'RE-2026-0002', issueDate: '2026-11-01', reason: 'time logged on the wrong customer' },
    });
    expect(note.totals).toEqual(nov!.totals);
    expect(note.dueDate).toBeUndefined();
    expect(closedUntil(ledger.records, 'acme')).toBe('2026-09-30');
    entries = [entry('T-1', '2026-10-05', '11:00')];
    const [rebill] = ledger.run('2026-11-03');
    expect(rebill!.number).toBe('RE-2026-0004');
    expect(amounts(rebill!)).toEqual([
      ['overage', '2026-10', 11000],
      ['service-fee', '2026-11', 120000],
    ]);
    expect(() => ledger.cancel(nov!.number, '2026-11-03')).toThrow(/cancelled already by RE-2026-0003/);
    expect(() => ledger.cancel(note.number, '2026-11-03')).toThrow(/a credit note cannot be cancelled/);
    expect(ledgerProblems(ledger.records, 'RE-{year}-{seq:4}')).toEqual([]);
  });

  it('a contract change in the middle of a period: the old period cut at its end, the new one counted from its start', () => {
    const customer = invoiceable('mueller', [
      acmeService({ end: '2026-06-15' }),
      { kind: 'commitment', start: '2026-06-16', minimumHours: 20, rate: '100.00' },
    ]);
    const entries = [entry('T-1', '2026-06-10', '11:00'), entry('T-1', '2026-06-20', '21:00')];
    const ledger = new Ledger(() => [billing(customer, entries, [ticket('T-1', 'question')])]);
    const [june] = ledger.run('2026-06-01');
    expect(amounts(june!).slice(-1)).toEqual([['service-fee', '2026-06-01..2026-06-15', 120000]]);
    const [mid] = ledger.run('2026-06-16');
    expect(amounts(mid!)).toEqual([
      ['overage', '2026-06-01..2026-06-15', 11000],
      ['commitment-minimum', '2026-06-16..2026-07-15', 200000],
    ]);
    expect(ledger.run('2026-07-01')).toEqual([]);
    const [july] = ledger.run('2026-07-16');
    expect(amounts(july!)).toEqual([
      ['commitment-excess', '2026-06-16..2026-07-15', 10000],
      ['commitment-minimum', '2026-07-16..2026-08-15', 200000],
    ]);
    expect(july!.lines[0]!.contract).toEqual({ start: '2026-06-16' });
  });

  it('starts at invoices.since: earlier periods were billed before desk', () => {
    const ledger = new Ledger(() => [billing(acme())], config({ invoices: { since: '2026-10-01' } }));
    expect(amounts(ledger.run('2026-10-01')[0]!)).toEqual([['service-fee', '2026-10', 120000]]);
  });

  it('offers a discount with the XRechnung Skonto line (BR-DE-18)', () => {
    const ledger = new Ledger(
      () => [billing(acme())],
      config({ billing: { discount: { days: 10, percent: 2 } }, invoices: { since: '2026-10-01' } }),
    );
    const [r] = ledger.run('2026-10-01');
    expect(r!.paymentTerms).toBe(
      '#SKONTO#TAGE=10#PROZENT=2.00#\nZahlbar ohne Abzug bis 15.10.2026. Bei Zahlung innerhalb von 10 Tagen 2,00 % Skonto.',
    );
  });
});

describe('refused before anything is written', () => {
  const run = (over: Partial<Parameters<typeof planRun>[0]>) => {
    try {
      planRun({
        date: '2026-11-01',
        today: '2026-11-26',
        config: config(),
        customers: [billing(acme())],
        records: [],
        ...over,
      });
    } catch (e) {
      return e as DeskError;
    }
    throw new Error('not refused');
  };

  it('lists every missing seller field at once', () => {
    const e = run({ config: config({}, { name: 'Nordlicht Software GmbH' }) });
    expect(e.code).toBe('invalid');
    for (const field of [
      'company.address',
      'company.vatId',
      'company.bank.iban',
      'company.email',
      'company.phone',
      'company.contactName',
    ])
      expect(e.message).toContain(`desk.yaml: ${field}: missing`);
  });

  it('a customer without address or e-invoice address, an EU customer without VAT id', () => {
    const e = run({
      customers: [
        billing(invoiceable('acme', [acmeService()], { address: undefined, invoiceEmail: undefined })),
        billing(
          invoiceable('wien', [acmeService()], {
            address: { street: 'Ring 1', postalCode: '1010', city: 'Wien', country: 'AT' },
            vatId: undefined,
          }),
        ),
      ],
    });
    expect(e.message).toContain('contracts/acme.yaml: address: missing');
    expect(e.message).toContain('contracts/acme.yaml: invoiceEmail: missing');
    expect(e.message).toContain('contracts/wien.yaml: vatId: missing — reverse charge');
  });

  it('a contract without rates', () => {
    const none = billing(
      invoiceable('dorn', [{ kind: 'none', start: '2026-01-01' }]),
      [entry('T-9', '2026-10-02', '1:00')],
      [],
    );
    const e = run({ config: config({ billing: {} }), customers: [none] });
    expect(e.message).toMatch(/contracts\/dorn\.yaml: contracts\[0\]\.hourlyRate: no hourly rate/);
  });

  it('a run date before the last run, or after today', () => {
    const ledger = new Ledger(() => [billing(acme())]);
    ledger.run('2026-11-01');
    expect(run({ date: '2026-10-31', records: ledger.records })).toMatchObject({
      code: 'refused',
      message: expect.stringContaining('before the last one issued (2026-11-01)'),
    });
    expect(run({ date: '2026-11-27' })).toMatchObject({
      code: 'refused',
      message: expect.stringContaining('after today'),
    });
  });
});

describe('numbers', () => {
  it('formats, reads and continues the yearly sequence without gaps', () => {
    expect(formatNumber('RE-{year}-{seq:4}', 2026, 7)).toBe('RE-2026-0007');
    expect(seqOf('RE-{year}-{seq:4}', 2026, 'RE-2026-0042')).toBe(42);
    expect(seqOf('RE-{year}-{seq:4}', 2027, 'RE-2026-0042')).toBeUndefined();
    expect(nextNumbers('{year}/{seq}'.replace('/', '-'), 2027, ['2026-9'], 2)).toEqual(['2027-1', '2027-2']);
    expect(nextNumbers('RE-{year}-{seq:4}', 2026, ['RE-2026-0001', 'RE-2026-0002'], 1)).toEqual(['RE-2026-0003']);
    expect(numberGaps('RE-{year}-{seq:4}', 2026, ['RE-2026-0001', 'RE-2026-0004'])).toEqual([
      'RE-2026-0002',
      'RE-2026-0003',
    ]);
  });

  it('starts again at 1 in a new year', () => {
    const ledger = new Ledger(() => [billing(acme())], config({ invoices: { since: '2026-12-01' } }));
    expect(ledger.run('2026-12-01')[0]!.number).toBe('RE-2026-0001');
    expect(ledger.run('2027-01-01')[0]!.number).toBe('RE-2027-0001');
  });
});
