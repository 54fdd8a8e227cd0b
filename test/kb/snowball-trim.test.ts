import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script, without types
import { trimSnowball } from '../../scripts/snowball-trim.mjs';

/**
 * The bundles carry snowball-stemmers cut down to German and English (scripts/snowball-trim.mjs):
 * the cut stemmers must stem exactly as the library does, and a library whose layout the cut
 * does not know must fail the build rather than ship something else.
 */
type Snowball = { newStemmer(lang: string): { stem(word: string): string } };
const trim = trimSnowball as (source: string, keep?: string[]) => string;
const require = createRequire(import.meta.url);
const libraryFile = require.resolve('snowball-stemmers');
const full = require('snowball-stemmers') as Snowball;

function load(source: string): Snowball {
  const module = { exports: {} as Snowball };
  runInNewContext(source, { module, exports: module.exports });
  return module.exports;
}

/** Every word of the sample helpdesk's articles, lowercased, as the analysis hands them to the stemmer. */
function sampleWords(): string[] {
  const kb = resolve(import.meta.dirname, '../../kb');
  const words = new Set<string>();
  for (const name of readdirSync(kb).filter((n) => n.endsWith('.md')))
    for (const m of readFileSync(join(kb, name), 'utf8').matchAll(/[\p{L}\p{N}]+/gu)) words.add(m[0].toLowerCase());
  return [...words];
}

describe('the stemmers the bundles carry', () => {
  const source = readFileSync(libraryFile, 'utf8');
  const trimmed = trim(source);

  it('are a tenth of the library, and stem German and English word for word as it does', () => {
    expect(trimmed.length).toBeLessThan(source.length / 5);
    const cut = load(trimmed);
    const words = sampleWords();
    expect(words.length).toBeGreaterThan(1000);
    for (const lang of ['german', 'english']) {
      const ours = cut.newStemmer(lang);
      const theirs = full.newStemmer(lang);
      const differ = words.filter((w) => ours.stem(w) !== theirs.stem(w));
      expect(differ).toEqual([]);
    }
    expect(() => cut.newStemmer('french')).toThrow();
  });

  it('fail the build with a message when the library is laid out otherwise', () => {
    expect(() => trim(source.replace(/var germanStemmer = function/, 'let germanStemmer = function'))).toThrow(
      /does not have the layout scripts\/snowball-trim\.mjs cuts/,
    );
    expect(() => trim('module.exports = {};')).toThrow(/check the new version/);
  });
});
