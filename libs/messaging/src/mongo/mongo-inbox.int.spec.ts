import type { Connection } from 'mongoose';
import { describeOnServer, testDatabase, type TestDatabase } from '@deskstream/testing';
import { inboxContract } from '../inbox.contract';
import { MongoInbox } from './mongo-inbox';

describeOnServer('mongodb', 'MongoInbox', (server) => {
  let database: TestDatabase;
  let connection: Connection;

  beforeAll(async () => {
    database = testDatabase(server, 'inbox');
    connection = await database.connect();
  });
  afterAll(async () => {
    await database?.drop();
  });

  inboxContract('MongoInbox', async () => new MongoInbox(connection), { testTimeoutMs: 60_000 });

  it('forgets handled ids past their retention, so the inbox does not grow without bound', async () => {
    const inbox = new MongoInbox(connection, { retentionDays: 7 });
    const consumer = `compacted-${Date.now()}`;
    await inbox.handleOnce(consumer, 'm-1', async () => undefined);
    expect(await inbox.compact(new Date(Date.now() - 60_000))).toBe(0);
    expect(await inbox.handleOnce(consumer, 'm-1', async () => undefined)).toBe(false);
    expect(await inbox.compact(new Date(Date.now() + 60_000))).toBeGreaterThanOrEqual(1);
    expect(await inbox.handleOnce(consumer, 'm-1', async () => undefined)).toBe(true);
  });
});
