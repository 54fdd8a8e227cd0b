import { kbSearch } from '../commands/kb-search.js';
import { run } from '../run.js';

/** `desk kb search` started without the command table (lean/commands.ts): one bundle of its own. */
export async function runLean(positionals: string[], options: Record<string, string | boolean>): Promise<void> {
  await run(() => kbSearch(positionals, options as Parameters<typeof kbSearch>[1]));
}
