#!/usr/bin/env node
// Stack traces (DESK_DEBUG, src/cli/run.ts) name src/ files and lines through the bundle's source
// maps; they are switched on before the bundle loads, and only then, as reading them costs time.
if (process.env.DESK_DEBUG) process.setSourceMapsEnabled(true);
await import('../dist/bundle/main.js');
