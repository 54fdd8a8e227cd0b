import { guardTerminal, safeJson } from '../core/safe-text/index.js';
import { io } from '../io/context.js';

// Output goes through here (colours and tables: render/terminal/style.ts): everything written is
// flushed before the process ends, even into a slow pipe. Outside text is made safe where it is
// rendered (core/safe-text); what reaches stdout here is guarded once more, so a control sequence
// a renderer missed is shown, never run.

/** Writes to stdout and resolves once the data has been handed to the OS (back-pressure aware). */
export function print(text: string): Promise<void> {
  const safe = guardTerminal(text);
  const chunk = safe.endsWith('\n') ? safe : `${safe}\n`;
  return new Promise((resolve, reject) => {
    io().stdout.write(chunk, (err) => (err ? reject(err) : resolve()));
  });
}

/** JSON exactly as documented; characters a terminal could act on are written as \u escapes. */
export function printJson(value: unknown): Promise<void> {
  return print(safeJson(value));
}

/** A line on stderr (a warning, a skipped file), guarded like stdout. */
export function warn(text: string): void {
  io().stderr.write(guardTerminal(text.endsWith('\n') ? text : `${text}\n`));
}
