import { SqliteEventStore } from '@deskstream/eventstore';
import { eventMetadata, type EventToAppend } from '@deskstream/kernel';
import { SqliteDocumentStore } from '@deskstream/readmodels';
import { openSqlite } from '@deskstream/sqlite';
import { CryptoShreddingEventStore } from './crypto-shredding-event-store';
import { ERASED_TEXT, writtenBy } from './personal-data';
import { PersonalKeys } from './personal-keys';

describe("free text a person wrote, sealed with its author's key", () => {
  const db = openSqlite(':memory:');
  const raw = new SqliteEventStore(db);
  const keys = new PersonalKeys(new SqliteDocumentStore(db));
  const store = new CryptoShreddingEventStore(raw, keys, [
    writtenBy(['TicketOpened'], ['caller'], [{ path: 'description', erased: ERASED_TEXT }]),
    writtenBy(['NoteAdded'], ['by'], [{ path: 'text', erased: ERASED_TEXT }]),
    writtenBy(['MailHandled'], ['request.caller', 'request.author'], [{ path: 'request.text', erased: ERASED_TEXT }]),
  ]);
  const event = (type: string, data: Record<string, unknown>, n: number): EventToAppend => ({
    eventId: `e-${n}`,
    type,
    data,
    metadata: eventMetadata({ tenantId: 'acme', actor: 'x', correlationId: 'c' }, `2026-03-01T10:00:0${n}.000Z`),
  });
  const texts = async () =>
    (await store.readStream('ticket-acme.1')).map((e) => (e.data as { description?: string; text?: string }).description ?? (e.data as { text?: string }).text);

  beforeAll(async () => {
    await store.appendToStream(
      'ticket-acme.1',
      [
        event('TicketOpened', { caller: 'samir', description: 'My lamp flickers', minutes: 0 }, 1),
        event('NoteAdded', { by: 'samir', text: 'It buzzes too', minutes: 5 }, 2),
        event('NoteAdded', { by: 'joanna', text: 'Ballast replaced', minutes: 30 }, 3),
        event('NoteAdded', { by: 'system:auto-close', text: 'Closed after the quiet period', minutes: 0 }, 4),
      ],
      { expectedRevision: 'no_stream' },
    );
    await store.appendToStream('mail-acme.1', [event('MailHandled', { request: { kind: 'commented', author: 'samir', text: 'Still broken' } }, 5)], {
      expectedRevision: 'no_stream',
    });
  });
  afterAll(() => store.close());

  it("given texts of two people and an automation, then each person's are stored sealed and read back, the automation's stay in the clear", async () => {
    const stored = JSON.stringify(await raw.readAll());
    for (const text of ['My lamp flickers', 'It buzzes too', 'Ballast replaced', 'Still broken']) expect(stored).not.toContain(text);
    expect(stored).toContain('Closed after the quiet period');
    expect(await texts()).toEqual(['My lamp flickers', 'It buzzes too', 'Ballast replaced', 'Closed after the quiet period']);
  });

  it("given the author erased, then their words read as erased in every event, the others' stay, and the counts and times are untouched", async () => {
    await keys.erase('acme', 'samir');
    expect(await texts()).toEqual([ERASED_TEXT, ERASED_TEXT, 'Ballast replaced', 'Closed after the quiet period']);
    const events = await store.readAll();
    expect(events.map((e) => (e.data as { minutes?: number }).minutes)).toEqual([0, 5, 30, 0, undefined]);
    expect(events.map((e) => e.metadata.occurredAt)).toEqual([1, 2, 3, 4, 5].map((n) => `2026-03-01T10:00:0${n}.000Z`));
    expect((events[4]!.data as { request: unknown }).request).toEqual({ kind: 'commented', author: 'samir', text: ERASED_TEXT });
  });
});
