import { describe, expect, it } from 'vitest';
import {
  customerPeriodsBetween,
  labelOf,
  parsePeriod,
  periodOf,
  periodsBetween,
  poolWindowOf,
} from '../../src/core/billing/index.js';
import { DeskError } from '../../src/core/errors.js';
import type { ServiceContract } from '../../src/core/schema/customer.js';
import { acmeService, customer } from './fixtures.js';

const contractOf = (more: Record<string, unknown>) => {
  const c = customer([acmeService(more)]).contracts[0];
  if (!c) throw new Error('no contract');
  return c;
};
const range = (p: { from: string; to: string } | undefined) => p && `${p.from}..${p.to}`;

describe('billing periods follow the contract start', () => {
  it('a monthly contract starting on the 15th runs 15th to 14th', () => {
    const c = contractOf({ start: '2026-01-15' });
    expect(range(periodOf(c, '2026-01-15'))).toBe('2026-01-15..2026-02-14');
    expect(range(periodOf(c, '2026-02-14'))).toBe('2026-01-15..2026-02-14');
    expect(periodOf(c, '2026-02-15')).toMatchObject({
      from: '2026-02-15',
      to: '2026-03-14',
      index: 1,
      label: '2026-02-15..2026-03-14',
    });
    expect(periodOf(c, '2026-01-14')).toBeUndefined();
  });

  it('a contract starting on the 1st has calendar months, quarters, years', () => {
    expect(periodOf(contractOf({}), '2026-10-31')).toMatchObject({
      from: '2026-10-01',
      to: '2026-10-31',
      label: '2026-10',
      index: 9,
    });
    expect(periodOf(contractOf({ period: 'quarter' }), '2026-11-30')).toMatchObject({
      label: '2026-Q4',
      from: '2026-10-01',
      to: '2026-12-31',
    });
    expect(periodOf(contractOf({ period: 'year' }), '2027-03-01')).toMatchObject({ label: '2027', index: 1 });
    expect(periodOf(contractOf({ period: 'quarter', start: '2026-02-01' }), '2026-04-30')).toMatchObject({
      label: '2026-02-01..2026-04-30',
    });
  });

  it('a start on the 31st stays on the month end without drifting', () => {
    const c = contractOf({ start: '2026-01-31' });
    expect(periodsBetween(c, '2026-01-31', '2026-04-30').map(range)).toEqual([
      '2026-01-31..2026-02-27',
      '2026-02-28..2026-03-30',
      '2026-03-31..2026-04-29',
      '2026-04-30..2026-05-30',
    ]);
  });

  it('the last period is cut at the contract end', () => {
    const c = contractOf({ end: '2026-03-20' });
    expect(periodsBetween(c, '2025-01-01', '2027-01-01').map(range)).toEqual([
      '2026-01-01..2026-01-31',
      '2026-02-01..2026-02-28',
      '2026-03-01..2026-03-20',
    ]);
    expect(periodOf(c, '2026-03-21')).toBeUndefined();
  });

  it('periodsBetween keeps whole periods that overlap the range', () => {
    const c = contractOf({ start: '2026-01-15' });
    expect(periodsBetween(c, '2026-10-01', '2026-10-31').map(range)).toEqual([
      '2026-09-15..2026-10-14',
      '2026-10-15..2026-11-14',
    ]);
  });
});

describe('pool windows', () => {
  const service = (more: Record<string, unknown>) => contractOf({ settlement: 'pooled', ...more }) as ServiceContract;

  it('a quarter of the contract, aligned to its start', () => {
    const w = poolWindowOf(service({ start: '2026-01-15' }), '2026-05-01');
    expect(w && range(w)).toBe('2026-04-15..2026-07-14');
    expect(w?.periods.map((p) => p.from)).toEqual(['2026-04-15', '2026-05-15', '2026-06-15']);
  });

  it('a contract year', () => {
    const w = poolWindowOf(service({ start: '2026-04-01', poolWindow: 'contract-year' }), '2027-03-31');
    expect(w && range(w)).toBe('2026-04-01..2027-03-31');
    expect(w?.periods).toHaveLength(12);
  });

  it('closes early when the contract ends inside it', () => {
    const w = poolWindowOf(service({ end: '2026-08-31' }), '2026-07-01');
    expect(w).toMatchObject({ from: '2026-07-01', to: '2026-08-31' });
    expect(w?.periods).toHaveLength(2);
  });
});

describe('parsePeriod reads --period', () => {
  it.each([
    ['2026-11', '2026-11-01', '2026-11-30', '2026-11'],
    ['2024-02', '2024-02-01', '2024-02-29', '2024-02'],
    ['2026-Q4', '2026-10-01', '2026-12-31', '2026-Q4'],
    [' 2026-q1 ', '2026-01-01', '2026-03-31', '2026-Q1'],
    ['2026', '2026-01-01', '2026-12-31', '2026'],
  ])('%s', (text, from, to, label) => {
    expect(parsePeriod(text)).toEqual({ from, to, label });
    expect(labelOf({ from, to })).toBe(label);
  });

  it.each(['2026-13', '2026-Q5', 'november', '26', '2026-11-01', '', '0000', '0050', '9999', '9999-12', '1969-Q4'])(
    'refuses %j naming the flag',
    (text) => {
      expect(() => parsePeriod(text)).toThrow(DeskError);
      expect(() => parsePeriod(text)).toThrow(/--period/);
      try {
        parsePeriod(text);
      } catch (e) {
        expect((e as DeskError).code).toBe('usage');
      }
    },
  );
});

describe('customerPeriodsBetween', () => {
  it('cuts a user range into contract periods and calendar months without a contract', () => {
    const c = customer(
      [acmeService({ start: '2026-10-15', end: '2026-11-14' }), { kind: 'none', start: '2026-11-15' }],
      { listRate: '130.00' },
    );
    const spans = customerPeriodsBetween(c, { from: '2026-09-01', to: '2026-12-31' });
    expect(spans.map((s) => [s.contract?.kind ?? '-', range(s.period)])).toEqual([
      ['-', '2026-09-01..2026-09-30'],
      ['-', '2026-10-01..2026-10-14'],
      ['service', '2026-10-15..2026-11-14'],
      ['none', '2026-11-15..2026-12-14'],
      ['none', '2026-12-15..2027-01-14'],
    ]);
  });

  it('without any contract, calendar months cut to the range', () => {
    const spans = customerPeriodsBetween(customer([]), { from: '2026-10-20', to: '2026-11-30' });
    expect(spans.map((s) => s.period.label)).toEqual(['2026-10-20..2026-10-31', '2026-11']);
  });
});
