import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite, type Sqlite } from '@deskstream/sqlite';
import { eventually } from '@deskstream/testing';
import { aMessage, nOf, Recorder, unique } from '../contract-fixtures';
import { subscribeWithInbox } from '../inbox-consumer';
import type { DeliveredMessage } from '../integration-bus.port';
import { SqliteInbox } from './sqlite-inbox';
import { SqliteIntegrationBus } from './sqlite-integration-bus';
import { SqliteRetention } from './sqlite-retention';

const HOUR = 60 * 60 * 1000;
const RETENTION = { busMessagesMs: HOUR, inboxMs: HOUR, intervalMs: HOUR };

let dir: string;
let db: Sqlite;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'deskstream-retention-'));
  db = openSqlite(join(dir, 'deskstream.sqlite'));
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A retention run as it would happen `aheadMs` from now; its timer never fires within a test. */
function retentionAt(aheadMs: number, parts: ConstructorParameters<typeof SqliteRetention>[1]) {
  const retention = new SqliteRetention(db, parts, { ...RETENTION, now: () => Date.now() + aheadMs });
  try {
    return retention.runOnce();
  } finally {
    retention.stop();
  }
}

const offsetsIn = (topic: string) =>
  (db.prepare('SELECT offset_no FROM bus_messages WHERE topic = ? ORDER BY offset_no').all(topic) as { offset_no: number }[]).map((r) => r.offset_no);

describe('SqliteRetention over the bus log', () => {
  const bus = () => new SqliteIntegrationBus(db, { partitions: 1, pollIntervalMs: 20, keyCompactedTopics: ['entities'] });

  it('removes messages every group has committed past once they are older than the retention, and keeps the partition head', async () => {
    const topic = unique('topic');
    const b = bus();
    try {
      await b.publish([0, 1, 2, 3].map((n) => aMessage(topic, 'k', n)));
      const early = await new Recorder().subscribe(b, { groupId: unique('early'), topics: [topic] });
      await eventually(() => expect(early.handled.map(nOf)).toEqual([0, 1, 2, 3]), 5000);
      await early.stop();

      expect(retentionAt(HOUR / 2, { bus: b }).busMessages).toBe(0);
      expect(offsetsIn(topic)).toEqual([0, 1, 2, 3]);
      expect(retentionAt(2 * HOUR, { bus: b }).busMessages).toBe(3);
      expect(offsetsIn(topic)).toEqual([3]);

      // Offsets go on from the head: nothing published later is mistaken for what was removed.
      await b.publish([aMessage(topic, 'k', 4)]);
      expect(offsetsIn(topic)).toEqual([3, 4]);
      const again = await new Recorder().subscribe(b, { groupId: unique('later'), topics: [topic] });
      await eventually(() => expect(again.handled.map(nOf)).toEqual([3, 4]), 5000);
      await again.stop();
    } finally {
      await b.close();
    }
  });

  it('keeps what a group has not committed past, even a group that has not committed anything yet', async () => {
    const topic = unique('topic');
    const b = bus();
    try {
      await b.publish([0, 1, 2].map((n) => aMessage(topic, 'k', n)));
      const fast = await new Recorder().subscribe(b, { groupId: unique('fast'), topics: [topic] });
      await eventually(() => expect(fast.handled).toHaveLength(3), 5000);
      await fast.stop();
      // This group fails on its first message: it joined, but its offset is still 0.
      const stuck = await new Recorder(() => true).subscribe(b, { groupId: unique('stuck'), topics: [topic] });
      await eventually(() => expect(stuck.attempts.length).toBeGreaterThan(0), 5000);

      retentionAt(2 * HOUR, { bus: b });
      expect(offsetsIn(topic)).toEqual([0, 1, 2]);
      await stuck.stop();
    } finally {
      await b.close();
    }
  });

  it('keeps the latest message of each key on a key-compacted topic, whatever its age', async () => {
    const b = bus();
    try {
      await b.publish([aMessage('entities', 'a', 0), aMessage('entities', 'b', 1), aMessage('entities', 'a', 2), aMessage('entities', 'c', 3)]);
      const group = await new Recorder().subscribe(b, { groupId: unique('replica'), topics: ['entities'] });
      await eventually(() => expect(group.handled).toHaveLength(4), 5000);
      await group.stop();

      retentionAt(2 * HOUR, { bus: b });
      expect(offsetsIn('entities')).toEqual([1, 2, 3]);
      const replica = await new Recorder().subscribe(b, { groupId: unique('new-replica'), topics: ['entities'] });
      await eventually(() => expect(replica.handled.map(nOf)).toEqual([1, 2, 3]), 5000);
      await replica.stop();
    } finally {
      await b.close();
    }
  });
});

describe('SqliteRetention over the inbox', () => {
  it('still skips a redelivered message within the retention, compaction runs notwithstanding', async () => {
    const b = new SqliteIntegrationBus(db, { partitions: 1, pollIntervalMs: 20 });
    const inbox = new SqliteInbox(db);
    const topic = unique('topic');
    const groupId = unique('group');
    const effects: DeliveredMessage[] = [];
    try {
      const consumer = await subscribeWithInbox(b, inbox, { groupId, topics: [topic] }, async (message) => {
        effects.push(message);
      });
      const message = aMessage(topic, 'k', 7);
      await b.publish([message]);
      await eventually(() => expect(effects).toHaveLength(1), 5000);

      retentionAt(HOUR / 2, { bus: b, inbox });
      expect(offsetsIn(topic)).toEqual([0]);
      // The same CloudEvent again (a gateway republishing after a crash), then a fresh one to know delivery went past it.
      await b.publish([message, aMessage(topic, 'k', 8)]);
      await eventually(() => expect(effects.map(nOf)).toEqual([7, 8]), 5000);
      await consumer.stop();
    } finally {
      await b.close();
    }
  });

  it('forgets the ids handled before the retention, and only those', async () => {
    const inbox = new SqliteInbox(db);
    const consumer = unique('consumer');
    const effect = jest.fn(async () => undefined);
    await inbox.handleOnce(consumer, 'old', effect);
    db.prepare('UPDATE inbox SET handled_at = handled_at - ? WHERE consumer = ? AND message_id = ?').run(2 * HOUR, consumer, 'old');
    await inbox.handleOnce(consumer, 'recent', effect);

    expect(retentionAt(0, { inbox }).inboxEntries).toBeGreaterThanOrEqual(1);
    expect(await inbox.handleOnce(consumer, 'recent', effect)).toBe(false);
    // Past the retention the id is forgotten: the bus redelivers only what a group has not committed, long before that.
    expect(await inbox.handleOnce(consumer, 'old', effect)).toBe(true);
    expect(effect).toHaveBeenCalledTimes(3);
  });
});
