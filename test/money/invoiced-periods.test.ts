import { afterEach, describe, expect, it } from 'vitest';
import { openTicket, type TempHelpdesk } from '../helpers/helpdesk.js';
import { runAsync } from '../sync/team.js';
import { at, billedByPeriod, documents, entriesBilledTwice, invoiceHelpdesk, usageOf } from './helpers.js';

let hd: TempHelpdesk;
afterEach(() => hd?.cleanup());

/** A data problem: every minute of it is billed at the hourly rate, so a lost minute shows in money. */
function dataProblem(h: TempHelpdesk): string {
  return openTicket(
    h,
    ['--customer', 'acme', '--category', 'data-problem', '--priority', 'normal', '--received-at', '2026-10-01 09:00'],
    at('2026-10-01'),
  );
}

describe('time that reaches an invoiced period is billed once, as a late charge', () => {
  it('three logs into October while the October run holds the lock: all billed, none twice (real processes)', async () => {
    hd = invoiceHelpdesk();
    const t = dataProblem(hd);
    hd.ok(['log', t, '1h', '--on', '2026-10-05'], { env: at('2026-10-05') });
    const env = { ...at('2026-11-01'), DESK_USER: 'mk', DESK_LOCK_TIMEOUT_MS: '120000' };
    const results = await Promise.all([
      runAsync(hd.root, ['invoice', 'run', '--date', '2026-11-01'], env),
      ...[1, 2, 3].map(() => runAsync(hd.root, ['log', t, '45m', '--on', '2026-10-20'], env)),
    ]);
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    // whatever the order, the next run bills what the first one could not have seen
    hd.ok(['invoice', 'run', '--date', '2026-11-02'], { env: at('2026-11-02') });
    const docs = documents(hd);
    const october = billedByPeriod(docs).get('acme 2026-10')!;
    expect(usageOf(hd, 'acme', '2026-10').get('2026-10')).toBe(39000); // 1:00 + 3 × 0:45 at 120.00/h
    expect(october.usage).toBe(usageOf(hd, 'acme', '2026-10').get('2026-10'));
    expect(entriesBilledTwice(docs)).toEqual([]);
    expect(hd.ok(['invoice', 'run', '--date', '2026-11-02'], { env: at('2026-11-02') })).toContain('Nothing due');
  });
});
