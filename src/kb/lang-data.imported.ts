// lang-data.ts for the bundles (the CLI's and the help center's search, scripts/bundle.mjs): the
// bundler resolves these imports and takes the stemmers trimmed to German and English.
// the package marks itself __esModule and has no default export: its named exports are the API
import * as snowball from 'snowball-stemmers';
import { deu, eng } from 'stopword';

export { snowball, deu, eng };
