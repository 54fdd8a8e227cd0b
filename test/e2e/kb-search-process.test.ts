import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/in-process.js';
import { cleanEnv, tempHelpdesk, type TempHelpdesk } from '../helpers/helpdesk.js';

/**
 * `desk kb search` as a process starts on the lean path (src/cli/lean/), without the command
 * table; in-process it runs through the table. Whatever the command line, a person sees the same.
 */
const article = (title: string, lang: string, body: string) =>
  `---\ntitle: ${title}\nlang: ${lang}\naudience: internal\nproducts: [lohn]\n---\n${body}\n`;

let hd: TempHelpdesk;
let elsewhere: string;
beforeAll(() => {
  hd = tempHelpdesk({
    'kb/drucker-offline.md': article(
      'Drucker ist offline',
      'de',
      'Der Drucker druckt nicht, die Warteschlange bleibt stehen.',
    ),
    'kb/lohnexport-abbruch.md': article(
      'Lohnexport bricht ab',
      'de',
      'Der Export der Lohndaten bricht mit einem Fehler ab.',
    ),
    'kb/vpn-login.md': article(
      'VPN login fails after password change',
      'en',
      'Reconnect the VPN client after changing the password.',
    ),
  });
  hd.ok(['kb', 'search', 'warm']); // builds the index
  elsewhere = mkdtempSync(join(tmpdir(), 'desk-not-a-helpdesk-'));
});
afterAll(() => {
  hd.cleanup();
  rmSync(elsewhere, { recursive: true, force: true });
});

describe('desk kb search, started as a process, answers as the command table does', () => {
  it.each([
    [['kb', 'search', 'Drucker']],
    [['kb', 'search', 'Lohnexport', 'bricht', 'ab', '--json']],
    [['--no-pager', 'kb', 'search', 'password', '--lang', 'en', '--limit', '1']],
    [['kb', 'search', 'Drucker', '--product', 'erp']],
    [['kb', 'search', 'und', 'der']],
    [['kb', 'search', 'Drucker', '--limit', '0']],
    [['kb', 'search', 'Drucker', '--lang', 'fr']],
    [['kb', 'search', '--help']],
    [['kb', 'search']],
  ])('%j', async (args) => {
    const process = hd.desk(args);
    const inProcess = await runInProcess(args, { cwd: hd.root, env: cleanEnv({ DESK_USER: 'mk' }) });
    expect(process).toEqual(inProcess);
  });

  it('says where no helpdesk is, as every command does', async () => {
    const args = ['kb', 'search', 'Drucker'];
    const process = hd.desk(args, { cwd: elsewhere });
    expect(process.code).toBe(2);
    expect(process).toEqual(await runInProcess(args, { cwd: elsewhere, env: cleanEnv({ DESK_USER: 'mk' }) }));
  });

  it('finds an article edited by hand a moment ago', () => {
    hd.write(
      'kb/vpn-login.md',
      article('VPN login fails after password change', 'en', 'Reconnect the tunnel; the Zertifikat expired.'),
    );
    expect(hd.ok(['kb', 'search', 'Zertifikat'])).toMatch(/^1\. VPN login fails/);
  });
});
