import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What every cache in .desk/ is keyed on: the build of desk that wrote it. A row of the ticket
 * index is a projection, a validated copy is what a schema made of a file: code that projects
 * or validates differently must not read them, whatever the package version says (it stayed
 * 0.1.0 through every change). scripts/bundle.mjs hashes the sources and the locked library
 * versions once per build and sets the result here; run from sources (tests, scripts over
 * dist/), the key is the hash of those sources, computed once per process. An upgrade, a
 * downgrade or a bisect therefore never reads a row another build wrote.
 */
declare const __DESK_BUILD__: string | undefined;

export const BUILD_KEY: string = typeof __DESK_BUILD__ === 'string' ? __DESK_BUILD__ : sourceKey();

/** The hash of the code beside this module (src/ or dist/) and of package-lock.json. */
function sourceKey(): string {
  const here = dirname(fileURLToPath(import.meta.url)); // <code>/store/cache
  const code = join(here, '..', '..');
  const hash = createHash('sha256');
  for (const file of filesUnder(code))
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(code, file)));
  const lock = join(code, '..', 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return `src-${hash.digest('base64url').slice(0, 22)}`;
}

function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => /\.(ts|js|mjs)$/.test(f) && !f.endsWith('.d.ts'))
    .sort();
}
