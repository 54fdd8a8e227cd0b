import { isText, type Text } from '../i18n/keys.js';
import { renderIn } from '../i18n/render.js';

/**
 * Typed errors with stable codes. The CLI maps them to exit codes in one place
 * (src/cli/run.ts); core and store only throw them. What they say is a text of the catalog
 * (src/i18n), said in the reader's language where it is shown; `message` keeps the English for
 * logs and stack traces. (A plain string is older code's English, shown as it is.)
 */
export type ErrorCode =
  | 'refused' // a workflow rule says no (exit 1)
  | 'failed' // something outside the user's input went wrong (exit 1)
  | 'usage' // a flag, argument or file is invalid (exit 2)
  | 'invalid' // a file in the helpdesk does not validate (exit 2)
  | 'threshold'; // a threshold the user gave was not met (exit 3)

export type Said = Text | string;

export class DeskError extends Error {
  readonly hint?: string;
  constructor(
    readonly code: ErrorCode,
    readonly said: Said,
    readonly saidHint?: Said,
  ) {
    super(english(said));
    this.name = 'DeskError';
    if (saidHint !== undefined) this.hint = english(saidHint);
  }
}

const english = (said: Said): string => (isText(said) ? renderIn('en', said.key, said.values) : said);

export const refused = (message: Said, hint?: Said) => new DeskError('refused', message, hint);
export const usage = (message: Said, hint?: Said) => new DeskError('usage', message, hint);
export const invalid = (message: Said, hint?: Said) => new DeskError('invalid', message, hint);
export const failed = (message: Said, hint?: Said) => new DeskError('failed', message, hint);
