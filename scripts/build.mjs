#!/usr/bin/env node
// npm run build: compiles src/ into a new folder beside the package and then points `dist` at it
// in one rename, so a desk started meanwhile (by a person, a script or a git hook) runs either the
// old build or the new one, never half of each. docs/build.md says what the folders hold.
import { createHash } from 'node:crypto';
import {
  lstatSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { bundleCli, bundleHelpCenter, bundleLean } from './bundle.mjs';

const PREFIX = '.dist-';

/** Builds the package at `root` into `.dist-<time>-<pid>/` and switches `dist` to it; returns the folder. */
export async function buildDist(root = fileURLToPath(new URL('..', import.meta.url))) {
  const name = `${PREFIX}${String(Date.now()).padStart(15, '0')}-${process.pid}`;
  const building = join(root, `${name}.building`);
  const define = { __DESK_BUILD__: JSON.stringify(buildKey(root)) };
  try {
    await build({
      absWorkingDir: root,
      entryPoints: sources(root, 'src'),
      outbase: 'src',
      outdir: building,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      sourcemap: 'linked',
      logLevel: 'warning',
      define,
    }); // one module per source file, for the scripts and for debugging without the bundle
    await bundleCli(root, join(building, 'bundle'), define); // what bin/desk.js runs
    await bundleLean(root, join(building, 'lean'), define); // commands that start without the table (src/cli/lean/)
    await writeCommandTable(building, join(building, 'lean')); // what a Tab walks (src/cli/lean/complete.ts)
    await bundleHelpCenter(root, join(building, 'help-center')); // the help center's search (desk kb publish)
    renameSync(building, join(root, name)); // complete: only now may it become dist
  } catch (e) {
    rmSync(building, { recursive: true, force: true });
    throw e;
  }
  switchTo(root, name);
  removeOldBuilds(root, name);
  return join(root, name);
}

/**
 * The command table as completion reads it on Tab (src/cli/completion/table.ts), taken from the
 * table the build just compiled: a Tab then reads this file instead of building the table.
 */
async function writeCommandTable(building, outdir) {
  const url = (file) => pathToFileURL(join(building, file)).href;
  const [{ commandTable }, { tableOf }, { tableFile }, { described }, { useLanguage, LANGUAGES }] = await Promise.all([
    import(url('cli/main.js')),
    import(url('cli/completion/table.js')),
    import(url('cli/completion/spec.js')),
    import(url('cli/commander-texts.js')),
    import(url('i18n/index.js')),
  ]);
  // one table per language, its descriptions said in it (they are catalog keys in main.ts)
  const asked = process.env.DESK_LANG;
  try {
    for (const language of LANGUAGES) {
      process.env.DESK_LANG = language;
      await useLanguage();
      writeFileSync(join(outdir, tableFile(language)), JSON.stringify(tableOf(commandTable(), described)));
    }
  } finally {
    if (asked === undefined) delete process.env.DESK_LANG;
    else process.env.DESK_LANG = asked;
  }
}

/**
 * The key of every cache in .desk/ (src/store/cache/build-key.ts): a hash of the sources and of
 * the locked library versions, so that a cache written by another build is never read.
 */
function buildKey(root) {
  const hash = createHash('sha256');
  for (const file of sources(root, 'src').sort())
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(root, file)));
  hash.update(readFileSync(join(root, 'package-lock.json')));
  return `build-${hash.digest('base64url').slice(0, 22)}`;
}

/** Every .ts file under `dir`, relative to the package. */
function sources(root, dir) {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

/**
 * `dist` becomes a link to the new build by renaming a new link over it, which the file system
 * does in one step. A `dist` folder of an older build layout is moved aside first, once.
 */
function switchTo(root, name) {
  const dist = join(root, 'dist');
  const current = lstatSync(dist, { throwIfNoEntry: false });
  if (current && !current.isSymbolicLink()) renameSync(dist, join(root, `${PREFIX}0-before-links`));
  const link = join(root, `dist.${process.pid}.link`);
  rmSync(link, { force: true });
  symlinkSync(name, link, 'junction');
  renameSync(link, dist);
}

/**
 * Keeps the new build and the one before it (a desk started just before the switch may still be
 * loading its modules from there); older ones go, and so do unfinished ones an hour old.
 */
function removeOldBuilds(root, name) {
  const hourAgo = Date.now() - 3_600_000;
  const builds = readdirSync(root).filter((n) => n.startsWith(PREFIX));
  const finished = builds.filter((n) => !n.endsWith('.building')).sort();
  const keep = new Set([name, ...finished.filter((n) => n < name).slice(-1)]);
  for (const n of builds) {
    const path = join(root, n);
    if (keep.has(n)) continue;
    if (n.endsWith('.building')) {
      // another build at work, or one that finished (renamed) or gave up since the folder was listed
      const started = statSync(path, { throwIfNoEntry: false });
      if (!started || started.mtimeMs > hourAgo) continue;
    }
    if (!n.endsWith('.building') && n > name) continue; // a build finished after this one
    rmSync(path, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = await buildDist();
  console.log(`built ${dir}; dist -> ${readlinkSync(join(dir, '..', 'dist'))}`);
}
