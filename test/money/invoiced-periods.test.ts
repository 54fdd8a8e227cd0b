import { afterEach, describe, expect, it } from 'vitest';
import { openTicket, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { runAsync } from '../sync/team.js';
import { at, billing, billedByPeriod, documents, entriesBilledTwice, invoiceHelpdesk, usageOf } from './helpers.js';

let hd: InProcessHelpdesk;
afterEach(() => hd?.cleanup());

/** A data problem: every minute of it is billed at the hourly rate, so a lost minute shows in money. */
function dataProblem(h: InProcessHelpdesk): Promise<string> {
  return openTicket(
    h,
    ['--customer', 'acme', '--category', 'data-problem', '--priority', 'normal', '--received-at', '2026-10-01 09:00'],
    at('2026-10-01'),
  );
}

describe('time that reaches an invoiced period is billed once, as a late charge', () => {
  it('three logs into October while the October run holds the lock: all billed, none twice (real processes)', async () => {
    hd = invoiceHelpdesk();
    const t = await dataProblem(hd);
    await hd.ok(['log', t, '1h', '--on', '2026-10-05'], { env: at('2026-10-05') });
    const env = { ...at('2026-11-01'), DESK_USER: 'mk', DESK_LOCK_TIMEOUT_MS: '120000' };
    const results = await Promise.all([
      runAsync(hd.root, ['invoice', 'run', '--date', '2026-11-01'], { ...env, DESK_USER: 'ak' }),
      ...[1, 2, 3].map(() => runAsync(hd.root, ['log', t, '45m', '--on', '2026-10-20'], env)),
    ]);
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    // whatever the order, the next run bills what the first one could not have seen
    await hd.ok(['invoice', 'run', '--date', '2026-11-02'], { env: billing('2026-11-02') });
    const docs = await documents(hd);
    const october = billedByPeriod(docs).get('acme 2026-10')!;
    const usage = (await usageOf(hd, 'acme', '2026-10')).get('2026-10');
    expect(usage).toBe(39000); // 1:00 + 3 × 0:45 at 120.00/h
    expect(october.usage).toBe(usage);
    expect(entriesBilledTwice(docs)).toEqual([]);
    expect(await hd.ok(['invoice', 'run', '--date', '2026-11-02'], { env: billing('2026-11-02') })).toContain(
      'Nothing due',
    );
  });
});
