import { usage } from '../../core/errors.js';
import { answerTab, toStdout } from '../completion/answer.js';
import { SCRIPTS, SHELLS, type Shell } from '../completion/scripts.js';
import { tableOf } from '../completion/table.js';
import { described } from '../commander-texts.js';
import { commandTable } from '../main.js';

/** `desk completion SHELL`: the script that makes the shell ask desk on Tab (docs/terminal.md). */
export async function completion(shell: string): Promise<void> {
  await toStdout(SCRIPTS[shellNamed(shell)]);
}

/**
 * `desk __complete SHELL -- WORDS…` run through the command table (in-process, as the tests run
 * desk); the desk process answers it as a lean command instead (cli/lean/complete.ts), with the same
 * table as the build wrote it down.
 */
export async function complete(shell: string, words: string[] = []): Promise<void> {
  await answerTab(tableOf(commandTable(), described), shell, words);
}

function shellNamed(shell: string): Shell {
  if ((SHELLS as readonly string[]).includes(shell)) return shell as Shell;
  throw usage(
    `unknown shell "${shell}"`,
    `desk completion knows ${SHELLS.join(', ')}: e.g. source <(desk completion bash)`,
  );
}
