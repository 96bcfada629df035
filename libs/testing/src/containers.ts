/**
 * Suites that need a container runtime (testcontainers for KurrentDB, Kafka, MongoDB) are declared
 * with this instead of `describe`: where no runtime answers they are reported as skipped, with the
 * reason in the suite name, never as passed.
 */
export function containerRuntime(): { available: boolean; reason: string } {
  const status = process.env.DESKSTREAM_CONTAINER_RUNTIME ?? 'unavailable: runtime not probed';
  return { available: status === 'available', reason: status };
}

export function describeWithContainers(name: string, suite: () => void): void {
  const runtime = containerRuntime();
  if (runtime.available) {
    describe(name, suite);
  } else {
    describe.skip(`${name} [skipped: container runtime ${runtime.reason}]`, suite);
  }
}
