// Preloaded into a desk process (NODE_OPTIONS=--require): at exit, writes the npm packages the
// process loaded, one per line, to the file DESK_TEST_LOADED names.
const Module = require('node:module');
const { writeFileSync } = require('node:fs');
const packages = new Set();
const compile = Module.prototype._compile;
Module.prototype._compile = function (content, filename) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(filename);
  if (m) packages.add(m[1]);
  return compile.call(this, content, filename);
};
process.on('exit', () => writeFileSync(process.env.DESK_TEST_LOADED, [...packages].sort().join('\n')));
