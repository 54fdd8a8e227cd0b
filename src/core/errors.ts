/**
 * Typed errors with stable codes. The CLI maps them to exit codes in one place
 * (src/cli/run.ts); core and store only throw them.
 */
export type ErrorCode =
  | 'refused' // a workflow rule says no (exit 1)
  | 'failed' // something outside the user's input went wrong (exit 1)
  | 'usage' // a flag, argument or file is invalid (exit 2)
  | 'invalid' // a file in the helpdesk does not validate (exit 2)
  | 'threshold'; // a threshold the user gave was not met (exit 3)

export class DeskError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'DeskError';
  }
}

export const refused = (message: string, hint?: string) => new DeskError('refused', message, hint);
export const usage = (message: string, hint?: string) => new DeskError('usage', message, hint);
export const invalid = (message: string, hint?: string) => new DeskError('invalid', message, hint);
export const failed = (message: string, hint?: string) => new DeskError('failed', message, hint);
