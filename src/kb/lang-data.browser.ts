// lang-data.ts for the browser (the help center's search): the bundler resolves these imports.
// the package marks itself __esModule and has no default export: its named exports are the API
import * as snowball from 'snowball-stemmers';
import { deu, eng } from 'stopword';

export { snowball, deu, eng };
