import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { parseFastYaml } from '../../src/core/files/fast-yaml.js';
import { stringifyYaml } from '../../src/core/files/yaml-text.js';

/** The full parser's answer: the value, or undefined when it reports an error. */
function full(text: string): unknown {
  const doc = YAML.parseDocument(text);
  return doc.errors.length ? undefined : doc.toJS();
}

/**
 * The fast reader either declines or agrees with the full parser, exactly. Compared by Node's
 * deep strict equality, which checks prototypes: vitest's toStrictEqual compares `.constructor`,
 * which a map with a key "constructor" (and both readers keep it as data) answers with its value.
 */
function agrees(text: string): boolean {
  const fast = parseFastYaml(text);
  if (fast === undefined) return true;
  const expected = full(text);
  expect(
    isDeepStrictEqual(fast, expected),
    `${JSON.stringify(text)}: fast ${JSON.stringify(fast)}, full ${JSON.stringify(expected)}`,
  ).toBe(true);
  return true;
}

const ROOT = resolve(import.meta.dirname, '../..');
/** The YAML files of a folder of the sample helpdesk, tickets one folder down included. */
const yamlFilesIn = (dir: string) =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((n) => n.endsWith('.yaml'))
    .sort();

describe('the fast YAML reader', () => {
  it('reads every file of the sample helpdesk as the full parser does', () => {
    let read = 0;
    for (const dir of ['tickets', 'contracts']) {
      for (const name of yamlFilesIn(dir)) {
        const text = readFileSync(join(ROOT, dir, name), 'utf8');
        expect(parseFastYaml(text), `${dir}/${name}`).toStrictEqual(full(text));
        read++;
      }
    }
    expect(read).toBeGreaterThan(50);
  });

  it('agrees on anything stringifyYaml writes', () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom(
        '',
        ' x',
        'x ',
        'a: b',
        '# no',
        "it's",
        '"q"',
        '- x',
        '|',
        '>',
        '~',
        'null',
        'True',
        '017',
        '0x1F',
        '1e3',
        '.inf',
        '2026-11-26',
        '12:30',
        'a\n\n  b\n',
        '\n',
        'x\n',
        ' lead\nx',
      ),
    );
    const scalar = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null), fc.double({ noNaN: true }));
    const key = fc.oneof(
      fc.stringMatching(/^[a-z][a-zA-Z0-9_-]{0,8}$/),
      fc.constantFrom('null', 'Null', 'NULL', 'True', 'false', 'FALSE', 'yes', 'on', 'y', 'constructor', 'toString'),
    );
    const record = fc.dictionary(key, scalar, { maxKeys: 6 });
    const doc = fc.record({
      id: text,
      summary: record,
      events: fc.array(fc.dictionary(key, fc.oneof(scalar, record), { minKeys: 1, maxKeys: 5 }), { maxLength: 4 }),
      // lists of plain values, as a customer's products or a ticket's tags
      tags: fc.array(scalar, { maxLength: 4 }),
    });
    fc.assert(
      fc.property(doc, (value) => agrees(stringifyYaml(value, ' header'))),
      { numRuns: 2000 },
    );
  });

  it('declines or agrees on damaged text, and never accepts what the full parser rejects', () => {
    const sample = yamlFilesIn('tickets')
      .slice(0, 20)
      .map((n) => readFileSync(join(ROOT, 'tickets', n), 'utf8'));
    const edit = fc.record({
      file: fc.integer({ min: 0, max: sample.length - 1 }),
      at: fc.nat(),
      cut: fc.integer({ min: 0, max: 4 }),
      insert: fc.oneof(
        fc.constantFrom(
          ' ',
          '  ',
          '\n',
          '- ',
          ': ',
          '#',
          ' #',
          '|',
          '"',
          "'",
          'x',
          '\t',
          '\n  ',
          '\nkey: v',
          '{',
          '&a ',
          '*a',
          '---\n',
        ),
        fc.string({ maxLength: 3 }),
      ),
    });
    fc.assert(
      fc.property(edit, ({ file, at, cut, insert }) => {
        const text = sample[file]!;
        const i = at % text.length;
        return agrees(text.slice(0, i) + insert + text.slice(i + cut));
      }),
      { numRuns: 3000 },
    );
  });
});
