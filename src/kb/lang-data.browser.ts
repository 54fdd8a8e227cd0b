// lang-data.ts for the browser (the help center's search): the bundler resolves these imports.
import snowball from 'snowball-stemmers';
import { deu, eng } from 'stopword';

export { snowball, deu, eng };
