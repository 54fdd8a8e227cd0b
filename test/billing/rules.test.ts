import { describe, expect, it } from 'vitest';
import {
  classifyEntries,
  periodOf,
  roundUp,
  settle,
  settlePoolWindow,
  poolWindowOf,
  vatOf,
} from '../../src/core/billing/index.js';
import type { ServiceContract } from '../../src/core/schema/customer.js';
import { acmeService, customer, entry, ticket, explained } from './fixtures.js';

const must = <T>(value: T | undefined): T => {
  if (value === undefined) throw new Error('expected a value');
  return value;
};
const bucketsOf = (c: ReturnType<typeof classifyEntries>) =>
  c.map((x) => x.parts.map((p) => `${p.bucket} ${p.minutes}`).join(' + '));

describe('rounding per entry', () => {
  it.each([
    [20, 15, 30],
    [15, 15, 15],
    [1, 15, 15],
    [61, 60, 120],
    [7, 1, 7],
  ])('%i min with increment %i → %i', (logged, increment, billed) => expect(roundUp(logged, increment)).toBe(billed));

  it("uses the contract's increment, and desk.yaml's where no contract is in force", () => {
    const c = customer([acmeService({ start: '2026-10-01', increment: 10 })], { listRate: 100 });
    const classified = classifyEntries({
      customer: c,
      entries: [entry('T', '2026-09-30', '0:11'), entry('T', '2026-10-01', '0:11')],
      tickets: [],
      increment: 30,
    });
    expect(classified.map((x) => x.billed)).toEqual([30, 20]);
  });
});

describe('which bucket time goes to under a service contract', () => {
  const c = customer([acmeService()]);
  const classify = (entries: ReturnType<typeof entry>[], tickets = [ticket('T', 'malfunction')]) =>
    bucketsOf(classifyEntries({ customer: c, entries, tickets }));

  it.each(['change-request', 'data-problem', 'infrastructure', 'new-development', 'project-work'] as const)(
    'category %s is outside the contract',
    (category) => {
      expect(classify([entry('T', '2026-10-01', '1:00')], [ticket('T', category)])).toEqual(['outside-contract 60']);
    },
  );

  it('a change on any ticket is outside the contract', () => {
    expect(classify([entry('T', '2026-10-01', '1:00', { activity: 'change' })], [ticket('T', 'question')])).toEqual([
      'outside-contract 60',
    ]);
  });

  it('an unqualified or unknown ticket counts as included', () => {
    expect(classify([entry('T', '2026-10-01', '1:00')], [])).toEqual(['quota 60']);
  });

  it('the L2 analysis cap spans the ticket life, in order of date then id', () => {
    const entries = [
      entry('T', '2026-11-02', '2:00', { activity: 'analysis', level: 2, id: 'b' }),
      entry('T', '2026-11-02', '1:00', { activity: 'analysis', level: 2, id: 'a' }),
      entry('T', '2026-09-30', '2:30', { activity: 'analysis', level: 2 }),
      entry('T', '2026-10-01', '5:00', { activity: 'analysis', level: 1 }),
    ];
    expect(classify(entries)).toEqual(['quota 150', 'quota 300', 'quota 60', 'quota 30 + beyond-cap 90']);
  });

  it('L2 analysis outside the contract, or given away, does not use up the cap', () => {
    const entries = [
      entry('X', '2026-10-01', '3:00', { activity: 'analysis', level: 2 }),
      entry('T', '2026-10-02', '3:00', { activity: 'analysis', level: 2, nonBillable: { reason: 'our bug' } }),
      entry('T', '2026-10-03', '4:00', { activity: 'analysis', level: 2 }),
    ];
    expect(classify(entries, [ticket('X', 'data-problem'), ticket('T', 'malfunction')])).toEqual([
      'outside-contract 180',
      'non-billable 180',
      'quota 240',
    ]);
  });

  it('the analysis cap is a contract setting', () => {
    const tight = customer([acmeService({ analysisCap: '1h' })]);
    const classified = classifyEntries({
      customer: tight,
      entries: [entry('T', '2026-10-01', '1:30', { activity: 'analysis', level: 2 })],
      tickets: [],
    });
    expect(bucketsOf(classified)).toEqual(['quota 60 + beyond-cap 30']);
  });
});

