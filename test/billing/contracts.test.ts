import { describe, expect, it } from 'vitest';
import { activeContract, contractProblems } from '../../src/core/billing/index.js';
import { contractsInOrder } from '../../src/core/billing/contracts.js';
import { addDays } from '../../src/core/billing/dates.js';
import { acmeService, customer } from './fixtures.js';

const none = (start: string, more: Record<string, unknown> = {}) => ({ kind: 'none', start, ...more });

describe('activeContract', () => {
  const c = customer([acmeService({ end: '2026-06-30' }), none('2026-07-01', { hourlyRate: '130.00' })]);

  it('finds the one contract in force, ends inclusive', () => {
    expect(activeContract(c, '2025-12-31')).toBeUndefined();
    expect(activeContract(c, '2026-06-30')?.kind).toBe('service');
    expect(activeContract(c, '2026-07-01')?.kind).toBe('none');
    expect(activeContract(c, '2099-01-01')?.kind).toBe('none');
  });

  it('refuses to choose between overlapping contracts', () => {
    const broken = customer([acmeService(), none('2026-03-01', { hourlyRate: '1' })]);
    expect(() => activeContract(broken, '2026-03-01')).toThrow(/2 contracts in force on 2026-03-01/);
  });
});

describe('contractsInOrder', () => {
  it('answers as activeContract for days in ascending order, across starts and ends', () => {
    const c = customer([
      acmeService({ end: '2026-06-30' }),
      none('2026-07-01', { hourlyRate: '130.00', end: '2026-08-15' }),
    ]);
    const contractOn = contractsInOrder(c);
    for (let day = '2025-12-20'; day <= '2026-09-10'; day = addDays(day, 3))
      expect(contractOn(day)).toBe(activeContract(c, day));
  });

  it('refuses overlapping contracts on the first day asked that has two', () => {
    const contractOn = contractsInOrder(customer([acmeService(), none('2026-03-01', { hourlyRate: '1' })]));
    expect(contractOn('2026-02-27')?.kind).toBe('service');
    expect(() => contractOn('2026-03-04')).toThrow(/2 contracts in force on 2026-03-04/);
  });
});

describe('contractProblems', () => {
  it('a gapless history has none', () => {
    expect(
      contractProblems(customer([acmeService({ end: '2026-06-30' }), none('2026-07-01')], { listRate: '130.00' })),
    ).toEqual([]);
  });

  it('reports overlaps, gaps, end before start and missing rates with field paths', () => {
    const c = customer([
      acmeService({ end: '2026-06-30' }),
      none('2026-06-01', { end: '2026-08-31' }),
      acmeService({ start: '2026-10-01', end: '2026-09-01' }),
      acmeService({ start: '2026-11-01' }),
    ]);
    expect(contractProblems(c)).toEqual([
      { field: 'contracts[1].hourlyRate', message: expect.stringMatching(/no hourly rate/) },
      { field: 'contracts[2].end', message: 'ends 2026-09-01, before it starts 2026-10-01' },
      { field: 'contracts[1].start', message: expect.stringMatching(/^overlaps contracts\[0\]/) },
      {
        field: 'contracts[3].start',
        message: expect.stringMatching(/^leaves a gap 2026-09-01..2026-10-31 after contracts\[1\]/),
      },
    ]);
  });

  it('an open-ended contract followed by another overlaps it', () => {
    const problems = contractProblems(customer([acmeService(), acmeService({ start: '2027-01-01' })]));
    expect(problems.map((p) => p.field)).toEqual(['contracts[1].start']);
  });

  it('a desk list rate or a customer list rate is enough for a none contract', () => {
    expect(contractProblems(customer([none('2026-01-01')]), 13000)).toEqual([]);
    expect(contractProblems(customer([none('2026-01-01')], { listRate: 100 }))).toEqual([]);
  });

  it('a quarter pool window cannot pool yearly periods', () => {
    const c = customer([acmeService({ period: 'year', settlement: 'pooled', poolWindow: 'quarter' })]);
    expect(contractProblems(c).map((p) => p.field)).toEqual(['contracts[0].poolWindow']);
  });
});
