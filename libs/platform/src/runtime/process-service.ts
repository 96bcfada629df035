/** A service name as the process runs it: a directory of services/ (`intake`, `incidents`, …, `standalone`). */
const SERVICE_NAME = /^[a-z][a-z0-9-]*$/;

/**
 * The consumer group and inbox of one of the platform's own consumers (its copies of tenants, API
 * keys, directories) in a process running as `service`, e.g. `incidents.tenants`. Replicas of one
 * service share it; processes of different services never do: on Kafka, a group shared by two
 * services would split the messages between them, so each would see only part of them.
 */
export function platformConsumerName(service: string, consumer: string): string {
  if (!SERVICE_NAME.test(service)) throw new Error(`The platform's service name must be lower-case kebab-case (got ${JSON.stringify(service)})`);
  return `${service}.${consumer}`;
}
