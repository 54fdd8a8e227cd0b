import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { helpdesk, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { tempFolders } from '../helpers/temp-folders.js';
import { uncatalogued, visible } from './marks.js';

/**
 * Why mail intake put a new ticket in the triage list, and what keeps an article out of the help
 * center, in the reader's language; `--json` keeps the English reason.
 */
const DATA = `Mark Jennings mark jennings northwind traders example Miriam Krause miriam krause de
  Rechnungsexport fehlerhaft Weiterleitung Kundenanfrage kb lohnexport abbruch md tracker pixel png https`;

const WORDS = {
  de: {
    noCustomer: 'mark.jennings@northwind-traders.example gehört zu keinem Kunden',
    staff: 'von einem Mitarbeiter gesendet',
    image:
      'kb/lohnexport-abbruch.md: Bild https://tracker.example/pixel.png ist keine Datei der Wissensdatenbank; das Hilfecenter lädt nichts von anderen Websites',
  },
  en: {
    noCustomer: 'mark.jennings@northwind-traders.example belongs to no customer',
    staff: 'sent by staff',
    image:
      'kb/lohnexport-abbruch.md: image https://tracker.example/pixel.png is not a file of the knowledge base; the help center loads nothing from other sites',
  },
} as const;

const mail = (id: string, from: string, subject: string) => `From: ${from}
To: support@nordlicht.example
Subject: ${subject}
Message-ID: <${id}@mail.example>
Date: Thu, 26 Nov 2026 09:00:00 +0100
Content-Type: text/plain; charset=utf-8

Der Rechnungsexport ist fehlerhaft.
`;

const ARTICLE = `---
title: Lohnexport bricht ab
lang: de
audience: customer
author: mk
---
## Lösung
![Vorlage](https://tracker.example/pixel.png)
`;

let hd: InProcessHelpdesk;
afterEach(() => hd?.cleanup());
const folder = tempFolders('desk-i18n-');

describe.each(['de', 'en'] as const)('intake reasons and help center problems in %s', (lang) => {
  const words = WORDS[lang];
  const env = { DESK_LANG: lang, DESK_I18N_MARK: '1', DESK_NOW: '2026-11-26T10:00:00+01:00' };

  it('says why a sender’s customer is unknown in the reader’s language; --json keeps English', async () => {
    hd = helpdesk();
    const dir = folder();
    writeFileSync(
      join(dir, '1.eml'),
      mail('m1', 'Mark Jennings <mark.jennings@northwind-traders.example>', 'Rechnungsexport fehlerhaft'),
    );
    writeFileSync(
      join(dir, '2.eml'),
      mail('m2', 'Miriam Krause <miriam.krause@example.de>', 'Weiterleitung Kundenanfrage'),
    );
    const json = JSON.parse(
      (await hd.desk(['mail', 'import', join(dir, '1.eml'), '--dry-run', '--json'], { env })).stdout,
    );
    expect(json.sources[0].results[0].triage).toBe(WORDS.en.noCustomer);
    expect(JSON.stringify(json)).not.toContain('said');

    const imported = await hd.desk(['mail', 'import', join(dir, '1.eml'), join(dir, '2.eml')], { env });
    expect(imported.code, imported.stderr).toBe(0);
    expect(visible(imported.stdout)).toContain(words.noCustomer);
    expect(visible(imported.stdout)).toContain(words.staff);
    expect(uncatalogued(imported.stdout, DATA)).toEqual([]);
  });

  it('says what keeps an article out of the help center in the reader’s language', async () => {
    hd = helpdesk({ 'kb/lohnexport-abbruch.md': ARTICLE });
    const r = await hd.desk(['kb', 'publish', '--out', join(folder(), 'site')], { env });
    expect(r.code).toBe(2);
    expect(visible(r.stderr)).toContain(words.image);
    expect(uncatalogued(r.stderr, DATA)).toEqual([]);
  });
});
