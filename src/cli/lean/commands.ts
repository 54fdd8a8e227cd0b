import { parseArgs } from 'node:util';

/**
 * Commands that start without the command table. Loading commander with every command's
 * definition, and the few dozen chunks the table's shared code is split into, costs more than a
 * knowledge-base search takes; a command listed here is parsed by Node's own `parseArgs` and
 * run from a bundle of its own (scripts/bundle.mjs builds `<build>/lean/<module>.cjs`).
 *
 * The lean path only ever takes a command line it understands exactly as commander would: the
 * command's words, its options and the global ones, each value valid. Anything else — `--help`,
 * an unknown or misspelt option, a value commander would refuse, a missing argument — goes to
 * the full command table, which prints help and errors as always. test/cli/lean-commands.test.ts
 * holds each entry to the command table's definition. bin/desk.js asks here first (start.ts).
 */

export interface LeanOption {
  /** Takes a value (`--limit 5`, `--limit=5`); otherwise a switch. */
  value: boolean;
  /** The values commander accepts, where it names them. */
  choices?: readonly string[];
}

export interface LeanCommand {
  /** The words that name the command: `['kb', 'search']`. */
  words: readonly string[];
  /** Its options by long name, without the dashes. */
  options: Readonly<Record<string, LeanOption>>;
  /** How many positional arguments it takes: at least `min`, at most `max` (none: any number, `<query...>`). */
  positionals: { min: number; max?: number };
  /** The file its bundle is built to, `<build>/lean/<module>.cjs`. */
  module: string;
}

/** The program's own options (cli/main.ts), accepted before the command's words and after them. */
export const GLOBAL_OPTIONS: Readonly<Record<string, LeanOption>> = {
  repo: { value: true },
  as: { value: true },
  'no-pager': { value: false },
};

export const LEAN_COMMANDS: readonly LeanCommand[] = [
  {
    words: ['kb', 'search'],
    options: {
      limit: { value: true },
      lang: { value: true, choices: ['de', 'en'] },
      product: { value: true },
      json: { value: false },
    },
    positionals: { min: 1 },
    module: 'kb-search',
  },
  // run by the completion scripts on every Tab (completion/scripts.ts): `__complete SHELL -- WORDS…`
  {
    words: ['__complete'],
    options: {},
    positionals: { min: 1 },
    module: 'complete',
  },
  // run by git for every ticket file both sides changed, in a sync or a merge by hand (docs/sync.md)
  {
    words: ['merge-driver'],
    options: {},
    positionals: { min: 3, max: 4 },
    module: 'merge-driver',
  },
];

/** A command line the lean path takes: which command, its positionals, and options as commander would merge them. */
export interface LeanCall {
  command: LeanCommand;
  positionals: string[];
  options: Record<string, string | boolean>;
}

/** The lean command `args` call, parsed; undefined when the full command table should take them. */
export function leanCall(
  args: readonly string[],
  commands: readonly LeanCommand[] = LEAN_COMMANDS,
): LeanCall | undefined {
  for (const command of commands) {
    const call = parsedAs(command, args);
    if (call) return call;
  }
  return undefined;
}

function parsedAs(command: LeanCommand, args: readonly string[]): LeanCall | undefined {
  const specs = { ...GLOBAL_OPTIONS, ...command.options };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...args],
      options: Object.fromEntries(
        Object.entries(specs).map(([name, o]) => [
          name,
          { type: o.value ? ('string' as const) : ('boolean' as const) },
        ]),
      ),
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
  } catch {
    return undefined; // unknown option, missing or ambiguous value: commander says what is wrong
  }
  const tokens = parsed.tokens ?? [];
  // the command's words come first among the positionals, and before them only global options
  const firstPositionals = tokens.filter((t) => t.kind !== 'option').slice(0, command.words.length);
  if (!command.words.every((w, i) => firstPositionals[i]?.kind === 'positional' && firstPositionals[i].value === w))
    return undefined;
  const afterWords = firstPositionals[command.words.length - 1]!.index;
  const beforeWords = tokens.filter((t) => t.index < afterWords);
  if (beforeWords.some((t) => t.kind === 'option' && !(t.name in GLOBAL_OPTIONS))) return undefined;
  if (beforeWords.filter((t) => t.kind === 'positional').length !== command.words.length - 1) return undefined;
  const positionals = parsed.positionals.slice(command.words.length);
  const { min, max = Infinity } = command.positionals;
  if (positionals.length < min || positionals.length > max) return undefined;
  const options: Record<string, string | boolean> = {};
  for (const [name, value] of Object.entries(parsed.values)) {
    const spec = specs[name]!;
    if (spec.choices && !spec.choices.includes(value as string)) return undefined;
    if (name === 'no-pager') options.pager = false;
    else options[camelCase(name)] = value as string | boolean;
  }
  // commander's default for a negatable switch it declares as --no-pager
  options.pager ??= true;
  return { command, positionals, options };
}

function camelCase(name: string): string {
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}
