import type { ValueKind } from './kinds.js';
import type { Candidate } from './walk.js';

/**
 * What completion needs of the command table (src/cli/main.ts), as plain data: names,
 * descriptions, flags and arguments, each value already named by its kind. The build writes it
 * next to the bundle (scripts/build.mjs, `command-table.json`), so a Tab reads one small file
 * instead of loading commander and building the whole table; in-process (tests) it is made from
 * the live table. Either way it is the table's own content: a new command completes without a
 * line written for it.
 */
export interface CommandTable {
  commands: CommandSpec;
  /** Closed sets of values that only the code knows (report names), as the table's choices are. */
  known: { report: Candidate[] };
}

export interface CommandSpec {
  name: string;
  aliases: string[];
  description: string;
  hidden: boolean;
  flags: FlagSpec[];
  args: ArgSpec[];
  commands: CommandSpec[];
}

export interface FlagSpec {
  long?: string;
  short?: string;
  description: string;
  takesValue: boolean;
  /** May be given more than once (a custom parser gathers it into a list). */
  repeatable: boolean;
  /** --help and --version: never offered. */
  helpOrVersion: boolean;
  kind: ValueKind;
  choices?: string[];
}

export interface ArgSpec {
  kind: ValueKind;
  variadic: boolean;
  choices?: string[];
}

/** Its file beside the lean bundle, one per language (the descriptions are said in it). */
export const tableFile = (language: string): string => `command-table.${language}.json`;
