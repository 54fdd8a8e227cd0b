import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { helpdesk, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { schemaMessage } from '../../src/i18n/schema-messages.js';
import { renderIn } from '../../src/i18n/render.js';
import { isText } from '../../src/i18n/keys.js';
import { uncatalogued, visible } from './marks.js';

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
