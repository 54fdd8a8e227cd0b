import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ACME, helpdesk, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { moneyProblem } from '../../src/core/money.js';
import { oneLineProblem, xmlProblem } from '../../src/core/safe-text/index.js';
import { schemaMessage } from '../../src/i18n/schema-messages.js';
import { renderIn } from '../../src/i18n/render.js';
import { isText } from '../../src/i18n/keys.js';
import { uncatalogued, visible } from './marks.js';
import { contractProblems } from '../../src/core/billing/contracts.js';
import { acmeService, customer } from '../billing/fixtures.js';

/**
 * zod's common verdicts on a file's fields — missing, wrong type, not an allowed value, unknown
 * field — in `desk check`'s lines in the reader's language; `--json` keeps zod's English.
 */
const CUSTOMER = `id: acme
name: 42
contracts:
  - kind: service
    fee: "1200.00"
`;

const DATA = 'contracts acme yaml name desk id kind start';

const WORDS = {
  de: {
    wrongType: 'contracts/acme.yaml: name: falsche Art: erwartet Text, gefunden Zahl',
    required: 'contracts/acme.yaml: contracts[0].start: ungültige Angabe\n',
  },
  en: {
    wrongType: 'contracts/acme.yaml: name: Invalid input: expected string, received number',
    required: 'contracts/acme.yaml: contracts[0].start: Invalid input\n',
  },
} as const;

let hd: InProcessHelpdesk;
afterEach(() => hd?.cleanup());

describe.each(['de', 'en'] as const)('schema messages in desk check, in %s', (lang) => {
  it('says the common verdicts in the reader’s language; --json keeps zod’s words', async () => {
    hd = helpdesk({ 'contracts/acme.yaml': CUSTOMER });
    const env = { DESK_LANG: lang, DESK_I18N_MARK: '1' };
    const r = await hd.desk(['check'], { env });
    expect(r.code).toBe(2);
    const out = visible(r.stdout);
    expect(out).toContain(WORDS[lang].wrongType);
    expect(out).toContain(WORDS[lang].required);
    expect(uncatalogued(r.stdout, DATA)).toEqual([]);
    const json = (await hd.desk(['check', '--json'], { env })).stdout;
    expect(json).toContain('Invalid input: expected string, received number');
  });
});

describe('zod’s words as the catalog says them', () => {
  it('recognises zod’s unknown fields, wrong options and missing values, and keeps zod’s English', async () => {
    const schema = z.strictObject({ kind: z.enum(['service', 'hours']), start: z.string() });
    const issues = schema.safeParse({ kind: 'flat', colour: 'blau', size: 1 }).error!.issues.map((i) => i.message);
    const said = issues.map(schemaMessage);
    expect(said.every(isText)).toBe(true);
    expect(said.map((m) => (isText(m) ? renderIn('en', m.key, m.values) : m))).toEqual(issues);
    const { load } = await import('../../src/i18n/render.js');
    await load('de');
    expect(said.map((m) => (isText(m) ? renderIn('de', m.key, m.values) : m))).toEqual([
      'ungültiger Wert: erlaubt ist einer von "service"|"hours"',
      'fehlt (erwartet: Text)',
      'unbekannte Felder: "colour", "size"',
    ]);
  });
});

/**
 * desk's own messages as the schema files write them: the last string of a `.regex`, `.min`,
 * `.refine` or `.url`, and every `message:`, `error:` or ternary's branch, comments left out; a placeholder
 * (`${v}`) becomes a sample value.
 */
function schemaFileMessages(): string[] {
  const dir = join(import.meta.dirname, '../../src/core/schema');
  const found: string[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
    const source = readFileSync(join(dir, name), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    const literal = /[(,:?]\s*('(?:[^'\\\n]|\\.)*'|`[^`]*`|"(?:[^"\\\n]|\\.)*")\s*,?\s*[)}]/g;
    for (const m of source.matchAll(literal)) {
      const written = m[1]!.slice(1, -1).replace(/\$\{[^}]*\}/g, 'x7');
      if (/[a-z]{2,} [a-z]{2,}/i.test(written)) found.push(written.replace(/\\(.)/g, '$1'));
    }
  }
  return found;
}

