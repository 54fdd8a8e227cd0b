// Bundles the CLI from src/ into `<build>/bundle/` (scripts/build.mjs calls it): a command then
// loads a few dozen files instead of hundreds of modules. docs/build.md says why, what stays
// outside and how to debug.
import { build } from 'esbuild';

/** `outdir` must be two folders below the package, as src/cli/ and src/store/ are (docs/build.md). */
export async function bundleCli(root, outdir, define = {}) {
  await build({
    absWorkingDir: root,
    entryPoints: {
      main: 'src/cli/entry.ts',
      // started with new Worker(new URL('./<name>.js', import.meta.url)), so beside every chunk
      'ticket-index-worker': 'src/store/cache/ticket-index-worker.ts',
      'kb-listing-worker': 'src/store/kb-listing-worker.ts',
    },
    outdir,
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
    ],
    // the CommonJS libraries in the bundle require Node's built-in modules
    banner: {
      js: "import { createRequire as __bundleCreateRequire } from 'node:module'; const require = __bundleCreateRequire(import.meta.url);",
    },
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
    ],
    sourcemap: 'linked', // read only when DESK_DEBUG asks for stack traces (bin/desk.js)
    sourcesContent: false,
    logLevel: 'warning',
  });
}

/**
 * The help center's search for the browser (desk kb publish copies it into the site) into
 * `<build>/help-center/search.js`: the same ranking code as `desk kb search`, with the language
 * data imported for the bundler to include (src/kb/lang-data.browser.ts).
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
    plugins: [
      {
        name: 'browser-lang-data',
        setup(b) {
          b.onResolve({ filter: /\/lang-data\.js$/ }, (args) => ({ path: `${args.resolveDir}/lang-data.browser.ts` }));
        },
      },
    ],
    logLevel: 'warning',
  });
}
