import { existsSync, readdirSync } from 'node:fs';
import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { failed, usage } from '../core/errors.js';
import { text } from '../i18n/keys.js';
import type { Site } from '../kb/help-center/site.js';

/**
 * Writes a planned help center to a folder. The site is written beside it first and then put
 * in its place, so a server never serves half a site, and a failure leaves the old one. A
 * folder that holds anything but a help center desk wrote is never replaced.
 */

/** Marks a folder as written by `desk kb publish`: only such a folder is replaced. */
const MARKER = '.desk-help-center';

/** The help center's search script, built with the CLI (npm run build). */
const SEARCH_SCRIPT = new URL('../../dist/help-center/search.js', import.meta.url);

export async function writeSite(repoRoot: string, outDir: string, site: Site): Promise<void> {
  const out = resolve(outDir);
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, MARKER)))
    throw usage(text('store.outNotOurs', { dir: outDir }), text('store.outNotOursHint'));
  if (!existsSync(SEARCH_SCRIPT))
    throw failed(text('store.noSearchScript', { path: SEARCH_SCRIPT.pathname }), text('store.noSearchScriptHint'));
  for (const [, from] of site.copies) {
    if (!existsSync(join(repoRoot, from)))
      throw usage(text('store.noSuchFile', { file: from }), text('store.noSuchFileHint'));
  }
  const staging = `${out}.publishing-${process.pid}`;
  const old = `${out}.replaced-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    for (const [path, text] of site.pages) await put(join(staging, path), text);
    for (const [path, from] of site.copies) {
      await mkdir(dirname(join(staging, path)), { recursive: true });
      await copyFile(join(repoRoot, from), join(staging, path));
    }
    await mkdir(join(staging, 'assets'), { recursive: true });
    await copyFile(SEARCH_SCRIPT, join(staging, 'assets', 'search.js'));
    await writeFile(join(staging, MARKER), 'written by desk kb publish; the folder is replaced on the next publish\n');
    if (existsSync(out)) await rename(out, old);
    await rename(staging, out);
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(old, { recursive: true, force: true });
  }
}

async function put(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}
