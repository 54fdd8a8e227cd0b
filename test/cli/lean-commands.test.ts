import type { Command, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { GLOBAL_OPTIONS, LEAN_COMMANDS, leanCall, type LeanOption } from '../../src/cli/lean/commands.js';
import { commandTable } from '../../src/cli/main.js';

/** An option as commander declares it, in the lean table's terms. */
function asLean(o: Option): [string, LeanOption] {
  const lean: LeanOption = { value: o.required || o.optional };
  if (o.argChoices) lean.choices = o.argChoices;
  return [o.long!.slice(2), lean];
}

function commandAt(words: readonly string[]): Command {
  let cmd = commandTable();
  for (const w of words) cmd = cmd.commands.find((c) => c.name() === w)!;
  return cmd;
}

describe('the lean path takes exactly what the command table declares', () => {
  it('has the program’s global options (but --version, which goes to the table)', () => {
    const declared = commandTable()
      .options.filter((o) => o.long !== '--version')
      .map(asLean);
    expect(Object.fromEntries(declared)).toEqual(GLOBAL_OPTIONS);
  });

  for (const lean of LEAN_COMMANDS) {
    it(`declares ${lean.words.join(' ')} as the table does`, () => {
      const cmd = commandAt(lean.words);
      expect(Object.fromEntries(cmd.options.map(asLean))).toEqual(lean.options);
      // as many positionals as the table's arguments take: the required ones, and a last variadic one any number
      const args = cmd.registeredArguments;
      const max = args[args.length - 1]!.variadic ? undefined : args.length;
      expect(lean.positionals).toEqual({ min: args.filter((a) => a.required).length, ...(max && { max }) });
    });
  }
});

describe('leanCall', () => {
  it('takes a search with global options before and after the words, as commander merges them', () => {
    const call = leanCall(['--repo', '/srv/hd', 'kb', 'search', 'Drucker', 'offline', '--limit=3', '--json']);
    expect(call?.command.module).toBe('kb-search');
    expect(call?.positionals).toEqual(['Drucker', 'offline']);
    expect(call?.options).toEqual({ repo: '/srv/hd', limit: '3', json: true, pager: true });
    expect(leanCall(['kb', 'search', 'x', '--no-pager', '--as', 'mk', '--lang', 'de'])?.options).toEqual({
      pager: false,
      as: 'mk',
      lang: 'de',
    });
    expect(leanCall(['kb', 'search', '--', '--limit'])?.positionals).toEqual(['--limit']);
  });

  it('takes a Tab: the shell and the words after --, whatever they look like', () => {
    const call = leanCall(['__complete', 'zsh', '--', 'reply', 'T-1', '--te']);
    expect(call?.command.module).toBe('complete');
    expect(call?.positionals).toEqual(['zsh', 'reply', 'T-1', '--te']);
    expect(leanCall(['__complete', 'bash', '--', ''])?.positionals).toEqual(['bash', '']);
  });

  it('takes the ticket driver as git calls it: three files and the path, or the three files alone', () => {
    const call = leanCall(['merge-driver', '.merge_file_a', '.merge_file_b', '.merge_file_c', 'tickets/AB/T-AB1.yaml']);
    expect(call?.command.module).toBe('merge-driver');
    expect(call?.positionals).toEqual(['.merge_file_a', '.merge_file_b', '.merge_file_c', 'tickets/AB/T-AB1.yaml']);
    expect(leanCall(['merge-driver', 'a', 'b', 'c'])?.positionals).toEqual(['a', 'b', 'c']);
  });

  it.each([
    [['merge-driver', 'a', 'b']],
    [['merge-driver', 'a', 'b', 'c', 'd', 'e']],
    [['kb', 'search', '--help', 'x']],
    [['kb', 'search', '-h']],
    [['kb', 'search']],
    [['kb', 'search', '--lang', 'fr', 'x']],
    [['kb', 'search', '--limit']],
    [['kb', 'search', '--limit', '-3', 'x']],
    [['kb', 'search', '--tag', 'x', 'y']],
    [['kb', '--limit', '1', 'search', 'x']],
    [['--limit', '1', 'kb', 'search', 'x']],
    [['x', 'kb', 'search', 'y']],
    [['kb', 'list']],
    [['kb', 'show', 'search']],
    [['search', 'kb']],
    [['--version']],
    [[]],
  ])('leaves %j to the command table, which prints help or says what is wrong', (args) => {
    expect(leanCall(args)).toBeUndefined();
  });
});
