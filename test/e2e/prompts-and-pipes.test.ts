import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serialiseTicket } from '../../src/core/ticket/ticket-record.js';
import { builtDesk } from '../helpers/built.js';
import { cleanEnv, deskProcess, helpdesk, openTicket, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { DOWN, ENTER, inTerminal } from '../helpers/terminal.js';
import { ticketFile } from '../../src/core/ticket/paths.js';

// what only a process shows runs as one (prompts in a terminal, output into a pipe); the steps that
// set a scene up or read it back run in-process, on the files alone: the caches in .desk/ are the
// build's that wrote them, and src/ is another build than the processes', whose caches are left
// as they left them (a process finding another build's index would build it again, and say so)
let hd: InProcessHelpdesk;
beforeEach(() => (hd = helpdesk({}, { DESK_NO_INDEX: '1' })));
afterEach(() => hd.cleanup());

describe('missing input in a terminal is asked for', () => {
  it('qualify asks for category, product and priority with choices', async () => {
    const id = await openTicket(hd);
    const r = await inTerminal(
      hd.root,
      ['qualify', id],
      [
        ['Category', `${DOWN}${ENTER}`],
        ['Product', ENTER],
        ['Priority', `${DOWN}${ENTER}`],
      ],
      { DESK_USER: 'mk' },
    );
    expect(r.code).toBe(0);
    const state = JSON.parse(await hd.ok(['show', id, '--json'])).state;
    expect(state).toMatchObject({ category: 'malfunction', product: 'lohn', priority: 'low', status: 'open' });
  });

  it('open asks for what is missing, the customer from a list', async () => {
    const r = await inTerminal(
      hd.root,
      ['open', '--channel', 'e-mail', '-d', 'Fehlermeldung beim Start'],
      [
        ['Customer', ENTER],
        ['Title', `Programm startet nicht${ENTER}`],
        ['Contact person', ENTER],
      ],
      { DESK_USER: 'mk' },
    );
    expect(r.code, r.output).toBe(0);
    const [ticket] = JSON.parse(await hd.ok(['list', '--json']));
    expect(ticket).toMatchObject({ customer: 'acme', title: 'Programm startet nicht' });
    expect(JSON.parse(await hd.ok(['show', ticket.id, '--json'])).state.contact).toBe('Sabine Vogt');
  });

  it('`desk` alone shows the queue in a terminal; in a pipe it prints help', async () => {
    await openTicket(hd, ['--received-at', '2026-11-20 15:30'], { DESK_NOW: '2026-11-23T08:59:00+01:00' });
    const now = { DESK_USER: 'mk', DESK_NOW: '2026-11-23T09:00:00+01:00' };
    const terminal = await inTerminal(hd.root, [], [], { ...now, NO_COLOR: '1' });
    expect(terminal.code).toBe(0);
    expect(terminal.output).toContain('Miriam Krause (mk), Level 1');
    expect(terminal.output).toMatch(/1h 30m left/);
    const piped = deskProcess(hd.root).desk([], { env: now });
    expect(piped.code).toBe(0);
    expect(piped.stdout + piped.stderr).toContain('Usage: desk');
    expect(piped.stdout).not.toContain('Level 1');
  });
});

describe('output into a pipe is complete', () => {
  it('lists thousands of tickets through a slow pipe without losing a line', () => {
    const count = 3000;
    for (let i = 0; i < count; i++) {
      const id = `T-${String(i).padStart(12, '0')}`;
      const at = '2026-11-02T09:00:00+01:00';
      const events = [
        {
          id: `e-${String(i).padStart(12, '0')}`,
          at,
          by: 'mk',
          type: 'opened' as const,
          title: `Anfrage ${i}`,
          customer: 'acme',
          description: '',
          channel: 'phone' as const,
          receivedAt: at,
        },
      ];
      hd.write(ticketFile(id), serialiseTicket(events, id));
    }
    hd.git('add', '-A');
    hd.git('commit', '-qm', 'many tickets');
    const desk = builtDesk();
    // the reader sleeps until the pipe is full; desk must wait for it, not exit early
    const lines = execFileSync('sh', ['-c', `node '${desk}' list --all | (sleep 1; wc -l)`], {
      cwd: hd.root,
      env: cleanEnv({ DESK_USER: 'mk' }),
      encoding: 'utf8',
    });
    expect(Number(lines.trim())).toBe(count + 1);
    const json = execFileSync('sh', ['-c', `node '${desk}' list --all --json | (sleep 1; cat)`], {
      cwd: hd.root,
      env: cleanEnv({ DESK_USER: 'mk' }),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(JSON.parse(json)).toHaveLength(count);
  });
});

describe('a yes/no question answers in the reader’s language', () => {
  const BACKSPACE = '\u007f';
  const startSession = async () => {
    const id = await openTicket(hd, [], { DESK_NOW: '2026-11-26T08:55:00+01:00' });
    await hd.ok(['start', id], { env: { DESK_NOW: '2026-11-26T09:00:00+01:00' } });
  };
  const running = async () => JSON.parse(await hd.ok(['status', '--json'])).session !== null;

  it('German asks (j/N), asks again on anything but j/ja/n/nein, and drops the session on ja', async () => {
    await startSession();
    const r = await inTerminal(
      hd.root,
      ['stop', '--discard'],
      [
        ['(j/N)', `x${ENTER}`],
        ['Bitte mit j oder n antworten.', `${BACKSPACE}ja${ENTER}`],
      ],
      { DESK_USER: 'mk', DESK_LANG: 'de' },
    );
    expect(r.code, r.output).toBe(0);
    expect(r.output).toContain('Die Arbeitssitzung an');
    expect(r.output).toContain('Arbeitssitzung verworfen; nichts gebucht.');
    expect(await running()).toBe(false);
  });

  it('German nein, and Enter alone, keep the session', async () => {
    await startSession();
    for (const answer of ['nein', 'N', '']) {
      const r = await inTerminal(hd.root, ['stop', '--discard'], [['(j/N)', `${answer}${ENTER}`]], {
        DESK_USER: 'mk',
        DESK_LANG: 'de',
      });
      expect(r.code, r.output).toBe(0);
      expect(r.output).toContain('Die Arbeitssitzung läuft weiter; nichts verworfen.');
      expect(await running()).toBe(true);
    }
  });

  it('German still takes y; English asks (y/N) and does not take j', async () => {
    await startSession();
    const english = await inTerminal(
      hd.root,
      ['stop', '--discard'],
      [
        ['(y/N)', `j${ENTER}`],
        ['Please answer y or n.', `${BACKSPACE}n${ENTER}`],
      ],
      { DESK_USER: 'mk' },
    );
    expect(english.output).toContain('The work session keeps running; nothing dropped.');
    expect(await running()).toBe(true);
    const german = await inTerminal(hd.root, ['stop', '--discard'], [['(j/N)', `y${ENTER}`]], {
      DESK_USER: 'mk',
      DESK_LANG: 'de',
    });
    expect(german.output).toContain('Arbeitssitzung verworfen');
    expect(await running()).toBe(false);
  });

  it('in a pipe, or with --yes, drops without asking, as scripts expect', async () => {
    const script = deskProcess(hd.root);
    await startSession();
    expect(script.ok(['stop', '--discard'], { env: { DESK_LANG: 'de' } })).toContain('Arbeitssitzung verworfen');
    await startSession();
    expect(script.ok(['stop', '--discard', '--yes'])).toContain('Work session dropped');
  });
});
