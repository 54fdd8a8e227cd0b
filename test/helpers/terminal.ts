import { spawn } from 'node:child_process';
import { builtDesk } from './built.js';
import { cleanEnv } from './helpdesk.js';

/**
 * Runs desk in a pseudo-terminal (util-linux `script`), answering each prompt when its text
 * appears — a person at a terminal, without mocking the prompts.
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
  const pending = [...answers];
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
    const next = pending[0];
    if (next && output.includes(next[0])) {
      pending.shift();
      setTimeout(() => child.stdin.write(next[1]), 50);
    }
  });
  return new Promise((done) => child.on('close', (code) => done({ code: code ?? -1, output })));
}

export const ENTER = '\r';
export const DOWN = '\u001b[B';
