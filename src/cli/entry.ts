import { runDesk } from './main.js';

/**
 * The desk process (bin/desk.js loads this, bundled): the command line with this process's
 * arguments, streams, environment and folder, which io() gives when no other run is set up.
 */
await runDesk(process.argv.slice(2));
