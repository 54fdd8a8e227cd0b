import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { copyHelpdesk, openTicket, tempHelpdesk, type TempHelpdesk } from '../helpers/helpdesk.js';
import { inTerminal } from '../helpers/terminal.js';
import { pane, type Pane } from '../helpers/tmux.js';

/**
 * The pager, as git's: desk runs in a pseudo-terminal (or tmux, for less itself); a stand-in
 * pager writes what it was given to a file, so the test sees what went through it.
 */
let seed: TempHelpdesk;
let hd: TempHelpdesk;
let id: string;
let term: Pane | undefined;
const LONG = Array.from({ length: 60 }, (_, i) => `Zeile ${i + 1} des Protokolls`).join('\n');
// the ticket is opened once: each test works on a copy of the helpdesk of its own
beforeAll(() => {
  seed = tempHelpdesk();
  id = openTicket(seed, ['--title', 'Lohnexport bricht ab', '-d', LONG]);
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

const paged = (name: string) => join(hd.root, name);
const show = (env: Record<string, string>, args: string[] = []) =>
  inTerminal(hd.root, [...args, 'show', id], [], { DESK_USER: 'mk', ...env });

describe('the pager', () => {
  it('pages show on a terminal through DESK_PAGER, and never into a pipe', async () => {
    const r = await show({ DESK_PAGER: 'cat > paged.txt' });
    expect(r.code).toBe(0);
    expect(readFileSync(paged('paged.txt'), 'utf8')).toContain('Lohnexport bricht ab');
    expect(r.output).not.toContain('Lohnexport bricht ab');
    const piped = hd.desk(['show', id], { env: { DESK_PAGER: 'cat > piped.txt' } });
    expect(piped.stdout).toContain('Lohnexport bricht ab');
    expect(existsSync(paged('piped.txt'))).toBe(false);
  });

  it('is switched off by --no-pager, by desk.yaml, and by an empty or cat pager', async () => {
    const off = await show({ DESK_PAGER: 'cat > off.txt' }, ['--no-pager']);
    expect(off.output).toContain('Lohnexport bricht ab');
    expect(existsSync(paged('off.txt'))).toBe(false);
    expect((await show({ DESK_PAGER: 'cat' })).output).toContain('Zeile 60');
    hd.write('desk.yaml', `${hd.read('desk.yaml')}terminal:\n  pager: false\n`);
    hd.git('commit', '-qam', 'no pager for the team');
    const team = await show({ PAGER: 'cat > team.txt' });
    expect(team.output).toContain('Lohnexport bricht ab');
    expect(existsSync(paged('team.txt'))).toBe(false);
  });

  it('takes DESK_PAGER, then git config desk.pager, then desk.yaml, then PAGER', async () => {
    hd.write('desk.yaml', `${hd.read('desk.yaml')}terminal:\n  pager: cat > yaml.txt\n`);
    hd.git('commit', '-qam', 'the team pager');
    await show({ PAGER: 'cat > env.txt' });
    expect(existsSync(paged('yaml.txt'))).toBe(true);
    expect(existsSync(paged('env.txt'))).toBe(false);
    hd.git('config', 'desk.pager', 'cat > user.txt');
    await show({ PAGER: 'cat > env.txt' });
    expect(existsSync(paged('user.txt'))).toBe(true);
    await show({ DESK_PAGER: 'cat > desk.txt' });
    expect(existsSync(paged('desk.txt'))).toBe(true);
    hd.git('config', '--unset', 'desk.pager');
    hd.write('desk.yaml', hd.read('desk.yaml').replace(/terminal:\n.*\n/, ''));
    await show({ PAGER: 'cat > env.txt' });
    expect(readFileSync(paged('env.txt'), 'utf8')).toContain('Zeile 60');
  });

  it('pages list --all, kb show and reports, not a short list', async () => {
    hd.write('kb/export-abbruch.md', `---\ntitle: Export bricht ab\nlang: de\naudience: internal\n---\n${LONG}\n`);
    const env = { DESK_PAGER: 'cat >> paged.txt' };
    await inTerminal(hd.root, ['list'], [], { DESK_USER: 'mk', ...env });
    expect(existsSync(paged('paged.txt'))).toBe(false);
    await inTerminal(hd.root, ['list', '--all'], [], { DESK_USER: 'mk', ...env });
    await inTerminal(hd.root, ['kb', 'show', 'export-abbruch'], [], { DESK_USER: 'mk', ...env });
    await inTerminal(hd.root, ['report', 'backlog'], [], { DESK_USER: 'mk', ...env });
    const text = readFileSync(paged('paged.txt'), 'utf8');
    expect(text).toContain('Lohnexport bricht ab'); // list --all
    expect(text).toContain('Export bricht ab'); // kb show
    expect(text).toMatch(/backlog/i); // the report
  });

  it('is no error when the person quits the pager before the end', async () => {
    const r = await show({ DESK_PAGER: 'head -n 1 > first.txt' });
    expect(r.code).toBe(0);
    expect(r.output).not.toMatch(/EPIPE|error/i);
    expect(readFileSync(paged('first.txt'), 'utf8').split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('runs less -FRX by default: a screenful, q quits, the text stays on the screen', async () => {
    term = pane(['sh', '-c', `desk show ${id}; echo "desk ended with $?"; sleep 60`], {
      cwd: hd.root,
      width: 80,
      height: 12,
      env: { PAGER: undefined, DESK_PAGER: undefined, LESS: undefined },
    });
    await term.waitFor('Zeile 3 des Protokolls');
    expect(term.screen()).not.toContain('desk ended');
    term.keys('q');
    const screen = await term.waitFor('desk ended with 0');
    expect(screen).toContain('Zeile'); // -X: what was shown stays
  });
});
