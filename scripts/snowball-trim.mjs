// snowball-stemmers is one file of 870 KB holding 24 languages' stemmers, each built when the
// file loads; desk stems German and English only. The bundles (scripts/bundle.mjs) take the file
// without the other 22: loading it then costs a tenth. The cut follows the file's layout, which
// package.json pins to one exact version; any other layout fails the build with a message
// instead of shipping a stemmer that is not the library's (test/kb/snowball-trim.test.ts stems
// the sample articles' words both ways and compares).
import { readFileSync } from 'node:fs';

export const KEPT_STEMMERS = ['english', 'german'];

/** The library's source with only the stemmers named in `keep`; throws when its layout is not the one known. */
export function trimSnowball(source, keep = KEPT_STEMMERS) {
  const removed = [];
  const kept = [];
  let out = source.replace(
    /^ {4}var (\w+)Stemmer = function \(_SnowballStemmer\d*\) \{\n[\s\S]*?^ {4}\}\(SnowballStemmer\);\n/gm,
    (block, name) => {
      if (keep.includes(name)) {
        kept.push(name);
        return block;
      }
      removed.push(name);
      return '';
    },
  );
  out = out.replace(/^ +(\w+): \1Stemmer,?\n/gm, (line, name) => (keep.includes(name) ? line : ''));
  const leftOver = removed.filter((name) => new RegExp(`\\b${name}Stemmer\\b`).test(out));
  if (
    kept.length !== keep.length ||
    removed.length < 20 ||
    leftOver.length > 0 ||
    !/function newStemmer\(lng\)/.test(out)
  )
    throw new Error(
      `snowball-stemmers does not have the layout scripts/snowball-trim.mjs cuts (kept ${kept.join(', ') || 'none'}, ` +
        `removed ${removed.length}, still named: ${leftOver.join(', ') || 'none'}): check the new version and adjust the cut`,
    );
  return out;
}

/** An esbuild plugin loading snowball-stemmers trimmed to German and English. */
export function snowballTrim() {
  return {
    name: 'snowball-trim',
    setup(b) {
      b.onLoad({ filter: /[\\/]snowball-stemmers[\\/]snowball-stemmers\.js$/ }, (args) => ({
        contents: trimSnowball(readFileSync(args.path, 'utf8')),
        loader: 'js',
      }));
    },
  };
}
