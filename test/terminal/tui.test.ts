import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { copyHelpdesk, openTicket, tempHelpdesk, type TempHelpdesk } from '../helpers/helpdesk.js';
import { pane, type Pane } from '../helpers/tmux.js';

/**
 * `desk tui` in a real terminal (tmux, 80×24): keys typed, the screen read, the commits it made
 * compared with the ones the same commands make on the command line.
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
  seed.ok(['assign', other, 'lw'], { env });
});
afterAll(() => seed.cleanup());
beforeEach(() => {
  hd = copyHelpdesk(seed);
});
afterEach(async () => {
  // q, and the queue desk may still be reading, end before the helpdesk is removed
  if (term && !closed) {
    term.keys('q');
    await term.waitFor('tui ended');
  }
  term?.close();
  term = undefined;
  closed = false;
  hd.cleanup();
});
let closed = false;

const short = (id: string) => id.slice(0, 7);
const start = (env: Record<string, string | undefined> = {}, args: string[] = []) =>
  (term = pane(['sh', '-c', `desk tui ${args.join(' ')}; echo "tui ended with $?"; sleep 60`], {
    cwd: hd.root,
    width: 80,
    height: 24,
    env: { DESK_NOW: NOW, ...env },
  }));
const commits = () => hd.git('log', '--format=%an|%s').trim().split('\n');

// every key runs desk as a process, and once more to read the queue: slow on a busy machine
describe('desk tui', { timeout: 180_000 }, () => {
  it('shows the queue in 80×24, the overdue one marked, and writes a note as one commit, as desk comment does', async () => {
    const t = start();
    const screen = await t.waitFor('Lohnexport bricht ab');
    expect(screen).toMatch(new RegExp(`! ${short(late)}\\s+overdue`));
    // whose queue, as of when: the heading desk queue prints first
    expect(screen).toContain('Miriam Krause (mk), Level 1, as of 2026-11-24 15:00');
    expect(screen.split('\n').every((l) => [...l].length <= 80)).toBe(true);
    const before = commits().length;
    t.keys('n');
    await t.waitFor('Internal note');
    t.type('Rückruf um 14 Uhr vereinbart');
    await t.waitFor('vereinbart▏');
    t.keys('Enter');
    await t.waitFor(`${short(late)}: comment`);
    expect(commits()).toHaveLength(before + 1);
    expect(commits()[0]).toBe(`Miriam Krause|${short(late)}: comment`);
    const note = JSON.parse(hd.ok(['show', late, '--json'])).events.pop();
    expect(note).toMatchObject({ type: 'comment', by: 'mk', text: 'Rückruf um 14 Uhr vereinbart' });
  });

  it('opens the ticket with its timeline, qualifies and escalates it on keys', async () => {
    const t = start();
    await t.waitFor('Lohnexport');
    t.keys('Enter');
    await t.waitFor('Timeline');
    t.keys('f');
    await t.waitFor('Qualify: category');
    t.type('malfunction lohn/export high');
    await t.waitFor('high▏');
    t.keys('Enter');
    await t.waitFor(`${short(late)}: qualify`);
    t.keys('e');
    await t.waitFor('Why Second Level');
    t.type('Fehler im Exportmodul');
    await t.waitFor('Exportmodul▏');
    t.keys('Enter');
    await t.waitFor('escalated');
    const state = JSON.parse(hd.ok(['show', late, '--json'])).state;
    expect(state).toMatchObject({ status: 'escalated', level: 2, category: 'malfunction', priority: 'high' });
    t.keys('Escape');
    await t.waitFor('j/k move');
  });

  it('works a ticket through to its close on keys: reply, log time, resolve, close', async () => {
    hd.ok(['qualify', late, '--category', 'question', '--product', 'lohn', '--priority', 'normal'], {
      env: { DESK_NOW: NOW },
    });
    const t = start();
    await t.waitFor('Lohnexport');
    const say = async (key: string, question: string, answer: string, done: string) => {
      t.keys(key);
      await t.waitFor(question);
      t.type(answer);
      await t.waitFor(`${answer}▏`);
      t.keys('Enter');
      await t.waitFor(done);
    };
    await say('r', 'Reply to the customer', 'Das Update behebt den Fehler.', `${short(late)}: reply`);
    await say('l', 'Log: duration', '30m communication', `${short(late)}: log`);
    await say('s', 'The solution', 'Update auf 26.4 eingespielt.', `${short(late)}: resolve`);
    await say('c', 'Accepted by', 'Sabine Vogt', `${short(late)}: close`);
    const state = JSON.parse(hd.ok(['show', late, '--json'])).state;
    expect(state).toMatchObject({ status: 'closed', closure: 'accepted' });
    expect(state.timeEntries).toMatchObject([{ minutes: 30, activity: 'communication' }]);
    const mine = commits().filter((c) => c.startsWith('Miriam Krause|'));
    expect(mine.slice(0, 4).map((c) => c.split('|')[1]!.split(':')[1]!.trim().split(/[ ,]/)[0])).toEqual([
      'close',
      'resolve',
      'log',
      'reply',
    ]);
  });

  it('writes a note in the editor when the answer is left empty, with the ticket as context', async () => {
    const editor = join(hd.root, '.git', 'fake-editor');
    writeFileSync(editor, `#!/bin/sh\ncp "$1" "$1.seen"\nprintf 'Im Editor geschrieben.\\n' > "$1"\n`, { mode: 0o755 });
    const t = start({ EDITOR: editor });
    await t.waitFor('Lohnexport');
    t.keys('n');
    await t.waitFor('(empty: your editor)');
    t.keys('Enter');
    await t.waitFor('desk comment: done in the editor');
    await t.waitFor('? keys'); // the screen is drawn again
    expect(commits()[0]).toBe(`Miriam Krause|${short(late)}: comment`);
    expect(JSON.parse(hd.ok(['show', late, '--json'])).events.pop()).toMatchObject({
      type: 'comment',
      text: 'Im Editor geschrieben.',
    });
    expect(readFileSync(join(hd.root, '.desk/edit/message.txt.seen'), 'utf8')).toContain('# Customer: ACME');
  });

  it('filters: mine, level and customer', async () => {
    const t = start({ DESK_USER: 'lw' });
    await t.waitFor('Lohnexport');
    t.keys('m');
    const mine = await t.waitFor('desk tui — mine');
    expect(mine).toContain('Drucker im Lager');
    expect(mine).not.toContain('Lohnexport');
    t.keys('x');
    await t.waitFor('Lohnexport');
    t.keys('2');
    await t.waitFor('desk tui — team, level 2 — 0 of 2');
    t.keys('0');
    await t.waitFor('Lohnexport');
    t.keys('C');
    await t.waitFor('Customer (empty: all)');
    t.type('nobody');
    await t.waitFor('nobody▏');
    t.keys('Enter');
    await t.waitFor('No ticket matches the filter');
  });

  it('reads the queue again when the repository changes, without a key', async () => {
    const t = start();
    await t.waitFor('Lohnexport');
    openTicket(hd, ['--title', 'Neue Anfrage per Telefon', '--no-conversation'], { DESK_NOW: NOW });
    await t.waitFor('Neue Anfrage per Telefon');
  });

  it('colours only where colour is wanted, and reads rows as sentences in plain mode', async () => {
    const coloured = start({ NO_COLOR: undefined });
    await coloured.waitFor('Lohnexport');
    // eslint-disable-next-line no-control-regex
    expect(coloured.screen(true)).toMatch(/\u001b\[(3[1-7]|9[0-7])m/);
    coloured.keys('q');
    await coloured.waitFor('tui ended with 0');
    coloured.close();
    const plain = start({ NO_COLOR: '1' });
    await plain.waitFor('Lohnexport');
    // eslint-disable-next-line no-control-regex
    expect(plain.screen(true)).not.toMatch(/\u001b\[(3[0-9]|9[0-7]|4[0-7])m/);
    plain.keys('q');
    await plain.waitFor('tui ended with 0');
    plain.close();
    const reader = start({}, ['--plain']);
    await reader.waitFor(`selected: 1 of 1: ${short(late)}, overdue`);
  });

  it('opens the article that matches, takes a call as a new ticket, and lists its keys', async () => {
    hd.write(
      'kb/lohnexport-abbruch.md',
      '---\ntitle: Lohnexport bricht mit Datumsfehler ab\nlang: de\naudience: internal\n---\nLeeres Austrittsdatum prüfen.\n',
    );
    hd.git('add', '-A');
    hd.git('commit', '-qm', 'article');
    const t = start();
    await t.waitFor('Lohnexport bricht ab');
    t.keys('K');
    await t.waitFor('Leeres Austrittsdatum prüfen');
    t.keys('Escape');
    await t.waitFor('? keys');
    t.keys('O');
    await t.waitFor('New ticket by phone');
    t.type('acme Kasse startet nicht');
    await t.waitFor('startet nicht▏');
    t.keys('Enter');
    await t.waitFor('Opened T-');
    expect(commits()[0]).toMatch(/^Miriam Krause\|T-\w+: open/);
    t.keys('?');
    await t.waitFor('desk comment ID -m TEXT');
  });

  it("shows customers' words, never runs them", async () => {
    openTicket(hd, ['--title', 'Rechnung \u001b]2;pwned\u0007\u001b[2J falsch', '--no-conversation'], {
      DESK_NOW: NOW,
    });
    const t = start();
    const screen = await t.waitFor('Rechnung');
    expect(screen).toContain('Rechnung \\x1b]2;pwned'); // shown as text
    expect(t.title()).not.toContain('pwned');
    expect(screen).toContain('Lohnexport'); // the screen was not cleared
  });

  it('works on the helpdesk --repo names, from any folder, and its keys act there too', async () => {
    term = pane(['sh', '-c', `desk --repo '${hd.root}' tui; echo "tui ended with $?"; sleep 60`], {
      cwd: tmpdir(),
      width: 80,
      height: 24,
      env: { DESK_NOW: NOW },
    });
    await term.waitFor('Lohnexport');
    term.keys('n');
    await term.waitFor('Internal note');
    term.type('Von außen notiert');
    await term.waitFor('notiert▏');
    term.keys('Enter');
    await term.waitFor(`${short(late)}: comment`);
    expect(commits()[0]).toBe(`Miriam Krause|${short(late)}: comment`);
  });

  it('counts deadlines by itself, minute by minute, without a key', async () => {
    // eight seconds before a minute of service time ends: the overdue ticket's figure moves on.
    // Enough for desk tui to draw its queue on a busy machine as a rule: else the first figure
    // shown is already the next minute's, and the change to wait for is a minute away.
    const t = start({ DESK_NOW: '2026-11-24T15:00:52+01:00' });
    const row = new RegExp(`${short(late)}\\s+overdue (\\d+)h(\\d\\d)`);
    const [, h, m] = row.exec(await t.waitFor(row))!;
    const next = Number(h) * 60 + Number(m) + 1;
    const shown = `overdue ${Math.floor(next / 60)}h${String(next % 60).padStart(2, '0')}`;
    // the queue itself is read again only every five minutes: within the wait, the figure can
    // only have moved on by the clock
    await t.waitFor(new RegExp(`! ${short(late)}\\s+${shown}`), 70_000);
  });

  it('takes a ticket, tags it and hands another off on keys, one commit each, as the command line does', async () => {
    const t = start();
    await t.waitFor('Lohnexport');
    const before = commits().length;
    t.keys('a');
    await t.waitFor('Assign to whom?');
    t.keys('Enter'); // empty: take it
    await t.waitFor(`${short(late)}: assign`);
    expect(JSON.parse(hd.ok(['show', late, '--json'])).state.assignee).toBe('mk');
    t.keys('t');
    await t.waitFor('Which tags?');
    t.type('+lohn +dringend');
    await t.waitFor('dringend▏');
    t.keys('Enter');
    await t.waitFor(`${short(late)}: tag`);
    t.keys('h');
    await t.waitFor('project lead (p) or to sales (s)');
    t.type('x kein Grund');
    await t.waitFor('Grund▏');
    t.keys('Enter');
    await t.waitFor('start with p for the project lead or s for sales');
    t.keys('h');
    await t.waitFor('project lead (p) or to sales (s)');
    t.type('s möchte ein Angebot für das Modul Reisekosten');
    await t.waitFor('Reisekosten▏');
    t.keys('Enter');
    await t.waitFor(`${short(late)}: hand off to sales`);
    const state = JSON.parse(hd.ok(['show', late, '--json'])).state;
    expect(state).toMatchObject({ status: 'handed-off' });
    expect(state.tags).toEqual(expect.arrayContaining(['lohn', 'dringend']));
    const mine = commits().slice(0, commits().length - before);
    expect(mine.map((c) => c.replace(/:.*/, ''))).toEqual(Array(3).fill(`Miriam Krause|${short(late)}`));
    expect(mine.map((c) => c.split(': ')[1]!.split(/[ ,]/)[0])).toEqual(['hand', 'tag', 'assign']);
    await t.waitFor('desk tui — team — 0 of 0'); // handed off: out of the queue
  });

  it('keeps acting on the ticket shown when it leaves the queue, and takes keys typed fast', async () => {
    openTicket(hd, ['--title', 'Scanner verbindet nicht', '--received-at', '2026-11-23 12:00', '--no-conversation'], {
      DESK_NOW: NOW,
    });
    const third = openTicket(
      hd,
      ['--title', 'Kasse startet nicht', '--received-at', '2026-11-23 10:00', '--no-conversation'],
      { DESK_NOW: NOW },
    );
    const fourth = openTicket(
      hd,
      ['--title', 'Etiketten falsch', '--received-at', '2026-11-23 11:00', '--no-conversation'],
      { DESK_NOW: NOW },
    );
    const t = start();
    await t.waitFor(new RegExp(`> ! ${short(late)}[^\\n]*\\n  ! ${short(third)}`));
    t.keys('Enter');
    await t.waitFor('Timeline');
    t.keys('f');
    await t.waitFor('Qualify: category');
    t.type('malfunction lohn/export high');
    await t.waitFor('high▏');
    t.keys('Enter');
    await t.waitFor(`${short(late)}: qualify`);
    t.keys('e');
    await t.waitFor('Why Second Level');
    t.type('Fehler im Exportmodul');
    await t.waitFor('Exportmodul▏');
    t.keys('Enter');
    await t.waitFor(`${short(late)}: escalate`);
    // escalated, it left the queue and another took its row; the pane still shows it, keys act on it
    t.keys('n');
    await t.waitFor(`Internal note (${short(late)})`);
    t.type('An Jonas übergeben');
    await t.waitFor('übergeben▏');
    t.keys('Enter');
    await t.waitFor(`${short(late)}: comment`);
    expect(JSON.parse(hd.ok(['show', late, '--json'])).events.pop()).toMatchObject({ type: 'comment' });
    expect(JSON.parse(hd.ok(['show', third, '--json'])).events).toHaveLength(1);
    expect(JSON.parse(hd.ok(['show', fourth, '--json'])).events).toHaveLength(1);
    // three keys in one piece scroll the pane three lines, each acting on the one before it
    const pane = t.screen().split('\n');
    t.type('jjj');
    await t.waitFor(new RegExp(`^.*\\n${pane[4]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`));
    t.keys('Escape');
    await t.waitFor('j/k move');
    t.keys('k', 'k', 'k', 'k', 'k');
    const rows = () =>
      t
        .screen()
        .split('\n')
        .filter((l) => /^[> ] [! ] T-/.test(l));
    await t.waitFor(/^> /m);
    expect(rows()[0]).toMatch(/^> /);
    const listed = rows();
    expect(listed.length).toBeGreaterThanOrEqual(3);
    t.type('jj'); // two keys in one piece: two rows down
    await t.waitFor(new RegExp(`^> [! ] ${listed[2]!.slice(4, 11)}`, 'm'));
  });

  it('needs a terminal', () => {
    const r = hd.desk(['tui']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('desk tui needs a terminal');
  });
});