describe('commitment', () => {
  const commitment = (more: Record<string, unknown> = {}) =>
    customer([{ kind: 'commitment', start: '2026-01-01', minimumHours: 10, rate: '100.00', ...more }]);

  it('covers support, change work and L2 analysis without a cap', () => {
    const c = commitment();
    const entries = [
      entry('T', '2026-10-01', '6:00', { activity: 'analysis', level: 2 }),
      entry('X', '2026-10-02', '2:00', { activity: 'change' }),
    ];
    expect(bucketsOf(classifyEntries({ customer: c, entries, tickets: [ticket('X', 'change-request')] }))).toEqual([
      'commitment 360',
      'commitment 120',
    ]);
  });

  it('carries unused minimum hours into the next period only, used first', () => {
    const c = commitment({ unused: 'carry-over' });
    const contract = must(c.contracts[0]);
    const entries = [
      entry('T', '2026-01-10', '6:00'),
      entry('T', '2026-02-10', '15:00'),
      entry('T', '2026-03-10', '2:00'),
    ];
    const at = (d: string) =>
      settle({ customer: c, contract, period: must(periodOf(contract, d)), entries, tickets: [] }).commitment;
    expect(at('2026-01-01')).toMatchObject({ carriedIn: 0, used: 360, unused: 240, carriedOut: 240, forfeited: 0 });
    expect(at('2026-02-01')).toMatchObject({
      carriedIn: 240,
      available: 840,
      used: 900,
      excess: 60,
      excessAmount: 10000,
      unused: 0,
      carriedOut: 0,
    });
    expect(at('2026-03-01')).toMatchObject({ carriedIn: 0, used: 120, unused: 480, carriedOut: 480 });
    expect(at('2026-04-01')).toMatchObject({ carriedIn: 480, used: 0, unused: 600, carriedOut: 600, forfeited: 480 });
  });

  it('carries nothing past the contract end', () => {
    const c = commitment({ unused: 'carry-over', end: '2026-01-31' });
    const contract = must(c.contracts[0]);
    const s = settle({
      customer: c,
      contract,
      period: must(periodOf(contract, '2026-01-01')),
      entries: [],
      tickets: [],
    });
    expect(s.commitment).toMatchObject({ unused: 600, carriedOut: 0, forfeited: 600 });
  });
});

describe('statements', () => {
  const c = customer([acmeService({ end: '2026-12-31' }), { kind: 'none', start: '2027-01-01' }]);
  const service = must(c.contracts[0]);

  it('goodwill counts nowhere and says why', async () => {
    const s = settle({
      customer: c,
      contract: service,
      period: must(periodOf(service, '2026-10-01')),
      entries: [entry('T', '2026-10-01', '0:20', { nonBillable: { reason: 'our bug' } })],
      tickets: [],
    });
    expect(s.buckets).toMatchObject({ 'non-billable': 30, quota: 0 });
    expect(s.parts[0]?.why).toBe('goodwill: our bug');
    expect(s.net).toBe(0);
    expect(await explained(s)).toContain('Goodwill, not billed (T): 0:30.');
  });

  it('a none contract bills at its own rate, else the customer list rate, else desk.yaml', () => {
    const none = must(c.contracts[1]);
    const period = must(periodOf(none, '2027-01-01'));
    const entries = [entry('T', '2027-01-05', '1:00')];
    expect(() => settle({ customer: c, contract: none, period, entries, tickets: [] })).toThrow(/has no rate/);
    expect(
      settle({ customer: c, contract: none, period, entries, tickets: [], listRate: 9000 }).payPerUse,
    ).toMatchObject({ amount: 9000, rateSource: 'desk' });
  });

  it('refuses a period outside the contract, or time under another contract', () => {
    const entries = [entry('T', '2027-01-05', '1:00')];
    expect(() =>
      settle({
        customer: c,
        contract: service,
        period: { from: '2026-12-01', to: '2027-01-31', label: 'x' },
        entries,
        tickets: [],
      }),
    ).toThrow(/not within the contract/);
    expect(() =>
      settle({
        customer: c,
        contract: undefined,
        period: { from: '2027-01-01', to: '2027-01-31', label: 'x' },
        entries,
        tickets: [],
        listRate: 1,
      }),
    ).toThrow(/another contract/);
  });

  it('an empty period still explains itself', async () => {
    const s = settle({
      customer: c,
      contract: service,
      period: must(periodOf(service, '2026-10-01')),
      entries: [],
      tickets: [],
    });
    expect(await explained(s)).toEqual([
      'No time logged in 2026-10.',
      'Quota: 0:00 used of 10:00 included, 10:00 left unused (never refunded).',
      'Net due at the end of 2026-10: €0.00; the fee €1,200.00 was billed in advance.',
    ]);
  });

  it('settlePoolWindow settles a whole window directly', () => {
    const pooled = customer([acmeService({ settlement: 'pooled' })]);
    const contract = must(pooled.contracts[0]) as ServiceContract;
    const window = must(poolWindowOf(contract, '2026-10-01'));
    const result = settlePoolWindow({
      customer: pooled,
      contract,
      window,
      entries: [entry('T', '2026-12-31', '31:00')],
      tickets: [],
    });
    expect(result).toMatchObject({ included: 1800, used: 1860, excess: 60, amount: 11000, closes: true });
  });
});

describe('vatOf', () => {
  it('rounds half up to the cent', () => {
    expect(vatOf(65500, 19)).toBe(12445);
    expect(vatOf(120000, 19)).toBe(22800);
    expect(vatOf(50, 7)).toBe(4); // 3.5 cents
    expect(vatOf(100, 7.7)).toBe(8);
    expect(vatOf(12345, 0)).toBe(0);
  });
});
