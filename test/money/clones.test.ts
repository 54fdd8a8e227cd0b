import { afterEach, describe, expect, it } from 'vitest';
import { acmeFile, at, billing, DESK_YAML } from '../invoice/helpers.js';
import { tempTeam, type Clone, type Team } from '../sync/team.js';
import { billedByPeriod, documents, entriesBilledTwice, usageOf } from './helpers.js';

let team: Team;
afterEach(() => team?.cleanup());

function invoicingTeam(): Team {
  return tempTeam(['anna', 'ben'], { 'desk.yaml': DESK_YAML, 'contracts/acme.yaml': acmeFile() });
}

/** A data problem of ACME received on 1 October: every minute on it is billed at the hourly rate. */
async function dataProblem(c: Clone): Promise<string> {
  const out = await c.ok(
    [
      'open',
      '--title',
      'Lohnexport bricht ab',
      '--customer',
      'acme',
      '--channel',
      'phone',
      '--category',
      'data-problem',
      '--priority',
      'normal',
      '--received-at',
      '2026-10-01 09:00',
      '--json',
    ],
    at('2026-10-01'),
  );
  return (JSON.parse(out) as { id: string }).id;
}

describe('exactly once across clones', () => {
  it('time clone B logs into a month clone A invoiced meanwhile is billed by the next run, as a late charge', async () => {
    team = invoicingTeam();
    const [anna, ben] = team.clones as [Clone, Clone];
    const t = await dataProblem(anna);
    await anna.ok(['log', t, '2h', '--on', '2026-10-06'], at('2026-10-06'));
    await anna.ok(['sync']);
    await ben.ok(['sync']);
    await anna.ok(['invoice', 'run', '--date', '2026-11-01'], billing('2026-11-01'));
    await ben.ok(['log', t, '1h30m', '--on', '2026-10-28', '-m', 'Nacharbeit beim Kunden'], at('2026-11-02')); // not synced yet
    await anna.ok(['sync']);
    await ben.ok(['sync']);
    await anna.ok(['sync']);
    const run = await anna.ok(['invoice', 'run', '--date', '2026-11-03'], billing('2026-11-03'));
    expect(run).toContain(
      'Nachberechnung zu Rechnung RE-2026-0001: Nicht im Servicevertrag enthaltene Leistungen Oktober 2026',
    );
    const docs = await documents(anna);
    const usage = (await usageOf(anna, 'acme', '2026-10')).get('2026-10');
    expect(usage).toBe(42000); // 3:30 h at 120.00
    expect(billedByPeriod(docs).get('acme 2026-10')!.usage).toBe(usage);
    expect(entriesBilledTwice(docs)).toEqual([]);
  });

  it('both clones replace the same 1 h entry by 2 h: 2:00 h billed, not 4:00, flagged until confirmed', async () => {
    team = invoicingTeam();
    const [anna, ben] = team.clones as [Clone, Clone];
    const t = await dataProblem(anna);
    const entry = JSON.parse(await anna.ok(['log', t, '1h', '--on', '2026-10-06', '--json'], at('2026-10-06')))
      .entry as string;
    await anna.ok(['sync']);
    await ben.ok(['sync']);
    await anna.ok(['log', t, '2h', '--replace', entry], at('2026-10-07'));
    await ben.ok(['log', t, '2h', '--replace', entry], { ...at('2026-10-07'), DESK_NOW: '2026-10-07T12:05:00+02:00' });
    await anna.ok(['sync']);
    await ben.ok(['sync']);
    await anna.ok(['sync']);

    const state = JSON.parse(await anna.ok(['show', t, '--json'])).state;
    expect(state.timeEntries.map((e: { minutes: number }) => e.minutes)).toEqual([120]);
    expect((await usageOf(anna, 'acme', '2026-10')).get('2026-10')).toBe(24000); // 2:00 h at 120.00, not 4:00
    const check = await anna.desk(['check']);
    expect(check.code).toBe(2);
    expect(check.stdout).toContain(`time entry ${entry} was corrected apart in two places`);
    expect(await anna.ok(['show', t])).toContain('corrected apart in two places');
    const preview = await anna.ok(['invoice', 'run', '--date', '2026-11-01', '--dry-run'], billing('2026-11-01'));
    expect(preview).toContain('To check: time corrected in two places');
    expect(preview).toContain(`time entry ${entry} was corrected apart`);

    await anna.ok(['log', t, '--confirm', entry, '-m', 'mit Jonas abgestimmt: 2 h'], at('2026-11-01'));
    expect(await anna.ok(['check'])).toContain('All files are valid');
    expect(await anna.ok(['invoice', 'run', '--date', '2026-11-01', '--dry-run'], billing('2026-11-01'))).not.toContain(
      'To check',
    );
  });
});
