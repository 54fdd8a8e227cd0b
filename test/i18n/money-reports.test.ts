import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helpdesk, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { AS_OF, reportFiles } from '../reports/cli-helpdesk.js';
import { billedHelpdesk } from '../payments/fixtures.js';
import { billing } from '../invoice/helpers.js';
import { uncatalogued, visible } from './marks.js';

/**
 * `desk report` and the money commands (invoice, payment, dunning, export datev, usage, settle)
 * in German and in English. Every run marks what the catalog said (DESK_I18N_MARK): a word
 * printed past the catalog that is not data fails the test, naming the line. What programs read
 * (--json, CSV keys) must be the same in both languages.
 */
const REPORTS = [
  ['utilization'],
  ['sla'],
  ['resolution'],
  ['hotspots'],
  ['satisfaction'],
  ['sales'],
  ['backlog'],
  ['customer', 'acme'],
];

/** What the helpdesks hold and the test types: the only words allowed outside catalog texts. */
const DATA = `acme dorn seeland ACME Maschinenbau GmbH Dorn Haustechnik Präzisionstechnik AG e.K. lohn Lohn
  Sehr gut schnell lw ak jb mk Anja Keller Lena Wolf Jonas Becker Miriam Krause RE GS MA
  utilization sla resolution hotspots satisfaction sales customer backlog compliance breaches pending received
  median open over max projected customers upsell candidates at risk demand rise recurring average share low
  responses fcr escalation reopen kb escalated without silent closed oldest waiting unassigned
  md html csv json format EXTF Buchungsstapel tmp desk report out invoices pdf xml
  S AE Z K E O debtorNumber consultant client yaml contracts Lars Wegner Sandra Hoffmann Ticket Servicepauschale November Falscher Kunde Storno der Rechnung vom Grund
  text`; // invoice lines and notes are the documents' own words, in the customer's language; "text" a Markdown fence's

const t_how = { de: 'So kommen die Zahlen zustande', en: 'How the figures were reached' };

async function langRun(hd: InProcessHelpdesk, lang: string, args: string[], env: Record<string, string> = {}) {
  const r = await hd.desk(args, { env: { ...env, DESK_LANG: lang, DESK_I18N_MARK: '1' } });
  return { ...r, out: visible(r.stdout), err: visible(r.stderr), marked: r.stdout + r.stderr };
}

describe.each([
  [
    'de',
    {
      utilization: 'Auslastung der Verträge',
      keyFigures: 'Kennzahlen',
      amount: '0,00 €',
      percent: '60,0 %',
      asOf: 'Stand 20.11.2026',
      sla: 'Fristverletzungen',
      customer: 'die Lage beim Kunden',
    },
  ],
  [
    'en',
    {
      utilization: 'Utilisation of contracts',
      keyFigures: 'Key figures',
      amount: '€0.00',
      percent: '60.0%',
      asOf: 'As of 2026-11-20',
      sla: 'Breaches',
      customer: 'the situation at the customer',
    },
  ],
] as const)('desk report in %s', (lang, words) => {
  let hd: InProcessHelpdesk;
  beforeAll(() => {
    hd = helpdesk(reportFiles());
  });
  afterAll(() => hd?.cleanup());

  it('says every report, in every format for people, from the catalog', async () => {
    const missing: string[] = [];
    for (const args of REPORTS)
      for (const format of ['table', 'md', 'html']) {
        const r = await langRun(hd, lang, ['report', ...args, ...AS_OF, '--format', format]);
        expect(r.code, `${args.join(' ')} ${format}: ${r.err}`).toBe(0);
        // HTML: the markup and the page's styles are not words people read
        const said = format === 'html' ? r.marked.replace(/<style>[\s\S]*?<\/style>|<[^>]*>/g, ' ') : r.marked;
        missing.push(...uncatalogued(said, DATA).map((m) => `${args[0]} ${format}: ${m}`));
      }
    if (missing.length) console.log([...new Set(missing)].join('\n'));
    expect(missing).toEqual([]);
  });

  it('uses the language for headings, numbers, money and days', async () => {
    const util = (await langRun(hd, lang, ['report', 'utilization', ...AS_OF])).out;
    expect(util).toContain(words.utilization);
    expect(util).toContain(words.keyFigures);
    expect(util).toContain(words.amount);
    expect(util).toContain(words.percent);
    expect(util).toContain(words.asOf);
    expect((await langRun(hd, lang, ['report', 'sla', ...AS_OF])).out).toContain(words.sla);
    expect((await langRun(hd, lang, ['report', 'customer', 'acme', ...AS_OF])).out).toContain(words.customer);
    const html = (await langRun(hd, lang, ['report', 'utilization', ...AS_OF, '--format', 'html'])).out;
    expect(html).toContain(`<html lang="${lang}">`);
  });
});

