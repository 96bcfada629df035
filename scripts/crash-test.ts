import { runCrashScenario } from '../services/standalone/src/crash-scenario';

/**
 * `npm run crash-test`: SIGKILLs the standalone app in the middle of a burst of commands, restarts it
 * on the same data dir and prints what survived (the scenario is shared with crash-safety.e2e.spec.ts).
 */
async function main(): Promise<void> {
  const report = await runCrashScenario({ log: (line) => console.log(`- ${line}`) });
  const byAction = Object.entries(report.acknowledgedByAction)
    .map(([action, n]) => `${action} ${n}`)
    .join(', ');
  const behind = Object.entries(report.checkpointsAtKill).map(([name, lag]) => `    ${name}: checkpoint ${lag} positions behind the head`);
  console.log(
    [
      '',
      'Crash test',
      `  acknowledged before the kill: ${report.acknowledged} commands on ${report.aggregates} incidents and requests (${byAction})`,
      `  in flight at the kill: ${report.inFlightAtKill}; head of the log at the kill: position ${report.headAtKill}`,
      '  projection checkpoints at the kill (the restart replays from there):',
      ...behind,
      `  store after restart and shutdown: ${report.events} events in ${report.streams} streams`,
      '',
      ...report.checks.map((c) => `  ${c.ok ? 'PASS' : 'FAIL'}  ${c.name}: ${c.detail}`),
      '',
      `${report.passed ? 'PASSED' : 'FAILED'} in ${report.seconds.toFixed(1)} s`,
    ].join('\n'),
  );
  process.exitCode = report.passed ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
