import { EventSourceParserStream, type EventSourceMessage } from 'eventsource-parser/stream';
import { startStandaloneApp, type StandaloneTestApp } from './standalone-test-app';

/** A queue stream as a client reads it: fetch with the bearer header, parsed as server-sent events. */
interface QueueStream {
  readonly events: EventSourceMessage[];
  /** Resolves with the first event (seen or to come) that matches. */
  next(match: (event: EventSourceMessage) => boolean, timeoutMs?: number): Promise<EventSourceMessage>;
  close(): void;
}

async function openStream(base: string, token: string): Promise<QueueStream> {
  const abort = new AbortController();
  const response = await fetch(`${base}/api/v1/incidents/changes`, {
    headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
    signal: abort.signal,
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  const events: EventSourceMessage[] = [];
  const waiting = new Set<() => void>();
  void (async () => {
    const reader = response.body!.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream()).getReader();
    try {
      for (let read = await reader.read(); !read.done; read = await reader.read()) {
        events.push(read.value);
        for (const wake of [...waiting]) wake();
      }
    } catch {
      // Aborted by close().
    }
  })();
  const stream: QueueStream = {
    events,
    next: (match, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = events.find(match);
          if (!found) return;
          waiting.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiting.delete(check);
          reject(new Error(`no matching event in ${JSON.stringify(events.map((e) => e.event))}`));
        }, timeoutMs);
        waiting.add(check);
        check();
      }),
    close: () => abort.abort(),
  };
  await stream.next((event) => event.event === 'ready');
  return stream;
}

const rowOf = (event: EventSourceMessage) => JSON.parse(event.data) as { id: string; reference: string; group: string | null; caller: string };
const about = (id: string) => (event: EventSourceMessage) => event.event === 'incident' && rowOf(event).id === id;

describe('The incident queue streams its changes as server-sent events, tenant by tenant', () => {
  let kit: StandaloneTestApp;
  const streams: QueueStream[] = [];

  beforeAll(async () => {
    kit = await startStandaloneApp('queue-changes');
  });
  afterAll(async () => {
    // Closing the app with streams still open proves shutdown ends them rather than waiting on them.
    await kit.close();
    for (const stream of streams) stream.close();
  });

  const open = async (token: string, body: object) => {
    const response = await fetch(`${kit.base}/api/v1/incidents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ channel: 'phone', description: 'Seen from the queue stream', impact: 2, urgency: 2, ...body }),
    });
    expect(response.status).toBe(201);
    return (await response.json()) as { id: string; reference: string };
  };

  it("pushes each change to its own tenant's desk, and to a requester only their own tickets", async () => {
    const [acmeAgent, globexAgent, acmeRequester] = await Promise.all([
      kit.token('agent', 'acme'),
      kit.token('agent', 'globex'),
      kit.token('requester', 'acme'),
    ]);
    const [acme, globex, requester] = await Promise.all([
      openStream(kit.base, acmeAgent),
      openStream(kit.base, globexAgent),
      openStream(kit.base, acmeRequester),
    ]);
    streams.push(acme, globex, requester);

    const theirs = await open(globexAgent, { caller: 'requester', shortDescription: 'Globex printer on fire' });
    const desks = await open(acmeAgent, { caller: 'agent', shortDescription: 'Acme VPN down' });
    const own = await open(acmeAgent, { caller: 'requester', shortDescription: 'Acme laptop will not boot' });

    expect(rowOf(await acme.next(about(desks.id)))).toMatchObject({ reference: desks.reference, caller: 'agent', group: null });
    await acme.next(about(own.id));
    expect(rowOf(await globex.next(about(theirs.id))).reference).toBe(theirs.reference);
    expect(rowOf(await requester.next(about(own.id))).caller).toBe('requester');

    // A later change pushes the row as it now stands, with no read in between.
    const assigned = await fetch(`${kit.base}/api/v1/incidents/${desks.reference}/assign`, {
      method: 'POST',
      headers: { authorization: `Bearer ${acmeAgent}`, 'content-type': 'application/json' },
      body: JSON.stringify({ group: 'network' }),
    });
    expect(assigned.status).toBeLessThan(300);
    const change = await acme.next((event) => about(desks.id)(event) && rowOf(event).group === 'network');
    expect(Number(change.id)).toBeGreaterThan(0);

    const carried = (stream: QueueStream) => stream.events.filter((event) => event.event === 'incident').map((event) => rowOf(event).id);
    expect(carried(acme)).not.toContain(theirs.id);
    expect(carried(globex)).not.toContain(desks.id);
    expect(carried(globex)).not.toContain(own.id);
    expect(carried(requester)).not.toContain(desks.id);
    expect(carried(requester)).not.toContain(theirs.id);
    // Rows as lists show them: no tenant, no store position.
    expect(JSON.stringify(acme.events)).not.toMatch(/tenantId|"position"/);
  }, 30_000);

  it('answers only a client that accepts an event stream, and only with a bearer token', async () => {
    const token = await kit.token('agent', 'acme');
    const plain = await fetch(`${kit.base}/api/v1/incidents/changes`, { headers: { authorization: `Bearer ${token}` } });
    expect(plain.status).toBe(406);
    expect(plain.headers.get('content-type')).toContain('application/problem+json');
    const anonymous = await fetch(`${kit.base}/api/v1/incidents/changes`, { headers: { accept: 'text/event-stream' } });
    expect(anonymous.status).toBe(401);
  });
});
