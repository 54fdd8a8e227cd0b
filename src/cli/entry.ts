/**
 * desk run from the sources or the unbundled modules (`npx tsx src/cli/entry.ts`, `node
 * dist/cli/entry.js`; docs/build.md): the command table with this process's arguments, streams,
 * environment and folder, which io() gives when no other run is set up. The built desk
 * (bin/desk.js) calls the bundle's runDesk from lean/start.ts instead.
 */
await (await import('./main.js')).runDesk(process.argv.slice(2));
