import { describe, expect, it } from 'vitest';
import { advanceCharges, periodOf, settle, vatOf, type TimeEntry } from '../../src/core/billing/index.js';
import { addDays } from '../../src/core/billing/dates.js';
import { acmeService, customer, entry, ticket, explained } from './fixtures.js';

const must = <T>(value: T | undefined): T => {
  if (value === undefined) throw new Error('expected a value');
  return value;
};

describe('docs/domain.md §4 golden case: ACME, October 2026', () => {
  const acme = customer([acmeService()]);
  const contract = must(acme.contracts[0]);
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
  const october = must(periodOf(contract, '2026-10-15'));
  const s = settle({ customer: acme, contract, period: october, entries, tickets });

  it('rounds each entry up to started 15 minutes', () => {
    const billed = s.parts.reduce(
      (m, p) => m.set(p.entry.id, (m.get(p.entry.id) ?? 0) + p.minutes),
      new Map<string, number>(),
    );
    expect(entries.map((e) => billed.get(e.id))).toEqual([30, 75, 180, 120, 465, 75]);
  });

  it('splits the second L2 analysis of B at the 4 h cap', () => {
    const b2 = s.parts.filter((p) => p.entry === entries[3]).map((p) => [p.bucket, p.minutes]);
    expect(b2).toEqual([
      ['quota', 60],
      ['beyond-cap', 60],
    ]);
  });

  it('bills 385.00 overage, 120.00 beyond the cap and 150.00 out of scope: net 655.00', () => {
    expect(october.label).toBe('2026-10');
    expect(s.quota).toMatchObject({ included: 600, used: 810, remaining: 0, overage: 210, overageAmount: 38500 });
    expect(s.beyondCap).toEqual({ minutes: 60, rate: 12000, amount: 12000 });
    expect(s.outsideContract).toEqual({ minutes: 75, rate: 12000, amount: 15000 });
    expect(s.lines.map((l) => [l.kind, l.amount])).toEqual([
      ['overage', 38500],
      ['beyond-cap', 12000],
      ['outside-contract', 15000],
    ]);
    expect(s.net).toBe(65500);
  });

  it('has VAT 124.45, gross 779.45', () => {
    expect(vatOf(s.net, 19)).toBe(12445);
    expect(s.net + vatOf(s.net, 19)).toBe(77945);
  });

  it('bills the November fee 1,200.00 (VAT 228.00) in advance; a run on 1 November bills both', () => {
    const runDate = '2026-11-01';
    const ended = must(periodOf(contract, addDays(runDate, -1)));
    const starting = must(periodOf(contract, runDate));
    expect(ended).toMatchObject({ from: '2026-10-01', to: '2026-10-31' });
    const advance = advanceCharges(contract, starting);
    expect(advance).toEqual([
      expect.objectContaining({
        kind: 'service-fee',
        amount: 120000,
        period: { from: '2026-11-01', to: '2026-11-30', label: '2026-11' },
      }),
    ]);
    expect(vatOf(120000, 19)).toBe(22800);
    const net =
      settle({ customer: acme, contract, period: ended, entries, tickets }).net +
      advance.reduce((n, l) => n + l.amount, 0);
    expect(net).toBe(185500);
  });

  it('explains every figure and breaks the period down per ticket and activity', async () => {
    expect(await explained(s)).toEqual([
      '6 time entries: 15:15 logged, 15:45 billed, each entry rounded up to started 15 minutes.',
      'Quota: 13:30 used of 10:00 included, 3:30 over: overage 3:30 × €110.00/h = €385.00.',
      'L2 analysis beyond the cap per ticket (T-B): 1:00 × €120.00/h = €120.00.',
      'Not included in the service contract (T-D): 1:15 × €120.00/h = €150.00.',
      'Net due at the end of 2026-10: €655.00; the fee €1,200.00 was billed in advance.',
    ]);
    expect(
      s.byTicket.map((t) => [
        t.ticketId,
        t.logged,
        t.billed,
        t.buckets.quota,
        t.buckets['beyond-cap'],
        t.buckets['outside-contract'],
      ]),
    ).toEqual([
      ['T-A', 85, 105, 105, 0, 0],
      ['T-B', 300, 300, 240, 60, 0],
      ['T-C', 460, 465, 465, 0, 0],
      ['T-D', 70, 75, 0, 0, 75],
    ]);
    expect(s.byActivity.map((a) => [a.activity, a.billed])).toEqual([
      ['communication', 30],
      ['analysis', 300],
      ['solution', 150],
      ['remote-session', 465],
    ]);
  });
});

