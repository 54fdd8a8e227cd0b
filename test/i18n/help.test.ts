import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { commandTable } from '../../src/cli/main.js';

/** Every description in the command table, with where it is. */
function descriptions(cmd: Command, path: string[] = []): [string, string][] {
  const here = path.join(' ') || 'desk';
  return [
    [here, cmd.description()],
    ...cmd.options.map((o): [string, string] => [`${here} ${o.flags}`, o.description ?? '']),
    ...cmd.registeredArguments.map((a): [string, string] => [`${here} <${a.name()}>`, a.description ?? '']),
    ...cmd.commands.flatMap((c) => descriptions(c, [...path, c.name()])),
  ];
}

describe('desk --help', () => {
  it('has every command, option and argument described by a catalog key, so German and English both exist', () => {
    const commanders = ['output the version number', 'display help for command', ''];
    const bare = descriptions(commandTable()).filter(
      ([, d]) => !/^help[A-Z][A-Za-z]*\.[A-Za-z0-9]+$/.test(d) && !commanders.includes(d),
    );
    expect(bare).toEqual([]);
  });
});
