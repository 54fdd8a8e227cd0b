import { leanCall } from './lean/commands.js';

/**
 * The desk process (bin/desk.js loads this, bundled): the command line with this process's
 * arguments, streams, environment and folder, which io() gives when no other run is set up.
 * A command the lean path takes (lean/commands.ts) runs from its own bundle without loading the
 * command table; every other command line goes through the table.
 */
const args = process.argv.slice(2);
const lean = leanCall(args);
if (lean) {
  // built beside this bundle by scripts/bundle.mjs; a path the bundler leaves as it is
  const module = new URL(`../lean/${lean.command.module}.js`, import.meta.url).href;
  const { runLean } = (await import(module)) as {
    runLean: (positionals: string[], options: Record<string, string | boolean>) => Promise<void>;
  };
  await runLean(lean.positionals, lean.options);
} else {
  await (await import('./main.js')).runDesk(args);
}
