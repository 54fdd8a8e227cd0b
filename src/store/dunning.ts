import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseLetter, type DunningLetter } from '../core/dunning/index.js';
import type { Problem } from '../core/files/yaml-text.js';

/** Every reminder written, under dunning/<year>/. */
export async function loadLetters(root: string): Promise<{ letters: DunningLetter[]; problems: Problem[] }> {
  const letters: DunningLetter[] = [];
  const problems: Problem[] = [];
  const years = (await readdir(join(root, 'dunning')).catch(() => [] as string[])).filter((y) => /^\d{4}$/.test(y));
  for (const year of years.sort()) {
    for (const name of (await readdir(join(root, 'dunning', year))).filter((n) => n.endsWith('.yaml')).sort()) {
      const file = `dunning/${year}/${name}`;
      const parsed = parseLetter(file, await readFile(join(root, file), 'utf8'));
      if (parsed.ok) letters.push(parsed.value);
      else problems.push(...parsed.problems);
    }
  }
  return { letters, problems };
}
