/**
 * Suites that need a container runtime (testcontainers for KurrentDB, Kafka, MongoDB) are declared
 * with this instead of `describe`: where no runtime answers they are reported as skipped, with the
 * reason in the suite name, never as passed.
 */
export function containerRuntime(): { available: boolean; reason: string } {
  const status = process.env.DESKSTREAM_CONTAINER_RUNTIME ?? 'unavailable: runtime not probed';
  return { available: status === 'available', reason: status };
}

/**
 * `describe`, or, when `missing` names what the suite needs and this machine lacks, `describe.skip`
 * with that reason in its title (`[skipped: …]`, which `npm test` reports), never counted as passed.
 */
export function describeUnless(missing: string | null, name: string, suite: () => void): void {
  if (missing === null) describe(name, suite);
  else describe.skip(`${name} [skipped: ${missing}]`, suite);
}

export function describeWithContainers(name: string, suite: () => void): void {
  const runtime = containerRuntime();
  describeUnless(runtime.available ? null : `container runtime ${runtime.reason}`, name, suite);
}
