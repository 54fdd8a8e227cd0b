import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTicket, snapshot, tempHelpdesk, type TempHelpdesk } from '../helpers/helpdesk.js';

const CONFIG = `company:
  name: Nordlicht Software GmbH
  logo: kb/images/logo.svg
helpCenter:
  url: https://hilfe.nordlicht.example/
staff:
  - { id: mk, name: Miriam Krause, email: miriam.krause@example.de, roles: [first-level] }
products:
  - { id: lohn, name: Lohn & Gehalt, modules: [export, meldewesen] }
`;

const customer = `---
title: Lohnexport bricht mit Fehlermeldung ab
lang: de
audience: customer
products: [lohn/export]
related: ["T-4K7M2QXZ9ABC"]
author: mk
---
## Lösung
Exportvorlage öffnen und den Zeitraum prüfen.

![Die Exportvorlage](images/vorlage.svg)

::: internal
Kundennotiz Quittenbaum: Sonderexport nur per Fernwartung freischalten.
:::

Danach den Export neu starten.
`;
const internal = `---
title: Lizenzschlüssel Rotkehlchen zurücksetzen
lang: de
audience: internal
products: [lohn]
---
Den Generalschlüssel Rotkehlchen nie an Kunden geben.
`;
const english = `---
title: Payroll export stops with an error
lang: en
audience: customer
products: [lohn/export]
---
Open the export template and check the period.
`;
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';

let hd: TempHelpdesk;
beforeEach(() => {
  hd = tempHelpdesk({
    'desk.yaml': CONFIG,
    'kb/lohnexport-abbruch.md': customer,
    'kb/lizenz-reset.md': internal,
    'kb/payroll-export.md': english,
    'kb/images/logo.svg': SVG,
    'kb/images/vorlage.svg': SVG,
  });
});
afterEach(() => hd.cleanup());

/** Every file of a folder, as text. */
function filesOf(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    if (statSync(path).isFile()) out.set(name, readFileSync(path, 'utf8'));
  }
  return out;
}

