#!/usr/bin/env node
// The checks `npm test` runs before the tests: types, lint and formatting. Each is one
// single-threaded Node process, so on a machine with two or more cores they run side by side
// rather than one after another; each one's output is printed whole when it ends, so the three
// never interleave. Fails when any of them fails.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Each keeps what it found in node_modules/.cache/desk/, so that a second run checks only what
// changed (a fresh install, as in CI, checks everything): tsc's build info, and eslint's and
// prettier's caches keyed on each file's content, not its time, which a checkout resets.
const CACHE = 'node_modules/.cache/desk';
const CHECKS = [
  ['types', 'tsc', ['-p', 'tsconfig.json', '--noEmit', '--incremental', '--tsBuildInfoFile', `${CACHE}/tsbuildinfo`]],
  ['lint', 'eslint', ['.', '--cache', '--cache-strategy', 'content', '--cache-location', `${CACHE}/eslint`]],
  [
    'formatting',
    'prettier',
    ['--check', '.', '--cache', '--cache-strategy', 'content', '--cache-location', `${CACHE}/prettier`],
  ],
];

function run([name, bin, args]) {
  return new Promise((done) => {
    const child = spawn(fileURLToPath(new URL(`../node_modules/.bin/${bin}`, import.meta.url)), args, {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (e) => done({ name, ok: false, output: `${output}${e.message}\n` }));
    child.on('close', (code) => done({ name, ok: code === 0, output }));
  });
}

const results = await Promise.all(CHECKS.map(run));
for (const { name, ok, output } of results) {
  if (output) process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
  console.log(`${ok ? 'ok' : 'FAILED'}: ${name}`);
}
if (results.some((r) => !r.ok)) process.exitCode = 1;
