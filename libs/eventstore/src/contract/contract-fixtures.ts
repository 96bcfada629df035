import { randomUUID } from 'node:crypto';
import type { EventHandler, EventMetadata, EventStore, EventToAppend, RecordedEvent } from '@deskstream/kernel';

export interface EventStoreContractOptions {
  /** How long to wait before concluding that an event was NOT delivered. */
  readonly quietPeriodMs?: number;
}

export interface ContractContext {
  readonly store: () => EventStore;
  readonly options: Required<EventStoreContractOptions>;
}

const suffix = () => randomUUID().replace(/-/g, '').slice(0, 12);

/** A category no other test uses, so category filters and prefixes never see another test's streams. */
export function uniqueCategory(): string {
  return `c${suffix()}`;
}

export function streamIn(category: string, id = suffix()): string {
  return `${category}-t1.${id}`;
}

export function newStream(): string {
  return streamIn(uniqueCategory());
}

export function metadata(overrides: Partial<EventMetadata> = {}): EventMetadata {
  return {
    tenantId: 't1',
    actor: 'user:alice',
    correlationId: 'corr-1',
    causationId: 'cause-1',
    occurredAt: '2026-01-05T09:00:00.000Z',
    schemaVersion: 1,
    ...overrides,
  };
}

export function anEvent(n: number, overrides: Partial<EventToAppend> = {}): EventToAppend {
  return { eventId: randomUUID(), type: 'ThingHappened', data: { n }, metadata: metadata(), ...overrides };
}

export function events(count: number, from = 0): EventToAppend[] {
  return Array.from({ length: count }, (_, i) => anEvent(from + i));
}

export async function waitFor(predicate: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(10);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Records what a subscription delivers; `of` narrows to the streams a test owns. */
export function collector() {
  const received: RecordedEvent[] = [];
  const handler: EventHandler = async (event) => {
    received.push(event);
  };
  return {
    received,
    handler,
    of: (...streamIds: string[]) => received.filter((event) => streamIds.includes(event.streamId)),
  };
}

export function dataOf(recorded: readonly RecordedEvent[]): unknown[] {
  return recorded.map((event) => event.data);
}

export function expectStrictlyIncreasing(positions: readonly number[]): void {
  for (let i = 1; i < positions.length; i += 1) expect(positions[i]).toBeGreaterThan(positions[i - 1] as number);
}