describe('what programs read from desk report', () => {
  let hd: InProcessHelpdesk;
  beforeAll(() => {
    hd = helpdesk(reportFiles());
  });
  afterAll(() => hd?.cleanup());

  it('is the same in German and English: --json, and CSV with its column keys', async () => {
    for (const args of REPORTS)
      for (const format of [['--json'], ['--format', 'csv'], ['--format', 'csv', '--csv-locale', 'de']]) {
        const de = await langRun(hd, 'de', ['report', ...args, ...AS_OF, ...format]);
        const en = await langRun(hd, 'en', ['report', ...args, ...AS_OF, ...format]);
        expect(de.code, de.err).toBe(0);
        expect(de.stdout, `${args.join(' ')} ${format.join(' ')}`).toBe(en.stdout);
      }
    const csv = (await langRun(hd, 'de', ['report', 'utilization', ...AS_OF, '--format', 'csv'])).out;
    expect(csv).toContain('Customer,Contract,Period,Days,Included (h),Used (h)');
  });

  it('gives a localized CSV heading only on request (--header localized), and --lang overrides the reader', async () => {
    const de = (
      await langRun(hd, 'de', ['report', 'utilization', ...AS_OF, '--format', 'csv', '--header', 'localized'])
    ).out;
    expect(de).toContain('Kunde,Vertrag,Zeitraum,Tage,Enthalten (h),Verbraucht (h)');
    expect(de).toContain('Kennzahl,Wert,Metrik');
    const asked = (await langRun(hd, 'en', ['report', 'utilization', ...AS_OF, '--lang', 'de'])).out;
    expect(asked).toContain('Auslastung der Verträge');
    const english = (await langRun(hd, 'de', ['report', 'utilization', ...AS_OF, '--lang', 'en'])).out;
    expect(english).toContain('Utilisation of contracts');
  });

  it('refuses an unknown --lang or --header, naming the flag, in the reader language', async () => {
    const lang = await langRun(hd, 'de', ['report', 'sla', ...AS_OF, '--lang', 'fr']);
    expect(lang.code).toBe(2);
    expect(lang.err).toContain('--lang: "fr" ist weder de noch en');
    const header = await langRun(hd, 'en', ['report', 'sla', ...AS_OF, '--format', 'csv', '--header', 'german']);
    expect(header.code).toBe(2);
    expect(header.err).toContain('--header: "german" is not one of keys, localized');
  });

  it('names the reports with what each shows when none is given, in the reader language', async () => {
    for (const [lang, backlog] of [
      ['de', 'backlog (offene Tickets nach Level und Alter'],
      ['en', 'backlog (open tickets by level and age'],
    ] as const) {
      const none = await langRun(hd, lang, ['report']);
      expect(none.code).toBe(2);
      expect(none.err).toContain(backlog);
      expect(uncatalogued(none.marked, DATA)).toEqual([]);
    }
  });
});

