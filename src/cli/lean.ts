/**
 * Commands the desk process answers before it builds the command table (src/cli/main.ts):
 * those run so often, or so impatiently, that loading commander and the table of every command
 * would be most of their time — a Tab above all. The build bundles each on its own
 * (`bundle/lean-<name>.js`, scripts/bundle.mjs), so such a command loads one file of its own
 * code and nothing of the others'. In-process (tests) the same words go through the table to the
 * same code, so what a lean command answers is what its entry in main.ts answers; only the way
 * there is shorter.
 */
export interface LeanCommand {
  /** The first words of the command line, exactly (no global flag before them). */
  words: readonly string[];
  /** The bundle's name: `bundle/lean-<name>.js`. */
  name: string;
  /** Its source, which exports `runLean(args)`: false to let the full command line answer. */
  source: string;
}

export const LEAN: readonly LeanCommand[] = [
  // the completion scripts always call it this way (completion/scripts.ts)
  { words: ['__complete'], name: 'complete', source: 'src/cli/completion/on-tab.ts' },
];

type Lean = { runLean: (args: readonly string[]) => Promise<boolean> };

/** Runs `args` on a lean path if there is one; false when the full command line must. */
export async function runLean(args: readonly string[]): Promise<boolean> {
  const lean = LEAN.find((l) => l.words.every((w, i) => args[i] === w));
  if (!lean) return false;
  // beside the bundle's entry; a name esbuild does not follow, as the file is a bundle of its own
  const file = new URL(`./lean-${lean.name}.js`, import.meta.url).href;
  const loaded = (await import(file).catch(() => undefined)) as Lean | undefined;
  return loaded ? loaded.runLean(args.slice(lean.words.length)) : false;
}
