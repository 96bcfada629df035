import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite, type Sqlite } from '@deskstream/sqlite';
import { eventually } from '@deskstream/testing';
import { aMessage, nOf, pause, Recorder, unique } from '../contract-fixtures';
import { integrationBusContract } from '../integration-bus.contract';
import { partitionOf } from './sqlite-bus-log';
import { SqliteIntegrationBus } from './sqlite-integration-bus';

let dir: string;
let db: Sqlite;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'deskstream-bus-'));
  db = openSqlite(join(dir, 'deskstream.sqlite'));
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

integrationBusContract('SqliteIntegrationBus', async () => new SqliteIntegrationBus(db, { pollIntervalMs: 50 }));

describe('SqliteIntegrationBus specifics', () => {
  it('hashes a key to the same partition every time', () => {
    expect(partitionOf('incident-42', 8)).toBe(partitionOf('incident-42', 8));
    const spread = new Set(Array.from({ length: 64 }, (_, i) => partitionOf(`key-${i}`, 4)));
    expect(spread.size).toBe(4);
  });

  it('keeps messages and offsets across a reopened file (a restart)', async () => {
    const topic = unique('topic');
    const groupId = unique('group');
    const first = new SqliteIntegrationBus(db);
    await first.publish([0, 1].map((n) => aMessage(topic, 'k', n)));
    const before = await new Recorder().subscribe(first, { groupId, topics: [topic] });
    await eventually(() => expect(before.handled.map(nOf)).toEqual([0, 1]), 5000);
    await first.close();

    const reopened = openSqlite(join(dir, 'deskstream.sqlite'));
    const second = new SqliteIntegrationBus(reopened, { pollIntervalMs: 20 });
    try {
      await second.publish([aMessage(topic, 'k', 2)]);
      const after = await new Recorder().subscribe(second, { groupId, topics: [topic] });
      await eventually(() => expect(after.handled.map(nOf)).toEqual([2]), 5000);
    } finally {
      await second.close();
      reopened.close();
    }
  });

  it('notices a message written by another connection (another process) by polling', async () => {
    const topic = unique('topic');
    const other = openSqlite(join(dir, 'deskstream.sqlite'));
    const reader = new SqliteIntegrationBus(db, { pollIntervalMs: 20 });
    const writer = new SqliteIntegrationBus(other);
    try {
      const recorder = await new Recorder().subscribe(reader, { groupId: unique('group'), topics: [topic] });
      await pause(100);
      await writer.publish([aMessage(topic, 'k', 7)]);
      await eventually(() => expect(recorder.handled.map(nOf)).toEqual([7]), 5000);
    } finally {
      await Promise.all([reader.close(), writer.close()]);
      other.close();
    }
  });

  it('wakes an idle consumer in this process on publish, without waiting for the poll', async () => {
    const topic = unique('topic');
    const bus = new SqliteIntegrationBus(db, { pollIntervalMs: 60_000 });
    try {
      const recorder = await new Recorder().subscribe(bus, { groupId: unique('group'), topics: [topic] });
      await pause(50);
      await bus.publish([aMessage(topic, 'k', 3)]);
      await eventually(() => expect(recorder.handled.map(nOf)).toEqual([3]), 10_000);
    } finally {
      await bus.close();
    }
  });

  it('splits the partitions of a topic between the consumers of a group', async () => {
    const topic = unique('topic');
    const groupId = unique('group');
    const bus = new SqliteIntegrationBus(db, { partitions: 4, pollIntervalMs: 20 });
    try {
      const one = await new Recorder().subscribe(bus, { groupId, topics: [topic] });
      const two = await new Recorder().subscribe(bus, { groupId, topics: [topic] });
      const leasesByOwner = () =>
        (db.prepare('SELECT COUNT(*) AS n FROM bus_leases WHERE group_id = ? GROUP BY owner').all(groupId) as { n: number }[]).map((r) => r.n);
      await eventually(() => expect(leasesByOwner()).toEqual([2, 2]), 5000);
      const sent = Array.from({ length: 40 }, (_, n) => aMessage(topic, `key-${n}`, n));
      await bus.publish(sent);
      await eventually(() => expect(one.handled.length + two.handled.length).toBe(40), 5000);
      const partitionsOf = (r: Recorder) => new Set(r.handled.map((m) => m.partition));
      expect(partitionsOf(one).size).toBe(2);
      expect(partitionsOf(two).size).toBe(2);
      expect([...partitionsOf(one)].filter((p) => partitionsOf(two).has(p))).toEqual([]);
    } finally {
      await bus.close();
    }
  });

  it('hands the partitions of a stopped consumer to the rest of its group', async () => {
    const topic = unique('topic');
    const groupId = unique('group');
    const bus = new SqliteIntegrationBus(db, { partitions: 4, pollIntervalMs: 20 });
    try {
      const leaving = await new Recorder().subscribe(bus, { groupId, topics: [topic] });
      const staying = await new Recorder().subscribe(bus, { groupId, topics: [topic] });
      await leaving.stop();
      const sent = Array.from({ length: 20 }, (_, n) => aMessage(topic, `key-${n}`, n));
      await bus.publish(sent);
      await eventually(() => expect(staying.handled).toHaveLength(20), 5000);
      expect(leaving.handled).toEqual([]);
    } finally {
      await bus.close();
    }
  });
});
