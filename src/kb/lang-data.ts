import { createRequire } from 'node:module';

// Both packages are large CommonJS files holding every language. Required rather than imported,
// they skip the scan Node's ESM loader makes of a CommonJS source for its export names, which
// took longer than a whole search. The help center's page gets lang-data.browser.ts instead.
const require = createRequire(import.meta.url);
export const snowball = require('snowball-stemmers') as typeof import('snowball-stemmers');
export const { deu, eng } = require('stopword') as typeof import('stopword');
