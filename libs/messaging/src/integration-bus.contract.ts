import { ValidationFailed } from '@deskstream/kernel';
import { eventually } from '@deskstream/testing';
import { aMessage, nOf, pause, Recorder, unique } from './contract-fixtures';
import type { IntegrationBus } from './integration-bus.port';

export interface IntegrationBusContractOptions {
  /** Longest wait for a message that should arrive (a Kafka group takes seconds to form). */
  readonly deliveryTimeoutMs?: number;
  /** How long to wait before concluding that a message was NOT delivered, or that a consumer has settled. */
  readonly quietPeriodMs?: number;
  readonly testTimeoutMs?: number;
}

/**
 * The behaviour every IntegrationBus adapter must have: the same suite runs on the embedded SQLite
 * log and on Kafka. Every test uses its own topics and groups, so adapters may share a broker.
 */
export function integrationBusContract(name: string, open: () => Promise<IntegrationBus>, options: IntegrationBusContractOptions = {}): void {
  const within = options.deliveryTimeoutMs ?? 5000;
  const quiet = options.quietPeriodMs ?? 300;
  const timeout = options.testTimeoutMs ?? 30_000;

  describe(name, () => {
    let bus: IntegrationBus;
    let recorders: Recorder[];
    const record = async (groupId: string, topics: string[], extra: { fromBeginning?: boolean; failWhen?: Recorder['failWhen'] } = {}) => {
      const recorder = new Recorder(extra.failWhen);
      recorders.push(recorder);
      return recorder.subscribe(bus, { groupId, topics, ...(extra.fromBeginning === undefined ? {} : { fromBeginning: extra.fromBeginning }) });
    };

    beforeEach(async () => {
      bus = await open();
      recorders = [];
    }, timeout);

    afterEach(async () => {
      await Promise.all(recorders.map((r) => r.stop()));
      await bus.close();
    }, timeout);

    it(
      'reports as lag what a group has not handled yet, and none once it has',
      async () => {
        const topic = unique('topic');
        const groupId = unique('group');
        let release: () => void = () => undefined;
        const held = new Promise<void>((resolve) => (release = resolve));
        // Each message waits until released, so none is handled (or committed) before the lag is read.
        const consumer = await bus.subscribe({ groupId, topics: [topic] }, () => held);
        try {
          await bus.publish([0, 1, 2].map((n) => aMessage(topic, 'one-key', n)));
          await eventually(async () => expect(await bus.consumerLag()).toEqual([{ groupId, topic, messages: 3 }]), within);
          release();
          await eventually(async () => expect(await bus.consumerLag()).toEqual([{ groupId, topic, messages: 0 }]), within);
        } finally {
          release();
          await consumer.stop();
        }
      },
      timeout,
    );

    it(
      'delivers a message with its CloudEvent, key and headers intact',
      async () => {
        const topic = unique('topic');
        const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
        const sent = aMessage(topic, 'incident-42', 1, { traceparent, 'x-origin': 'contract' });
        await bus.publish([sent]);
        const recorder = await record(unique('group'), [topic]);
        await eventually(() => expect(recorder.handled).toHaveLength(1), within);
        const [got] = recorder.handled;
        expect(got).toMatchObject({ topic, key: 'incident-42', event: sent.event });
        expect(got?.headers).toMatchObject({
          'x-origin': 'contract',
          traceparent,
          ce_id: sent.event.id,
          ce_type: sent.event.type,
          tenantid: 't1',
        });
        expect(Number.isInteger(got?.partition) && Number.isInteger(got?.offset)).toBe(true);
      },
      timeout,
    );

    it(
      'keeps the order of the messages of each key',
      async () => {
        const topic = unique('topic');
        const keys = ['a', 'b', 'c', 'd', 'e'];
        for (let n = 0; n < 8; n++) {
          await bus.publish(keys.map((key) => aMessage(topic, key, n)));
        }
        const recorder = await record(unique('group'), [topic]);
        await eventually(() => expect(recorder.handled).toHaveLength(40), within);
        for (const key of keys) {
          const forKey = recorder.handled.filter((m) => m.key === key);
          expect(forKey.map(nOf)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
          expect(new Set(forKey.map((m) => m.partition)).size).toBe(1);
          const offsets = forKey.map((m) => m.offset);
          expect(offsets).toEqual([...offsets].sort((x, y) => x - y));
        }
      },
      timeout,
    );

    it(
      'gives every group every message',
      async () => {
        const topic = unique('topic');
        const sent = [0, 1, 2, 3, 4, 5].map((n) => aMessage(topic, `k${n % 3}`, n));
        await bus.publish(sent);
        const [first, second] = [await record(unique('group'), [topic]), await record(unique('group'), [topic])];
        const ids = sent.map((m) => m.event.id).sort();
        await eventually(() => {
          expect([...first.ids()].sort()).toEqual(ids);
          expect([...second.ids()].sort()).toEqual(ids);
        }, within);
      },
      timeout,
    );

    it(
      "shares a group's messages between its consumers, every message handled",
      async () => {
        const topic = unique('topic');
        const groupId = unique('group');
        const [one, two] = [await record(groupId, [topic]), await record(groupId, [topic])];
        const sent = Array.from({ length: 24 }, (_, n) => aMessage(topic, `key-${n}`, n));
        await bus.publish(sent);
        await eventually(() => {
          const seen = new Set([...one.ids(), ...two.ids()]);
          expect(sent.filter((m) => !seen.has(m.event.id))).toEqual([]);
        }, within);
      },
      timeout,
    );

    it(
      'redelivers a failing message until it succeeds, and skips nothing after it',
      async () => {
        const topic = unique('topic');
        const sent = [0, 1, 2, 3].map((n) => aMessage(topic, 'same-key', n));
        await bus.publish(sent);
        const recorder = await record(unique('group'), [topic], { failWhen: (m, attempt) => nOf(m) === 1 && attempt <= 2 });
        await eventually(() => expect(recorder.handled.map(nOf)).toEqual([0, 1, 2, 3]), within);
        expect(recorder.attempts.map(nOf)).toEqual([0, 1, 1, 1, 2, 3]);
      },
      timeout,
    );

    it(
      'resumes a group after its committed offset: handled messages are not replayed, the unhandled one is redelivered',
      async () => {
        const topic = unique('topic');
        const groupId = unique('group');
        const sent = [0, 1, 2].map((n) => aMessage(topic, 'same-key', n));
        await bus.publish(sent);
        const first = await record(groupId, [topic], { failWhen: (m) => nOf(m) === 2 });
        await eventually(() => expect(first.attempts.map(nOf)).toContain(2), within);
        await first.stop();
        expect(first.handled.map(nOf)).toEqual([0, 1]);

        const later = aMessage(topic, 'same-key', 3);
        await bus.publish([later]);
        const second = await record(groupId, [topic]);
        await eventually(() => expect(second.handled.map(nOf)).toEqual([2, 3]), within);
        await pause(quiet);
        expect(second.attempts.map(nOf)).toEqual([2, 3]);
      },
      timeout,
    );

    it(
      'starts a new group at the end when fromBeginning is false',
      async () => {
        const topic = unique('topic');
        await bus.publish([aMessage(topic, 'k', 0)]);
        const recorder = await record(unique('group'), [topic], { fromBeginning: false });
        await pause(quiet);
        await bus.publish([aMessage(topic, 'k', 1)]);
        await eventually(() => expect(recorder.handled.map(nOf)).toEqual([1]), within);
      },
      timeout,
    );

    it(
      'publishes a batch all or nothing: a message without a tenant refuses the whole batch',
      async () => {
        const topic = unique('topic');
        const good = aMessage(topic, 'k', 0);
        const tenantless = aMessage(topic, 'k', 1);
        const bad = { ...tenantless, event: { ...tenantless.event, tenantid: '' } };
        await expect(bus.publish([good, bad])).rejects.toBeInstanceOf(ValidationFailed);
        await bus.publish([aMessage(topic, 'k', 2)]);
        const recorder = await record(unique('group'), [topic]);
        await eventually(() => expect(recorder.handled.map(nOf)).toContain(2), within);
        await pause(quiet);
        expect(recorder.attempts.map(nOf)).toEqual([2]);
      },
      timeout,
    );
  });
}
