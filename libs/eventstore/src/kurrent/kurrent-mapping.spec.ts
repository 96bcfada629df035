import { ANY, NO_STREAM, STREAM_EXISTS, type AllStreamResolvedEvent } from '@kurrent/kurrentdb-client';
import { metadata } from '../contract/contract-fixtures';
import { describeActual, filterFor, positionOf, toEventData, toKurrentPosition, toRecorded, toStreamState } from './kurrent-mapping';

const resolved = (streamId: string, type: string, commit = 1234n): AllStreamResolvedEvent => ({
  event: {
    streamId,
    id: '5b1f2a8e-8f2c-4c39-9f55-0b6f3f0d2a11',
    isJson: true,
    revision: 7n,
    type,
    created: new Date('2026-01-05T09:00:00Z'),
    data: { title: 'VPN down' },
    metadata: { ...metadata() },
    position: { commit, prepare: commit },
  },
});

describe('KurrentDB mapping', () => {
  it('maps expected revisions to stream states', () => {
    expect(toStreamState('any')).toBe(ANY);
    expect(toStreamState('no_stream')).toBe(NO_STREAM);
    expect(toStreamState('stream_exists')).toBe(STREAM_EXISTS);
    expect(toStreamState(4)).toBe(4n);
    expect(describeActual(NO_STREAM)).toBe('no_stream');
    expect(describeActual(12n)).toBe('12');
  });

  it('uses the commit position, and -1 where the server reports none', () => {
    expect(positionOf({ commit: 98_765n, prepare: 98_765n })).toBe(98_765);
    expect(positionOf({ commit: 18_446_744_073_709_551_615n, prepare: 0n })).toBe(-1);
    expect(positionOf(undefined)).toBe(-1);
    expect(toKurrentPosition(42)).toEqual({ commit: 42n, prepare: 42n });
  });

  it('turns a stored event into the port shape and drops system events', () => {
    expect(toRecorded(resolved('incident-t1.42', 'IncidentOpened'))).toEqual({
      eventId: '5b1f2a8e-8f2c-4c39-9f55-0b6f3f0d2a11',
      streamId: 'incident-t1.42',
      revision: 7,
      position: 1234,
      type: 'IncidentOpened',
      data: { title: 'VPN down' },
      metadata: metadata(),
    });
    expect(toRecorded(resolved('$ce-incident', '$>'))).toBeNull();
    expect(toRecorded(resolved('$stats-127.0.0.1:2113', 'StatsCollected'))).toBeNull();
    expect(toRecorded(resolved('incident-t1.42', '$metadata'))).toBeNull();
    expect(toRecorded({})).toBeNull();
  });

  it('writes events as JSON with the caller-chosen id and metadata', () => {
    const data = toEventData({ eventId: 'e-1', type: 'IncidentOpened', data: { a: 1 }, metadata: metadata() });
    expect(data).toMatchObject({ id: 'e-1', contentType: 'application/json', type: 'IncidentOpened', data: { a: 1 } });
    expect(data.metadata).toEqual(metadata());
  });

  it('filters categories by stream prefix up to the dash, everything else by excluding system events', () => {
    expect(filterFor(['incident', 'problem'])).toMatchObject({ filterOn: 'streamName', prefixes: ['incident-', 'problem-'] });
    expect(filterFor(undefined)).toMatchObject({ filterOn: 'eventType' });
    expect(filterFor([])).toMatchObject({ filterOn: 'eventType' });
  });
});
