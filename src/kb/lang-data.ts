import { createRequire } from 'node:module';
import { deu, eng } from 'stopword';

// snowball-stemmers is one large CommonJS file holding every language: required rather than
// imported, it skips the scan Node's ESM loader makes of a CommonJS source for its export names,
// which took longer than a whole search. stopword is imported: the CLI's bundle takes its
// ES module build and keeps only these two lists (scripts/bundle.mjs). The help center's page
// gets lang-data.browser.ts instead.
const require = createRequire(import.meta.url);
export const snowball = require('snowball-stemmers') as typeof import('snowball-stemmers');
export { deu, eng };
