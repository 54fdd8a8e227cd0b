import type { Command, Option } from 'commander';
import { REPORTS, REPORT_NAMES } from '../../core/reports/index.js';
import { kindOfArgument, kindOfOption } from './kinds.js';
import type { CommandSpec, CommandTable, FlagSpec } from './spec.js';

const hidden = (c: Command): boolean => Boolean((c as unknown as { _hidden?: boolean })._hidden);

/**
 * What completion reads of `program`, the command table (spec.ts), for the build to write down;
 * `say` gives each description in the reader's language (the table's descriptions are catalog keys).
 */
export function tableOf(program: Command, say: (description: string) => string = (d) => d): CommandTable {
  return {
    commands: specOf(program, [], say),
    known: { report: REPORT_NAMES.map((n) => ({ value: n, description: say(REPORTS[n].description) })) },
  };
}

function specOf(program: Command, path: readonly string[], say: (description: string) => string): CommandSpec {
  return {
    name: program.name(),
    aliases: program.aliases(),
    description: say(program.description()),
    hidden: hidden(program),
    flags: program.options.filter((o) => !o.hidden).map((o) => flagOf(o, say)),
    args: program.registeredArguments.map((a, i) => ({
      kind: kindOfArgument(path.join(' '), a, i),
      variadic: a.variadic,
      ...(a.argChoices ? { choices: [...a.argChoices] } : {}),
    })),
    commands: program.commands.map((c) => specOf(c, [...path, c.name()], say)),
  };
}

function flagOf(o: Option, say: (description: string) => string): FlagSpec {
  return {
    ...(o.long ? { long: o.long } : {}),
    ...(o.short ? { short: o.short } : {}),
    description: say(o.description),
    takesValue: o.required || o.optional,
    repeatable: Boolean((o as unknown as { parseArg?: unknown }).parseArg) || o.variadic,
    helpOrVersion: o.long === '--help' || o.long === '--version',
    kind: kindOfOption(o),
    ...(o.argChoices ? { choices: [...o.argChoices] } : {}),
  };
}
