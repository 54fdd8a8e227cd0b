// desk search over tickets: German and English words, ranked, with snippets and list's filters;
// the index in .desk follows every change and answers as the files do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helpdesk, openTicket, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { ticketFile } from '../../src/core/ticket/paths.js';

let hd: InProcessHelpdesk;
const NOW = { DESK_NOW: '2026-11-23T12:00:00+01:00' };
const ids = { labels: '', invoice: '', english: '', other: '' };
beforeAll(async () => {
  hd = helpdesk({
    'contracts/beta.yaml':
      'id: beta\nname: Beta Bäckerei KG\ncontracts:\n  - { kind: none, start: 2025-01-01, hourlyRate: "95.00" }\n',
  });
  const open = (title: string, description: string, extra: string[] = []) =>
    openTicket(
      hd,
      ['--title', title, '--description', description, '--category', 'malfunction', '--priority', 'normal', ...extra],
      NOW,
    );
  ids.labels = await open(
    'Etikettendrucker druckt unlesbare Barcodes',
    'Seit Montag sind die Barcodes im Lager verschwommen.',
  );
  ids.invoice = await open('Rechnung falsch', 'Auf der Rechnung fehlt der Barcode der Bestellung.');
  ids.english = await open('Printer prints empty pages', 'Since the update our printers only print empty pages.', [
    '--customer',
    'beta',
  ]);
  ids.other = await open('Passwort vergessen', 'Anmeldung an der Zeiterfassung klappt nicht.');
  await hd.ok(['reply', ids.other, '-m', 'Wir setzen das Kennwort zurück.'], { env: NOW });
  await hd.ok(['resolve', ids.labels, '--solution', 'Druckkopf gereinigt, Barcodes wieder scharf.'], { env: NOW });
});
afterAll(() => hd.cleanup());

interface Found {
  total: number;
  hits: { id: string; field: string; snippet: string; highlights: [number, number][]; status: string }[];
}
const search = async (args: string[], env: Record<string, string> = {}) =>
  JSON.parse(await hd.ok(['search', ...args, '--json'], { env: { ...NOW, ...env } })) as Found;
const found = async (args: string[]) => (await search(args)).hits.map((h) => h.id);

describe('desk search', () => {
  it('finds German words in their other forms, the title ranking above the text', async () => {
    expect(await found(['Barcode'])).toEqual([ids.labels, ids.invoice]);
    expect(await found(['Rechnungen'])).toEqual([ids.invoice]);
    expect(await found(['kennwort'])).toEqual([ids.other]); // in a reply
    expect(await found(['Druckkopf'])).toEqual([ids.labels]); // in the solution
  });

  it('finds English words, and shows the passage that matched', async () => {
    const r = await search(['printing', 'page']);
    expect(r.hits.map((h) => h.id)).toEqual([ids.english]);
    const [hit] = r.hits;
    const marked = hit!.highlights.map(([a, b]) => hit!.snippet.slice(a, b).toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(['print', 'pages']));
    expect(await hd.ok(['search', 'printers'], { env: NOW })).toMatch(/our «printers» only «print» empty pages/);
  });

  it("takes desk list's filters; without --status closed tickets are searched too", async () => {
    expect(await found(['Barcode', '--customer', 'acme', '--status', 'open'])).toEqual([ids.invoice]);
    expect(await found(['Barcode', '--status', 'resolved'])).toEqual([ids.labels]);
    expect(await found(['printer', '--customer', 'acme'])).toEqual([]);
    await hd.ok(['tag', ids.invoice, '+rechnung'], { env: NOW });
    expect(await found(['Barcode', '--tag', 'rechnung'])).toEqual([ids.invoice]);
    expect((await hd.desk(['search'], { env: NOW })).code).not.toBe(0);
    expect(await hd.ok(['search', 'xyzzy'], { env: NOW })).toContain('No ticket matches "xyzzy"');
  });

  it('follows every change, and answers as the files alone do', async () => {
    expect(await found(['Lieferschein'])).toEqual([]);
    await hd.ok(['comment', ids.invoice, '-m', 'Betrifft auch den Lieferschein.'], { env: NOW });
    expect(await found(['Lieferschein'])).toEqual([ids.invoice]);
    // a hand edit of the file, not through desk
    const file = ticketFile(ids.other);
    hd.write(file, hd.read(file).replace('Anmeldung an der Zeiterfassung', 'Anmeldung am Stundenzettel'));
    expect(await found(['Stundenzettel'])).toEqual([ids.other]);
    for (const q of [['Barcode'], ['printing'], ['Stundenzettel'], ['drucker', 'barcode']])
      expect(await search(q, { DESK_NO_INDEX: '1' })).toEqual(await search(q));
  });
});
