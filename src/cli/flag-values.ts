import { usage } from '../core/errors.js';
import { text } from '../i18n/index.js';

/**
 * Refuses each flag given with an empty or blank value. A script's unset variable
 * (`--undo "$ENTRY"`) hands over "", which a test like `o.undo ? … : …` reads as a flag not
 * given: the command then does what it does without it (logs new time instead of correcting
 * some). A flag given is meant; an empty one says nothing desk could act on.
 */
export function refuseEmpty(values: Readonly<Record<string, string | undefined>>): void {
  for (const [flag, value] of Object.entries(values)) {
    if (value !== undefined && value.trim() === '')
      throw usage(text('input.emptyFlag', { flag }), text('input.emptyFlagHint', { flag }));
  }
}
