import { SqliteEventStore } from '@deskstream/eventstore';
import { SequentialIds, ValidationFailed, type Decider, type Message } from '@deskstream/kernel';
import { openSqlite } from '@deskstream/sqlite';
import { CachedCommandHandler } from './cached-command-handler';

type Add = Message<'Add', { readonly n: number }>;
type Added = Message<'Added', { readonly n: number; readonly total: number }>;
/** A counter that refuses negative numbers: enough to see batching, refusals and conflicts. */
const counter: Decider<Add, Added, { total: number }> = {
  decide: (command, state) => {
    if (command.data.n < 0) throw new ValidationFailed([{ field: 'n', message: 'must not be negative' }]);
    return [{ type: 'Added', data: { n: command.data.n, total: state.total + command.data.n } }];
  },
  evolve: (_state, event) => ({ total: event.data.total }),
  initialState: () => ({ total: 0 }),
};

describe('the cached, batching command handler on the SQLite store', () => {
  const db = openSqlite(':memory:');
  const store = new SqliteEventStore(db);
  const context = { tenantId: 'acme', actor: 'test', correlationId: 'c' };
  const at = '2026-01-05T09:00:00.000Z';
  afterAll(() => db.close());

  it('decides concurrent commands for one stream in turn and appends them together; a refused one fails alone', async () => {
    const handler = new CachedCommandHandler(counter, store, new SequentialIds('a'));
    const outcomes = await Promise.allSettled([1, 2, -1, 3, 4].map((n) => handler.handle('counter-acme.one', { type: 'Add', data: { n } }, context, at)));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    const events = await store.readStream('counter-acme.one');
    expect(events.map((e) => (e.data as { total: number }).total)).toEqual([1, 3, 6, 10]);
    expect((await handler.load('counter-acme.one')).state.total).toBe(10);
  });

  it('another writer moving the stream on is read, not overwritten', async () => {
    const here = new CachedCommandHandler(counter, store, new SequentialIds('b'));
    const there = new CachedCommandHandler(counter, store, new SequentialIds('c'));
    await here.handle('counter-acme.two', { type: 'Add', data: { n: 1 } }, context, at);
    await there.handle('counter-acme.two', { type: 'Add', data: { n: 10 } }, context, at);
    const { state } = await here.handle('counter-acme.two', { type: 'Add', data: { n: 100 } }, context, at);
    expect(state.total).toBe(111);
    expect((await store.readStream('counter-acme.two')).map((e) => e.revision)).toEqual([0, 1, 2]);
  });
});
