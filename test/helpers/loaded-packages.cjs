// Preloaded into a desk process (NODE_OPTIONS=--require): at exit, writes the npm packages the
// process loaded, one per line, to the file DESK_TEST_LOADED names — those loaded from
// node_modules, and those bundled into the chunks it loaded (named by each chunk's source map).
const Module = require('node:module');
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const PACKAGE = /node_modules\/((?:@[^/]+\/)?[^/]+)\//;
const packages = new Set();
const compile = Module.prototype._compile;
Module.prototype._compile = function (content, filename) {
  const m = PACKAGE.exec(filename);
  if (m) packages.add(m[1]);
  else if (existsSync(`${filename}.map`))
    for (const source of JSON.parse(readFileSync(`${filename}.map`, 'utf8')).sources) {
      const bundled = PACKAGE.exec(source);
      if (bundled) packages.add(bundled[1]);
    }
  return compile.call(this, content, filename);
};
process.on('exit', () => writeFileSync(process.env.DESK_TEST_LOADED, [...packages].sort().join('\n')));
