import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { en } from '../../src/i18n/catalog/en/index.js';
import { de } from '../../src/i18n/catalog/de/index.js';

type Area = Record<string, string>;
const areas = (catalog: object) => catalog as Record<string, Area>;

/** The names of the placeholders a message fills (a select in one language may be plain text in the other). */
function placeholders(source: string, locale: string): string[] {
  const found = new Set<string>();
  const walk = (nodes: unknown[]) => {
    for (const node of nodes as { type: number; value?: string; options?: Record<string, { value: unknown[] }> }[]) {
      if (node.value !== undefined && node.type !== 0 && node.type !== 7) found.add(node.value);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(source, locale, undefined, { ignoreTag: true }).getAst());
  return [...found].sort();
}

describe('the message catalog', () => {
  const keys = (catalog: object) =>
    Object.entries(areas(catalog)).flatMap(([area, texts]) => Object.keys(texts).map((k) => `${area}.${k}`));

  it('has a German and an English text for every key, and no key in one language only', () => {
    const missing = (from: object, to: object) => {
      const there = new Set(
        keys(to).filter((k) => {
          // the area ends at the first dot: a key may hold dots itself (permissionWhat.ticket.open)
          const dot = k.indexOf('.');
          const [area, name] = [k.slice(0, dot), k.slice(dot + 1)];
          return (areas(to)[area]?.[name] ?? '').trim() !== '';
        }),
      );
      return keys(from).filter((k) => !there.has(k));
    };
    expect(keys(en).length).toBeGreaterThan(20);
    expect(missing(en, de), 'keys without a German text').toEqual([]);
    expect(missing(de, en), 'keys without an English text').toEqual([]);
  });

  it('parses every message in both languages as ICU, with the same placeholders', () => {
    const broken: string[] = [];
    for (const [area, texts] of Object.entries(areas(en)))
      for (const [name, english] of Object.entries(texts)) {
        const german = areas(de)[area]?.[name] ?? '';
        try {
          const a = placeholders(english, 'en-GB');
          const b = placeholders(german, 'de-DE');
          if (a.join() !== b.join()) broken.push(`${area}.${name}: en has ${a.join(', ')}; de has ${b.join(', ')}`);
        } catch (e) {
          broken.push(`${area}.${name}: ${(e as Error).message}`);
        }
      }
    expect(broken).toEqual([]);
  });

  it('finds a broken message and a missing placeholder (the checks above can fail)', () => {
    expect(() => placeholders('{count, plural, one {# Eintrag}', 'de-DE')).toThrow();
    expect(placeholders('{n, plural, one {# entry} other {# entries}} by {who}', 'en-GB')).not.toEqual(
      placeholders('{n, plural, one {# Eintrag} other {# Einträge}}', 'de-DE'),
    );
  });
});
