import { mergeDriver } from '../commands/merge-driver.js';
import { run } from '../run.js';

/** `desk merge-driver` started without the command table (lean/commands.ts): git runs it once per ticket both sides changed. */
export async function runLean(positionals: string[]): Promise<void> {
  const [base, ours, theirs, path] = positionals as [string, string, string, string | undefined];
  await run(() => mergeDriver(base, ours, theirs, path));
}