describe.each([
  ['de', { list: 'NUMMER', paid: 'ist bezahlt', open: 'offen', due: 'fällig', usage: 'Kontingent', none: 'nichts' }],
  ['en', { list: 'NUMBER', paid: 'is paid', open: 'open', due: 'due', usage: 'Quota', none: 'Nothing' }],
] as const)('the money commands in %s', (lang, words) => {
  let hd: InProcessHelpdesk;
  const said: string[] = [];
  const run = async (args: string[], day = '2026-11-20') => {
    const r = await langRun(hd, lang, args, billing(day));
    said.push(r.marked);
    return r;
  };
  beforeAll(async () => {
    hd = await billedHelpdesk();
  });
  afterAll(() => hd?.cleanup());

  it('speaks the reader language from the invoice list to the DATEV export', async () => {
    const list = await run(['invoice', 'list']);
    expect(list.out).toContain(words.list);
    expect(list.out).toContain(lang === 'de' ? '1.428,00 €' : '€1,428.00');
    expect(list.out).toContain(lang === 'de' ? '01.11.2026' : '2026-11-01');
    const show = await run(['invoice', 'show', 'RE-2026-0001']);
    expect(show.out).toContain(lang === 'de' ? 'Rechnung RE-2026-0001' : 'Invoice RE-2026-0001');
    expect(show.out).toContain(words.due);

    const paid = await run(['payment', 'add', 'RE-2026-0001', '--amount', '1428.00', '--date', '2026-11-12']);
    expect(paid.code, paid.err).toBe(0);
    expect(paid.out).toContain(`RE-2026-0001 ${words.paid}`);
    const part = await run(['payment', 'add', 'RE-2026-0002', '--amount', '95.00', '--date', '2026-11-12']);
    expect(part.out).toContain(lang === 'de' ? 'noch 500,00 € offen' : '€500.00 of RE-2026-0002 is still open');
    expect((await run(['payment', 'list'])).code).toBe(0);
    expect((await run(['invoice', 'list', '--overdue'])).out).toContain(
      lang === 'de' ? '5 Tage überfällig' : '5 days overdue',
    );

    const dunning = await run(['dunning', 'run', '--dry-run', '--no-mail'], '2026-11-30');
    expect(dunning.code, dunning.err).toBe(0);
    expect(dunning.out).toContain(lang === 'de' ? 'Probelauf' : 'Dry run');
    expect((await run(['dunning', 'list'])).code).toBe(0);

    const usage = await run(['usage', 'acme', '--period', '2026-11']);
    expect(usage.code, usage.err).toBe(0);
    expect(usage.out).toContain(words.usage);
    // how the figures were reached, said by core in the reader's words and figures
    expect(usage.out).toContain(t_how[lang]);
    expect(usage.out).toContain(lang === 'de' ? 'Netto fällig zum Ende von 2026-11' : 'Net due at the end of 2026-11');

    const nothing = await run(['invoice', 'run', '--date', '2026-11-02', '--dry-run'], '2026-11-02');
    expect(nothing.out).toContain(words.none);

    const noNumbers = await run(['export', 'datev', '--period', '2026-11']);
    expect(noNumbers.code, noNumbers.err).toBe(2);
    expect(noNumbers.err).toContain(lang === 'de' ? 'Beraternummer' : 'tax advisor number');
    hd.write('desk.yaml', `${hd.read('desk.yaml')}datev: { consultant: 29098, client: 55003, chart: SKR03 }\n`);
    for (const [c, n] of [
      ['acme', 10001],
      ['dorn', 10002],
      ['seeland', 10003],
    ] as const)
      hd.write(`contracts/${c}.yaml`, `${hd.read(`contracts/${c}.yaml`)}debtorNumber: ${n}\n`);
    hd.git('commit', '-qam', 'DATEV numbers');
    const datev = await run(['export', 'datev', '--period', '2026-11', '--out', join(hd.root, 'EXTF.csv')]);
    expect(datev.code, datev.err).toBe(0);
    expect(datev.out).toMatch(lang === 'de' ? /Buchungen aus 2026-11 nach/ : /bookings of 2026-11 written to/);

    const refused = await run(['payment', 'add', 'RE-2026-0009', '--amount', 'zwölf']);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(lang === 'de' ? 'ist kein Betrag' : 'is not an amount');

    const early = await run(['payment', 'add', 'RE-2026-0003', '--amount', '10', '--date', '2026-10-01']);
    expect(early.code).toBe(2);
    expect(early.err).toContain(
      lang === 'de' ? 'liegt vor der Ausstellung von RE-2026-0003' : 'is before RE-2026-0003',
    );
    const twice = await run(['invoice', 'cancel', 'RE-2026-0001', '--reason', 'Falscher Kunde', '--dry-run']);
    expect(twice.out).toContain(lang === 'de' ? 'Probelauf: würde die Gutschrift' : 'Dry run: would issue credit note');

    const missing = said.flatMap((s) => uncatalogued(s, DATA));
    if (missing.length) console.log([...new Set(missing)].join('\n'));
    expect(missing).toEqual([]);
  });

  it('keeps --json the same in either language', async () => {
    const de = await langRun(hd, 'de', ['invoice', 'list', '--json'], billing('2026-11-20'));
    const en = await langRun(hd, 'en', ['invoice', 'list', '--json'], billing('2026-11-20'));
    expect(de.stdout).toBe(en.stdout);
    expect(JSON.parse(de.stdout)[0]).toMatchObject({ type: 'invoice', payment: expect.any(String) });
  });
});
