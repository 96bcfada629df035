import { StreamDeletedError, type KurrentDBClient, type ReadAllOptions } from '@kurrent/kurrentdb-client';
import { KurrentEventStore } from './kurrent-event-store';

/**
 * A stand-in for the server's side of a purge: `$all` read with the stream-name filter applied as
 * the server applies it (a regex on the stream name), and hard deletes that, as KurrentDB does,
 * leave the events in `$all` (until a scavenge) behind a `$streamDeleted` tombstone and refuse a
 * second delete of the same stream.
 */
class StandInServer {
  readonly tombstoned: string[] = [];
  readonly filters: unknown[] = [];

  constructor(private readonly streams: readonly string[]) {}

  client(): KurrentDBClient {
    return {
      readAll: (options: ReadAllOptions = {}) => {
        this.filters.push(options.filter);
        const regex = new RegExp((options.filter as { regex: string }).regex);
        const written = this.streams.map((streamId) => ({ streamId, type: 'Opened' }));
        const tombstones = this.tombstoned.map((streamId) => ({ streamId, type: '$streamDeleted' }));
        return (async function* () {
          for (const event of [...written, ...tombstones]) if (regex.test(event.streamId)) yield { event };
        })();
      },
      tombstoneStream: async (stream: string) => {
        if (this.tombstoned.includes(stream)) throw Object.assign(Object.create(StreamDeletedError.prototype) as Error, { streamName: stream });
        this.tombstoned.push(stream);
        return {};
      },
    } as unknown as KurrentDBClient;
  }
}

describe("KurrentDB purge of a deleted tenant's streams (client stood in for)", () => {
  const streams = ['incident-initech.1', 'incident-initech.1', 'knowledge-initech.a', 'incident-acme.1', 'tenant-platform.initech', 'incident-initech2.1'];

  it("given streams of several tenants, when one tenant is purged, then each of its streams is tombstoned once and no other's", async () => {
    const server = new StandInServer(streams);
    const store = new KurrentEventStore(server.client());
    expect(await store.purgeTenant('initech')).toEqual({ streams: 2 });
    expect(server.tombstoned).toEqual(['incident-initech.1', 'knowledge-initech.a']);
    expect(server.filters).toEqual([expect.objectContaining({ filterOn: 'streamName', regex: '^[a-z][a-z0-9_]*-initech\\.' })]);
  });

  it('given a purge already done, when it runs again (after a crash), then it finds the tombstoned streams and deletes nothing more', async () => {
    const server = new StandInServer(streams);
    const store = new KurrentEventStore(server.client());
    await store.purgeTenant('initech');
    expect(await store.purgeTenant('initech')).toEqual({});
    expect(server.tombstoned).toEqual(['incident-initech.1', 'knowledge-initech.a']);
  });
});
