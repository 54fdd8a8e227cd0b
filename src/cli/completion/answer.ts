import { io } from '../../io/context.js';
import { offersFor } from './values.js';
import { offerLine, SHELLS, type Shell } from './scripts.js';
import type { CommandTable } from './spec.js';
import { placeOf, type Candidate } from './walk.js';

/**
 * The answer to one Tab, `desk __complete SHELL -- WORDS…`: the offers for the last word, one a
 * line, in the order to show them, for the command table `table`. Prints nothing rather than
 * fail: a Tab that finds nothing must not spill an error into the person's command line.
 */
export async function answerTab(
  table: CommandTable,
  shell: string,
  words: readonly string[],
  write: (text: string) => Promise<void> = toStdout,
): Promise<void> {
  if (!(SHELLS as readonly string[]).includes(shell)) return;
  const sh = shell as Shell;
  const { place, globals } = placeOf(table.commands, words.length ? words : ['']);
  const word = words[words.length - 1] ?? '';
  let offers: Candidate[] | 'files' | 'directories' = [];
  let prefix = '';
  if (place.what === 'commands') offers = place.commands;
  else if (place.what === 'flags') offers = place.flags;
  else if (place.what === 'value') {
    prefix = place.prefix;
    const typed = place.word;
    offers = place.choices
      ? place.choices.map((value) => ({ value }))
      : await offersFor(place.kind, typed, {
          cwd: io().cwd,
          repo: globals.repo,
          env: io().env,
          known: table.known,
          described: sh !== 'bash',
        }).catch((e: unknown) => {
          if (io().env.DESK_DEBUG) io().stderr.write(`${String(e)}\n`);
          return [];
        });
    if (typeof offers !== 'string') offers = offers.filter((o) => o.value.startsWith(typed));
  }
  if (offers === 'files' || offers === 'directories') {
    await write(`:${offers}\n`);
    return;
  }
  const lines = offers
    .filter((o) => o.value.startsWith(prefix ? '' : word) && /^[^\s\p{Cc}]+$/u.test(o.value))
    .map((o) => offerLine(sh, prefix + o.value, o.description));
  // written as is, not through print(): the offers are ids and names made safe above, and the
  // colours print() loads would cost a Tab more than the offers themselves
  if (lines.length) await write(`${lines.join('\n')}\n`);
}

export function toStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) => io().stdout.write(text, (e) => (e ? reject(e) : resolve())));
}
