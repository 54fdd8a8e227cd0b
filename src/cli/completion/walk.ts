import type { ValueKind } from './kinds.js';
import type { ArgSpec, CommandSpec, FlagSpec } from './spec.js';

/**
 * Where the word being completed stands in the command table: a (sub)command name, a flag, or
 * the value of a flag or positional argument, together with the command it belongs to. It is
 * read from the command table (src/cli/main.ts, as table.ts gives it), so a command added there
 * completes without anything added here.
 */
export type Place =
  | { what: 'commands'; commands: Candidate[] }
  | { what: 'flags'; flags: Candidate[] }
  | { what: 'value'; kind: ValueKind; choices?: readonly string[]; prefix: string; word: string }
  | { what: 'nothing' };

export interface Candidate {
  value: string;
  description?: string;
}

/** Global flags the helpdesk is found and the actor named with, as typed on the line so far. */
export interface Globals {
  repo?: string;
  as?: string;
}

/** Every flag a command takes, its own and those of the commands above it (global ones). */
function flagsOf(chain: readonly CommandSpec[]): FlagSpec[] {
  return chain.flatMap((c) => c.flags);
}

function findFlag(chain: readonly CommandSpec[], word: string): FlagSpec | undefined {
  return flagsOf(chain).find((o) => o.long === word || o.short === word);
}

const takesValue = (o: FlagSpec): boolean => o.takesValue;

/**
 * Walks `words` (what follows `desk` on the line; the last is the word being completed, maybe
 * empty) through the command table.
 */
export function placeOf(program: CommandSpec, words: readonly string[]): { place: Place; globals: Globals } {
  const chain: CommandSpec[] = [program];
  const globals: Globals = {};
  const used = new Set<FlagSpec>();
  let positional = 0;
  let afterDashes = false;
  const typed = words.slice(0, -1);
  const word = words[words.length - 1] ?? '';
  for (let i = 0; i < typed.length; i++) {
    const w = typed[i]!;
    const cmd = chain[chain.length - 1]!;
    if (!afterDashes && w === '--') {
      afterDashes = true;
      continue;
    }
    if (!afterDashes && w.startsWith('-') && w.length > 1) {
      const [name, inline] = w.startsWith('--') && w.includes('=') ? [w.slice(0, w.indexOf('=')), true] : [w, false];
      const flag = findFlag(chain, name);
      if (!flag) continue;
      used.add(flag);
      if (takesValue(flag) && !inline) {
        const value = typed[i + 1];
        i++;
        if (flag.long === '--repo') globals.repo = value;
        if (flag.long === '--as') globals.as = value;
      } else if (inline) {
        const value = w.slice(w.indexOf('=') + 1);
        if (flag.long === '--repo') globals.repo = value;
        if (flag.long === '--as') globals.as = value;
      }
      continue;
    }
    const sub = positional === 0 ? subcommand(cmd, w) : undefined;
    if (sub) {
      chain.push(sub);
      continue;
    }
    positional++;
  }
  const cmd = chain[chain.length - 1]!;
  const previous = typed[typed.length - 1];
  const before = previous && !afterDashes ? findFlag(chain, previous) : undefined;
  // the value of a flag: --period <Tab>, or --period=<Tab>
  if (before && takesValue(before) && !typed.slice(-2, -1).some((w) => isValueFlag(chain, w)))
    return { place: valueOfFlag(before, '', word), globals };
  if (!afterDashes && word.startsWith('--') && word.includes('=')) {
    const flag = findFlag(chain, word.slice(0, word.indexOf('=')));
    if (flag && takesValue(flag))
      return {
        place: valueOfFlag(flag, word.slice(0, word.indexOf('=') + 1), word.slice(word.indexOf('=') + 1)),
        globals,
      };
  }
  if (!afterDashes && word.startsWith('-')) {
    const flags = flagsOf(chain)
      .filter((o) => !o.helpOrVersion && o.long && (!used.has(o) || o.repeatable))
      .map((o) => ({ value: o.long!, description: o.description }));
    return { place: { what: 'flags', flags }, globals };
  }
  const subs = cmd.commands.filter((c) => !c.hidden);
  if (subs.length && positional === 0) {
    const commands = subs.map((c) => ({ value: c.name, description: c.description }));
    return { place: { what: 'commands', commands }, globals };
  }
  const argument = argumentAt(cmd, positional);
  if (!argument) return { place: { what: 'nothing' }, globals };
  return {
    place: {
      what: 'value',
      kind: argument.kind,
      choices: argument.choices,
      prefix: '',
      word,
    },
    globals,
  };
}

/** Whether `w` is a flag that takes a value (so the word after it is that value, not a flag's). */
function isValueFlag(chain: readonly CommandSpec[], w: string): boolean {
  const flag = findFlag(chain, w);
  return Boolean(flag && takesValue(flag));
}

function valueOfFlag(flag: FlagSpec, prefix: string, word: string): Place {
  return { what: 'value', kind: flag.kind, choices: flag.choices, prefix, word };
}

function subcommand(cmd: CommandSpec, name: string): CommandSpec | undefined {
  return cmd.commands.find((c) => c.name === name || c.aliases.includes(name));
}

/** The argument the next positional word fills; a variadic last one takes every word after. */
function argumentAt(cmd: CommandSpec, index: number): ArgSpec | undefined {
  const args = cmd.args;
  const last = args[args.length - 1];
  return args[index] ?? (last?.variadic ? last : undefined);
}
