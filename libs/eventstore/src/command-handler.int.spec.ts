import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from './sqlite/sqlite-event-store';
import { openSqlite, type Sqlite } from '@deskstream/sqlite';
import { ManualClock, SequentialIds } from '@deskstream/kernel';
import { commandHandler, type CommandHandlerDeps } from '@deskstream/kernel';
import type { Decider } from '@deskstream/kernel';
import { ConcurrencyConflict, IllegalTransition, PreconditionFailed } from '@deskstream/kernel';
import type { EventStore } from '@deskstream/kernel';
import type { CommandContext } from '@deskstream/kernel';
import { streamName } from '@deskstream/kernel';
import { Upcasters } from '@deskstream/kernel';

type Command = { type: 'OpenTicket'; data: { title: string } } | { type: 'AddNote'; data: { body: string } };
type Event = { type: 'TicketOpened'; data: { title: string } } | { type: 'NoteAdded'; data: { body: string } };
type State = { status: 'none' } | { status: 'open'; title: string; notes: string[] };

/** A ticket that must be opened once, then takes notes; notes can only be added to an open ticket. */
const ticket: Decider<Command, Event, State> = {
  initialState: () => ({ status: 'none' }),
  evolve: (state, event) => {
    if (event.type === 'TicketOpened') return { status: 'open', title: event.data.title, notes: [] };
    return state.status === 'open' ? { ...state, notes: [...state.notes, event.data.body] } : state;
  },
  decide: (command, state) => {
    if (command.type === 'OpenTicket') {
      if (state.status !== 'none') throw new IllegalTransition('open', state.status, ['add-note']);
      return [{ type: 'TicketOpened', data: command.data }];
    }
    if (state.status !== 'open') throw new IllegalTransition('add-note', state.status, ['open']);
    return state.notes.includes(command.data.body) ? [] : [{ type: 'NoteAdded', data: command.data }];
  },
};

const context: CommandContext = { tenantId: 't1', actor: 'agent:bob', correlationId: 'corr-7' };
const open: Command = { type: 'OpenTicket', data: { title: 'VPN down' } };
const note = (body: string): Command => ({ type: 'AddNote', data: { body } });

/** Counts the conflicts the store reports, to prove a retry happened rather than assume it. */
function countingConflicts(store: EventStore) {
  const counter = { conflicts: 0 };
  const wrapped: EventStore = Object.create(store);
  wrapped.appendToStream = async (...args) => {
    try {
      return await store.appendToStream(...args);
    } catch (error) {
      if (error instanceof ConcurrencyConflict) counter.conflicts += 1;
      throw error;
    }
  };
  return { store: wrapped, counter };
}

