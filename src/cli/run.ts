import { DeskError } from '../core/errors.js';
import { forTerminal } from '../core/safe-text/index.js';
import { paintErr } from '../render/terminal/style.js';
import { io } from '../io/context.js';
import { endPager } from './pager.js';
import { say, t } from '../i18n/index.js';

const EXIT: Record<DeskError['code'], number> = { refused: 1, failed: 1, usage: 2, invalid: 2, threshold: 3 };

/**
 * The one place errors become messages and exit codes: one line on stderr saying what is wrong
 * (and a second with what to do), a stack trace only with DESK_DEBUG.
 */
export async function run(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (e) {
    io().exitCode = report(e);
  } finally {
    await endPager(); // the rest went to the pager: wait until the person has quit it
  }
}

export function report(e: unknown): number {
  if (io().env.DESK_DEBUG && e instanceof Error) io().stderr.write(`${e.stack}\n`);
  if (e instanceof DeskError) {
    // messages quote what was typed or read, which may be outside text
    io().stderr.write(`${paintErr.red(t('cli.errorLabel'))} ${forTerminal(say(e.said))}\n`);
    if (e.saidHint) io().stderr.write(`${paintErr.dim(t('cli.hintLabel'))} ${forTerminal(say(e.saidHint))}\n`);
    return EXIT[e.code];
  }
  if (isPromptCancel(e)) {
    io().stderr.write(`${t('cli.cancelled')}\n`);
    return 1;
  }
  const message = e instanceof Error ? e.message : String(e);
  io().stderr.write(`${paintErr.red(t('cli.unexpected'))} ${forTerminal(message.split('\n')[0] ?? '')}\n`);
  io().stderr.write(`${t('cli.unexpectedHint')}\n`);
  return 1;
}

function isPromptCancel(e: unknown): boolean {
  return e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError');
}
