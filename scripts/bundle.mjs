// Bundles the CLI from src/ into `<build>/bundle/` (scripts/build.mjs calls it): a command then
// loads a few dozen files instead of hundreds of modules. docs/build.md says why, what stays
// outside and how to debug.
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { snowballTrim } from './snowball-trim.mjs';

/**
 * The command table's bundle: CommonJS chunks, required by `<build>/lean/start.cjs`, so that no
 * command starts Node's loader of ES modules (docs/build.md). `outdir` must be two folders below
 * the package, as src/cli/ and src/store/ are.
 */
export async function bundleCli(root, outdir, define = {}) {
  await splitAsCommonJs(
    {
      ...cliOptions(root, define),
      entryPoints: {
        main: 'src/cli/main.ts',
        // started with new Worker(new URL('./<name>.js', import.meta.url)), so beside every chunk
        'ticket-index-worker': 'src/store/cache/ticket-index-worker.ts',
      },
      outdir,
    },
    { awaitedStayEsm: true },
  );
  // the chunks keep their names and their `.js`: this makes them CommonJS, as bin/package.json does for bin/
  await writeFile(join(outdir, 'package.json'), '{ "type": "commonjs" }\n');
}

/**
 * Bundles as ES modules split into chunks (esbuild splits no other format), beside `outdir`, then
 * converts each file to CommonJS into `outdir` with esbuild once more, which reads each chunk's
 * source map, if any, and writes one that still names the `src/` lines: imports and exports
 * become require() and module.exports, an import() of a chunk a require() made when the promise
 * is taken. Returns the ES module build's metafile.
 *
 * A chunk with a top-level await cannot be CommonJS, and fails the build unless `awaitedStayEsm`
 * (in the command table: Ink and its layout engine wait for WebAssembly as they load, and only
 * `desk tui` loads them). Then it stays an ES module, `.mjs`, and so do the chunks that import
 * it; the chunks that reach them with import() keep a real import().
 */
