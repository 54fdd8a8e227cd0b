import { readFileSync, writeSync } from 'node:fs';
import { answerTab } from '../completion/answer.js';
import { tableFile, type CommandTable } from '../completion/spec.js';
import { chooseLanguage } from '../../i18n/language.js';

/**
 * `desk __complete SHELL -- WORDS…` started without the command table (lean/commands.ts), run on
 * every Tab: the table is the one the build wrote beside this bundle (scripts/build.mjs), read as
 * JSON, so a Tab neither loads commander nor builds the table of every command. Without that file
 * (an unfinished build) it offers nothing, as a Tab that finds nothing does.
 */
export async function runLean(positionals: string[]): Promise<void> {
  let table: CommandTable;
  try {
    // in the language the environment asks for (DESK_LANG, the locale): a Tab does not read
    // desk.yaml to learn the person's or the helpdesk's
    const file = tableFile(chooseLanguage({ env: process.env }));
    table = JSON.parse(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')) as CommandTable;
  } catch {
    return;
  }
  const [shell = '', ...words] = positionals; // parseArgs took the `--` before the words
  await answerTab(table, shell, words, writeOut);
}

/**
 * Straight to the process's standard output, which the shell reads: process.stdout would load
 * Node's streams for one write. A shell that stopped reading (a second Tab typed fast) is no
 * error to report.
 */
async function writeOut(text: string): Promise<void> {
  const bytes = Buffer.from(text);
  try {
    for (let at = 0; at < bytes.length; ) at += writeSync(1, bytes, at);
  } catch {
    // EPIPE: nobody reads the offers any more
  }
}
