import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTicket, snapshot, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { at, billing, invoiceHelpdesk } from './helpers.js';

let hd: InProcessHelpdesk;
let state: string;
afterEach(() => {
  hd?.cleanup();
  if (state) rmSync(state, { recursive: true, force: true });
});

/** Runs desk as Miriam at an instant, with her work sessions kept in a state folder of the test. */
const as = async (now: string, args: string[]) => {
  const r = await hd.desk(args, { env: { DESK_NOW: now, XDG_STATE_HOME: state } });
  if (r.code !== 0) throw new Error(`desk ${args.join(' ')} failed (${r.code}): ${r.stderr}`);
  return r.stdout;
};

describe('time marked for review is not invoiced until a person has looked at it', () => {
  it('a forgotten work session (15:10 to the next morning) holds the customer back until confirmed or replaced', async () => {
    hd = invoiceHelpdesk();
    state = mkdtempSync(join(tmpdir(), 'desk-state-'));
    const open = () =>
      openTicket(
        hd,
        [
          '--customer',
          'acme',
          '--category',
          'data-problem',
          '--priority',
          'normal',
          '--received-at',
          '2026-10-14 09:00',
        ],
        at('2026-10-14'),
      );
    const t1 = await open();
    const t2 = await open();
    await as('2026-10-14T15:10:00+02:00', ['start', t1]);
    expect(await as('2026-10-15T08:00:00+02:00', ['stop'])).toContain('marked for review');
    await as('2026-10-16T14:00:00+02:00', ['start', t2]);
    await as('2026-10-17T07:30:00+02:00', ['stop']);
    const entryOf = async (t: string) =>
      JSON.parse(await hd.ok(['show', t, '--json'])).state.timeEntries[0] as { id: string; minutes: number };
    const first = await entryOf(t1);
    const second = await entryOf(t2);
    expect(first!.minutes).toBe(8 * 60 + 50);

    const before = snapshot(hd);
    const dry = await hd.ok(['invoice', 'run', '--date', '2026-11-01', '--dry-run'], { env: billing('2026-11-01') });
    expect(dry).toContain('Not invoiced: acme, until these entries are reviewed:');
    expect(dry).toContain(`${first!.id} 8:50 h on 2026-10-14: session started 2026-10-14`);
    const run = await hd.desk(['invoice', 'run', '--date', '2026-11-01'], { env: billing('2026-11-01') });
    expect([run.code, run.stdout]).toEqual([0, expect.stringContaining('Nothing issued on 2026-11-01')]);
    expect(run.stdout).toContain(`desk log ${t1.slice(0, 5)}`);
    expect(snapshot(hd)).toBe(before);
    expect(await hd.ok(['show', t1])).toContain('is marked for review');

    await hd.ok(['log', t1, '--confirm', first!.id, '-m', 'Kunde bestätigt: Nachtarbeit'], { env: at('2026-11-01') });
    expect(
      await hd.ok(['invoice', 'run', '--date', '2026-11-01', '--dry-run'], { env: billing('2026-11-01') }),
    ).toContain(`until this entry is reviewed:\n  ${t2.slice(0, 5)}`);
    await hd.ok(['log', t2, '2h', '--replace', second!.id], { env: at('2026-11-01') }); // the real time, no review needed
    const issued = JSON.parse(
      await hd.ok(['invoice', 'run', '--date', '2026-11-01', '--json'], { env: billing('2026-11-01') }),
    );
    const october = issued.invoices[0].lines.find(
      (l: { kind: string; period: { label: string } }) => l.kind === 'outside-contract' && l.period.label === '2026-10',
    );
    expect(october.minutes).toBe(9 * 60 + 2 * 60); // 8:50 rounded to 9:00, and the 2:00 that replaced the second
    expect(issued.held).toEqual([]);
  });
});

describe('time must fall on a day the work can have been done', () => {
  it('refuses time before the ticket was received and in the future, with the reason, changing nothing', async () => {
    hd = invoiceHelpdesk();
    const t = await openTicket(
      hd,
      ['--customer', 'acme', '--category', 'question', '--priority', 'normal', '--received-at', '2026-12-01 10:00'],
      at('2026-12-03'),
    );
    const before = snapshot(hd);
    for (const [on, message] of [
      ['2026-09-15', `--on: 2026-09-15 is before ${t} was received (2026-12-01)`],
      ['0001-01-01', '--on: "0001-01-01" is outside the years desk takes (1970 to 9999)'],
      ['2026-12-04', '--on: 2026-12-04 is in the future (today is 2026-12-03)'],
    ]) {
      const r = await hd.desk(['log', t, '1h', '--on', on!], { env: at('2026-12-03') });
      expect([r.code, r.stderr]).toEqual([2, expect.stringContaining(message!)]);
    }
    expect(snapshot(hd)).toBe(before);
    await hd.ok(['log', t, '1h', '--on', '2026-12-01'], { env: at('2026-12-03') });
  });
});
