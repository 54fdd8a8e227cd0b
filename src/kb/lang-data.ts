import { createRequire } from 'node:module';
import { deu, eng } from 'stopword';

// Run from the sources or the unbundled build (tests, scripts): snowball-stemmers is one large
// CommonJS file, required rather than imported, which skips the scan Node's ESM loader makes of
// a CommonJS source for its export names. The bundles take lang-data.imported.ts instead, with
// the stemmers bundled and trimmed to German and English (scripts/bundle.mjs).
const require = createRequire(import.meta.url);
export const snowball = require('snowball-stemmers') as typeof import('snowball-stemmers');
export { deu, eng };
