import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { copyHelpdesk, openTicket, tempHelpdesk, type TempHelpdesk } from '../helpers/helpdesk.js';
import { pane, type Pane } from '../helpers/tmux.js';

/**
 * `desk tui --plain`, the mode for screen readers, in a real terminal (tmux): it must be linear
 * text — lines written one after the other, never a cursor moved or the screen redrawn — with
 * every change said as a new line and every action on a key, asked in words. What the program
 * writes is recorded byte for byte (tmux pipe-pane) and searched for the escape sequences a
 * screen reader would stumble over.
 */
const NOW = '2026-11-24T15:00:00+01:00';
let seed: TempHelpdesk;
let hd: TempHelpdesk;
let term: Pane | undefined;
let late: string;
let other: string;
// the same two tickets for every test, opened once: each test works on a copy of its own
beforeAll(() => {
  seed = tempHelpdesk();
  const env = { DESK_NOW: NOW };
  late = openTicket(
    seed,
    ['--title', 'Lohnexport bricht ab', '--received-at', '2026-11-23 09:00', '--no-conversation'],
    env,
  );
  other = openTicket(seed, ['--title', 'Drucker im Lager druckt nicht', '--no-conversation'], env);
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

const short = (id: string) => id.slice(0, 7);
const commits = () => hd.git('log', '--format=%an|%s').trim().split('\n');

/**
 * CSI sequences that move the cursor, erase, scroll or switch screens (and the two-byte save and
 * restore): what redraws. Colours (…m) are searched for separately.
 */
// eslint-disable-next-line no-control-regex
const MOVING = /\u001b(\[[0-9;?]*[ABCDEFGHJKSTfsu]|\[\?(1049|47|1047|25)[hl]|[78])/;
// eslint-disable-next-line no-control-regex
const COLOUR = /\u001b\[[0-9;]*m/;

describe('desk tui --plain', { timeout: 180_000 }, () => {
  it('says the queue as lines, answers every key with new lines, and never moves the cursor', async () => {
    const log = join(hd.root, '.git', 'plain-output');
    writeFileSync(log, '');
    // desk starts only once the recording runs, so not a byte is missed
    term = pane(
      ['sh', '-c', `while [ ! -e .git/go ]; do sleep 0.05; done; desk tui --plain; echo "tui ended with $?"; sleep 60`],
      { cwd: hd.root, width: 80, height: 24, env: { DESK_NOW: NOW, NO_COLOR: undefined } },
    );
    const t = term;
    t.record(log);
    writeFileSync(join(hd.root, '.git', 'go'), '');
    await t.waitFor('2 tickets in the queue. Press ? for the keys');
    await t.waitFor(`selected: 1 of 2: ${short(late)}, overdue`);
    t.keys('j');
    await t.waitFor(`2 of 2: ${short(other)}, due in`);
    t.keys('j');
    await t.waitFor('This is the last ticket.');
    t.keys('k');
    await t.waitFor(new RegExp(`This is the last ticket\\.\\n1 of 2: ${short(late)}`));
    // an action: asked in words, typed with the terminal's own echo, answered with the result
    t.keys('n');
    await t.waitFor(`${short(late)}: Internal note. Type it and press Enter; Enter alone cancels.`);
    t.type('Rückruf um 14 Uhr vereinbart');
    t.keys('Enter');
    await t.waitFor(`Done: ${short(late)}: comment`);
    expect(commits()[0]).toBe(`Miriam Krause|${short(late)}: comment`);
    t.keys('n');
    await t.waitFor(new RegExp(`Done: .*\\n${short(late)}: Internal note\\.`));
    t.keys('Enter');
    await t.waitFor('Cancelled, nothing changed.');
    // the ticket itself, as lines
    t.keys('Enter');
    await t.waitFor('Rückruf um 14 Uhr vereinbart');
    // a change made elsewhere is said as new lines, without a key
    const call = openTicket(hd, ['--title', 'Kasse startet nicht', '--no-conversation'], { DESK_NOW: NOW });
    await t.waitFor('The queue changed: 3 tickets now.');
    await t.waitFor(new RegExp(`New in the queue: \\d of 3: ${short(call)}, .*Kasse startet nicht`));
    // the keys, in words
    t.keys('?');
    await t.waitFor('h hand off, K article');
    t.keys('q');
    await t.waitFor('tui ended with 0');
    const written = readFileSync(log, 'utf8');
    expect(written).toContain('Rückruf um 14 Uhr vereinbart');
    expect(written).not.toMatch(MOVING);
    expect(written).not.toMatch(COLOUR);
  });

  it('needs no key to be told what it is: the first line says the mode, the count and where the keys are', async () => {
    term = pane(['sh', '-c', 'DESK_TUI_PLAIN=1 desk tui; echo "tui ended with $?"; sleep 60'], {
      cwd: hd.root,
      width: 80,
      height: 24,
      env: { DESK_NOW: NOW },
    });
    const screen = await term.waitFor('selected: 1 of 2');
    expect(screen.split('\n')[0]).toBe(
      'desk tui, plain mode. 2 tickets in the queue. Press ? for the keys, q to quit.',
    );
    term.keys('q');
    await term.waitFor('tui ended with 0');
  });

  it('acts on every key of a burst: keys typed faster than it answers, or pasted, arrive together', async () => {
    term = pane(['sh', '-c', 'desk tui --plain; echo "tui ended with $?"; sleep 60'], {
      cwd: hd.root,
      width: 80,
      height: 24,
      env: { DESK_NOW: NOW },
    });
    await term.waitFor('selected: 1 of 2');
    term.type('jn'); // one write to the terminal: down to the second ticket, then a note on it
    await term.waitFor(`${short(other)}: Internal note. Type it and press Enter; Enter alone cancels.`);
    term.keys('Enter');
    await term.waitFor('Cancelled, nothing changed.');
    term.keys('q');
    await term.waitFor('tui ended with 0');
  });
});

describe('desk tui --plain in German', { timeout: 180_000 }, () => {
  it('says the queue, the rows and the questions in German sentences, and acts on the same keys', async () => {
    term = pane(['sh', '-c', 'desk tui --plain; echo "tui ended with $?"; sleep 60'], {
      cwd: hd.root,
      width: 100,
      height: 30,
      env: { DESK_NOW: NOW, DESK_LANG: 'de' },
    });
    const t = term;
    await t.waitFor('2 Tickets in der Arbeitsliste');
    await t.waitFor(`ausgewählt: 1 von 2: ${short(late)}, Reaktion seit`);
    await t.waitFor(/überfällig, neu, Level 1, Kunde acme, nicht zugewiesen: Lohnexport bricht ab/);
    t.keys('j');
    await t.waitFor(new RegExp(`2 von 2: ${short(other)}, Reaktion fällig in \\d+ (Std\\.|Min\\.)`));
    t.keys('k');
    t.keys('n');
    await t.waitFor(`${short(late)}: Interne Notiz. Eingeben und Enter drücken; Enter allein bricht ab.`);
    t.type('Rückruf um 14 Uhr vereinbart');
    t.keys('Enter');
    await t.waitFor(`Erledigt: ${short(late)}`);
    t.keys('m');
    await t.waitFor('Angezeigt: meine, ');
    t.keys('q');
    await t.waitFor('tui ended with 0');
    expect(t.screen()).not.toMatch(/\b(overdue|due in|level|customer|unassigned|selected|Internal note)\b/);
  });
});
