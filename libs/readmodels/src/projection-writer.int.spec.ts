import type { DocumentCollection } from './document-store.port';
import { ProjectionRunner } from './projection-runner';
import { ProjectionWriter } from './projection-writer';
import { append, openEmbeddedStores, ticketProjection, type EmbeddedStores, type TicketDoc } from './ticket-projection.fixture';

describe('ProjectionWriter on SQLite', () => {
  let stores: EmbeddedStores;
  let tickets: DocumentCollection<TicketDoc>;
  let reads: number;

  const projection = ticketProjection();
  const event = async (type: string, data: unknown = {}) => {
    const position = await append(stores.store, 'ticket-acme.t1', type, data);
    return (await stores.store.readAll({ after: position - 1, maxCount: 1 }))[0];
  };

  beforeEach(() => {
    stores = openEmbeddedStores();
    tickets = stores.documents.collection<TicketDoc>('tickets');
    reads = 0;
    const get = tickets.get.bind(tickets);
    jest.spyOn(tickets, 'get').mockImplementation((tenantId, id) => {
      reads += 1;
      return get(tenantId, id);
    });
  });
  afterEach(() => stores.close());

  it('folds the next event into the document it just wrote without reading it back', async () => {
    const writer = new ProjectionWriter(projection, tickets);
    expect(await writer.apply(await event('TicketOpened', { title: 'Printer', priority: 3 }))).toBe(true);
    expect(await writer.flush()).toBe(1);
    const readsBefore = reads;

    const noted = await event('TicketNoted');
    expect(await writer.apply(noted)).toBe(true);
    expect(reads).toBe(readsBefore);
    expect(await writer.flush()).toBe(1);
    expect(await tickets.get('acme', 't1')).toMatchObject({ title: 'Printer', notes: 1, position: noted.position });
  });

  it('reads the stored document again once another writer got there first', async () => {
    const writer = new ProjectionWriter(projection, tickets);
    await writer.apply(await event('TicketOpened', { title: 'Printer', priority: 3 }));
    // Another runner applied the next event before this batch landed: the guard refuses ours.
    const prioritised = await event('TicketPrioritised', { priority: 1 });
    await tickets.put({ tenantId: 'acme', id: 't1', position: prioritised.position, title: 'Printer', priority: 1, notes: 0 });
    expect(await writer.flush()).toBe(0);

    const readsBefore = reads;
    await writer.apply(await event('TicketNoted'));
    expect(reads).toBe(readsBefore + 1);
    expect(await writer.flush()).toBe(1);
    expect(await tickets.get('acme', 't1')).toMatchObject({ priority: 1, notes: 1 });
  });

  /** Keeps its notes when the ticket is opened again, as a detail view does: a replayed event shows. */
  const accumulating = ticketProjection('tickets', {
    apply(doc, e) {
      if (e.type === 'TicketOpened') return { tenantId: 'acme', id: 't1', position: 0, title: 'Printer', priority: 3, notes: doc?.notes ?? 0 };
      if (e.type === 'TicketNoted') return doc && { ...doc, notes: doc.notes + 1 };
      return doc;
    },
  });

  it('skips every event the stored document reflects, the last one (same position) included', async () => {
    const opened = await event('TicketOpened');
    const noted = await event('TicketNoted');
    await tickets.put({ tenantId: 'acme', id: 't1', position: noted.position, title: 'Printer', priority: 3, notes: 1 });
    const writer = new ProjectionWriter(accumulating, tickets);
    expect(await writer.apply(opened)).toBe(false);
    expect(await writer.apply(noted)).toBe(false);
    expect(writer.size).toBe(0);
    const next = await event('TicketNoted');
    expect(await writer.apply(next)).toBe(true);
    await writer.flush();
    expect(await tickets.get('acme', 't1')).toMatchObject({ notes: 2, position: next.position });
  });

  it('replaying from the first event, starts each document from nothing without reading it, and yields to a stored one ahead of it', async () => {
    const opened = await event('TicketOpened');
    const noted = await event('TicketNoted');
    // An interrupted replay got as far as the note before its checkpoint was saved.
    await tickets.put({ tenantId: 'acme', id: 't1', position: noted.position, title: 'Printer', priority: 3, notes: 1 });
    const writer = new ProjectionWriter(accumulating, tickets, { fromFirstEvent: true });
    expect(await writer.apply(opened)).toBe(true);
    expect(reads).toBe(0);
    expect(await writer.flush()).toBe(0);
    expect(await writer.apply(noted)).toBe(false);
    expect(reads).toBe(1);
    const next = await event('TicketNoted');
    expect(await writer.apply(next)).toBe(true);
    await writer.flush();
    expect(await tickets.get('acme', 't1')).toMatchObject({ notes: 2, position: next.position });
  });

  it('a runner without a checkpoint replays from the first event and reads no document back; one with a checkpoint reads those it has not buffered', async () => {
    const run = async () => {
      const runner = new ProjectionRunner({ store: stores.store, documents: stores.documents, checkpoints: stores.checkpoints, projection: accumulating });
      await runner.start();
      await runner.caughtUp();
      await runner.stop();
    };
    await event('TicketOpened');
    await event('TicketNoted');
    await run();
    expect(reads).toBe(0);
    expect(await tickets.get('acme', 't1')).toMatchObject({ notes: 1 });
    reads = 0;
    await event('TicketNoted');
    await run();
    expect(reads).toBe(1);
    expect(await tickets.get('acme', 't1')).toMatchObject({ notes: 2 });
  });

  it('replays from an older checkpoint, with an event appended while the runner was down, applying each event once', async () => {
    const run = async () => {
      const runner = new ProjectionRunner({ store: stores.store, documents: stores.documents, checkpoints: stores.checkpoints, projection: accumulating });
      await runner.start();
      await runner.caughtUp();
      await runner.stop();
    };
    const opened = await event('TicketOpened');
    await event('TicketNoted');
    await run();
    expect(await tickets.get('acme', 't1')).toMatchObject({ notes: 1 });
    // The checkpoint lags the documents, as after a crash between the two writes.
    await stores.checkpoints.save('projection:tickets', opened.position - 1);
    await event('TicketNoted');
    await run();
    expect(await tickets.get('acme', 't1')).toMatchObject({ notes: 2 });
  });
});
