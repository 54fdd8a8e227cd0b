import { describe, expect, it } from 'vitest';
import { chooseLanguage } from '../../src/i18n/language.js';
import { formatAmount, formatDay, formatHours, formatMoment } from '../../src/i18n/format.js';
import { helpdesk } from '../helpers/helpdesk.js';

describe('the language desk speaks', () => {
  it('is DESK_LANG, then the person, then LC_ALL/LC_MESSAGES/LANG, then the helpdesk, else English', () => {
    expect(chooseLanguage({ env: { DESK_LANG: 'en', LANG: 'de_DE.UTF-8' }, person: 'de', helpdesk: 'de' })).toBe('en');
    expect(chooseLanguage({ env: { LANG: 'en_GB.UTF-8' }, person: 'de', helpdesk: 'en' })).toBe('de');
    expect(chooseLanguage({ env: { LC_ALL: 'de_DE.UTF-8', LANG: 'en_US.UTF-8' }, helpdesk: 'en' })).toBe('de');
    expect(chooseLanguage({ env: { LC_MESSAGES: 'en_US.UTF-8', LANG: 'de_DE.UTF-8' } })).toBe('en');
    // C, POSIX or a language desk does not speak say nothing about the person
    expect(chooseLanguage({ env: { LANG: 'C.UTF-8' }, helpdesk: 'de' })).toBe('de');
    expect(chooseLanguage({ env: { LANG: 'fr_FR.UTF-8' }, helpdesk: 'de' })).toBe('de');
    expect(chooseLanguage({ env: {} })).toBe('en');
  });

  it('formats money, days and hours the German way through Intl, exactly', () => {
    expect(formatAmount(123450, 'de')).toBe('1.234,50\u00a0€'); // Intl keeps amount and sign together
    expect(formatAmount(123450, 'en')).toBe('€1,234.50');
    expect(formatAmount(900719925474099, 'de')).toBe('9.007.199.254.740,99\u00a0€');
    expect(formatDay('2026-12-06', 'de')).toBe('06.12.2026');
    expect(formatDay('2026-12-06', 'en')).toBe('2026-12-06');
    expect(formatHours(90, 'de')).toBe('1:30 h');
    expect(formatMoment(new Date('2026-03-29T01:30:00Z'), 'Europe/Berlin', 'de')).toBe('29.03.2026, 03:30');
  });
});

describe('the language on the command line', () => {
  const yaml = (extra: string) =>
    `company:\n  name: Nordlicht Software GmbH\n${extra}staff:\n  - { id: mk, name: Miriam Krause, email: miriam.krause@example.de, roles: [first-level], language: de }\n  - { id: lw, name: Lars Wegner, email: lars.wegner@example.de, roles: [first-level] }\n`;

  it('follows DESK_LANG, the staff setting, the locale and the helpdesk default, in that order', async () => {
    const hd = helpdesk({ 'desk.yaml': yaml('language: de\n') });
    const missing = ['show', 'T-ZZZZZ'];
    const says = async (env: Record<string, string>) => (await hd.desk(missing, { env })).stderr;
    expect(await says({ DESK_USER: 'lw' })).toMatch(/^desk: .*\nTipp: /); // the helpdesk's default
    expect(await says({ DESK_USER: 'lw', LANG: 'en_GB.UTF-8' })).toMatch(/\nhint: /); // the locale first
    expect(await says({ DESK_USER: 'mk', LANG: 'en_GB.UTF-8' })).toMatch(/\nTipp: /); // then the person
    expect(await says({ DESK_USER: 'mk', DESK_LANG: 'en' })).toMatch(/\nhint: /); // DESK_LANG above all
    hd.cleanup();
  });

  it('speaks commander in German too, and refuses a language it does not speak', async () => {
    const hd = helpdesk();
    const r = await hd.desk(['open', '--bogus'], { env: { DESK_LANG: 'de' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Fehler: unbekannte Option '--bogus'");
    const help = await hd.desk(['--help'], { env: { DESK_LANG: 'de' } });
    expect(help.stdout).toMatch(/^Aufruf: desk/);
    expect(help.stdout).toContain('Befehle:');
    const en = await hd.desk(['open', '--bogus']);
    expect(en.stderr).toContain("error: unknown option '--bogus'");
    const fr = await hd.desk(['list'], { env: { DESK_LANG: 'fr' } });
    expect(fr.code).toBe(2);
    expect(fr.stderr).toContain('DESK_LANG=fr');
    hd.cleanup();
  });
});
