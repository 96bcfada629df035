#!/usr/bin/env node
// Runs a TypeScript entry point on the project's Node (24) through @swc-node/register:
//   node scripts/run.js <file.ts> [args...]
// Signals are forwarded to the child, so it shuts down gracefully, and its exit code is ours.
const { spawn } = require('node:child_process');

const [file, ...args] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/run.js <file.ts> [args...]');
  process.exit(2);
}

const child = spawn(process.execPath, ['-r', '@swc-node/register', '--no-experimental-strip-types', '--enable-source-maps', file, ...args], {
  stdio: 'inherit',
  env: process.env,
});

const forward = (signal) => {
  if (child.exitCode === null && child.signalCode === null) child.kill(signal);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => forward(signal));

child.on('error', (error) => {
  console.error(`could not start ${file}: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => {
  // A child killed by a signal exits like a shell reports it: 128 + the signal number.
  if (signal) process.exit(128 + (require('node:os').constants.signals[signal] ?? 0));
  process.exit(code ?? 1);
});
