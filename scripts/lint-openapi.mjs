#!/usr/bin/env node
// Lints an OpenAPI document with Redocly's recommended rules:
//   node scripts/lint-openapi.mjs <document.json | http://host/docs-json>
// Prints each problem, then one JSON line `{"errors":N,"warnings":N}`; exits 1 when there are errors.
// (Redocly is an ES module only, so the test suite runs this as a child process.)
import { readFile } from 'node:fs/promises';
import { createConfig, lintFromString } from '@redocly/openapi-core';

const target = process.argv[2];
if (!target) {
  console.error('usage: node scripts/lint-openapi.mjs <document.json | url>');
  process.exit(2);
}
const source = /^https?:/.test(target) ? await (await fetch(target)).text() : await readFile(target, 'utf8');
const config = await createConfig({ extends: ['recommended'] });
const problems = await lintFromString({ source, absoluteRef: 'openapi.json', config });
for (const problem of problems) {
  const where = problem.location.map((l) => l.pointer).join(', ');
  console.log(`${problem.severity} ${problem.ruleId}: ${problem.message} at ${where}`);
}
const errors = problems.filter((p) => p.severity === 'error').length;
console.log(JSON.stringify({ errors, warnings: problems.length - errors }));
process.exit(errors > 0 ? 1 : 0);
