import { afterEach, describe, expect, it } from 'vitest';
import { openTicket, helpdesk, type InProcessHelpdesk } from '../helpers/helpdesk.js';

let hd: InProcessHelpdesk | undefined;
afterEach(() => {
  hd?.cleanup();
  hd = undefined;
});

const localKeys = () =>
  hd!
    .git('config', '--local', '--name-only', '--list')
    .split('\n')
    .filter(Boolean)
    .map((k) => k.toLowerCase());

describe("a clone's git settings", { timeout: 120_000 }, () => {
  it('gain only the merge driver from desk: reading and changing leave every other setting as the clone had it', async () => {
    hd = helpdesk();
    hd.git('config', '--local', 'core.compression', '9'); // the user's own choice
    const before = localKeys();
    const addedByDesk = () => localKeys().filter((k) => !before.includes(k));

    await hd.ok(['list']);
    await openTicket(hd);
    expect(addedByDesk().length).toBeGreaterThan(0);
    expect(addedByDesk().filter((k) => !k.startsWith('merge.desk-ticket.'))).toEqual([]);
    expect(hd.git('config', '--local', 'core.compression').trim()).toBe('9');
    expect(hd.git('status', '--porcelain')).toBe('');
  });
});
