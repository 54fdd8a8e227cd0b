import { describe, expect, it } from 'vitest';
import { buildIndex, search, updateIndex, type SearchOutcome } from '../../src/kb/search-index.js';
import { markSnippet } from '../../src/kb/snippet.js';
import { DEFAULT_TUNING } from '../../src/kb/tuning.js';
import { article } from './helpers.js';

const articles = [
  article('drucker-offline', { title: 'Drucker ist offline', lang: 'de', products: ['lohn'], tags: ['drucker'] },
    'Wenn der Drucker im Netzwerk nicht erreichbar ist, prüfen Sie das Kabel und den Druckerserver.'),
  article('lohnexport-druckern', { title: 'Lohnexport', lang: 'de', products: ['lohn/export'] },
    'Der Export nach DATEV läuft nachts. Ausdrucke mit Druckern im Büro sind danach möglich.'),
  article('printer-offline', { title: 'Printer shows offline', lang: 'en', products: ['fibu'] },
    'When printers are not reachable on the network, check the cable and the print server.'),
  article('strasse', { title: 'Adresse ändern', lang: 'de', products: ['crm'] },
    'Die Straße und Hausnummer des Kunden Müller ändern Sie in der Kundenmaske.'),
  article('body-mentions-backup', { title: 'Allgemeine Hinweise', lang: 'de' },
    'Viele Themen. Nebenbei: die Datensicherung läuft täglich. Weitere Hinweise folgen hier.'),
  article('backup', { title: 'Datensicherung einrichten', lang: 'de' }, 'So richten Sie die tägliche Sicherung ein.'),
];
const index = buildIndex(articles);

function slugs(outcome: SearchOutcome): string[] {
  if (outcome.kind !== 'results') throw new Error(`no results: ${outcome.kind}`);
  return outcome.hits.map((h) => h.slug);
}

