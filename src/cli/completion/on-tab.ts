import { readFileSync, writeSync } from 'node:fs';
import { answerTab } from './answer.js';
import { TABLE_FILE, type CommandTable } from './spec.js';

/**
 * `desk __complete SHELL -- WORDS…` as the desk process runs it (cli/lean.ts, bundled on its own
 * as `lean-complete.js`): the command table is the one the build wrote beside the bundle
 * (scripts/build.mjs), read as JSON, so a Tab neither loads commander nor builds the table of
 * every command. Without that file the full command line answers.
 */
export async function runLean(args: readonly string[]): Promise<boolean> {
  let table: CommandTable;
  try {
    table = JSON.parse(readFileSync(new URL(`./${TABLE_FILE}`, import.meta.url), 'utf8')) as CommandTable;
  } catch {
    return false;
  }
  const [shell = '', ...rest] = args;
  await answerTab(table, shell, rest[0] === '--' ? rest.slice(1) : rest, writeOut);
  return true;
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
