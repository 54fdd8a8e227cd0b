import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtDesk } from './built.js';
import { cleanEnv } from './helpdesk.js';
import { paneChanges } from './tmux-changes.js';

/**
 * A program in a real terminal: a tmux pane of a server of its own, with `desk` on PATH as the
 * built CLI. Keys are typed with send-keys and the screen read with capture-pane, as a person
 * would see it. `waitFor` waits for what the screen must show (reading it again each time the
 * program writes, test/helpers/tmux-changes.ts, or failing with the screen after a deadline),
 * never for a fixed time.
 */
export interface Pane {
  keys(...keys: string[]): void;
  type(text: string): void;
  /** What the pane shows; with `escapes`, the colour and style sequences too. */
  screen(escapes?: boolean): string;
  waitFor(what: string | RegExp, timeoutMs?: number): Promise<string>;
  /** The pane's title, as a program may set it with an escape sequence. */
  title(): string;
  /** Every byte the program writes from now on is also appended to `file` (tmux pipe-pane). */
  record(file: string): void;
  close(): void;
}

export function tmuxAvailable(): boolean {
  return spawnSync('tmux', ['-V']).status === 0;
}

/** Starts `command` (argv) in a `width`×`height` pane, in `cwd`, with `env` added to a clean environment. */
export function pane(
  command: string[],
  opts: { cwd: string; env?: Record<string, string | undefined>; width?: number; height?: number },
): Pane {
  if (!tmuxAvailable()) throw new Error('tmux is not installed: the terminal tests need it (apt-get install tmux)');
  const home = mkdtempSync(join(tmpdir(), 'desk-pane-'));
  const bin = join(home, 'bin');
  mkdirSync(bin);
  // desk as a person has it after `npm link`: a command on PATH
  writeFileSync(join(bin, 'desk'), `#!/bin/sh\nexec '${process.execPath}' '${builtDesk()}' "$@"\n`);
  chmodSync(join(bin, 'desk'), 0o755);
  // the server's socket inside the pane's own folder: removed with it, never left in /tmp/tmux-*
  const socket = join(home, 'tmux.sock');
  const env = cleanEnv({
    PATH: `${bin}:${process.env.PATH}`,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    TERM: 'xterm-256color',
    DESK_USER: 'mk',
    ...opts.env,
  });
  const server = ['-S', socket, '-f', '/dev/null'];
  const tmux = (...args: string[]) => execFileSync('tmux', [...server, ...args], { env, encoding: 'utf8' });
  const quoted = command.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  tmux(
    'new-session',
    '-d',
    '-x',
    String(opts.width ?? 120),
    '-y',
    String(opts.height ?? 30),
    '-c',
    opts.cwd,
    `env ${Object.entries(env)
      .map(([k, v]) => `${k}='${String(v).replace(/'/g, `'\\''`)}'`)
      .join(' ')} ${quoted}`,
  );
  const screen = (escapes = false) => tmux('capture-pane', '-p', '-J', ...(escapes ? ['-e'] : []));
  const changes = paneChanges(server, env);
  const matches = (s: string, what: string | RegExp) => (typeof what === 'string' ? s.includes(what) : what.test(s));
  return {
    keys: (...keys) => void tmux('send-keys', ...keys),
    type: (text) => void tmux('send-keys', '-l', '--', text),
    screen,
    async waitFor(what, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const seen = changes.count();
        // the client's reply lacks the newline the one-off capture-pane ends with: the same screen
        const s = `${await changes.run('capture-pane -p -J')}\n`;
        if (matches(s, what)) return s;
        const left = deadline - Date.now();
        if (left <= 0 || !(await changes.after(seen, left)))
          throw new Error(`the screen never showed ${String(what)}; it shows:\n${screen()}`);
      }
    },
    title: () => tmux('display-message', '-p', '#{pane_title}').trim(),
    record: (file) => void tmux('pipe-pane', '-o', `cat >> '${file.replace(/'/g, `'\\''`)}'`),
    close() {
      changes.close();
      spawnSync('tmux', ['-S', socket, 'kill-server'], { env });
      rmSync(home, { recursive: true, force: true });
    },
  };
}
