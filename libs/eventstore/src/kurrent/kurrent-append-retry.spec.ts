import { UnavailableError, WrongExpectedVersionError, type EventData, type KurrentDBClient } from '@kurrent/kurrentdb-client';
import { ConcurrencyConflict, type EventToAppend } from '@deskstream/kernel';
import { metadata } from '../contract/contract-fixtures';
import { KurrentEventStore } from './kurrent-event-store';

/**
 * A stand-in for the server's side of an append: it keeps what it was sent and, as KurrentDB does,
 * writes an event whose id it already has no second time. `failures` lists how the next calls fail
 * after the write (the answer lost on the way back) before one succeeds.
 */
class StandInServer {
  readonly calls: string[][] = [];
  readonly written: EventData[] = [];

  constructor(private readonly failures: Error[]) {}

  client(): KurrentDBClient {
    return {
      appendToStream: async (_stream: string, events: EventData | EventData[]) => {
        const batch = Array.isArray(events) ? events : [events];
        this.calls.push(batch.map((event) => event.id));
        for (const event of batch) if (!this.written.some((known) => known.id === event.id)) this.written.push(event);
        const failure = this.failures.shift();
        if (failure) throw failure;
        return { success: true, nextExpectedRevision: BigInt(this.written.length - 1), position: { commit: 10n, prepare: 10n } };
      },
    } as unknown as KurrentDBClient;
  }
}

/** The client's error for a connection lost in flight. */
const unavailable = (): Error => Object.assign(Object.create(UnavailableError.prototype) as Error, { message: '14 UNAVAILABLE: Connection dropped' });

const events: EventToAppend[] = [
  { eventId: '5b1f2a8e-8f2c-4c39-9f55-0b6f3f0d2a11', type: 'SearchLogged', data: { q: 'vpn' }, metadata: metadata() },
  { eventId: '9c2e3b9f-9a3d-4d4a-8a66-1c7a4e1e3b22', type: 'SearchLogged', data: { q: 'printer' }, metadata: metadata() },
];

describe('KurrentDB append retries (client stood in for)', () => {
  it('given an `any` append whose answer is lost twice, then it is sent again with the same ids and written once', async () => {
    const server = new StandInServer([unavailable(), unavailable()]);
    const store = new KurrentEventStore(server.client());
    await store.appendToStream('search-acme.log', events, { expectedRevision: 'any' });
    const ids = events.map((event) => event.eventId);
    expect(server.calls).toEqual([ids, ids, ids]);
    expect(server.written.map((event) => event.id)).toEqual(ids);
  });

  it('given the connection stays lost, then the caller gets the error after a bounded number of attempts', async () => {
    const server = new StandInServer(Array.from({ length: 10 }, unavailable));
    const store = new KurrentEventStore(server.client());
    await expect(store.appendToStream('search-acme.log', events, { expectedRevision: 'any' })).rejects.toBeInstanceOf(UnavailableError);
    expect(server.calls).toHaveLength(4);
  });

  it('given a conflict, then it is not retried: the caller decides again on what the stream now holds', async () => {
    const conflict = Object.assign(Object.create(WrongExpectedVersionError.prototype) as WrongExpectedVersionError, { actualState: 3n, message: 'wrong' });
    const server = new StandInServer([conflict]);
    const store = new KurrentEventStore(server.client());
    await expect(store.appendToStream('search-acme.log', events, { expectedRevision: 1 })).rejects.toBeInstanceOf(ConcurrencyConflict);
    expect(server.calls).toHaveLength(1);
  });
});