describe('commandHandler over SqliteEventStore', () => {
  let db: Sqlite;
  let store: SqliteEventStore;
  let clock: ManualClock;
  let ids: SequentialIds;
  const stream = () => streamName('ticket', 't1', randomUUID());
  const handler = (deps: Partial<CommandHandlerDeps> = {}) => commandHandler(ticket, { store, clock, ids, ...deps });

  beforeEach(() => {
    db = openSqlite(':memory:');
    store = new SqliteEventStore(db);
    clock = new ManualClock('2026-03-02T10:15:00.000Z');
    ids = new SequentialIds('evt');
  });
  afterEach(async () => {
    await store.close();
    db.close();
  });

  it('reads, folds, decides and appends at the revision it read', async () => {
    const id = stream();
    const tickets = handler();
    const opened = await tickets.handle(id, open, context);
    expect(opened).toMatchObject({ revision: 0, state: { status: 'open', title: 'VPN down', notes: [] } });
    const noted = await tickets.handle(id, note('rebooted router'), context);
    expect(noted.revision).toBe(1);
    expect(noted.state).toEqual({ status: 'open', title: 'VPN down', notes: ['rebooted router'] });
    expect(noted.position).toBe(await store.headPosition());
    expect((await store.readStream(id)).map((e) => [e.revision, e.type])).toEqual([
      [0, 'TicketOpened'],
      [1, 'NoteAdded'],
    ]);
    expect(await tickets.load(id)).toEqual({ state: noted.state, revision: 1 });
  });

  it('appends nothing when the decider decides nothing or refuses', async () => {
    const id = stream();
    const tickets = handler();
    await expect(tickets.handle(id, note('too early'), context)).rejects.toBeInstanceOf(IllegalTransition);
    expect(await store.readStream(id)).toEqual([]);
    await tickets.handle(id, open, context);
    await tickets.handle(id, note('same'), context);
    const repeated = await tickets.handle(id, note('same'), context);
    expect(repeated).toMatchObject({ newEvents: [], position: null, revision: 1 });
    expect(await store.readStream(id)).toHaveLength(2);
  });

  it('fills the envelope metadata from the context, the clock and the options', async () => {
    const id = stream();
    const tickets = handler();
    await tickets.handle(id, open, context);
    clock.advance(90_000);
    const traced = {
      ...context,
      causationId: 'msg-3',
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    };
    await tickets.handle(id, note('escalated'), traced, { schemaVersion: 2 });
    const [first, second] = await store.readStream(id);
    expect(first?.eventId).toBe('evt-000001');
    expect(first?.metadata).toEqual({
      tenantId: 't1',
      actor: 'agent:bob',
      correlationId: 'corr-7',
      causationId: 'corr-7',
      occurredAt: '2026-03-02T10:15:00.000Z',
      schemaVersion: 1,
    });
    expect(second?.metadata).toEqual({
      tenantId: 't1',
      actor: 'agent:bob',
      correlationId: 'corr-7',
      causationId: 'msg-3',
      traceparent: traced.traceparent,
      occurredAt: '2026-03-02T10:16:30.000Z',
      schemaVersion: 2,
    });
  });

  it('decides on a state folded beforehand without reading, and reads again when another writer moved the stream', async () => {
    const id = stream();
    const tickets = handler();
    const before = await tickets.load(id);
    const opened = await tickets.handleOn(id, before, open, context);
    expect(opened).toMatchObject({ revision: 0, state: { status: 'open', notes: [] } });
    const stale = await tickets.load(id);
    await tickets.handle(id, note('a'), context);
    const { store: counted, counter } = countingConflicts(store);
    const noted = await handler({ store: counted }).handleOn(id, stale, note('b'), context);
    expect(counter.conflicts).toBe(1);
    expect(noted.revision).toBe(2);
    expect(noted.state).toEqual({ status: 'open', title: 'VPN down', notes: ['a', 'b'] });
  });

  it('retries on a conflict when no revision is pinned: concurrent commands both succeed', async () => {
    const id = stream();
    await handler().handle(id, open, context);
    const { store: counted, counter } = countingConflicts(store);
    const tickets = handler({ store: counted });
    const results = await Promise.all([tickets.handle(id, note('a'), context), tickets.handle(id, note('b'), context)]);
    expect(counter.conflicts).toBeGreaterThanOrEqual(1);
    expect(results.map((r) => r.revision).sort()).toEqual([1, 2]);
    const notes = (await store.readStream(id)).slice(1).map((e) => (e.data as { body: string }).body);
    expect(notes.sort()).toEqual(['a', 'b']);
  });

  it('without retries the same race surfaces the conflict', async () => {
    const id = stream();
    await handler().handle(id, open, context);
    const tickets = handler({ maxRetries: 0 });
    const outcomes = await Promise.allSettled([tickets.handle(id, note('a'), context), tickets.handle(id, note('b'), context)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(rejected?.reason).toBeInstanceOf(ConcurrencyConflict);
    expect(await store.readStream(id)).toHaveLength(2);
  });

  it('fails with PreconditionFailed when the pinned revision is stale or lost to a racing append, and never retries it', async () => {
    const id = stream();
    const tickets = handler();
    await tickets.handle(id, open, context);
    await tickets.handle(id, note('first'), context, { expectedRevision: 0 });
    await expect(tickets.handle(id, note('second'), context, { expectedRevision: 0 })).rejects.toBeInstanceOf(PreconditionFailed);
    const { store: counted, counter } = countingConflicts(store);
    const pinned = handler({ store: counted });
    const race = await Promise.allSettled([
      pinned.handle(id, note('x'), context, { expectedRevision: 1 }),
      pinned.handle(id, note('y'), context, { expectedRevision: 1 }),
    ]);
    const lost = race.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(lost).toHaveLength(1);
    // The loser read revision 1 like the winner, then lost the append: still a stale If-Match, not a 409.
    expect(counter.conflicts).toBe(1);
    expect(lost[0]?.reason).toBeInstanceOf(PreconditionFailed);
    expect(lost[0]?.reason).toMatchObject({ details: { expected: '1', actual: '2' } });
    expect(await store.readStream(id)).toHaveLength(3);
  });

  it('applies upcasters to stored events before folding them', async () => {
    const id = stream();
    const stored = { tenantId: 't1', actor: 'agent:old', correlationId: 'c', causationId: 'c', occurredAt: '2025-01-01T00:00:00.000Z' };
    await store.appendToStream(
      id,
      [
        { eventId: 'old-1', type: 'TicketCreated', data: { subject: 'Printer jam' }, metadata: { ...stored, schemaVersion: 1 } },
        { eventId: 'old-2', type: 'NoteAdded', data: { text: 'paper removed' }, metadata: { ...stored, schemaVersion: 1 } },
      ],
      { expectedRevision: 'no_stream' },
    );
    const upcasters = new Upcasters([
      { eventType: 'TicketCreated', fromVersion: 1, upcast: (data) => ({ type: 'TicketOpened', data: { title: (data as { subject: string }).subject } }) },
      { eventType: 'NoteAdded', fromVersion: 1, upcast: (data) => ({ data: { body: (data as { text: string }).text } }) },
    ]);
    const tickets = handler({ upcasters });
    const result = await tickets.handle(id, note('paper removed'), context);
    expect(result.newEvents).toEqual([]);
    expect(result.state).toEqual({ status: 'open', title: 'Printer jam', notes: ['paper removed'] });
    expect((await handler().load(id)).state).toEqual({ status: 'none' });
  });
});
