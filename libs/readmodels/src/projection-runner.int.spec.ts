import type { CheckpointStore, EventStore, RecordedEvent } from '@deskstream/kernel';
import { eventually, recordSpansInBlock } from '@deskstream/testing';
import { ProjectionRunner } from './projection-runner';
import type { SqliteDocumentStore } from './sqlite/sqlite-document-store';
import { append, openEmbeddedStores, seedHistory, snapshot, ticketProjection } from './ticket-projection.fixture';
import type { EmbeddedStores, TicketDoc } from './ticket-projection.fixture';

describe('ProjectionRunner on SQLite', () => {
  let stores: EmbeddedStores;
  let store: EventStore;
  let documents: SqliteDocumentStore;
  let checkpoints: CheckpointStore;
  const runners: ProjectionRunner<TicketDoc>[] = [];

  const runner = (projection = ticketProjection(), extra: { onError?: (e: unknown) => void } = {}) => {
    const created = new ProjectionRunner({ store, documents, checkpoints, projection, backoff: { initialMs: 10, maxMs: 50 }, ...extra });
    runners.push(created);
    return created;
  };
  const tickets = () => documents.collection<TicketDoc>('tickets');

  beforeEach(() => {
    ({ store, documents, checkpoints } = stores = openEmbeddedStores());
  });
  afterEach(async () => {
    for (const created of runners.splice(0)) await created.stop();
    await stores.close();
  });

  it('catches up: one document per ticket, owned by the event tenant, deletions applied', async () => {
    await seedHistory(store);
    const head = await store.headPosition();
    const projection = runner();
    await projection.start();
    await projection.caughtUp();

    const t0 = await tickets().get('acme', 't0');
    expect(t0).toMatchObject({ tenantId: 'acme', id: 't0', title: 'Ticket 0 of acme', priority: 1, notes: 1 });
    expect((await tickets().get('globex', 't1'))?.title).toBe('Ticket 1 of globex');
    expect(await tickets().get('acme', 't4')).toBeNull();
    expect(await tickets().count('acme')).toBe(5);
    expect(await tickets().count('intruder')).toBe(0);
    expect(await tickets().get('acme', 'forged')).toBeNull();
    // The last ticket event of a stream gives its document's position.
    const lastOfT0 = (await store.readStream('ticket-acme.t0', { direction: 'backwards', maxCount: 1 }))[0];
    expect(t0?.position).toBe(lastOfT0.position);
    expect(projection.position()).toBeLessThanOrEqual(head);
    expect(projection.lag(head)).toBe(0);
    await projection.stop();
    expect(await checkpoints.load('projection:tickets')).toBe(projection.position());
  });

  it('writes what it caught up on once the backlog is delivered, with no later event and no caller waiting for it', async () => {
    // More than a subscription batch, fewer than a write: the documents are written when the catch-up ends.
    for (let i = 0; i < 1_200; i++) await append(store, `ticket-acme.b${i}`, 'TicketOpened', { title: `Backlog ${i}`, priority: 1 });
    const projection = runner();
    await projection.start();
    await eventually(async () => expect(await tickets().count('acme')).toBe(1_200));
    await eventually(async () => expect(await checkpoints.load('projection:tickets')).toBe(await store.headPosition()));
  });

  it('follows live events after catching up', async () => {
    await seedHistory(store, 2);
    const projection = runner();
    await projection.start();
    await projection.caughtUp();
    const position = await append(store, 'ticket-acme.live', 'TicketOpened', { title: 'Live one', priority: 2 });
    await append(store, 'ticket-acme.t0', 'TicketPrioritised', { priority: 4 });
    await eventually(async () => expect((await tickets().get('acme', 't0'))?.priority).toBe(4));
    expect((await tickets().get('acme', 'live'))?.position).toBe(position);
    expect(projection.position()).toBe(await store.headPosition());
    expect(projection.lag(await store.headPosition())).toBe(0);
    await eventually(async () => expect(await checkpoints.load('projection:tickets')).toBe(projection.position()));
  });

  it('counts as lag only what its categories still hold: none once live and idle, however far other categories move the head', async () => {
    await seedHistory(store, 2);
    const projection = runner();
    const seeded = await store.headPosition();
    expect(projection.lag(seeded)).toBe(seeded + 1);
    await projection.start();
    await projection.caughtUp();
    for (let i = 0; i < 5; i++) await append(store, `other-acme.busy${i}`, 'SomethingElse');
    const head = await store.headPosition();
    expect(head - projection.position()).toBeGreaterThanOrEqual(5);
    expect(projection.lag(head)).toBe(0);

    const late = await append(store, 'ticket-acme.late', 'TicketOpened', { title: 'Late one' });
    await eventually(() => expect(projection.position()).toBe(late));
    expect(projection.lag(late)).toBe(0);
    await projection.stop();
    // Stopped, it no longer follows the log: whatever came after its position may be pending.
    await append(store, 'ticket-acme.late', 'TicketNoted');
    expect(projection.lag(await store.headPosition())).toBe(1);
  });

  it('gives the same documents when events are delivered again from an older checkpoint', async () => {
    await seedHistory(store);
    const first = runner();
    await first.start();
    await first.caughtUp();
    await first.stop();
    const before = await snapshot(documents);
    expect(before.length).toBe(10);

    for (const older of [0, Math.floor(first.position() / 2), first.position() - 3]) {
      await checkpoints.save('projection:tickets', older);
      const again = runner();
      await again.start();
      await again.caughtUp();
      await again.stop();
      expect(await snapshot(documents)).toEqual(before);
    }
  });

  it('resumes after a restart from its checkpoint, without reapplying what it had applied', async () => {
    await seedHistory(store, 3);
    const first = runner();
    await first.start();
    await first.caughtUp();
    await first.stop();
    const stoppedAt = first.position();

    await append(store, 'ticket-globex.t1', 'TicketNoted');
    const seen: RecordedEvent[] = [];
    const projection = ticketProjection();
    const second = runner({ ...projection, apply: (doc, event) => (seen.push(event), projection.apply(doc, event)) });
    await second.start();
    await second.caughtUp();
    expect(seen.map((event) => event.position)).toEqual([await store.headPosition()]);
    expect(seen[0].position).toBeGreaterThan(stoppedAt);
    expect((await tickets().get('globex', 't1'))?.notes).toBe(1);
  });

  it('stops on a failing event and restarts from the checkpoint after a backoff', async () => {
    await seedHistory(store, 2);
    let failuresLeft = 2;
    const projection = ticketProjection();
    const errors: unknown[] = [];
    const flaky = runner(
      {
        ...projection,
        apply(doc, event) {
          if (event.type === 'TicketNoted' && failuresLeft > 0) {
            failuresLeft -= 1;
            throw new Error('reducer hiccup');
          }
          return projection.apply(doc, event);
        },
      },
      { onError: (error) => errors.push(error) },
    );
    await flaky.start();
    await flaky.caughtUp();
    expect(errors.map((error) => (error as Error).message)).toEqual(['reducer hiccup', 'reducer hiccup']);
    expect(await snapshot(documents)).toHaveLength(4);
    expect((await tickets().get('acme', 't0'))?.notes).toBe(1);
    expect(flaky.position()).toBe(await store.headPosition());
  });

  describe('tracing', () => {
    const exporter = recordSpansInBlock();

    it('records one span per applied event, child of the trace in the event metadata', async () => {
      const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
      const parentSpanId = '00f067aa0ba902b7';
      await append(store, 'ticket-acme.traced', 'TicketOpened', { title: 'Traced' }, `00-${traceId}-${parentSpanId}-01`);
      await append(store, 'ticket-acme.traced', 'TicketViewed');
      await append(store, 'ticket-acme.plain', 'TicketOpened', { title: 'Untraced' });
      const projection = runner();
      await projection.start();
      await projection.caughtUp();

      const spans = exporter.getFinishedSpans().filter((span) => span.name === 'project tickets');
      expect(spans).toHaveLength(2);
      const traced = spans.find((span) => span.spanContext().traceId === traceId);
      expect(traced?.parentSpanContext?.spanId).toBe(parentSpanId);
      expect(traced?.attributes['deskstream.event.type']).toBe('TicketOpened');
    });
  });
});
