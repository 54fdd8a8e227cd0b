import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { helpdesk, openTicket, type InProcessHelpdesk } from '../helpers/helpdesk.js';

/**
 * `--json` is a contract (docs/json.md): the output has the fields the document lists, no more
 * and no fewer, and what a ticket does not have is null, not left out.
 */
const DOC = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'json.md'), 'utf8');

/** The field names in the first column of the table that follows `marker` in docs/json.md. */
function documentedFields(marker: string): string[] {
  const after = DOC.slice(DOC.indexOf(marker));
  const table = after.slice(after.indexOf('\n|'), after.indexOf('\n\n', after.indexOf('\n|')));
  return table
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .flatMap((l) => [...l.split('|')[1]!.matchAll(/`(\w+)`/g)].map((m) => m[1]!));
}

let hd: InProcessHelpdesk;
beforeEach(() => (hd = helpdesk()));
afterEach(() => hd.cleanup());

describe('desk show --json', () => {
  it('has exactly the documented state fields, absent ones as null', async () => {
    const fields = documentedFields('`state` has exactly these fields');
    expect(fields.length).toBeGreaterThan(25);
    const id = await openTicket(hd);
    const fresh = JSON.parse(await hd.ok(['show', id, '--json'])) as { state: Record<string, unknown> };
    expect(Object.keys(fresh.state).sort()).toEqual([...fields].sort());
    expect(fresh.state.handoff).toBeNull();
    expect(fresh.state.feedback).toBeNull();
    expect(fresh.state.category).toBeNull();

    await hd.ok(['qualify', id, '--category', 'question', '--product', 'lohn', '--priority', 'normal']);
    await hd.ok(['log', id, '20m']);
    await hd.ok(['handoff', id, '--to', 'sales', '--reason', 'Neues Modul gewünscht']);
    const handed = JSON.parse(await hd.ok(['show', id, '--json'])) as {
      state: { handoff: unknown; timeEntries: Record<string, unknown>[] } & Record<string, unknown>;
    };
    expect(Object.keys(handed.state).sort()).toEqual([...fields].sort());
    expect(handed.state.handoff).toEqual({ target: 'sales', to: 'sh', reason: 'Neues Modul gewünscht' });
    expect(Object.keys(handed.state.timeEntries[0]!).sort()).toEqual(
      ['id', 'on', 'minutes', 'activity', 'staff', 'level', 'note', 'nonBillable', 'review', 'loggedAt'].sort(),
    );
    expect(handed.state.timeEntries[0]!.nonBillable).toBeNull();
  });
});
