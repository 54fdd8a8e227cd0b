import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { helpdesk, openTicket, type InProcessHelpdesk } from '../helpers/helpdesk.js';

let hd: InProcessHelpdesk;
afterEach(() => hd?.cleanup());

const NOW = { DESK_NOW: '2026-10-20T12:00:00+02:00' };
const GERMAN = { ...NOW, DESK_LANG: 'de' };
const as = (user: string, args: string[], env: Record<string, string> = NOW) =>
  hd.ok(args, { env: { ...env, DESK_USER: user } });
const open = (category: string) =>
  openTicket(
    hd,
    ['--customer', 'acme', '--category', category, '--priority', 'normal', '--received-at', '2026-10-01 09:00'],
    NOW,
  );

describe('money warnings in the reader’s language', () => {
  it('change work past the approved estimate: German in log and show, English --json as before', async () => {
    hd = helpdesk();
    const t = await open('change-request');
    await as('mk', ['escalate', t, '-r', 'Änderung am Export']);
    await as('jb', ['estimate', t, '6h']);
    await as('tb', ['approve', t]);
    const out = await as('jb', ['log', t, '7h', '--activity', 'change', '--on', '2026-10-05'], GERMAN);
    expect(out).toContain('7:00 h Änderungsarbeit gebucht, 1:00 h über der von tb freigegebenen Schätzung von 6:00 h');
    expect(out).not.toContain('beyond');
    expect(await as('mk', ['show', t], GERMAN)).toContain('mit der Projektleitung des Kunden abstimmen');
    const json = JSON.parse(await as('mk', ['show', t, '--json'], GERMAN));
    expect(json.warnings).toEqual([
      {
        kind: 'beyond-estimate',
        message: `${json.id}: 7:00 h of change work logged, 1:00 h beyond the estimate of 6:00 h approved by tb; agree the rest with the customer's project lead`,
      },
    ]);
  });

  it('analysis past the cap names the hourly rate as German money', async () => {
    hd = helpdesk();
    const t = await open('malfunction');
    await as('mk', ['escalate', t, '-r', 'Datenbankanalyse']);
    const out = await as('jb', ['log', t, '5h', '--activity', 'analysis', '--on', '2026-10-05'], GERMAN);
    expect(out).toContain('Warnung');
    expect(out).toContain('liegt 1:00 h über den 4:00 h, die der Servicevertrag je Ticket enthält');
    expect(out).toMatch(/zu 120,00\s€\/h abgerechnet/);
  });

  it('an estimate over 8 h says in German that only a hand-off is possible', async () => {
    hd = helpdesk();
    const t = await open('change-request');
    await as('mk', ['escalate', t, '-r', 'großer Umbau']);
    const out = await as('jb', ['estimate', t, '12h'], GERMAN);
    expect(out).toContain('liegt über 8 h, also ist es Projektarbeit');
    expect(out).not.toContain('project work');
  });
});

describe('cache notices in the reader’s language', () => {
  it('says in German, and in English as before, that the damaged index is built again', async () => {
    hd = helpdesk();
    await open('question');
    const damage = () => writeFileSync(join(hd.root, '.desk', 'tickets.db'), 'kein SQLite, nur Text '.repeat(400));
    await hd.ok(['list'], { env: NOW });
    damage();
    const german = await hd.desk(['list'], { env: GERMAN });
    expect(german.code).toBe(0);
    expect(german.stderr).toMatch(
      /^desk: der Ticket-Index in \.desk\/ war beschädigt: er wird aus den Dateien neu aufgebaut$/m,
    );
    damage();
    const english = await hd.desk(['list'], { env: NOW });
    expect(english.stderr).toMatch(
      /^desk: the ticket index in \.desk\/ was damaged: building it again from the files$/m,
    );
  });
});