describe('desk kb publish', () => {
  it('publishes the customer articles of both languages with search files, logo and images', () => {
    const out = join(hd.root, 'site');
    expect(hd.ok(['kb', 'publish', '--out', out])).toContain('1 article (de), 1 article (en)');
    const files = filesOf(out);
    for (const f of [
      'index.html',
      'de/index.html',
      'en/index.html',
      'de/lohnexport-abbruch.html',
      'en/payroll-export.html',
      'de/search-index.json',
      'assets/search.js',
      'assets/style.css',
      'assets/logo.svg',
      'assets/kb/images/vorlage.svg',
      'sitemap.xml',
    ])
      expect(files.has(f), f).toBe(true);
    const page = files.get('de/lohnexport-abbruch.html')!;
    expect(page).toContain('<h1>Lohnexport bricht mit Fehlermeldung ab</h1>');
    expect(page).toContain('src="../assets/kb/images/vorlage.svg"');
    expect(page).toContain('Danach den Export neu starten.');
    expect(page).toContain('<link rel="canonical" href="https://hilfe.nordlicht.example/de/lohnexport-abbruch.html">');
    expect(files.get('de/index.html')).toContain('Lohn &amp; Gehalt');
  });

  it('never lets an internal article or an internal section into any file of the site', () => {
    const out = join(hd.root, 'site');
    hd.ok(['kb', 'publish', '--out', out]);
    for (const [name, text] of filesOf(out)) {
      for (const secret of [
        'Rotkehlchen',
        'lizenz-reset',
        'Generalschl',
        'Quittenbaum',
        'Fernwartung',
        'T-4K7M2QXZ9ABC',
        'Miriam',
      ])
        expect(text.includes(secret), `${secret} in ${name}`).toBe(false);
    }
  });

  it('builds one language with --lang, and writes nothing to the repository', () => {
    const before = snapshot(hd);
    const out = join(hd.root, '..', `${hd.root.split('/').pop()}-site`);
    hd.ok(['kb', 'publish', '--out', out, '--lang', 'en']);
    expect(existsSync(join(out, 'de'))).toBe(false);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('url=en/index.html');
    expect(snapshot(hd)).toBe(before);
  });

  it('replaces a help center it wrote before, and refuses any other folder', () => {
    const out = join(hd.root, 'site');
    hd.ok(['kb', 'publish', '--out', out]);
    hd.write('kb/payroll-export.md', english.replace('audience: customer', 'audience: internal'));
    hd.ok(['kb', 'publish', '--out', out]);
    expect(existsSync(join(out, 'en', 'payroll-export.html'))).toBe(false);
    const foreign = join(hd.root, 'docs');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'keep.txt'), 'mine');
    const r = hd.desk(['kb', 'publish', '--out', foreign]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a help center desk wrote');
    expect(readdirSync(foreign)).toEqual(['keep.txt']);
  });

  it('says clearly what is wrong with bad input, and writes nothing', () => {
    const out = join(hd.root, 'site');
    expect(hd.desk(['kb', 'publish']).stderr).toContain('--out');
    expect(hd.desk(['kb', 'publish', '--out', out, '--base-url', 'hilfe']).stderr).toContain('--base-url');
    expect(hd.desk(['kb', 'publish', '--out', out, '--lang', 'fr']).code).toBe(2);
    hd.write('kb/lohnexport-abbruch.md', customer.replace('images/vorlage.svg', 'https://tracker.example/pixel.png'));
    const remote = hd.desk(['kb', 'publish', '--out', out]);
    expect(remote.code).toBe(2);
    expect(remote.stderr).toContain('kb/lohnexport-abbruch.md: image https://tracker.example/pixel.png');
    hd.write('kb/lohnexport-abbruch.md', customer.replace('images/vorlage.svg', 'images/fehlt.png'));
    const missing = hd.desk(['kb', 'publish', '--out', out]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('kb/images/fehlt.png: no such file');
    expect(existsSync(out)).toBe(false);
  });
});

describe('desk reply --kb', () => {
  it('adds the article’s help-center link to the reply', () => {
    const id = openTicket(hd);
    const sent = JSON.parse(
      hd.ok(['reply', id, '-m', 'Guten Tag, bitte folgen Sie der Anleitung.', '--kb', 'lohnexport-abbruch', '--json']),
    ) as { event: { text: string } };
    expect(sent.event.text).toBe(
      'Guten Tag, bitte folgen Sie der Anleitung.\n\nLohnexport bricht mit Fehlermeldung ab: https://hilfe.nordlicht.example/de/lohnexport-abbruch.html',
    );
    const linkOnly = JSON.parse(hd.ok(['reply', id, '--kb', 'payroll-export', '--json'])) as {
      event: { text: string };
    };
    expect(linkOnly.event.text).toBe(
      'Payroll export stops with an error: https://hilfe.nordlicht.example/en/payroll-export.html',
    );
  });

  it('refuses an internal article, an unknown one, and a help center without an address', () => {
    const id = openTicket(hd);
    const before = snapshot(hd);
    const inner = hd.desk(['reply', id, '-m', 'Hallo', '--kb', 'lizenz-reset']);
    expect(inner.code).toBe(1);
    expect(inner.stderr).toContain('not for customers');
    expect(hd.desk(['reply', id, '-m', 'Hallo', '--kb', 'gibt-es-nicht']).stderr).toContain('no article gibt-es-nicht');
    hd.write('desk.yaml', CONFIG.replace(/helpCenter:\n {2}url: .*\n/, ''));
    hd.git('commit', '-qam', 'no help center');
    const noUrl = hd.desk(['reply', id, '-m', 'Hallo', '--kb', 'lohnexport-abbruch']);
    expect(noUrl.code).toBe(2);
    expect(noUrl.stderr).toContain('helpCenter');
    expect(snapshot(hd).split('\n').slice(1)).toEqual(before.split('\n').slice(1));
  });
});
