import { spawn } from 'node:child_process';
import { builtDesk } from './built.js';
import { cleanEnv } from './helpdesk.js';

/**
 * Runs desk in a pseudo-terminal (util-linux `script`), answering each prompt when its text
 * appears — a person at a terminal, without mocking the prompts. A prompt is answered the moment
 * its text arrives, with no pause: inquirer switches the terminal to raw mode before it draws a
 * prompt and listens for keys in the same step, so keys sent after the text are that prompt's.
 * Only what desk printed after the previous answer is searched, so text of an earlier prompt
 * never answers a later one.
 */
export function inTerminal(
  cwd: string,
  args: string[],
  answers: [prompt: string, keys: string][],
  env: Record<string, string> = {},
): Promise<{ code: number; output: string }> {
  const command = [process.execPath, builtDesk(), ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const child = spawn('script', ['-qec', command, '/dev/null'], {
    cwd,
    env: cleanEnv({ TERM: 'xterm', NO_COLOR: undefined, ...env }),
  });
  let output = '';
  let sinceAnswer = '';
  const pending = [...answers];
  child.stdout.on('data', (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    output += text;
    sinceAnswer += text;
    const next = pending[0];
    if (next && sinceAnswer.includes(next[0])) {
      pending.shift();
      sinceAnswer = '';
      child.stdin.write(next[1]);
    }
  });
  return new Promise((done, fail) => {
    child.on('error', (e) =>
      fail(new Error(`cannot start \`script\` (util-linux; Debian package bsdutils) for a terminal: ${e.message}`)),
    );
    child.on('close', (code) => done({ code: code ?? -1, output }));
  });
}

export const ENTER = '\r';
export const DOWN = '\u001b[B';
