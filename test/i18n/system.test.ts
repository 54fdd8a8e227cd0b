import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { helpdesk, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { tempFolders } from '../helpers/temp-folders.js';
import { uncatalogued, visible } from './marks.js';

/**
 * The commands around the day's work — check, sync, upgrade, setup, init, template, work
 * sessions, hooks — and the store's refusals, in German and in English. Every run marks the
 * catalog's texts (DESK_I18N_MARK): a word printed past the catalog that is not data fails.
 */
const DATA = `acme ACME Maschinenbau GmbH mk Miriam Krause ak Anja Keller manager first level config change contract Anja Keller ak example de miriam krause origin main lohn commit msg post desk
  Drucker druckt nicht de en json yaml zehn bald duration until Lohn Gehalt acknowledgement notification feedback request subject usage statement
  dunning reminder reply closed escalated`;

const WORDS = {
  de: {
    valid: 'Alle Dateien sind gültig.',
    problems: /\d+ Probleme? gefunden/,
    notDuration: 'DURATION: "zehn" ist keine Dauer',
    notUntil: '--until: "bald" ist weder ein Tag noch eine Zahl von Arbeitstagen',
    notTicketId: '"Q!" ist keine Ticketnummer',
    history:
      'Miriam Krause (first-level) fehlt die Berechtigung contract.change: Verträge und ihre Konditionen anlegen und ändern',
    noRemote: 'kein Remote eingerichtet',
    upToDate: 'Abgeglichen mit origin (main): nichts Neues vom Team, nichts von Ihnen zu senden.',
    sent: 'Abgeglichen mit origin (main): nichts Neues vom Team, 1 von Ihnen gesendet.',
    nothingToUpgrade: 'Nichts zu aktualisieren',
    upgraded: 'Von Format 1 auf 2 aktualisiert: 0 Tickets in Ordner nach ihren Nummern verschoben',
    driver: 'Merge-Treiber eingerichtet',
    templates: /VORLAGE\s+SPRACHEN\s+WO/,
    started: 'Arbeitssitzung um',
    status: 'desk stop bucht sie.',
    logged: 'gebucht',
    nothingToDrop: 'für mk läuft keine Arbeitssitzung; nichts zu verwerfen.',
    noSession: 'für mk läuft keine Arbeitssitzung',
    unknownCustomer: 'unbekannter Kunde "nobody"',
    known: 'bekannte Kunden: acme',
    noHelpdesk: 'hier ist kein Helpdesk',
    notAllowed:
      'Miriam Krause (mk, first-level) fehlt die Berechtigung config.change: desk.yaml ändern (Firma, Team, Rollen, diese Tabelle) oder die Ablage aktualisieren',
    whoHasIt: 'wer sie hat: manager — Anja Keller (ak)',
    created: 'Helpdesk in',
    hooks: 'Die Hooks von desk liegen in',
    unhooked: 'Hook von desk entfernt',
    hint: 'Tipp:',
    imported: 'import: 2 Nachrichten — 1 neues Ticket, 1 ergänzt, 0 schon übernommen, 0 ignoriert',
    wrote: ': der Kunde hat geschrieben',
    outbox: 'Der Postausgang ist leer.',
  },
  en: {
    valid: 'All files are valid.',
    problems: /\d+ problems? found/,
    notDuration: 'DURATION: "zehn" is not a duration',
    notUntil: '--until: "bald" is neither a day nor a number of business days',
    notTicketId: '"Q!" is not a ticket id',
    history: 'Miriam Krause (first-level) may not add and change contracts and their terms (contract.change)',
    noRemote: 'no remote configured',
    upToDate: 'Up to date with origin (main): nothing new from the team, nothing of yours to send.',
    sent: 'Synced with origin (main): nothing new from the team, 1 of yours sent.',
    nothingToUpgrade: 'Nothing to upgrade',
    upgraded: 'Upgraded from format 1 to 2: moved 0 tickets into folders by their ids',
    driver: 'Merge driver installed',
    templates: /TEMPLATE\s+LANGUAGES\s+WHERE/,
    started: 'work session started at',
    status: 'desk stop logs it.',
    logged: 'logged',
    nothingToDrop: 'mk has no work session running; nothing to drop.',
    noSession: 'mk has no work session running',
    unknownCustomer: 'unknown customer "nobody"',
    known: 'known customers: acme',
    noHelpdesk: 'no helpdesk here',
    notAllowed:
      'Miriam Krause (mk, first-level) may not change desk.yaml (company, staff, roles, this table) or upgrade the layout: that takes the permission config.change',
    whoHasIt: 'who has it: manager — Anja Keller (ak)',
    created: 'Created a helpdesk in',
    hooks: "desk's hooks are in",
    unhooked: "desk's hook removed",
    hint: 'hint:',
    imported: 'import: 2 messages — 1 new ticket, 1 added, 0 already taken in, 0 ignored',
    wrote: ': the customer wrote',
    outbox: 'The outbox is empty.',
  },
} as const;

let hd: InProcessHelpdesk;
afterEach(() => hd?.cleanup());
const folder = tempFolders('desk-i18n-');

describe.each(['de', 'en'] as const)('system commands in %s', (lang) => {
  const words = WORDS[lang];
  const said: string[] = [];
  const run = async (args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) => {
    const r = await hd.desk(args, { cwd: opts.cwd, env: { DESK_LANG: lang, DESK_I18N_MARK: '1', ...opts.env } });
    said.push(args.includes('--json') ? '' : r.stdout, r.stderr); // JSON is for programs: never translated
    return { ...r, out: visible(r.stdout), err: visible(r.stderr) };
  };
  const nothingUncatalogued = () => {
    const missing = said.splice(0).flatMap((s) => uncatalogued(s, DATA));
    expect(missing).toEqual([]);
  };

  it('checks, syncs, upgrades and sets up in the reader’s language', async () => {
    hd = helpdesk();
    expect((await run(['check'])).out).toContain(words.valid);
    const manager = { env: { DESK_USER: 'ak' } };
    expect((await run(['upgrade'], manager)).out).toContain(words.upgraded);
    expect((await run(['upgrade'], manager)).out).toContain(words.nothingToUpgrade);
    expect((await run(['setup'])).out).toContain(words.driver);
    expect((await run(['template', 'list'])).out).toMatch(words.templates);

    const lonely = await run(['sync']);
    expect(lonely.code).toBe(1);
    expect(lonely.err).toContain(words.noRemote);
    expect(lonely.err).toContain(words.hint);

    const remote = join(folder(), 'team.git');
    execFileSync('git', ['clone', '--quiet', '--bare', hd.root, remote]);
    hd.git('remote', 'add', 'origin', remote);
    expect((await run(['sync'])).out).toContain(words.upToDate);
    await run(['open', '--customer', 'acme', '--title', 'Drucker druckt nicht', '--channel', 'phone', '--json']);
    expect((await run(['sync'])).out).toContain(words.sent);

    hd.write('contracts/acme.yaml', 'id: acme\nname: 12\n');
    hd.git('commit', '-qam', 'broken', '--author', 'Miriam Krause <miriam.krause@example.de>');
    const broken = await run(['check']);
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(words.problems);
    expect(broken.out).toContain(words.history);
    const json = JSON.parse((await run(['check', '--json'])).out) as { history: { rule: string }[] };
    expect(json.history.map((h) => h.rule)).toContain(
      'Miriam Krause (first-level) may not add and change contracts and their terms (contract.change)',
    );
    nothingUncatalogued();
  });

  it('starts, shows and stops a work session, and drops none when none runs', async () => {
    hd = helpdesk();
    const at = (hhmm: string) => ({ env: { DESK_NOW: `2026-11-26T${hhmm}:00+01:00` } });
    const opened = await run(
      ['open', '--customer', 'acme', '--title', 'Drucker druckt nicht', '--channel', 'phone', '--json'],
      at('08:55'),
    );
    expect(opened.code, opened.err).toBe(0);
    const id = (JSON.parse(opened.out) as { short: string }).short;
    const typo = await run(['log', id, 'zehn'], at('08:56'));
    expect(typo.code).toBe(2);
    expect(typo.err).toContain(words.notDuration);
    await run(['qualify', id, '--category', 'question', '--product', 'lohn', '--priority', 'normal'], at('08:56'));
    expect((await run(['wait', id, '--until', 'bald'], at('08:56'))).err).toContain(words.notUntil);
    expect((await run(['show', 'Q!'])).err).toContain(words.notTicketId);
    const started = await run(['start', id], at('09:00'));
    expect(started.code, started.err).toBe(0);
    expect(started.out).toContain(words.started);
    expect((await run(['status'], at('09:30'))).out).toContain(words.status);
    expect((await run(['stop'], at('09:45'))).out).toContain(words.logged);
    expect((await run(['stop', '--discard'])).out).toContain(words.nothingToDrop);
    const none = await run(['stop']);
    expect(none.code).toBe(1);
    expect(none.err).toContain(words.noSession);
    nothingUncatalogued();
  });

  it('refuses in the reader’s language: an unknown customer, the permission table, a folder without a helpdesk', async () => {
    hd = helpdesk();
    const unknown = await run(['open', '--customer', 'nobody', '--title', 'Drucker druckt nicht']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain(words.unknownCustomer);
    expect(unknown.err).toContain(words.known);
    const forbidden = await run(['upgrade']);
    expect(forbidden.code).toBe(1);
    expect(forbidden.err).toContain(words.notAllowed);
    expect(forbidden.err).toContain(words.whoHasIt);
    const nowhere = await run(['list'], { cwd: folder() });
    expect(nowhere.code).toBe(2);
    expect(nowhere.err).toContain(words.noHelpdesk);
    nothingUncatalogued();
  });

  it('creates a helpdesk and installs the commit hooks in a code repository', async () => {
    hd = helpdesk();
    const fresh = join(folder(), 'helpdesk');
    expect((await run(['init', fresh], { env: { GIT_CONFIG_GLOBAL: '/dev/null' } })).out).toContain(words.created);
    const code = folder();
    execFileSync('git', ['init', '--quiet', code]);
    const installed = await run(['hooks', 'install'], { cwd: code, env: { DESK_REPO: hd.root } });
    expect(installed.code, installed.err).toBe(0);
    expect(installed.out).toContain(words.hooks);
    expect((await run(['hooks', 'uninstall'], { cwd: code })).out).toContain(words.unhooked);
    nothingUncatalogued();
  });
});

const mail = (id: string, subject: string, extra = '') => `From: Sabine Vogt <s.vogt@acme.example>
To: support@nordlicht.example
Subject: ${subject}
Message-ID: <${id}@acme.example>
Date: Thu, 26 Nov 2026 09:00:00 +0100
${extra}Content-Type: text/plain; charset=utf-8

Der Drucker druckt nicht.
`;

describe.each(['de', 'en'] as const)('desk mail in %s', (lang) => {
  it('says what an import took in, and an empty outbox, in the reader’s language', async () => {
    hd = helpdesk();
    const dir = folder();
    writeFileSync(join(dir, '1.eml'), mail('eins', 'Drucker druckt nicht'));
    writeFileSync(join(dir, '2.eml'), mail('zwei', 'Re: Drucker druckt nicht', 'In-Reply-To: <eins@acme.example>\n'));
    const env = { DESK_LANG: lang, DESK_I18N_MARK: '1', DESK_NOW: '2026-11-26T10:00:00+01:00' };
    const imported = await hd.desk(['mail', 'import', join(dir, '1.eml'), join(dir, '2.eml')], { env });
    expect(imported.code, imported.stderr).toBe(0);
    expect(visible(imported.stdout)).toContain(WORDS[lang].imported);
    expect(visible(imported.stdout)).toContain(WORDS[lang].wrote);
    const sent = await hd.desk(['mail', 'send'], { env });
    expect(visible(sent.stdout)).toContain(WORDS[lang].outbox);
    expect([imported.stdout, sent.stdout].flatMap((s) => uncatalogued(s, DATA))).toEqual([]);
    const json = JSON.parse((await hd.desk(['mail', 'import', join(dir, '1.eml'), '--json'], { env })).stdout);
    expect(json.sources[0].results[0]).toMatchObject({ action: 'duplicate' });
    expect(JSON.stringify(json)).not.toContain('said');
  });
});
