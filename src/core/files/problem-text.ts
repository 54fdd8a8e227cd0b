import type { Text } from '../../i18n/keys.js';
import { renderIn } from '../../i18n/render.js';
import type { Problem } from './yaml-text.js';

/**
 * A problem's message: the English for --json and logs, the text for the reader's terminal.
 * Apart from yaml-text.ts so that reading a file loads no catalog.
 */
export const problemSaid = (said: Text): Pick<Problem, 'message' | 'said'> => ({
  message: renderIn('en', said.key, said.values),
  said,
});
