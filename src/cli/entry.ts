import { runLean } from './lean.js';

/**
 * The desk process (bin/desk.js loads this, bundled): the command line with this process's
 * arguments, streams, environment and folder, which io() gives when no other run is set up. A
 * few commands take a shorter way that skips building the command table (lean.ts).
 */
const args = process.argv.slice(2);
if (!(await runLean(args))) await (await import('./main.js')).runDesk(args);
