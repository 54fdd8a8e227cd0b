import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/**
 * A tmux control-mode client (`tmux -C`) on a pane's server: tmux tells it of every piece of
 * output a program writes (`%output`), and it runs commands without a process each. `waitFor`
 * reads the screen again when the program wrote something, rather than on a clock: on a busy
 * machine a capture every few milliseconds was a process start each, for every test waiting.
 *
 * tmux parses what the program wrote in the same step as it tells the client, so a capture asked
 * for after the notice arrived shows it.
 */
export interface PaneChanges {
  /** How many times the program has written so far. */
  count(): number;
  /** Resolves when the program wrote after `count` was `seen`, or with false after `timeoutMs`. */
  after(seen: number, timeoutMs: number): Promise<boolean>;
  /** Runs a tmux command through the client and returns what it printed. */
  run(command: string): Promise<string>;
  close(): void;
}

export function paneChanges(tmuxArgs: string[], env: NodeJS.ProcessEnv): PaneChanges {
  // ignore-size: the client has no screen of its own and must not resize the pane
  const attach = [...tmuxArgs, '-C', 'attach-session', '-f', 'ignore-size'];
  const client: ChildProcessWithoutNullStreams = spawn('tmux', attach, { env });
  let writes = 0;
  let waiting: (() => void)[] = [];
  const replies: { done: (text: string) => void; fail: (e: Error) => void }[] = [];
  let block: string[] | undefined;
  let mine = false;
  let rest = '';
  let ended: Error | undefined;
  const wake = () => {
    const now = waiting;
    waiting = [];
    for (const w of now) w();
  };
  const changed = () => {
    writes++;
    wake();
  };
  const line = (l: string) => {
    if (block) {
      // a reply ends with %end or %error and the same time, number and flags as its %begin
      if (/^%(end|error) \d+ \d+ \d+$/.test(l)) {
        const text = block.join('\n');
        block = undefined;
        if (!mine) return;
        const reply = replies.shift();
        if (l.startsWith('%error')) reply?.fail(new Error(`tmux: ${text}`));
        else reply?.done(text);
      } else block.push(l);
      return;
    }
    const begin = /^%begin \d+ \d+ (\d+)$/.exec(l);
    if (begin) {
      block = [];
      mine = begin[1] === '1'; // flags 0: the attach itself, not a command of ours
    } else if (l.startsWith('%output ')) changed();
  };
  client.stdout.setEncoding('utf8');
  client.stdout.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop()!;
    for (const l of lines) line(l);
  });
  const end = (why: Error) => {
    ended ??= why;
    for (const r of replies.splice(0)) r.fail(why);
    wake();
  };
  client.on('error', (e) => end(e));
  // a command written as the server is killed at the end of a test: its reply fails with the rest
  client.stdin.on('error', (e) => end(e));
  client.on('close', () => end(new Error('the tmux client ended')));
  return {
    count: () => writes,
    after(seen, timeoutMs) {
      if (writes > seen || ended) return Promise.resolve(writes > seen);
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), timeoutMs);
        waiting.push(() => {
          clearTimeout(timer);
          resolve(writes > seen);
        });
      });
    },
    run(command) {
      if (ended) return Promise.reject(ended);
      return new Promise((done, fail) => {
        replies.push({ done, fail });
        client.stdin.write(`${command}\n`);
      });
    },
    close() {
      client.stdin.end();
      client.kill();
    },
  };
}
