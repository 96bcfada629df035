import { createServer, type Server, type Socket } from 'node:net';
import { Kafka, logLevel, Partitioners, type KafkaMessage } from 'kafkajs';
import { describeOnServer, eventually } from '@deskstream/testing';
import { aMessage, nOf, pause, Recorder, unique } from '../contract-fixtures';
import { deadLetterTopic, KafkaIntegrationBus, PublishTimedOut, type KafkaIntegrationBusOptions } from './kafka-integration-bus';

const WITHIN = 45_000;
const TIMEOUT = 120_000;

describeOnServer('kafka', 'KafkaIntegrationBus delivery', (server) => {
  const brokers = () => server.address().split(',');
  const raw = () => new Kafka({ brokers: brokers(), clientId: 'raw', logLevel: logLevel.NOTHING });
  let buses: KafkaIntegrationBus[] = [];
  let recorders: Recorder[] = [];
  const open = (options: Partial<KafkaIntegrationBusOptions> = {}) => {
    const bus = new KafkaIntegrationBus({ brokers: brokers(), clientId: 'delivery', ...options });
    buses.push(bus);
    return bus;
  };
  const record = async (bus: KafkaIntegrationBus, groupId: string, topic: string, failWhen?: Recorder['failWhen']) => {
    const recorder = new Recorder(failWhen);
    recorders.push(recorder);
    return recorder.subscribe(bus, { groupId, topics: [topic] });
  };

  /** Every message of a topic, read with a client of its own (dead letters are not CloudEvents). */
  async function readTopic(topic: string, count: number): Promise<KafkaMessage[]> {
    const consumer = raw().consumer({ groupId: unique('reader') });
    const seen: KafkaMessage[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void seen.push(message) });
    try {
      await eventually(() => expect(seen.length).toBeGreaterThanOrEqual(count), WITHIN);
    } finally {
      await consumer.disconnect();
    }
    return seen;
  }

  async function produceRaw(topic: string, messages: { key: string; value: string; headers?: Record<string, string> }[]) {
    const producer = raw().producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    await producer.send({ topic, messages });
    await producer.disconnect();
  }

  afterEach(async () => {
    await Promise.all(recorders.map((r) => r.stop()));
    await Promise.all(buses.map((bus) => bus.close()));
    buses = [];
    recorders = [];
  }, TIMEOUT);

  describe('while no broker answers', () => {
    let silent: Server;
    let address: string;
    const sockets = new Set<Socket>();
    beforeAll(async () => {
      // Accepts connections and never answers, as a hung broker does.
      silent = createServer((socket) => void sockets.add(socket));
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      address = `127.0.0.1:${(silent.address() as { port: number }).port}`;
    });
    afterAll(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    });

    it(
      'fails a publish once its time is up, and closes without waiting for it',
      async () => {
        const bus = new KafkaIntegrationBus({ brokers: [address], clientId: 'silent', publishTimeoutMs: 1500 });
        const started = Date.now();
        await expect(bus.publish([aMessage(unique('topic'), 'k', 0)])).rejects.toBeInstanceOf(PublishTimedOut);
        expect(Date.now() - started).toBeLessThan(5000);
        const closing = Date.now();
        await bus.close();
        expect(Date.now() - closing).toBeLessThan(15_000);
      },
      TIMEOUT,
    );
  });

  it(
    'sends an undecodable message to the dead-letter topic, counts it, and handles the next one',
    async () => {
      const topic = unique('topic');
      const bus = open();
      await bus.publish([aMessage(topic, 'k', 0)]);
      await produceRaw(topic, [{ key: 'k', value: '{not json' }]);
      await bus.publish([aMessage(topic, 'k', 2)]);
      const recorder = await record(bus, unique('group'), topic);
      await eventually(() => expect(recorder.handled.map(nOf)).toEqual([0, 2]), WITHIN);
      const [dead] = await readTopic(deadLetterTopic(topic), 1);
      expect(dead?.value?.toString()).toBe('{not json');
      expect(dead?.headers?.['x-original-topic']?.toString()).toBe(topic);
      expect(dead?.headers?.['x-dead-letter-reason']?.toString()).toMatch(/undecodable/);
      expect(bus.deadLettered.get(topic)).toBe(1);
    },
    TIMEOUT,
  );

  it(
    'gives up on a message that keeps failing past the attempt limit, and goes on',
    async () => {
      const topic = unique('topic');
      const bus = open({ maxDeliveryAttempts: 3 });
      await bus.publish([0, 1].map((n) => aMessage(topic, 'same-key', n)));
      const recorder = await record(bus, unique('group'), topic, (m) => nOf(m) === 0);
      await eventually(() => expect(recorder.handled.map(nOf)).toEqual([1]), WITHIN);
      expect(recorder.attempts.map(nOf)).toEqual([0, 0, 0, 1]);
      const [dead] = await readTopic(deadLetterTopic(topic), 1);
      expect(dead?.headers?.['x-dead-letter-reason']?.toString()).toMatch(/failed 3 times/);
    },
    TIMEOUT,
  );

  it(
    'refuses a message whose header names another tenant than its event',
    async () => {
      const topic = unique('topic');
      const bus = open();
      await bus.publish([aMessage(topic, 'k', 0)]);
      const forged = aMessage(topic, 'k', 1);
      await produceRaw(topic, [{ key: 'k', value: JSON.stringify(forged.event), headers: { tenantid: 'someone-else' } }]);
      await bus.publish([aMessage(topic, 'k', 2)]);
      const recorder = await record(bus, unique('group'), topic);
      await eventually(() => expect(recorder.handled.map(nOf)).toEqual([0, 2]), WITHIN);
      expect(recorder.attempts.map(nOf)).toEqual([0, 2]);
      const [dead] = await readTopic(deadLetterTopic(topic), 1);
      expect(dead?.headers?.['x-dead-letter-reason']?.toString()).toMatch(/tenant mismatch/);
    },
    TIMEOUT,
  );

  it(
    'commits what it handled when it stops, so the group resumes after it',
    async () => {
      const topic = unique('topic');
      const groupId = unique('group');
      // No batch would be due before the stop: only the stop commits.
      const bus = open({ commitEveryMessages: 1000, commitEveryMs: 600_000 });
      await bus.publish([0, 1, 2, 3, 4].map((n) => aMessage(topic, `k${n}`, n)));
      const first = await record(bus, groupId, topic);
      await eventually(() => expect(first.handled).toHaveLength(5), WITHIN);
      await first.stop();

      await bus.publish([aMessage(topic, 'k9', 9)]);
      const second = await record(open(), groupId, topic);
      await eventually(() => expect(second.handled.map(nOf)).toEqual([9]), WITHIN);
      await pause(3000);
      expect(second.attempts.map(nOf)).toEqual([9]);
    },
    TIMEOUT,
  );

  it(
    'creates topics with the replication it is given, and refuses what the cluster cannot hold',
    async () => {
      const admin = raw().admin();
      await admin.connect();
      try {
        const topic = unique('topic');
        await open({ replicationFactor: 1, minInsyncReplicas: 1 }).publish([aMessage(topic, 'k', 0)]);
        const described = await admin.describeConfigs({ resources: [{ type: 2, name: topic, configNames: ['min.insync.replicas'] }], includeSynonyms: false });
        expect(described.resources[0]?.configEntries.find((e) => e.configName === 'min.insync.replicas')?.configValue).toBe('1');
        // One broker cannot hold two replicas.
        await expect(open({ replicationFactor: 2 }).publish([aMessage(unique('topic'), 'k', 0)])).rejects.toThrow(/replication/i);
      } finally {
        await admin.disconnect();
      }
    },
    TIMEOUT,
  );

  it(
    'without the right to create topics, uses a pre-created topic and names a missing one',
    async () => {
      const admin = raw().admin();
      await admin.connect();
      const topic = unique('topic');
      try {
        await admin.createTopics({ topics: [{ topic, numPartitions: 2 }], waitForLeaders: true });
      } finally {
        await admin.disconnect();
      }
      const bus = open({ createTopics: false });
      await bus.publish([aMessage(topic, 'k', 0)]);
      const recorder = await record(bus, unique('group'), topic);
      await eventually(() => expect(recorder.handled.map(nOf)).toEqual([0]), WITHIN);
      const missing = unique('missing');
      await expect(bus.publish([aMessage(missing, 'k', 0)])).rejects.toThrow(missing);
    },
    TIMEOUT,
  );
});
