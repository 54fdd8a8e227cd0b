import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTicket, snapshot, helpdesk, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { ticketFile } from '../../src/core/ticket/paths.js';

const article = (title: string, body: string, extra = '') =>
  `---\ntitle: ${title}\nlang: de\naudience: internal\nproducts: [lohn]\ntags: [drucken]\n${extra}---\n${body}\n`;

let hd: InProcessHelpdesk;
beforeEach(() => {
  hd = helpdesk({
    'kb/drucker-offline.md': article(
      'Drucker ist offline',
      '## Problem\n\nDer Drucker druckt nicht, die Warteschlange bleibt stehen.\n\n## Lösung\n\nDruckerwarteschlange neu starten.',
    ),
    'kb/export-strasse.md': article(
      'Straße im Export falsch',
      '## Problem\n\nUmlaute und ß werden im Lohnexport verstümmelt.',
    ),
    'kb/vpn-login.md':
      '---\ntitle: VPN login fails after password change\nlang: en\naudience: customer\nproducts: [erp]\n---\nReconnect the VPN client after changing the password.\n',
  });
});
afterEach(() => hd.cleanup());

describe('the knowledge base from the command line', () => {
  it('searches in German and English with highlights, filters and JSON', async () => {
    const hits = JSON.parse(await hd.ok(['kb', 'search', 'Druckern', '--json']));
    expect(hits[0]).toMatchObject({ slug: 'drucker-offline', title: 'Drucker ist offline' });
    expect(hits[0].snippet).toContain('druckt');
    expect(JSON.parse(await hd.ok(['kb', 'search', 'Strasse', '--json']))[0].slug).toBe('export-strasse');
    expect(
      JSON.parse(await hd.ok(['kb', 'search', 'vpn', 'password', '--lang', 'en', '--json'])).map(
        (h: { slug: string }) => h.slug,
      ),
    ).toEqual(['vpn-login']);
    expect(await hd.ok(['kb', 'search', 'Drucker'])).toMatch(/^1\. Drucker ist offline/);
    const empty = await hd.desk(['kb', 'search', 'und', 'der']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('only stop words');
    expect(
      JSON.parse(await hd.ok(['kb', 'list', '--lang', 'en', '--json'])).map((a: { slug: string }) => a.slug),
    ).toEqual(['vpn-login']);
    expect(JSON.parse(await hd.ok(['kb', 'list', '--product', 'lohn', '--json']))).toHaveLength(2);
    expect(await hd.ok(['kb', 'show', 'drucker-offline', '--raw'])).toContain('title: Drucker ist offline');
    expect(await hd.ok(['kb', 'show', 'drucker-offline'])).toContain('Druckerwarteschlange neu starten');
    expect((await hd.desk(['kb', 'show', '../../etc/passwd'])).stderr).toContain('is not an article slug');
  });

  it('suggests articles when a ticket is opened and qualified, and records the link', async () => {
    const opened = JSON.parse(
      await hd.ok(['open', '-t', 'Drucker druckt nicht', '-c', 'acme', '--channel', 'phone', '--json']),
    );
    expect(opened.suggestions[0].slug).toBe('drucker-offline');
    expect(await hd.ok(['qualify', opened.id, '--category', 'question', '--priority', 'low'])).toContain(
      'drucker-offline',
    );
    await hd.ok(['kb', 'link', opened.id, 'drucker-offline']);
    expect(JSON.parse(await hd.ok(['show', opened.id, '--json'])).state.kbLinks).toEqual(['drucker-offline']);
    expect((await hd.desk(['kb', 'link', opened.id, 'drucker-offline'])).stderr).toContain(
      'linked to drucker-offline already',
    );
    expect((await hd.desk(['kb', 'link', opened.id, 'gibt-es-nicht'])).stderr).toContain('no article gibt-es-nicht');
  });

  it('drafts an article from a Second Level ticket and links both in one commit', async () => {
    const id = await openTicket(hd, [
      '--category',
      'malfunction',
      '--priority',
      'high',
      '--product',
      'lohn/export',
      '-d',
      'Export bricht mit Datumsfehler ab',
    ]);
    await hd.ok(['escalate', id, '-r', 'Code-Analyse']);
    await hd.ok(['comment', id, '-m', 'Leeres Austrittsdatum im Datensatz'], { env: { DESK_USER: 'jb' } });
    const resolved = await hd.ok(['resolve', id, '-s', 'Leeres Datum abgefangen'], { env: { DESK_USER: 'jb' } });
    expect(resolved).toContain(`desk kb new --from-ticket ${id.slice(0, 7)}`);
    await hd.ok(['kb', 'new', '--from-ticket', id, '--title', 'Lohnexport: Datumsfehler'], {
      env: { DESK_USER: 'jb' },
    });
    const text = hd.read('kb/lohnexport-datumsfehler.md');
    expect(text).toContain('Export bricht mit Datumsfehler ab');
    expect(text).toContain('- Leeres Austrittsdatum im Datensatz');
    expect(text).toContain('Leeres Datum abgefangen');
    expect(text).toContain('lohn/export');
    expect(text).toContain(id);
    expect(hd.git('show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort()).toEqual([
      'kb/lohnexport-datumsfehler.md',
      ticketFile(id),
    ]);
    expect(JSON.parse(await hd.ok(['show', id, '--json'])).state.kbLinks).toEqual(['lohnexport-datumsfehler']);
    expect(await hd.ok(['check'])).toContain('All files are valid');
  });

  it('commits a valid edit and keeps an invalid one aside, uncommitted', async () => {
    const editor = join(hd.root, '..', `editor-${Date.now()}.sh`);
    writeFileSync(editor, '#!/bin/sh\nsed -i "s/neu starten/neu starten und Drucker einschalten/" "$1"\n');
    chmodSync(editor, 0o755);
    await hd.ok(['kb', 'edit', 'drucker-offline'], { env: { EDITOR: editor } });
    expect(hd.read('kb/drucker-offline.md')).toContain('Drucker einschalten');
    expect(hd.git('log', '-1', '--format=%s').trim()).toBe('kb: edit drucker-offline');

    writeFileSync(editor, '#!/bin/sh\nsed -i "s/^title: .*/title: [kaputt/" "$1"\n');
    const before = snapshot(hd);
    const broken = await hd.desk(['kb', 'edit', 'drucker-offline'], { env: { EDITOR: editor } });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('is not valid');
    expect(broken.stderr).toContain('.desk/kb-edit/drucker-offline.md');
    expect(existsSync(join(hd.root, '.desk', 'kb-edit', 'drucker-offline.md'))).toBe(true);
    expect(snapshot(hd)).toBe(before);
  });

  it('reports broken articles and unknown related tickets in desk check; the rest stay searchable', async () => {
    hd.write('kb/kaputt.md', '---\ntitle: [broken\n---\nText\n');
    hd.write('kb/verwaist.md', article('Verwaist', 'Text', 'related: [T-ZZZZZZZZZZZZ]\n'));
    hd.write('kb/binaer.md', '\u0000\u0001garbage');
    hd.write('kb/gross.md', article('Großer Artikel', 'Drucker '.repeat(700_000)));
    const check = await hd.desk(['check']);
    expect(check.code).toBe(2);
    expect(check.stdout).toMatch(/^kb\/kaputt\.md: .*line \d/m);
    expect(check.stdout).toMatch(/^kb\/binaer\.md: /m);
    expect(check.stdout).toMatch(/^kb\/verwaist\.md: related\[0\]: unknown ticket T-ZZZZZZZZZZZZ/m);
    // no second article under one slug: a copy differing in case is no slug at all
    hd.write('kb/Drucker-Offline.md', hd.read('kb/drucker-offline.md'));
    expect((await hd.desk(['check'])).stdout).toMatch(/^kb\/Drucker-Offline\.md: slug: /m);
    const search = await hd.desk(['kb', 'search', 'Warteschlange', '--json']);
    expect(search.code).toBe(0);
    expect(JSON.parse(search.stdout)[0].slug).toBe('drucker-offline');
    expect(search.stderr).toMatch(/^skipped kb\/kaputt\.md: front matter: line \d+: /m);
    expect(search.stderr).toMatch(/^skipped kb\/binaer\.md: /m);
    expect(readdirSync(join(hd.root, '.desk'))).toContain('kb-index.db');
  });

  it('searches without the index, and says so, where the index file cannot be used', async () => {
    await hd.ok(['list']); // .desk/ exists
    mkdirSync(join(hd.root, '.desk', 'kb-index.db')); // a folder where the file would be
    const search = await hd.desk(['kb', 'search', 'Warteschlange', '--json']);
    expect(search.code).toBe(0);
    expect(JSON.parse(search.stdout)[0].slug).toBe('drucker-offline');
    expect(search.stderr).toMatch(/^note searched without the index \(could not use .*kb-index\.db/m);
  });
});
