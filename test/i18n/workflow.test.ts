import { afterAll, describe, expect, it } from 'vitest';
import { helpdesk, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { MARK_CLOSE, MARK_OPEN } from '../../src/i18n/index.js';

/**
 * A First Level day — queue, open, qualify, kb search, reply, escalate, resolve, close, show,
 * list — in German and in English. Every run marks what the catalog said (DESK_I18N_MARK), so
 * each printed line can be checked to be catalog text plus the data this test typed or the
 * helpdesk holds: a sentence printed past the catalog fails the test, naming the line.
 */
const ARTICLE = `---
title: "Drucker druckt keine Lohnabrechnungen"
tags: [drucker]
products: [lohn]
lang: de
audience: internal
author: jb
created: 2026-01-10
updated: 2026-01-10
---

# Drucker druckt keine Lohnabrechnungen

Den Druckertreiber neu zuweisen, dann den Spooler neu starten.
`;

/** What the test types and the helpdesk holds: the only words allowed outside catalog texts. */
const DATA = `T acme ACME Maschinenbau GmbH Sabine Vogt Miriam Krause mk jb tb sh lw Jonas Becker lohn export
  Lohn Gehalt Warenwirtschaft erp lager meldewesen drucker Drucker druckt keine Lohnabrechnungen
  Den Druckertreiber neu zuweisen dann den Spooler neu starten de en kb
  Lohnabrechnung druckt nicht Der Drucker im Lohnbüro bleibt stumm
  Wir prüfen den Treiber Treiberproblem auf dem Druckserver Spooler neu gestartet`;
const allowed = new Set(
  DATA.toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean),
);

/** The words of `output` that no catalog text said and that are not data: each with its line. */
function uncatalogued(output: string): string[] {
  const found: string[] = [];
  for (const raw of output.split('\n')) {
    let outside = raw;
    // innermost first: a text may hold another text as a value
    const marked = new RegExp(`${MARK_OPEN}[^${MARK_OPEN}${MARK_CLOSE}]*${MARK_CLOSE}`, 'gu');
    while (marked.test(outside)) outside = outside.replace(marked, ' ');
    const ids = outside.replace(/\bT-[0-9A-Z]+\b|\be-[0-9a-z]+\b/g, ' '); // ticket and time entry ids
    for (const word of ids.split(/[^\p{L}]+/u).filter((w) => w.length > 1))
      if (!allowed.has(word.toLowerCase())) found.push(`${word}  in: ${raw.replace(/[\u2060\u2063]/g, '')}`);
  }
  return found;
}

const visible = (s: string) => s.replace(/[\u2060\u2063]/g, '');

describe.each([
  ['de', { heading: 'Stand', opened: 'erfasst', now: 'jetzt', refused: 'kann nicht', hint: 'Tipp:' }],
  ['en', { heading: 'as of', opened: 'Opened', now: 'now', refused: 'cannot', hint: 'hint:' }],
] as const)('a First Level day in %s', (lang, words) => {
  let hd: InProcessHelpdesk;
  const said: string[] = [];
  const run = async (args: string[], user = 'mk') => {
    const r = await hd.desk(args, { env: { DESK_LANG: lang, DESK_I18N_MARK: '1', DESK_USER: user } });
    said.push(args.includes('--json') ? '' : r.stdout, r.stderr); // JSON is for programs: never translated
    return { ...r, out: visible(r.stdout), err: visible(r.stderr) };
  };
  afterAll(() => hd?.cleanup());

  it('goes from the queue to the close, every line from the catalog', async () => {
    hd = helpdesk({ 'kb/drucker-lohnabrechnung.md': ARTICLE });
    expect((await run(['queue'])).out).toContain(words.heading);

    const opened = await run([
      'open',
      '--customer',
      'acme',
      '--title',
      'Lohnabrechnung druckt nicht',
      '--description',
      'Der Drucker im Lohnbüro bleibt stumm',
      '--channel',
      'phone',
      '--json',
    ]);
    expect(opened.code, opened.err).toBe(0);
    const id = (JSON.parse(opened.out) as { short: string }).short;

    const early = await run(['escalate', id, '--reason', 'Treiberproblem']);
    expect(early.code).toBe(1);
    expect(early.err).toContain(words.refused);
    expect(early.err).toContain(words.hint);

    const qualified = await run([
      'qualify',
      id,
      '--category',
      'malfunction',
      '--product',
      'lohn',
      '--priority',
      'high',
    ]);
    expect(qualified.out).toContain(lang === 'de' ? 'Fehlfunktion' : 'malfunction');
    expect(qualified.out).toContain(lang === 'de' ? 'hoch' : 'high');
    expect(qualified.out).toContain(words.now);

    const found = await run(['kb', 'search', 'drucker']);
    expect(found.out).toContain('Drucker druckt keine Lohnabrechnungen');

    expect((await run(['reply', id, '-m', 'Wir prüfen den Treiber'])).code).toBe(0);
    const logged = await run(['log', id, '1h30m', '--activity', 'analysis']);
    expect(logged.out).toContain(lang === 'de' ? '1:30 Analyse am' : '1:30 analysis on');
    const queue = await run(['queue']);
    // ICU plurals: one ticket is "1 Ticket" / "1 ticket", never "1 tickets"
    expect(queue.out).toMatch(lang === 'de' ? /\b1 Ticket\b/ : /\b1 ticket\b/);
    expect(queue.out).not.toMatch(/1 tickets/i);

    const escalated = await run(['escalate', id, '--reason', 'Treiberproblem auf dem Druckserver']);
    expect(escalated.out).toContain(lang === 'de' ? 'eskaliert' : 'escalated');
    const resolved = await run(['resolve', id, '--solution', 'Spooler neu gestartet'], 'jb');
    expect(resolved.code, resolved.err).toBe(0);
    const closed = await run(['close', id, '--accepted-by', 'Sabine Vogt']);
    expect(closed.out).toContain(lang === 'de' ? 'abgenommen von Sabine Vogt' : 'accepted by Sabine Vogt');

    const shown = await run(['show', id]);
    expect(shown.out).toContain(lang === 'de' ? 'Verlauf' : 'Timeline');
    expect(shown.out).toContain(lang === 'de' ? 'Kategorie' : 'category');
    const listed = await run(['list', '--all']);
    expect(listed.out).toContain(lang === 'de' ? 'geschlossen' : 'closed');

    const missing = said.flatMap(uncatalogued);
    if (missing.length) console.log([...new Set(missing.map((m) => m.split('  in: ')[1]))].join('\n'));
    expect(missing).toEqual([]);
  });

  it('keeps what programs read the same in either language', async () => {
    const json = JSON.parse((await run(['list', '--all', '--json'])).out) as { status: string; category: string }[];
    expect(json[0]).toMatchObject({ status: 'closed', category: 'malfunction' });
  });
});

describe('the check for uncatalogued text', () => {
  it('finds a word printed past the catalog, and lets catalog text and data through', () => {
    expect(uncatalogued(`${MARK_OPEN}Opened T-AB12 for ${MARK_CLOSE}acme`)).toEqual([]);
    expect(uncatalogued(`${MARK_OPEN}Stand${MARK_CLOSE} Nothing here`)).toEqual([
      'Nothing  in: Stand Nothing here',
      'here  in: Stand Nothing here',
    ]);
  });
});
