// `npm test`: type-checks, lints module boundaries, runs every Jest suite that can run here, says which
// server each production-adapter suite ran on, and closes with the line CI reads:
// "N passed, N failed, N skipped". A suite that failed outside its tests (a throwing beforeAll or
// afterAll, a file that does not load) counts as failed, and so does a non-zero exit of Jest itself.
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
  // The web app is browser code (DOM, JSX) with a tsconfig of its own.
  failedSteps += tool('tsc', ['-p', 'services/web/tsconfig.json', '--noEmit']) === 0 ? 0 : 1;
  console.log('> lint');
  // The boundary rule reads Nx's project graph; without it the rule would skip itself, so it is made first.
  process.env.NX_DAEMON = 'false';
  failedSteps += tool('nx', ['show', 'projects']) === 0 ? 0 : 1;
  failedSteps += tool('eslint', ['.']) === 0 ? 0 : 1;
  console.log('> format');
  // One formatting for all code (Prettier, .prettierrc.json); `npm run format` applies it.
  failedSteps += tool('prettier', ['--check', '--log-level', 'warn', '{services,libs,bench,scripts}/**/*.{ts,tsx,js,mjs}']) === 0 ? 0 : 1;
}

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'deskstream-jest-')), 'report.json');
console.log('> jest');
const jestStatus = tool('jest', ['--json', `--outputFile=${report}`, ...extra]);

const tag = (titles, name) => {
  for (const title of titles) {
    const found = new RegExp(`\\[${name}: ([^\\]]*)\\]`).exec(title);
    if (found) return found[1];
  }
  return undefined;
};

let passed = 0;
let failed = failedSteps;
let skipped = 0;
const skippedSuites = new Set();
const failedSuites = [];
/** Per server label: counts, and the reason when its suites were skipped. */
const servers = new Map();
const serverOf = (label) => {
  if (!servers.has(label)) servers.set(label, { passed: 0, expected: 0, failed: 0, skipped: 0, reasons: new Set() });
  return servers.get(label);
};

if (fs.existsSync(report)) {
  const result = JSON.parse(fs.readFileSync(report, 'utf8'));
  for (const suite of result.testResults) {
    const file = path.relative(root, suite.name);
    let failedTests = 0;
    for (const test of suite.assertionResults) {
      const server = tag(test.ancestorTitles, 'server');
      const counts = server === undefined ? undefined : serverOf(server);
      if (test.status === 'passed') {
        passed += 1;
        if (counts && tag([test.title], 'expected failure') !== undefined) counts.expected += 1;
        else if (counts) counts.passed += 1;
      } else if (test.status === 'failed') {
        failed += 1;
        failedTests += 1;
        if (counts) counts.failed += 1;
      } else {
        skipped += 1;
        const reason = tag(test.ancestorTitles, 'skipped');
        if (counts) {
          counts.skipped += 1;
          if (reason) counts.reasons.add(reason);
        }
        if (reason) skippedSuites.add(`${file}: ${reason}`);
      }
    }
    // A suite can fail with every test passed (a throwing afterAll) or with no test at all (it did not load).
    if (suite.status === 'failed' && failedTests === 0) {
      failed += 1;
      const reason = (suite.message || 'failed outside its tests').split('\n').find((l) => l.trim() && !l.includes('●'));
      failedSuites.push(`${file}: ${reason ?? 'failed outside its tests'}`);
    }
  }
} else {
  failed += 1;
  failedSuites.push('jest wrote no report');
}
if (jestStatus !== 0 && failed === 0) {
  failed += 1;
  failedSuites.push(`jest exited with status ${jestStatus}`);
}

if (skippedSuites.size > 0) {
  console.log('\nSkipped suites:');
  for (const line of skippedSuites) console.log(`  - ${line}`);
}
if (failedSuites.length > 0) {
  console.log('\nSuites that failed outside their tests:');
  for (const line of failedSuites) console.log(`  - ${line.trim()}`);
}
if (servers.size > 0) {
  console.log('\nServers:');
  for (const [label, counts] of servers) {
    const ran = counts.passed + counts.expected + counts.failed;
    if (ran === 0) {
      console.log(`  ${label}: skipped (${[...counts.reasons].join('; ') || 'no reason given'})`);
      continue;
    }
    const parts = [`${counts.passed} passed`];
    if (counts.expected > 0) parts.push(`${counts.expected} expected failures`);
    if (counts.failed > 0) parts.push(`${counts.failed} failed`);
    if (counts.skipped > 0) parts.push(`${counts.skipped} skipped`);
    console.log(`  ${label}: ${parts.join(', ')}`);
  }
}
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