describe('docs/domain.md §4 golden case: pooled over a quarter', () => {
  const hoursIn = (date: string, hours: number): TimeEntry => entry('T-P', date, `${hours}:00`);
  const entries = [hoursIn('2026-07-10', 14), hoursIn('2026-08-10', 6), hoursIn('2026-09-10', 12)];
  const tickets = [ticket('T-P', 'question')];
  const run = (settlement: string) => {
    const c = customer([acmeService({ settlement, poolWindow: 'quarter' })]);
    const contract = must(c.contracts[0]);
    return ['2026-07-01', '2026-08-01', '2026-09-01'].map((d) =>
      settle({ customer: c, contract, period: must(periodOf(contract, d)), entries, tickets }),
    );
  };

  it('bills only the window net excess, 2 h × 110 = 220.00, after September', async () => {
    const [jul, aug, sep] = run('pooled');
    expect([jul?.net, aug?.net, sep?.net]).toEqual([0, 0, 22000]);
    expect(jul?.quota).toMatchObject({ overage: 240, overageAmount: 0, settlement: 'pooled' });
    expect(aug?.pool).toMatchObject({ used: 1200, included: 1200, excess: 0, closes: false });
    expect(sep?.pool).toMatchObject({
      window: { label: '2026-Q3' },
      used: 1920,
      included: 1800,
      excess: 120,
      amount: 22000,
      closes: true,
    });
    expect(await explained(sep!)).toContain(
      'Pool window 2026-Q3 closes: 32:00 used of 30:00 included, net excess 2:00 × €110.00/h = €220.00.',
    );
    expect(sep?.lines).toEqual([
      expect.objectContaining({
        kind: 'pool-excess',
        minutes: 120,
        rate: 11000,
        amount: 22000,
        period: { from: '2026-07-01', to: '2026-09-30', label: '2026-Q3' },
      }),
    ]);
  });

  it('per-period settlement would bill 4 h for July and 2 h for September', () => {
    expect(run('per-period').map((s) => s.net)).toEqual([44000, 0, 22000]);
  });
});

describe('docs/domain.md §4 golden case: commitment of 20 h/month at 100.00', () => {
  const c = customer([{ kind: 'commitment', start: '2026-01-01', minimumHours: 20, rate: '100.00' }]);
  const contract = must(c.contracts[0]);
  const tickets = [ticket('T-S', 'malfunction'), ticket('T-X', 'change-request')];
  const entries = [
    entry('T-S', '2026-09-03', '12:00'),
    entry('T-X', '2026-09-10', '11:00', { activity: 'change', level: 2 }),
    entry('T-S', '2026-10-05', '15:00'),
  ];
  const at = (d: string) => settle({ customer: c, contract, period: must(periodOf(contract, d)), entries, tickets });

  it('bills 2,000.00 in advance', () => {
    expect(advanceCharges(contract, must(periodOf(contract, '2026-09-01'))).map((l) => l.amount)).toEqual([200000]);
  });

  it('September: 12 h support + 11 h change → 3 h × 100 = 300.00 at period end', () => {
    const sep = at('2026-09-01');
    expect(sep.buckets.commitment).toBe(23 * 60);
    expect(sep.commitment).toMatchObject({ used: 1380, excess: 180, excessAmount: 30000 });
    expect(sep.net).toBe(30000);
  });

  it('October: 15 h → nothing more, nothing back', async () => {
    const oct = at('2026-10-01');
    expect(oct.commitment).toMatchObject({ used: 900, excess: 0, unused: 300, forfeited: 300, carriedOut: 0 });
    expect(oct.net).toBe(0);
    expect(await explained(oct)).toContain('Commitment: 15:00 used of 20:00 paid in advance; 5:00 unused, forfeited.');
    expect(oct.lines).toEqual([]);
  });
});

describe('docs/domain.md §4 golden case: no contract, list rate 130.00', () => {
  it('2:05 logged → 2:15 billed → 292.50', () => {
    const c = customer([], { listRate: '130.00' });
    const s = settle({
      customer: c,
      contract: undefined,
      period: { from: '2026-10-01', to: '2026-10-31', label: '2026-10' },
      entries: [entry('T-N', '2026-10-02', '2:05')],
      tickets: [],
    });
    expect(s.billed).toBe(135);
    expect(s.payPerUse).toEqual({ minutes: 135, rate: 13000, amount: 29250, rateSource: 'customer' });
    expect(s.net).toBe(29250);
  });
});
