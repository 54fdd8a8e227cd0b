import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { helpdesk, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { flatTicketFile } from '../../src/core/ticket/paths.js';
import { uncatalogued, visible } from './marks.js';

/**
 * The problems `desk check` finds beyond a file's schema — git's lock file a killed command left,
 * a ticket in the flat folder of an older desk, a payment naming no issued invoice or credit
 * note — in the reader's language; `--json` keeps the English.
 */
const ID = 'T-4K7M2QX9ABCD';
const PAYMENT = 'id: P-0000000000\ndate: 2026-11-10\namount: "10.00"\ninvoice: RE-2026-0042\n';
const REFUND = 'id: P-0000000001\ndate: 2026-11-10\namount: "-10.00"\ncreditNote: GS-2026-0007\n';

const WORDS = {
  de: [
    '.git/index.lock: (file): Sperrdatei von git, übrig von einem abgebrochenen git-Befehl',
    `tickets/${ID}.yaml: (file): liegt im flachen Ordner eines älteren desk`,
    'payments/2026/P-0000000000.yaml: invoice: RE-2026-0042 ist keine ausgestellte Rechnung',
    'payments/2026/P-0000000001.yaml: creditNote: GS-2026-0007 ist keine ausgestellte Gutschrift',
  ],
  en: [
    ".git/index.lock: (file): git's lock file, left by a git command that was killed",
    `tickets/${ID}.yaml: (file): lies in the flat folder of an older desk`,
    'payments/2026/P-0000000000.yaml: invoice: RE-2026-0042 is no issued invoice',
    'payments/2026/P-0000000001.yaml: creditNote: GS-2026-0007 is no issued credit note',
  ],
} as const;

// the words of the data: paths, ids, numbers and the commands to run
const DATA = `git index lock rm file tickets ${ID} yaml payments invoice creditNote RE GS P desk upgrade`;

let hd: InProcessHelpdesk;
afterEach(() => hd?.cleanup());

describe.each(['de', 'en'] as const)('desk check’s own problems, in %s', (lang) => {
  it('says them in the reader’s language; --json keeps the English', async () => {
    hd = helpdesk({
      [flatTicketFile(ID)]: 'x: 1\n',
      'payments/2026/P-0000000000.yaml': PAYMENT,
      'payments/2026/P-0000000001.yaml': REFUND,
    });
    const lock = join(hd.root, '.git', 'index.lock');
    writeFileSync(lock, '');
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(lock, hourAgo, hourAgo);
    const env = { DESK_LANG: lang, DESK_I18N_MARK: '1' };
    const r = await hd.desk(['check'], { env });
    expect(r.code).toBe(2);
    const out = visible(r.stdout);
    for (const line of WORDS[lang]) expect(out).toContain(line);
    expect(out).toContain(`rm '${lock}'`);
    expect(uncatalogued(r.stdout, `${DATA} ${hd.root}`)).toEqual([]);
    const json = (await hd.desk(['check', '--json'], { env })).stdout;
    for (const line of WORDS.en) expect(json).toContain(line.split(': ').slice(2).join(': '));
  });
});
