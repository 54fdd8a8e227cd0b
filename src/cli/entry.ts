/**
 * The desk process's command table (bin/desk.js loads this, bundled, when no lean command takes
 * the command line: lean/start.ts): the command line with this process's arguments, streams,
 * environment and folder, which io() gives when no other run is set up.
 */
await (await import('./main.js')).runDesk(process.argv.slice(2));
