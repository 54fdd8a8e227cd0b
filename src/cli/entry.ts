import { leanCall } from './lean/commands.js';

/**
 * The desk process (bin/desk.js loads this, bundled): the command line with this process's
 * arguments, streams, environment and folder, which io() gives when no other run is set up.
 * A command the lean path takes (lean/commands.ts) runs from its own bundle without loading the
 * command table; every other command line goes through the table.
 */
type LeanModule = { runLean: (positionals: string[], options: Record<string, string | boolean>) => Promise<void> };

const args = process.argv.slice(2);
const lean = leanCall(args);
const leanModule = lean && (await builtLean(lean.command.module));
if (lean && leanModule) await leanModule.runLean(lean.positionals, lean.options);
else await (await import('./main.js')).runDesk(args);

/**
 * The command's own bundle, built beside this one by scripts/bundle.mjs (a path the bundler
 * leaves as it is); none when desk runs from the sources (`npx tsx src/cli/entry.ts`), which
 * then take the command table.
 */
async function builtLean(module: string): Promise<LeanModule | undefined> {
  try {
    return (await import(new URL(`../lean/${module}.js`, import.meta.url).href)) as LeanModule;
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw e;
  }
}
