import { randomUUID } from 'node:crypto';
import { containerRuntime } from './containers';

/**
 * The servers the production-adapter suites run against. Each comes from its `DESKSTREAM_TEST_*`
 * variable (scripts/test-servers/start prints them), else from testcontainers where a container
 * engine answers, else its suite is skipped with the reason. Never the production variables
 * (KAFKA_BROKERS, MONGODB_URL, KURRENTDB_URL): these suites create and drop databases and topics.
 */
export type TestServerKind = 'kafka' | 'mongodb' | 'kurrentdb';

export interface TestServer {
  /** What the summary of `npm test` calls it, e.g. `kafka 4.4.0`, `mongodb-protocol (ferretdb 1.24.2)`. */
  readonly label: string;
  /** A MongoDB-protocol server that is FerretDB, not MongoDB: its documented gaps are expected failures. */
  readonly ferretdb: boolean;
  /** Kafka brokers (`host:port,…`) or a connection URL; available from the suite's `beforeAll` on. */
  address(): string;
}

interface Started {
  readonly address: string;
  stop(): Promise<void>;
}

interface Route {
  readonly variable: string;
  readonly labelVariable: string;
  /** The label when the variable gives no name of its own. */
  readonly name: string;
  readonly container?: { readonly label: string; start(): Promise<Started> };
  /** Why there is no container route, when there is none. */
  readonly noRoute?: string;
}

const KAFKA_IMAGE = 'confluentinc/cp-kafka:7.9.1';
const MONGODB_IMAGE = 'mongo:8.0';
const KURRENTDB_IMAGE = 'docker.kurrent.io/kurrent-latest/kurrentdb:latest';

// Loaded only when a container is wanted, so the usual run does not pull in testcontainers.
const ROUTES: Record<TestServerKind, Route> = {
  kafka: {
    variable: 'DESKSTREAM_TEST_KAFKA_BROKERS',
    labelVariable: 'DESKSTREAM_TEST_KAFKA_SERVER',
    name: 'kafka',
    container: {
      label: `kafka (testcontainers ${KAFKA_IMAGE})`,
      async start() {
        const { KafkaContainer } = await import('@testcontainers/kafka');
        const kafka = await new KafkaContainer(KAFKA_IMAGE).start();
        return { address: `${kafka.getHost()}:${kafka.getMappedPort(9093)}`, stop: async () => void (await kafka.stop()) };
      },
    },
  },
  mongodb: {
    variable: 'DESKSTREAM_TEST_MONGODB_URL',
    labelVariable: 'DESKSTREAM_TEST_MONGODB_SERVER',
    name: 'mongodb-protocol',
    container: {
      label: `mongodb (testcontainers ${MONGODB_IMAGE})`,
      async start() {
        const { MongoDBContainer } = await import('@testcontainers/mongodb');
        const mongo = await new MongoDBContainer(MONGODB_IMAGE).start();
        // The container runs a one-node replica set announced under its internal host name.
        return { address: `${mongo.getConnectionString()}?directConnection=true`, stop: async () => void (await mongo.stop()) };
      },
    },
  },
  kurrentdb: {
    variable: 'DESKSTREAM_TEST_KURRENTDB_URL',
    labelVariable: 'DESKSTREAM_TEST_KURRENTDB_SERVER',
    name: 'kurrentdb',
    container: {
      label: `kurrentdb (testcontainers ${KURRENTDB_IMAGE})`,
      async start() {
        const { KurrentDbContainer } = await import('@testcontainers/kurrentdb');
        const kurrent = await new KurrentDbContainer(KURRENTDB_IMAGE).start();
        return { address: kurrent.getConnectionString(), stop: async () => void (await kurrent.stop()) };
      },
    },
    noRoute: 'no server route: no registry ships the KurrentDB server; set DESKSTREAM_TEST_KURRENTDB_URL or run a container engine',
  },
};

const STARTUP_MS = 240_000;

/**
 * `describe` for a suite that needs a real server of `kind`. The title names the server
 * (`[server: …]`) so the test summary can say what ran where; without a server the suite is skipped
 * with the reason in its title (`[skipped: …]`), never counted as passed.
 */
export function describeOnServer(kind: TestServerKind, name: string, suite: (server: TestServer) => void): void {
  const route = ROUTES[kind];
  const given = process.env[route.variable];
  const runtime = containerRuntime();
  if (!given && !runtime.available) {
    const reason = route.noRoute ?? `no ${route.variable} and container runtime ${runtime.reason}`;
    describe.skip(`${name} [server: ${route.name}] [skipped: ${reason}]`, () => suite(unavailable(route.name)));
    return;
  }
  const label = given ? (process.env[route.labelVariable] ?? `${route.name} (${route.variable})`) : route.container!.label;
  let address = given;
  let started: Started | undefined;
  const server: TestServer = {
    label,
    ferretdb: /ferretdb/i.test(label),
    address() {
      if (!address) throw new Error(`the ${label} server did not start`);
      return address;
    },
  };
  describe(`${name} [server: ${label}]`, () => {
    if (!given) {
      beforeAll(async () => {
        started = await route.container!.start();
        address = started.address;
      }, STARTUP_MS);
      afterAll(async () => {
        await started?.stop();
      }, 60_000);
    }
    suite(server);
  });
}

function unavailable(label: string): TestServer {
  return {
    label,
    ferretdb: false,
    address: () => {
      throw new Error(`no ${label} server`);
    },
  };
}

const RUN = randomUUID().replace(/-/g, '').slice(0, 8);
let sequence = 0;

/** A database, topic or group name no earlier run and no other test of this run has used. */
export function freshName(prefix: string): string {
  sequence += 1;
  return `${prefix}_${RUN}_${sequence}`;
}
