import { createRequire } from 'node:module';
import { leanCall } from './commands.js';

type LeanModule = { runLean: (positionals: string[], options: Record<string, string | boolean>) => Promise<void> };
type CommandTable = { runDesk: (args: readonly string[]) => Promise<void> };

/**
 * The desk process's first step (bin/desk.js), built as CommonJS into `<build>/lean/start.cjs`:
 * a command line a lean command takes (commands.ts) runs from that command's bundle beside this
 * file; every other command line goes to the command table's bundle of the same build
 * (`<build>/bundle/main.js`, src/cli/main.ts). Both are CommonJS, so that Node's loader of ES
 * modules never starts (only `desk tui` starts it, for Ink).
 *
 * With DESK_DEBUG the command table takes every command line: its bundle's source maps name the
 * `src/` lines of a stack trace, which the lean bundles, converted after bundling, cannot.
 */
export async function startDesk(args: readonly string[]): Promise<void> {
  const require = createRequire(import.meta.url);
  const lean = process.env.DESK_DEBUG ? undefined : leanCall(args);
  if (!lean) return (require('../bundle/main.js') as CommandTable).runDesk(args);
  const leanModule = require(`./${lean.command.module}.cjs`) as LeanModule;
  await leanModule.runLean(lean.positionals, lean.options);
}
