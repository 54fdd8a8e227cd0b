#!/usr/bin/env node
// CommonJS (bin/package.json): a command that runs from a lean bundle of its own (a search, a Tab:
// src/cli/lean/start.ts) then never starts Node's loader of ES modules, about a third of what a Tab
// spends beyond Node's own start. Every other command line goes to the command table's bundle.
'use strict';
// Stack traces (DESK_DEBUG, src/cli/run.ts) name src/ files and lines through the bundle's source
// maps; they are switched on before the bundle loads, and only then, as reading them costs time.
if (process.env.DESK_DEBUG) process.setSourceMapsEnabled(true);
require('../dist/lean/start.cjs').startDesk(process.argv.slice(2));