describe('search', () => {
  it('finds Druckern for Drucker and the reverse', () => {
    expect(slugs(search(index, 'Drucker'))).toEqual(expect.arrayContaining(['drucker-offline', 'lohnexport-druckern']));
    expect(slugs(search(index, 'Druckern'))).toEqual(expect.arrayContaining(['drucker-offline', 'lohnexport-druckern']));
  });

  it('matches umlauts and ß both ways', () => {
    for (const q of ['Strasse', 'Straße', 'Mueller', 'Muller', 'Müller', 'aendern']) {
      expect(slugs(search(index, q))[0], q).toBe('strasse');
    }
  });

  it('stems English: printer finds printers', () => {
    expect(slugs(search(index, 'printer'))[0]).toBe('printer-offline');
  });

  it('ranks a title match above a body match', () => {
    expect(slugs(search(index, 'Datensicherung')).slice(0, 2)).toEqual(['backup', 'body-mentions-backup']);
  });

  it('tolerates typos', () => {
    expect(slugs(search(index, 'Datensicherng'))[0]).toBe('backup');
    expect(slugs(search(index, 'priner offline'))).toContain('printer-offline');
  });

  it('matches word beginnings', () => {
    expect(slugs(search(index, 'Datensich'))[0]).toBe('backup');
  });

  it('filters by language and by product (a product includes its modules)', () => {
    expect(slugs(search(index, 'offline', { lang: 'en' }))).toEqual(['printer-offline']);
    expect(slugs(search(index, 'Drucker', { product: 'lohn' })).sort()).toEqual(['drucker-offline', 'lohnexport-druckern']);
    expect(slugs(search(index, 'Drucker', { product: 'lohn/export' })).sort()).toEqual(['drucker-offline', 'lohnexport-druckern']);
    expect(slugs(search(index, 'printer', { product: 'crm' }))).toEqual([]);
  });

  it('highlights matched words in a short snippet', () => {
    const outcome = search(index, 'Kabel Druckerserver');
    if (outcome.kind !== 'results') throw new Error('no results');
    const hit = outcome.hits.find((h) => h.slug === 'drucker-offline')!;
    expect(hit.snippet.text.length).toBeLessThanOrEqual(165);
    expect(markSnippet(hit.snippet)).toContain('«Kabel»');
    expect(markSnippet(hit.snippet)).toContain('«Druckerserver»');
  });

  it('picks the passage with the matches, not the start of a long body', () => {
    const long = article('long', { title: 'Lang', lang: 'de' }, `${'Einleitung ohne Treffer. '.repeat(40)}Hier steht das Zauberwort mittendrin.`);
    const outcome = search(buildIndex([long]), 'Zauberwort');
    if (outcome.kind !== 'results') throw new Error('no results');
    expect(markSnippet(outcome.hits[0]!.snippet)).toMatch(/^….*«Zauberwort»/);
  });

  it('answers empty and stop-word-only queries with a typed result', () => {
    expect(search(index, '   ')).toEqual({ kind: 'empty-query', reason: 'blank' });
    expect(search(index, 'der die das and the')).toEqual({ kind: 'empty-query', reason: 'only-stop-words' });
    expect(search(index, '!!! ???')).toEqual({ kind: 'empty-query', reason: 'only-stop-words' });
  });

  it('splits German compounds into parts the index knows', () => {
    const idx = buildIndex([article('log', { title: 'Protokoll lesen', lang: 'de' }, 'Das System schreibt ein Protokoll.')]);
    expect(slugs(search(idx, 'Systemprotokoll'))).toEqual(['log']);
  });

  it('lets the query\'s rare word in a body beat a short title made of its common word', () => {
    // "run" in a dozen titles is common; "nohup" once in a body is what the question is about
    const idx = buildIndex([
      ...Array.from({ length: 12 }, (_, i) => article(`run-${i}`, { title: 'run', lang: 'en' }, `Starts tool number ${i} and runs it.`)),
      article('nohup', { title: 'Immune to hangups', lang: 'en' }, 'Use nohup to keep a program running after you log out: nohup runs it immune to hangups.'),
    ]);
    expect(slugs(search(idx, 'run a program with nohup'))[0]).toBe('nohup');
  });

  it('ranks a rare German word on a short page above long pages sharing the phrase\'s common words', () => {
    const common = 'Liste alle verfügbaren Einträge auf und zeige die Optionen, die verfügbar sind. ';
    const idx = buildIndex([
      ...Array.from({ length: 8 }, (_, i) => article(`lang-${i}`, { title: `Befehl ${i}`, lang: 'de' }, common.repeat(12))),
      article('kurz', { title: 'Schnittstellen', lang: 'de' }, 'Zeigt die Netzwerkschnittstellen und ihre Adressen.'),
    ]);
    expect(slugs(search(idx, 'Liste alle verfügbaren Netzwerkschnittstellen auf'))[0]).toBe('kurz');
  });

  it('meets a word an article writes as one where the question writes two ("mount point")', () => {
    // "mount" and "point" are everywhere in such pages; "mountpoint" names the one page
    const idx = buildIndex([
      article('mountpoint', { title: 'mountpoint: see if a directory is a mountpoint', lang: 'en' }, 'Tells whether a directory is a mountpoint.'),
      article('mount', { title: 'Mount a filesystem', lang: 'en' }, 'Attaches a filesystem at a point in the directory tree.'),
      ...['nfs', 'cifs', 'ext4', 'tmpfs', 'fuse'].map((fs) =>
        article(`mount-${fs}`, { title: `Mount options for ${fs}`, lang: 'en' }, `Options to mount ${fs} at any point of the directory tree.`)),
    ]);
    expect(slugs(search(idx, 'is this directory a mount point'))[0]).toBe('mountpoint');
    expect(slugs(search(idx, 'mount the filesystem'))[0]).toBe('mount');
  });

  it('finds an article by the product module it is for, though its text never names it', () => {
    const idx = buildIndex([
      article('datev', { title: 'Buchungsstapel abgelehnt', lang: 'de', products: ['lohn/datev'] }, 'Das Steuerbüro lehnt den Stapel ab.'),
      article('stapel', { title: 'Stapel drucken', lang: 'de', products: ['basis/druck'] }, 'Der Stapel wird gedruckt.'),
    ]);
    expect(slugs(search(idx, 'DATEV Stapel'))[0]).toBe('datev');
  });

  it("weighs a request's context (a ticket's description) less than its query (the title)", () => {
    // the title asks about the export; the description's "Update" is in the other article's title
    const idx = buildIndex([
      article('export', { title: 'Export bricht ab', lang: 'de' }, 'Der Export an die Buchhaltung bricht mit einer Meldung ab.'),
      article('update', { title: 'Update schlägt fehl', lang: 'de' }, 'Das Update bricht beim Entpacken ab.'),
      article('drucker', { title: 'Drucker offline', lang: 'de' }, 'Der Drucker ist nicht erreichbar.'),
    ]);
    const title = 'Export bricht ab';
    const description = 'Seit dem Update schlägt es fehl';
    expect(slugs(search(idx, `${title} ${description}`))[0]).toBe('update');
    expect(slugs(search(idx, title, { context: description }))[0]).toBe('export');
    // the context alone is still searched
    expect(slugs(search(idx, '', { context: 'Drucker offline' }))[0]).toBe('drucker');
  });

  it('with feedback turned on, finds the article that words the topic unlike the question', () => {
    // the question says "folder", the page only "directory"; the pages the first pass finds
    // about deleting empty folders say "directory", and feedback brings "rmdir" in
    const idx = buildIndex([
      article('rmdir', { title: 'rmdir', lang: 'en' }, 'Removes a directory that holds no files.'),
      article('empty-folders', { title: 'Empty folders', lang: 'en' }, 'To delete an empty folder, remove the directory with rmdir.'),
      article('trash', { title: 'Delete files', lang: 'en' }, 'Deleted files go to the trash folder first.'),
      ...['cpu', 'memory', 'disk', 'network'].map((t) => article(`about-${t}`, { title: `About ${t}`, lang: 'en' }, `Notes on the ${t} and its settings.`)),
    ]);
    const feedback = { ...DEFAULT_TUNING.feedback, docs: 2, terms: 5, weight: 0.5, maxDfShare: 0.5 };
    expect(slugs(search(idx, 'delete an empty folder'))).not.toContain('rmdir');
    expect(slugs(search(idx, 'delete an empty folder', { tuning: { ...DEFAULT_TUNING, feedback } }))).toContain('rmdir');
  });

  it('honours limit', () => {
    expect(slugs(search(index, 'Drucker printer', { limit: 1 }))).toHaveLength(1);
  });
});

describe('incremental update and serialisation', () => {
  it('adds, edits and removes articles without a rebuild', () => {
    const idx = buildIndex(articles);
    updateIndex(idx, [
      article('neu', { title: 'Scanner einrichten', lang: 'de' }, 'Scanner im Netzwerk.'),
      article('backup', { title: 'Archiv anlegen', lang: 'de' }, 'Nichts mehr über Sicherung.'),
    ], ['printer-offline']);
    expect(slugs(search(idx, 'Scanner'))).toEqual(['neu']);
    expect(slugs(search(idx, 'Datensicherung'))).not.toContain('backup');
    expect(slugs(search(idx, 'Archiv'))).toEqual(['backup']);
    expect(slugs(search(idx, 'printer'))).not.toContain('printer-offline');
  });
});