describe('desk’s own schema messages as the catalog says them', () => {
  it('recognises every message the schema files write, says it in German, and keeps the English as written', async () => {
    const { load } = await import('../../src/i18n/render.js');
    await load('de');
    const messages = [
      ...schemaFileMessages(),
      moneyProblem('zehn'),
      moneyProblem('99999999999.00'),
      xmlProblem('Fehler\u0007')!,
      oneLineProblem('zwei\nZeilen')!,
    ];
    expect(messages.length).toBeGreaterThanOrEqual(31);
    const unsaid = messages.filter((message) => {
      const said = schemaMessage(message);
      if (!isText(said) || !said.key.startsWith('schemaDesk.')) return true;
      return renderIn('en', said.key, said.values) !== message || renderIn('de', said.key, said.values) === message;
    });
    expect(unsaid).toEqual([]);
  });

  it('says the values a message holds in its German text', async () => {
    const { load } = await import('../../src/i18n/render.js');
    await load('de');
    const de = (m: string) => {
      const said = schemaMessage(m);
      return isText(said) ? renderIn('de', said.key, said.values) : said;
    };
    expect(de('"zehn" is not a number of hours; write it like 10 or 7h30m')).toBe(
      '„zehn“ ist keine Stundenzahl; schreiben Sie sie wie 10 oder 7h30m',
    );
    expect(de('two webhooks are named chat')).toBe('zwei Webhooks heißen chat');
    expect(de('give a source either imap: { … } or maildir: PATH')).toBe(
      'geben Sie einer Quelle entweder imap: { … } oder maildir: PFAD',
    );
    // a contract's own problems (core/billing/contracts.ts), written from the same catalog texts
    const ends = contractProblems(customer([acmeService({ start: '2026-07-01', end: '2026-03-31' })], { id: 'acme' }));
    expect(ends.map((p) => de(p.message))).toContain('endet am 2026-03-31, bevor er am 2026-07-01 beginnt');
    expect(
      de(
        'leaves a gap 2026-04-01..2026-04-30 after contracts[0]; contracts follow without a gap (use kind: none for time without one)',
      ),
    ).toBe(
      'lässt eine Lücke 2026-04-01..2026-04-30 nach contracts[0]; Verträge folgen lückenlos aufeinander (für Zeit ohne Vertrag kind: none verwenden)',
    );
    expect(de('a message no one wrote')).toBe('a message no one wrote');
  });
});

describe.each(['de', 'en'] as const)('desk’s own schema messages in desk check, in %s', (lang) => {
  it('says a contract’s wrong date and hours in the reader’s language; --json keeps the English', async () => {
    hd = helpdesk({
      'contracts/acme.yaml': ACME.replace('start: 2026-01-01', 'start: 1.1.2026').replace(
        'includedHours: 10',
        'includedHours: zehn',
      ),
    });
    const env = { DESK_LANG: lang, DESK_I18N_MARK: '1' };
    const r = await hd.desk(['check'], { env });
    expect(r.code).toBe(2);
    const out = visible(r.stdout);
    const said = {
      de: [
        'contracts[0].start: „1.1.2026“ ist kein Datum; schreiben Sie es wie 2026-11-26',
        'contracts[0].includedHours: „zehn“ ist keine Stundenzahl',
      ],
      en: [
        'contracts[0].start: "1.1.2026" is not a date; write it like 2026-11-26',
        'contracts[0].includedHours: "zehn" is not a number of hours',
      ],
    }[lang];
    for (const line of said) expect(out).toContain(line);
    const json = (await hd.desk(['check', '--json'], { env })).stdout;
    expect(json).toContain('\\"1.1.2026\\" is not a date; write it like 2026-11-26');
    expect(json).toContain('\\"zehn\\" is not a number of hours; write it like 10 or 7h30m');
  });
});
