import { afterEach, describe, expect, it } from 'vitest';
import { acmeFile, billing, DESK_YAML } from '../invoice/helpers.js';
import { tempTeam, type Clone, type Team } from '../sync/team.js';
import { uncatalogued, visible } from './marks.js';

/**
 * What clones did apart — a time entry corrected in two places, a move that came after the
 * ticket was closed elsewhere — as `desk sync`, `desk show`, `desk check` and the invoice run
 * say it, in German and in English; `--json` keeps the English sentences.
 */
const DATA = `acme ACME Maschinenbau GmbH mk Miriam Krause jb Jonas Becker lw Lars Wegner ak Anja Keller
  Lohnexport bricht ab Export Treiber neu installiert Sabine Vogt Fehler im Exportmodul origin main desk
  Servicepauschale Januar Februar März April Mai Juni Juli August September Oktober November Nicht im Servicevertrag enthaltene Leistungen`; // the invoice's lines are in the customer's language

const WORDS = {
  de: {
    time: (entry: string) => `Zeitbuchung ${entry} wurde an zwei Stellen getrennt korrigiert (mk hat ${entry} durch `,
    hours: 'ersetzt (2:00 h)',
    counts: 'bis jemand es bestätigt',
    move: 'Eskalation von lw am 07.10.2026 um 13:00 kam, nachdem das Ticket anderswo schon den Status „geschlossen“ hatte; nicht übernommen',
  },
  en: {
    time: (entry: string) => `time entry ${entry} was corrected apart in two places (mk replaced ${entry} by `,
    hours: '(2:00 h)',
    counts: 'counts until someone confirms it',
    move: 'escalated by lw at 2026-10-07 13:00 came after the ticket was closed elsewhere; it was not applied',
  },
} as const;

const ENGLISH = WORDS.en;

let team: Team;
afterEach(() => team?.cleanup());

const at = (moment: string, user?: string) => ({ DESK_NOW: `${moment}:00+02:00`, ...(user && { DESK_USER: user }) });

async function open(c: Clone, title: string, category: string): Promise<string> {
  const args = ['open', '--title', title, '--customer', 'acme', '--channel', 'phone', '--category', category];
  const out = await c.ok(
    [...args, '--priority', 'normal', '--received-at', '2026-10-01 09:00', '--json'],
    at('2026-10-01T09:00'),
  );
  return (JSON.parse(out) as { id: string }).id;
}

describe.each(['de', 'en'] as const)('what clones did apart, in %s', (lang) => {
  const words = WORDS[lang];

  it('is said by sync, show, check and the invoice run in the reader’s language; --json stays English', async () => {
    team = tempTeam(['anna', 'ben', 'carla'], { 'desk.yaml': DESK_YAML, 'contracts/acme.yaml': acmeFile() });
    const [anna, ben, carla] = team.clones as [Clone, Clone, Clone];
    const said: string[] = [];
    const run = async (c: Clone, args: string[], env: Record<string, string> = {}) => {
      const r = await c.desk(args, { ...env, DESK_LANG: lang, DESK_I18N_MARK: '1' });
      said.push(r.stdout, r.stderr);
      return visible(r.stdout);
    };
    const json = async (c: Clone, args: string[], env: Record<string, string> = {}) =>
      JSON.stringify(JSON.parse((await c.desk([...args, '--json'], { ...env, DESK_LANG: lang })).stdout));

    const t = await open(anna, 'Lohnexport bricht ab', 'data-problem');
    const u = await open(anna, 'Export bricht ab', 'malfunction');
    const logged = await anna.ok(['log', t, '1h', '--on', '2026-10-06', '--json'], at('2026-10-06T12:00'));
    const entry = (JSON.parse(logged) as { entry: string }).entry;
    for (const c of [anna, ben, carla]) await c.ok(['sync']);
    await anna.ok(['log', t, '2h', '--replace', entry], at('2026-10-07T12:00'));
    await ben.ok(['log', t, '2h', '--replace', entry], at('2026-10-07T12:05'));
    await anna.ok(['resolve', u, '--solution', 'Treiber neu installiert'], at('2026-10-07T12:10'));
    await anna.ok(['close', u, '--accepted-by', 'Sabine Vogt'], at('2026-10-07T12:30'));
    await carla.ok(['escalate', u, '-r', 'Fehler im Exportmodul'], at('2026-10-07T13:00'));
    await anna.ok(['sync']);
    await ben.ok(['sync']);

    const synced = await run(carla, ['sync']);
    for (const c of [anna, ben, carla]) await c.ok(['sync']);
    expect(synced).toContain(words.time(entry));
    expect(synced).toContain(words.move);

    const shown = (await run(anna, ['show', t])) + (await run(anna, ['show', u]));
    const checked = await run(anna, ['check']);
    const preview = await run(anna, ['invoice', 'run', '--date', '2026-11-01', '--dry-run'], billing('2026-11-01'));
    for (const out of [shown, checked, preview]) {
      expect(out).toContain(words.time(entry));
      expect(out).toContain(words.hours);
      expect(out).toContain(words.counts);
    }
    for (const out of [shown, checked]) expect(out).toContain(words.move);
    expect(said.flatMap((s) => uncatalogued(s, DATA))).toEqual([]);

    // programs read the same English sentences in every language
    const checkJson = await json(anna, ['check']);
    const previewJson = await json(
      anna,
      ['invoice', 'run', '--date', '2026-11-01', '--dry-run'],
      billing('2026-11-01'),
    );
    for (const out of [checkJson, previewJson]) expect(out).toContain(ENGLISH.time(entry));
    expect(checkJson).toContain(ENGLISH.move);
  });
});
