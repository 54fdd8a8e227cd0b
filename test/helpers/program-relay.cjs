// Started by test/helpers/program-relay.ts: runs the programs its parent asks for and answers
// with each one's exit code and output. It stays small, so starting git from here costs what it
// costs from a desk process, not what it costs from a test worker grown to hundreds of MB.
const { execFile } = require('node:child_process');

process.on('disconnect', () => process.exit(0));
process.on('message', ({ id, file, args, cwd, env, input }) => {
  const child = execFile(
    file,
    args,
    { cwd, env, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 },
    (error, stdout, stderr) => {
      if (!error || typeof error.code === 'number') process.send({ id, code: error ? error.code : 0, stdout, stderr });
      else process.send({ id, failure: { message: error.message, code: error.code, signal: error.signal } });
    },
  );
  if (input !== undefined) {
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  }
});
