// `npm test`: type-checks, lints module boundaries, runs every Jest suite that can run here, and
// closes with the line CI reads: "N passed, N failed, N skipped". Suites that need a container
// runtime are listed with the reason they were skipped.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const root = path.resolve(__dirname, '..');
// Every tool runs on this Node (the pinned 24), whatever `node` the PATH would find.
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const tool = (name, args) => run(process.execPath, [bin(name), ...args]);
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env }).status ?? 1;

let failedSteps = 0;
const extra = process.argv.slice(2);
if (extra.length === 0) {
  console.log('> typecheck');
  failedSteps += tool('tsc', ['-p', 'tsconfig.json', '--noEmit']) === 0 ? 0 : 1;
  console.log('> lint');
  // The boundary rule reads Nx's project graph; without it the rule would skip itself, so it is made first.
  process.env.NX_DAEMON = 'false';
  failedSteps += tool('nx', ['show', 'projects']) === 0 ? 0 : 1;
  failedSteps += tool('eslint', ['.']) === 0 ? 0 : 1;
}

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'deskstream-jest-')), 'report.json');
console.log('> jest');
tool('jest', ['--json', `--outputFile=${report}`, ...extra]);

let passed = 0;
let failed = failedSteps;
let skipped = 0;
const skippedSuites = new Set();
if (fs.existsSync(report)) {
  const result = JSON.parse(fs.readFileSync(report, 'utf8'));
  for (const suite of result.testResults) {
    if (suite.status === 'failed' && suite.assertionResults.length === 0) failed += 1; // suite failed to load
    for (const test of suite.assertionResults) {
      if (test.status === 'passed') passed += 1;
      else if (test.status === 'failed') failed += 1;
      else {
        skipped += 1;
        const reason = test.ancestorTitles.find((t) => t.includes('[skipped:'));
        if (reason) skippedSuites.add(`${path.relative(root, suite.name)}: ${reason}`);
      }
    }
  }
} else {
  failed += 1;
}
if (skippedSuites.size > 0) {
  console.log('\nSkipped suites:');
  for (const line of skippedSuites) console.log(`  - ${line}`);
}
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
