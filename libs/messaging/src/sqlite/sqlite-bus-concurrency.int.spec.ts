import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite, type Sqlite } from '@deskstream/sqlite';
import { eventually } from '@deskstream/testing';
import { aMessage, nOf, pause, unique } from '../contract-fixtures';
import { subscribeWithInbox } from '../inbox-consumer';
import type { DeliveredMessage } from '../integration-bus.port';
import { SqliteInbox } from './sqlite-inbox';
import { SqliteIntegrationBus } from './sqlite-integration-bus';

let dir: string;
let db: Sqlite;
let bus: SqliteIntegrationBus;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'deskstream-bus-concurrency-'));
  db = openSqlite(join(dir, 'deskstream.sqlite'));
  // One partition, so every key shares it: only the consumer's concurrency can let one pass another.
  bus = new SqliteIntegrationBus(db, { partitions: 1, pollIntervalMs: 50 });
});
afterAll(async () => {
  await bus.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const byKey = (handled: readonly DeliveredMessage[], key: string) => handled.filter((m) => m.key === key).map(nOf);

describe('SqliteIntegrationBus consumer concurrency', () => {
  it('lets a message of another key pass a slow one on the same partition, each key still in order', async () => {
    const topic = unique('topic');
    const handled: DeliveredMessage[] = [];
    let letSlowKeyGo: () => void = () => undefined;
    const otherKeysDone = new Promise<void>((resolve) => (letSlowKeyGo = resolve));
    const consumer = await bus.subscribe({ groupId: unique('group'), topics: [topic], concurrency: 4 }, async (message) => {
      // Key "slow" waits for the last message of key "fast": in strict offset order this never finishes.
      if (message.key === 'slow') await otherKeysDone;
      handled.push(message);
      if (message.key === 'fast' && nOf(message) === 5) letSlowKeyGo();
    });
    try {
      await bus.publish([aMessage(topic, 'slow', 0), ...[1, 2, 3, 4, 5].map((n) => aMessage(topic, 'fast', n)), aMessage(topic, 'slow', 6)]);
      await eventually(() => expect(handled).toHaveLength(7), 10_000);
      expect(byKey(handled, 'fast')).toEqual([1, 2, 3, 4, 5]);
      expect(byKey(handled, 'slow')).toEqual([0, 6]);
      expect(handled.findIndex((m) => m.key === 'slow')).toBeGreaterThan(handled.findIndex((m) => nOf(m) === 5));
    } finally {
      await consumer.stop();
    }
  });

  it('delivers again what came after a failure, and the inbox gives it no second effect', async () => {
    const topic = unique('topic');
    const groupId = unique('group');
    const effects: number[] = [];
    let failures = 0;
    const consumer = await subscribeWithInbox(bus, new SqliteInbox(db), { groupId, topics: [topic], concurrency: 4 }, async (message) => {
      if (nOf(message) === 1 && failures === 0) {
        failures += 1;
        throw new Error('the first attempt at message 1 fails');
      }
      effects.push(nOf(message));
    });
    try {
      await bus.publish([aMessage(topic, 'a', 0), aMessage(topic, 'b', 1), aMessage(topic, 'c', 2), aMessage(topic, 'b', 3)]);
      await eventually(() => expect([...effects].sort()).toEqual([0, 1, 2, 3]), 10_000);
      // Whatever was delivered again has been by now (the retry is due within 25 ms): still one effect each.
      await pause(500);
      expect([...effects].sort()).toEqual([0, 1, 2, 3]);
      expect(failures).toBe(1);
      expect(effects.filter((n) => n === 1 || n === 3)).toEqual([1, 3]);
    } finally {
      await consumer.stop();
    }
  });
});
