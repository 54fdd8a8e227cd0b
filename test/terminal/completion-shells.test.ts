import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { builtDesk } from '../helpers/built.js';
import { cleanEnv, copyHelpdesk, openTicket, tempHelpdesk, type TempHelpdesk } from '../helpers/helpdesk.js';
import { pane, type Pane } from '../helpers/tmux.js';
import { commandTable } from '../../src/cli/main.js';
import { tableFile } from '../../src/cli/completion/spec.js';
import { described } from '../../src/cli/commander-texts.js';
import { tableOf } from '../../src/cli/completion/table.js';

/**
 * Tab in real shells: bash and zsh in a terminal (tmux), typing as a person does and reading the
 * screen; fish through its own completion machinery (`complete -C`). Each shell loads the script
 * `desk completion SHELL` prints, as docs/terminal.md says. .ci/run installs bash, zsh, fish and
 * tmux; without one, its test fails saying which to install.
 */
let seed: TempHelpdesk;
let hd: TempHelpdesk;
let term: Pane | undefined;
let first: string;
let second: string;
// the tickets are opened once: each test works on a copy of the helpdesk of its own
beforeAll(() => {
  seed = tempHelpdesk();
  first = openTicket(seed, ['--title', 'Lohnexport bricht ab']);
  second = openTicket(seed, ['--title', 'Drucker im Lager druckt nicht']);
  seed.ok(['list']); // the ticket index, as after any day's work
});
afterAll(() => seed.cleanup());
beforeEach(() => {
  hd = copyHelpdesk(seed);
});
afterEach(() => {
  term?.close();
  term = undefined;
  hd.cleanup();
});

function needs(shell: string): void {
  if (spawnSync(shell, ['-c', 'exit 0']).status !== 0)
    throw new Error(`${shell} is not installed: the completion tests need it (apt-get install ${shell})`);
}

describe('bash', () => {
  it('completes a command, then a flag, then a ticket id on Tab', async () => {
    needs('bash');
    writeFileSync(join(hd.root, '.bashrc-test'), 'PS1="$ "\nsource <(desk completion bash)\n');
    term = pane(['bash', '--noprofile', '--rcfile', join(hd.root, '.bashrc-test'), '-i'], { cwd: hd.root });
    await term.waitFor('$ ');
    term.type('desk escal');
    term.keys('Tab');
    await term.waitFor('$ desk escalate ');
    term.type(first.slice(0, 9));
    term.keys('Tab');
    await term.waitFor(`$ desk escalate ${first} `);
    term.type('--rea');
    term.keys('Tab');
    await term.waitFor(`$ desk escalate ${first} --reason `);
    term.keys('C-u');
    await term.waitFor(/^\$ *$/m);
    // two open tickets: the first Tab adds what they share; readline lists them on the third
    term.type('desk show ');
    term.keys('Tab');
    await term.waitFor('$ desk show T-');
    term.keys('Tab', 'Tab');
    const screen = await term.waitFor(second);
    expect(screen).toContain(first);
  });
});

describe('zsh', () => {
  it('completes commands and shows ticket titles as descriptions', async () => {
    needs('zsh');
    writeFileSync(
      join(hd.root, '.zshrc'),
      'PS1="%% "\nautoload -U compinit && compinit -u\nsource <(desk completion zsh)\n',
    );
    term = pane(['zsh', '-i'], { cwd: hd.root, env: { ZDOTDIR: hd.root } });
    await term.waitFor('% ');
    term.type('desk qual');
    term.keys('Tab');
    await term.waitFor('% desk qualify ');
    term.keys('C-u');
    await term.waitFor(/^% *$/m);
    term.type('desk show ');
    term.keys('Tab');
    await term.waitFor('% desk show T-');
    term.keys('Tab');
    const screen = await term.waitFor('Drucker im Lager druckt nicht (new, acme)');
    expect(screen).toContain('Lohnexport bricht ab (new, acme)');
    expect(screen).toContain(first);
    term.keys('C-u'); // an empty line before typing the next (C-c would race the keys after it)
    await term.waitFor(/^% *$/m);
    term.type('desk qualify x --priority h');
    term.keys('Tab');
    await term.waitFor('% desk qualify x --priority high ');
  });
});

describe('fish', () => {
  it('completes ticket ids with their titles through its completion machinery', () => {
    needs('fish');
    const desk = join(hd.root, '.bin');
    spawnSync('mkdir', ['-p', desk]);
    writeFileSync(join(desk, 'desk'), `#!/bin/sh\nexec '${process.execPath}' '${builtDesk()}' "$@"\n`, { mode: 0o755 });
    const env = cleanEnv({ PATH: `${desk}:${process.env.PATH}`, DESK_USER: 'mk' });
    const fish = (line: string) =>
      spawnSync('fish', ['--no-config', '-c', `desk completion fish | source; complete -C'${line}'`], {
        cwd: hd.root,
        env,
        encoding: 'utf8',
      });
    const shown = fish('desk show ');
    expect(shown.stderr).toBe('');
    expect(shown.stdout).toContain(`${first}\tLohnexport bricht ab (new, acme)`);
    expect(shown.stdout).toContain(`${second}\tDrucker im Lager druckt nicht (new, acme)`);
    // in the command table's order, not sorted
    expect(fish('desk kb s').stdout).toMatch(/^show\t.*\nsearch\t/m);
  });
});

describe('the lean way a Tab takes', () => {
  it('walks the command table the build wrote down, which is the table itself', () => {
    // the process answers __complete from dist/lean/command-table.en.json (src/cli/lean/complete.ts)
    const built = JSON.parse(readFileSync(join(dirname(builtDesk()), '..', 'dist', 'lean', tableFile('en')), 'utf8'));
    // the same commands, arguments, flags, kinds and choices (descriptions are said by the catalog)
    const shape = (table: unknown) =>
      JSON.parse(JSON.stringify(table), (key, value: unknown) => (key === 'description' ? undefined : value));
    expect(shape(built)).toEqual(shape(tableOf(commandTable(), described)));
    const escalate = built.commands.commands.find((c: { name: string }) => c.name === 'escalate');
    expect(escalate.description).toBe('hand a qualified ticket from First to Second Level');
    // and answers as the table does, from any folder: a flag's choices, commands, the report names
    const r = spawnSync(process.execPath, [builtDesk(), '__complete', 'fish', '--', 'report', 's'], {
      cwd: hd.root,
      env: cleanEnv(),
      encoding: 'utf8',
    });
    expect(r.stdout.split('\n').filter(Boolean)).toEqual([
      'sla\treaction-time compliance by contract, priority and staff; the breaches',
      'satisfaction\tfeedback scores and comments by customer, staff and product; trend',
      'sales\tcustomers to offer a bigger contract or a first one, customers at risk, extension demand',
    ]);
  });
});
