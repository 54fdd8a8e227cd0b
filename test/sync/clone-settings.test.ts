import { afterEach, describe, expect, it } from 'vitest';
import { openTicket, helpdesk, type InProcessHelpdesk } from '../helpers/helpdesk.js';

let hd: InProcessHelpdesk | undefined;
afterEach(() => {
  hd?.cleanup();
  hd = undefined;
});

const localValue = (key: string) => hd!.git('config', '--local', '--default', '', key).trim();

describe('git settings for quick commits', { timeout: 120_000 }, () => {
  it('are set in .git/config by the first change in a clone, and a value the user chose is kept', async () => {
    hd = helpdesk();
    await hd.ok(['list']);
    expect(localValue('core.looseCompression')).toBe(''); // reading changes no settings

    const id = await openTicket(hd);
    expect(localValue('core.looseCompression')).toBe('1');
    expect(hd.git('status', '--porcelain')).toBe('');

    hd.git('config', '--local', 'core.looseCompression', '9');
    await hd.ok(['comment', id, '-m', 'noch eine Notiz']);
    expect(localValue('core.looseCompression')).toBe('9');
    expect(hd.git('log', '--format=%s', '-1')).toContain('comment');
  });
});