async function splitAsCommonJs(options, { awaitedStayEsm = false } = {}) {
  const staging = `${options.outdir}.esm`;
  try {
    const { metafile } = await build({ ...options, format: 'esm', splitting: true, metafile: true, outdir: staging });
    const chunks = Object.keys(metafile.outputs).filter((file) => !file.endsWith('.map'));
    if (!awaitedStayEsm) await convert(options, chunks, new Set(), 'warning');
    else
      try {
        await convert(options, chunks, new Set(), 'silent'); // a top-level await is expected; other errors are thrown
      } catch (e) {
        await convert(options, chunks, awaitingChunks(metafile, e), 'warning');
      }
    return { metafile };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

const COMMON_JS = {
  // import.meta.url is the file's own URL, as in an ES module; require() is CommonJS's own
  define: { 'import.meta.url': '__deskModuleUrl' },
  // strict, as the ES modules were: the "use strict" esbuild writes comes after the banner, too late
  banner: '"use strict";\nvar __deskModuleUrl = require("node:url").pathToFileURL(__filename).href;',
};

/**
 * Writes the staged ES modules into `outdir`: those in `esm` as `.mjs`, the others as CommonJS;
 * a CommonJS chunk's import() of an ES module becomes `__deskImportEsm`, which the banner of
 * those chunks defines with a real import().
 */
async function convert(options, chunks, esm, logLevel) {
  const { absWorkingDir: root, outdir } = options;
  const named = (file) => `"./${basename(file)}"`;
  const rename = (text, pattern) =>
    [...esm].reduce(
      (t, file) => t.replaceAll(pattern(named(file)), pattern(named(file).replace(/\.js"$/, '.mjs"'))),
      text,
    );
  const importing = [];
  for (const file of chunks) {
    const path = join(root, file);
    const text = await readFile(path, 'utf8');
    const rewritten = esm.has(file)
      ? [(n) => `from ${n}`, (n) => `import ${n}`, (n) => `import(${n})`].reduce(rename, text)
      : rename(text, (n) => `import(${n})`).replaceAll(/\bimport\(("\.\/[^"]+\.mjs")\)/g, '__deskImportEsm($1)');
    // a way of naming a chunk that these replacements missed would load it as CommonJS, and fail
    const missed = [...esm].find((other) => rewritten.includes(named(other)));
    if (missed) throw new Error(`${file} still names ${missed}, which stays an ES module, as a .js file`);
    if (rewritten === text) continue;
    await writeFile(path, rewritten);
    if (!esm.has(file)) importing.push(file);
  }
  const shared = {
    absWorkingDir: root,
    outdir,
    outbase: dirname(chunks[0]),
    bundle: false,
    platform: 'node',
    target: 'node20',
    sourcemap: options.sourcemap,
    sourcesContent: false,
    logLevel,
  };
  const commonJs = {
    ...shared,
    format: 'cjs',
    supported: { 'dynamic-import': false },
    define: { ...options.define, ...COMMON_JS.define },
    outExtension: options.outExtension,
  };
  const plain = chunks.filter((file) => !esm.has(file) && !importing.includes(file));
  await Promise.all([
    plain.length && build({ ...commonJs, entryPoints: plain, banner: { js: COMMON_JS.banner } }),
    importing.length &&
      build({
        ...commonJs,
        entryPoints: importing,
        banner: {
          js: `${COMMON_JS.banner}\nconst __deskImportEsm = (file) => import(new URL(file, __deskModuleUrl).href);`,
        },
      }),
    esm.size && build({ ...shared, entryPoints: [...esm], format: 'esm', outExtension: { '.js': '.mjs' } }),
  ]);
}

/**
 * The chunks esbuild could not convert for their top-level await, and the chunks that import
 * them (an import, not an import(), waits for them to load); any other failure is thrown.
 */
function awaitingChunks(metafile, failure) {
  const errors = failure.errors ?? [];
  const awaiting = errors.filter((e) => /top-level await/i.test(e.text) && e.location);
  if (!awaiting.length || awaiting.length < errors.length) throw failure;
  const esm = new Set(awaiting.map((e) => e.location.file));
  for (let grown = true; grown; ) {
    grown = false;
    for (const [file, output] of Object.entries(metafile.outputs))
      if (!esm.has(file) && output.imports.some((i) => i.kind === 'import-statement' && esm.has(i.path))) {
        esm.add(file);
        grown = true;
      }
  }
  return esm;
}

/** What the CLI's bundle and the lean commands' bundles share. */
function cliOptions(root, define) {
  return {
    absWorkingDir: root,
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true, // each command's import() stays a chunk of its own, loaded only when it runs
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Libraries loaded with createRequire (yaml, date-holidays, snowball-stemmers) are
    // not seen by esbuild: they load from node_modules on first use, as they did before.
    external: [
      'better-sqlite3', // a native addon, found by its own path
      'pdfkit', // reads its font metrics from files beside its code
      'yaml', // also loaded with createRequire: bundling the static import too would load it twice
      'react-devtools-core', // Ink imports it only when DEV=true asks for React's devtools; not installed
    ],
    define, // the build key (scripts/build.mjs)
    plugins: [
      {
        // the stop-word lists of every language are one CommonJS file; its ES module build lets
        // the bundle keep only the German and English lists desk uses (src/kb/lang-data.ts)
        name: 'stopword-esm',
        setup(b) {
          b.onResolve({ filter: /^stopword$/ }, () => ({ path: `${root}/node_modules/stopword/src/stopword.js` }));
        },
      },
      langDataImported(),
      snowballTrim(), // the stemmers of German and English only (scripts/snowball-trim.mjs)
      chalkWithoutDetection,
    ],
    sourcemap: 'linked', // read only when DESK_DEBUG asks for stack traces (bin/desk.js)
    sourcesContent: false,
    logLevel: 'warning',
  };
}

/**
 * The commands that start without the command table (src/cli/lean/commands.ts), each bundled on
 * its own into `<build>/lean/<module>.cjs`: one file holds all a command needs at start, where in
 * the CLI's bundle it shares code split over dozens of chunks, and Node's loader costs per file.
 * What the command loads only sometimes (indexing articles: zod, the front matter; the catalog's
 * texts) stays a chunk of its own. `outdir` must be two folders below the package, as for
 * bundleCli.
 *
 * The lean bundles are CommonJS, and so is `start.cjs`, which bin/desk.js loads first
 * (src/cli/lean/start.ts): a command run from them never starts Node's loader of ES modules,
 * whose start and asynchronous reading of each module cost a Tab about a third of what it spends
 * beyond Node's own start. Each command is bundled as ES modules first and every file then
 * converted to CommonJS (splitAsCommonJs), its `import()` becoming a `require()` of the chunk,
 * loaded when first asked for, as before.
 */
export async function bundleLean(root, outdir, define = {}) {
  const options = cliOptions(root, define);
  // no maps: with DESK_DEBUG every command line goes to the command table's bundle
  const commonJs = { outExtension: { '.js': '.cjs' }, sourcemap: false };
  await build({
    ...options,
    ...commonJs,
    define: { ...define, ...COMMON_JS.define },
    banner: { js: COMMON_JS.banner },
    entryPoints: { start: 'src/cli/lean/start.ts' },
    format: 'cjs',
    splitting: false,
    outdir,
  });
  // Node's own modules are taken on first use: imported as ES modules, a search loaded crypto,
  // zlib, child_process, net and streams before it read a file
  const search = await splitAsCommonJs({
    ...options,
    ...commonJs,
    entryPoints: { 'kb-search': 'src/cli/lean/kb-search.ts' },
    outdir,
    // better-sqlite3's JavaScript in the bundle, its addon loaded by path (src/kb/sqlite.bundled.ts)
    external: options.external.filter((e) => e !== 'better-sqlite3'),
    plugins: [...options.plugins, builtinsOnFirstUse, sqliteBundled],
  });
  // renamed or moved, sqlite.ts would be bundled instead and every search load the library's files again, silently
  if (!('src/kb/sqlite.bundled.ts' in search.metafile.inputs))
    throw new Error(
      'kb-search.cjs does not bundle better-sqlite3: the sqlite-bundled plugin found no src/kb/sqlite.js to replace',
    );
  // a Tab: a build of its own, so that what it loads at start is one file, not chunks shared with
  // the search; what it imports with import() stays in chunks of its own (lean/complete-*.cjs),
  // loaded only when needed
  const tab = await splitAsCommonJs({
    ...options,
    ...commonJs,
    entryPoints: { complete: 'src/cli/lean/complete.ts' },
    chunkNames: 'complete-[name]-[hash]',
    outdir,
    plugins: [...options.plugins, builtinsOnFirstUse],
  });
  refuseAtStart(tab.metafile, 'complete.cjs', /^src\/i18n\/catalog\//, 'the texts of the catalog');
  // the ticket driver: git starts it once for every ticket both sides changed
  await splitAsCommonJs({
    ...options,
    ...commonJs,
    entryPoints: { 'merge-driver': 'src/cli/lean/merge-driver.ts' },
    chunkNames: 'merge-driver-[name]-[hash]',
    outdir,
    plugins: [...options.plugins, builtinsOnFirstUse],
  });
}

/** The search's bundle takes src/kb/sqlite.bundled.ts for src/kb/sqlite.ts. */
const sqliteBundled = {
  name: 'sqlite-bundled',
  setup(b) {
    b.onResolve({ filter: /^\.\/sqlite\.js$/ }, (args) =>
      args.importer.endsWith('/src/kb/index-store.ts') ? { path: `${args.resolveDir}/sqlite.bundled.ts` } : undefined,
    );
  },
};

/**
 * Fails the build when what a bundle loads at start (its file and the chunks it imports, not
 * those it imports with import()) holds a source matching `unwanted`: one static import of the
 * error module, say, and every Tab would load the catalog's texts again, silently.
 */
function refuseAtStart(metafile, entry, unwanted, what) {
  const outputs = Object.fromEntries(Object.entries(metafile.outputs).map(([file, o]) => [basename(file), o]));
  const atStart = new Set();
  for (const queue = [entry]; queue.length; ) {
    const file = queue.pop();
    if (atStart.has(file) || !outputs[file]) continue;
    atStart.add(file);
    for (const i of outputs[file].imports)
      if (i.kind === 'import-statement' && !i.external) queue.push(basename(i.path));
  }
  const found = [...atStart].flatMap((file) =>
    Object.keys(outputs[file].inputs).filter((input) => unwanted.test(input)),
  );
  if (found.length)
    throw new Error(`${entry} loads ${what} at start (${found.slice(0, 3).join(', ')}, …): import them with import()`);
}

/**
 * Node's own modules in a lean bundle, each loaded on first use. Imported as ES modules, every
 * one is loaded at start with a facade that reads each of its exports once: `node:fs`'s reading
 * `ReadStream` loads the whole of Node's streams, and `node:crypto` cost a Tab several
 * milliseconds though it only hashes when a cache is written. Here each import becomes a small
 * module of its own whose functions take the module with require() when first called; esbuild
 * keeps only the functions the bundle uses.
 */
const builtinsOnFirstUse = {
  name: 'builtins-on-first-use',
  setup(b) {
    const nodeRequire = createRequire(import.meta.url);
    b.onResolve({ filter: /^node:/ }, (args) =>
      args.kind === 'require-call' ? { path: args.path, external: true } : { path: args.path, namespace: 'builtin' },
    );
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => {
      const real = nodeRequire(args.path);
      // the module kept once loaded: require() itself costs a microsecond or two, which ten thousand
      // stat calls in a row would pay each time
      const lines = [`let module; const load = () => (module ??= require(${JSON.stringify(args.path)}));`];
      // functions and plain values; an object (fs.constants) is read where the bundle uses it,
      // which loads the module then (marked pure: dropped where unused); fs.promises and other
      // getters are not offered, so a bundle that imports one fails to build instead
      for (const name of Object.getOwnPropertyNames(real)) {
        if (!/^[A-Za-z_$][\w$]*$/.test(name) || name === 'default') continue;
        const value = Object.getOwnPropertyDescriptor(real, name).value;
        if (typeof value === 'function')
          lines.push(
            `export function ${name}(...a) { return new.target ? new (load().${name})(...a) : load().${name}(...a); }`,
          );
        else if (['string', 'number', 'boolean'].includes(typeof value))
          lines.push(`export const ${name} = ${JSON.stringify(value)};`);
        else if (value !== null && typeof value === 'object')
          lines.push(`export const ${name} = /* @__PURE__ */ (() => load().${name})();`);
      }
      return { contents: lines.join('\n'), loader: 'js' };
    });
  },
};

/**
 * chalk detects on import whether stdout and stderr take colours, loading Node's tty, os and,
 * through tty, its sockets and streams: several milliseconds of every command. desk never asks it
 * to detect (render/terminal/style.ts gives each Chalk its level from the run's own streams and
 * environment), so the bundles take chalk's detection for browsers, which loads nothing and
 * finds no colour for the default instance desk does not use.
 */
const chalkWithoutDetection = {
  name: 'chalk-without-detection',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, (args) =>
      args.importer.includes('/node_modules/chalk/')
        ? {
            path: `${args.importer.slice(0, args.importer.indexOf('/node_modules/chalk/'))}/node_modules/chalk/source/vendor/supports-color/browser.js`,
          }
        : undefined,
    );
  },
};

/**
 * The help center's search for the browser (desk kb publish copies it into the site) into
 * `<build>/help-center/search.js`: the same ranking code as `desk kb search`, with the language
 * data imported for the bundler to include (src/kb/lang-data.imported.ts).
 */
export async function bundleHelpCenter(root, outdir) {
  await build({
    absWorkingDir: root,
    entryPoints: { search: 'src/kb/help-center/search-page.ts' },
    outdir,
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    plugins: [langDataImported(), snowballTrim()],
    logLevel: 'warning',
  });
}

/**
 * src/kb/lang-data.ts requires the stemmers at run time, which the bundler does not follow; the
 * bundles take lang-data.imported.ts instead, whose imports the bundler resolves, so that the
 * stemmers are bundled (trimmed) rather than loaded whole from node_modules.
 */
function langDataImported() {
  return {
    name: 'lang-data-imported',
    setup(b) {
      b.onResolve({ filter: /\/lang-data\.js$/ }, (args) => ({ path: `${args.resolveDir}/lang-data.imported.ts` }));
    },
  };
}
