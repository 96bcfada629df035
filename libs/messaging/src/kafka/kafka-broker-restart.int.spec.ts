import { Kafka, logLevel } from 'kafkajs';
import { DedicatedKafka, describeUnless, eventually } from '@deskstream/testing';
import { aMessage, nOf, pause, Recorder, unique } from '../contract-fixtures';
import { KafkaIntegrationBus } from './kafka-integration-bus';

const WITHIN = 60_000;
const TIMEOUT = 240_000;
/** Longer than the client's own retries (five, up to a few seconds apart): its consumer gives up and crashes. */
const AWAY_MS = 25_000;

/**
 * The bus through a broker crash: a broker of the test's own is SIGKILLed, left down past the client's
 * retries, and started again on its data. Consumers and the producer must come back by themselves.
 */
describeUnless(
  process.env.DESKSTREAM_TEST_KAFKA_BROKERS ? null : 'no DESKSTREAM_TEST_KAFKA_BROKERS: the dedicated broker needs scripts/test-servers/start to have run',
  'KafkaIntegrationBus through a broker crash',
  () => {
    let kafka: DedicatedKafka;
    let buses: KafkaIntegrationBus[] = [];
    const failures: string[] = [];
    const open = () => {
      const bus = new KafkaIntegrationBus({
        brokers: [kafka.brokers],
        clientId: 'restart',
        sessionTimeoutMs: 6000,
        publishTimeoutMs: 3000,
        onConsumerFailed: (groupId) => void failures.push(groupId),
      });
      buses.push(bus);
      return bus;
    };

    beforeAll(async () => {
      kafka = await DedicatedKafka.start();
    }, 120_000);
    afterAll(async () => {
      await Promise.all(buses.map((bus) => bus.close().catch(() => undefined)));
      buses = [];
      await kafka?.stop();
    }, 60_000);

    it(
      'consumes again, and publishes again, once the broker is back from a crash longer than the client retries',
      async () => {
        const topic = unique('topic');
        const groupId = unique('group');
        const publisher = open();
        const consumerBus = open();
        await publisher.publish([aMessage(topic, 'k0', 0)]);
        const recorder = await new Recorder().subscribe(consumerBus, { groupId, topics: [topic] });
        await eventually(() => expect(recorder.handled.map(nOf)).toEqual([0]), WITHIN);

        kafka.kill();
        await pause(AWAY_MS);
        await kafka.restart();

        // As the gateway does: try again until the bus takes it.
        const published = Date.now();
        await eventually(() => publisher.publish([1, 2, 3].map((n) => aMessage(topic, `k${n}`, n))), WITHIN, 500);
        const publishedAfter = Date.now() - published;
        await eventually(() => expect([...new Set(recorder.handled.map(nOf))].sort()).toEqual([0, 1, 2, 3]), WITHIN, 200);
        expect(publishedAfter).toBeLessThan(WITHIN);
        // Back, it is ready again: a consumer that restarted is not reported as dead.
        expect(consumerBus.failedConsumers().size).toBe(0);
      },
      TIMEOUT,
    );

    it(
      'delivers every acknowledged publish to a group of two once the broker is back, publishing on through the crash',
      async () => {
        const topic = unique('topic');
        const groupId = unique('group');
        const publisher = open();
        const members = await Promise.all([open(), open()].map((bus) => new Recorder().subscribe(bus, { groupId, topics: [topic] })));
        // As the gateway does: each batch tried again until the bus takes it, one after another, while the broker dies and returns.
        const acknowledged: number[] = [];
        let publishing = true;
        let n = 0;
        const loop = (async () => {
          while (publishing) {
            const batch = [n, n + 1, n + 2];
            n += 3;
            for (;;) {
              try {
                await publisher.publish(batch.map((m) => aMessage(topic, `k${m % 7}`, m)));
                acknowledged.push(...batch);
                break;
              } catch {
                await pause(200);
              }
            }
            await pause(50);
          }
        })();
        try {
          await eventually(() => expect(acknowledged.length).toBeGreaterThan(30), WITHIN);
          kafka.kill();
          await pause(8000);
          await kafka.restart();
          const back = acknowledged.length;
          await eventually(() => expect(acknowledged.length).toBeGreaterThan(back + 30), WITHIN);
        } finally {
          publishing = false;
          await loop;
        }
        const received = () => new Set(members.flatMap((member) => member.handled.map(nOf)));
        await eventually(() => expect(acknowledged.filter((m) => !received().has(m))).toEqual([]), WITHIN, 200);
      },
      TIMEOUT,
    );

    it(
      'stays stopped when closed while the broker is away: no member of it rejoins the group once the broker is back',
      async () => {
        const topic = unique('topic');
        const groupId = unique('group');
        const bus = open();
        await bus.publish([aMessage(topic, 'k0', 0)]);
        const recorder = await new Recorder().subscribe(bus, { groupId, topics: [topic] });
        await eventually(() => expect(recorder.handled.map(nOf)).toEqual([0]), WITHIN);

        kafka.kill();
        // Long enough for the client to crash and begin restarting it.
        await pause(4000);
        await bus.close();
        await kafka.restart();
        // A restart the close did not stop would have joined by now (it retries every few hundred ms).
        await pause(10_000);
        const admin = new Kafka({ brokers: [kafka.brokers], clientId: 'observer', logLevel: logLevel.NOTHING }).admin();
        await admin.connect();
        try {
          const { groups } = await admin.describeGroups([groupId]);
          expect(groups[0]?.members ?? []).toEqual([]);
        } finally {
          await admin.disconnect();
        }
      },
      TIMEOUT,
    );
  },
);
