import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { categoryOf } from '@deskstream/kernel';
import { openSqlite, sqliteFileIn } from '@deskstream/sqlite';
import { anEvent, collector, events, expectStrictlyIncreasing, newStream, streamIn, uniqueCategory, waitFor } from '../contract/contract-fixtures';
import { eventStoreContract } from '../event-store.contract';
import { SqliteEventStore } from './sqlite-event-store';

const tempDirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'deskstream-eventstore-'));
  tempDirs.push(dir);
  return sqliteFileIn(dir);
}
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

eventStoreContract('SqliteEventStore', async () => {
  const db = openSqlite(tempFile());
  const store = new SqliteEventStore(db);
  return {
    store,
    dispose: async () => {
      await store.close();
      db.close();
    },
  };
});

describe('SqliteEventStore on a file', () => {
  it('keeps every event across closing and reopening the file', async () => {
    const file = tempFile();
    const stream = newStream();
    const first = openSqlite(file);
    const before = new SqliteEventStore(first);
    const written = await before.appendToStream(stream, events(3), { expectedRevision: 'no_stream' });
    await before.close();
    first.close();

    const second = openSqlite(file);
    const after = new SqliteEventStore(second);
    try {
      const read = await after.readStream(stream);
      expect(read.map((e) => e.data)).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }]);
      expect(await after.headPosition()).toBe(written.position);
      const next = await after.appendToStream(stream, [anEvent(3)], { expectedRevision: 2 });
      expect(next.position).toBeGreaterThan(written.position);
    } finally {
      await after.close();
      second.close();
    }
  });

  it('a subscription notices appends made through another connection to the same file', async () => {
    const file = tempFile();
    const [mine, theirs] = [openSqlite(file), openSqlite(file)];
    const reader = new SqliteEventStore(mine);
    const writer = new SqliteEventStore(theirs);
    const seen = collector();
    const subscription = reader.subscribe(seen.handler);
    try {
      await subscription.caughtUp;
      const stream = newStream();
      await writer.appendToStream(stream, events(2), { expectedRevision: 'no_stream' });
      await waitFor(() => seen.received.length === 2, 'events written by the other connection', 10_000);
      expect(seen.of(stream).map((e) => e.revision)).toEqual([0, 1]);
    } finally {
      await subscription.stop();
      await Promise.all([reader.close(), writer.close()]);
      mine.close();
      theirs.close();
    }
  });

  it('subscriptions catching up side by side from the same position share each event, parsed once', async () => {
    const db = openSqlite(':memory:');
    const store = new SqliteEventStore(db);
    const category = uniqueCategory();
    const stream = streamIn(category);
    // More than a subscription's batch (1000), so that the catch-up takes turns.
    for (let n = 0; n < 2_500; n += 500) await store.appendToStream(stream, events(500, n), { expectedRevision: 'any' });
    const [queue, detail, clocks] = [collector(), collector(), collector()];
    const subscriptions = [
      store.subscribe(queue.handler, { categories: [category] }),
      store.subscribe(detail.handler, { categories: [category] }),
      store.subscribe(clocks.handler, { categories: [category, 'elsewhere'] }),
    ];
    try {
      await Promise.all(subscriptions.map((subscription) => subscription.caughtUp));
      expect(queue.received).toHaveLength(2_500);
      expect(detail.received.every((event, i) => event === queue.received[i])).toBe(true);
      expect(clocks.received.every((event, i) => event === queue.received[i])).toBe(true);
    } finally {
      await Promise.all(subscriptions.map((subscription) => subscription.stop()));
      await store.close();
      db.close();
    }
  });

  it('a subscription to several categories catches up across batches in position order, missing none', async () => {
    const db = openSqlite(':memory:');
    const store = new SqliteEventStore(db);
    const [incidents, clocks, other] = [uniqueCategory(), uniqueCategory(), uniqueCategory()];
    for (let n = 0; n < 2_400; n += 100) {
      const category = [incidents, clocks, other][(n / 100) % 3]!;
      const stream = streamIn(category);
      await Promise.all([
        store.appendToStream(stream, events(100, n), { expectedRevision: 'no_stream' }),
        store.appendToStream(streamIn(incidents), events(7, n), { expectedRevision: 'no_stream' }),
      ]);
    }
    const seen = collector();
    const subscription = store.subscribe(seen.handler, { categories: [clocks, incidents] });
    try {
      await subscription.caughtUp;
      expect(seen.received.filter((event) => !event.streamId.startsWith(other))).toHaveLength(seen.received.length);
      expect(seen.received).toHaveLength(16 * 100 + 24 * 7);
      expectStrictlyIncreasing(seen.received.map((event) => event.position));
    } finally {
      await subscription.stop();
      await store.close();
      db.close();
    }
  });

  it('a position freed by a purge and taken again is read afresh, never from an event read before', async () => {
    const db = openSqlite(':memory:');
    const store = new SqliteEventStore(db);
    const [purged, kept] = [newStream(), newStream()];
    await store.appendToStream(purged, events(1), { expectedRevision: 'no_stream' });
    const before = collector();
    const first = store.subscribe(before.handler);
    await first.caughtUp;
    await first.stop();
    db.prepare('DELETE FROM events WHERE stream_id = ?').run(purged);
    await store.appendToStream(kept, [anEvent(7)], { expectedRevision: 'no_stream' });
    const after = collector();
    const second = store.subscribe(after.handler);
    try {
      await second.caughtUp;
      expect(after.received.map((event) => [event.position, event.streamId, event.data])).toEqual([[before.received[0]!.position, kept, { n: 7 }]]);
    } finally {
      await second.stop();
      await store.close();
      db.close();
    }
  });

  it('close() stops the subscriptions still running', async () => {
    const db = openSqlite(':memory:');
    const store = new SqliteEventStore(db);
    const seen = collector();
    const subscription = store.subscribe(seen.handler);
    await subscription.caughtUp;
    await store.close();
    await store.appendToStream(newStream(), events(1), { expectedRevision: 'no_stream' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen.received).toEqual([]);
    db.close();
  });
});

describe('SqliteEventStore delivery lag', () => {
  it('tells how long its own appends waited for delivery, and knows nothing of another process’s', async () => {
    const file = tempFile();
    const db = openSqlite(file);
    const store = new SqliteEventStore(db);
    const stream = newStream();
    await store.appendToStream(stream, events(2), { expectedRevision: 'no_stream' });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(store.deliveryLagMs()).toBe(0);
    const seen = collector();
    const subscription = store.subscribe(seen.handler, { categories: [categoryOf(stream)] });
    await waitFor(() => seen.received.length === 2, 'both events delivered');
    expect(store.deliveryLagMs()).toBeGreaterThanOrEqual(50);
    await subscription.stop();

    const otherDb = openSqlite(file);
    const other = new SqliteEventStore(otherDb);
    const theirs = collector();
    const theirSubscription = other.subscribe(theirs.handler, { categories: [categoryOf(stream)] });
    await waitFor(() => theirs.received.length === 2, 'both events delivered to the other process');
    expect(other.deliveryLagMs()).toBe(0);
    await theirSubscription.stop();
    await Promise.all([store.close(), other.close()]);
    db.close();
    otherDb.close();
  });
});
