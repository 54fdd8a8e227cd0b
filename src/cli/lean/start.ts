import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { leanCall } from './commands.js';

type LeanModule = { runLean: (positionals: string[], options: Record<string, string | boolean>) => Promise<void> };

/**
 * The desk process's first step (bin/desk.js), built as CommonJS into `<build>/lean/start.cjs`:
 * a command line a lean command takes (commands.ts) runs from that command's bundle beside this
 * file, CommonJS too, so that Node's loader of ES modules never starts; every other command line
 * goes to the command table's bundle of the same build (`<build>/bundle/main.js`).
 *
 * With DESK_DEBUG the command table takes every command line: its bundle's source maps name the
 * `src/` lines of a stack trace, which the lean bundles, converted after bundling, cannot.
 */
export async function startDesk(args: readonly string[]): Promise<void> {
  const here = dirname(fileURLToPath(import.meta.url));
  const lean = process.env.DESK_DEBUG ? undefined : leanCall(args);
  if (!lean) {
    await import(pathToFileURL(join(here, '..', 'bundle', 'main.js')).href);
    return;
  }
  const leanModule = createRequire(import.meta.url)(`./${lean.command.module}.cjs`) as LeanModule;
  await leanModule.runLean(lean.positionals, lean.options);
}
