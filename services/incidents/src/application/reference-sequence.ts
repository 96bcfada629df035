import { setTimeout as sleep } from 'node:timers/promises';
import {
  ConcurrencyConflict,
  eventMetadata,
  streamName,
  type CommandContext,
  type EventStore,
  type IdGenerator,
} from '@deskstream/kernel';

const COUNTER_ID = 'counter';

export interface ReferenceSequenceOptions<Data> {
  /** Category of the counter streams: one per tenant, `<category>-<tenant>.counter`. */
  readonly category: string;
  /** Type of the event that records one allocation. */
  readonly eventType: string;
  /** Number held by the first event of every tenant's counter. */
  readonly firstNumber: number;
  readonly format: (number: number) => string;
  /** The number inside a reference, or null when the text is not one (a parser may throw instead). */
  readonly parse: (reference: string) => number | null;
  /** What the allocation event records; `owner` is the id of whatever the reference went to. */
  readonly data: (allocation: Allocation) => Data;
  readonly ownerOf: (data: Data) => string;
  /** Conflicts with other processes tolerated before the allocation fails. */
  readonly maxConflictRetries: number;
}

export interface Allocation {
  readonly number: number;
  readonly reference: string;
  readonly owner: string;
}

/**
 * Hands out reference numbers per tenant. Each number is an event appended to the tenant's counter
 * stream with the revision just read, so two writers can never take the same number (one gets a
 * conflict, reads again and retries) and a number once taken is never handed out again. Event n holds
 * number first + n, so allocation reads only the last event (constant time however long the counter)
 * and a reference resolves to its owner with one read at a known revision: no eventual consistency.
 */
export class ReferenceSequence<Data> {
  /** Allocations of this process queue up per tenant, so that conflicts only come from other processes. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly store: EventStore,
    private readonly ids: IdGenerator,
    private readonly options: ReferenceSequenceOptions<Data>,
  ) {}

  allocate(context: CommandContext, owner: string, occurredAt: () => string): Promise<Allocation> {
    const tenant = context.tenantId;
    const previous = this.queues.get(tenant) ?? Promise.resolve();
    const next = previous.then(() => this.allocateWithRetry(context, owner, occurredAt));
    const settled = next.catch(() => undefined);
    this.queues.set(tenant, settled);
    void settled.then(() => {
      if (this.queues.get(tenant) === settled) this.queues.delete(tenant);
    });
    return next;
  }

  /** The owner a reference went to in this tenant, or null for a reference never handed out here. */
  async resolve(tenantId: string, reference: string): Promise<string | null> {
    const number = this.options.parse(reference);
    if (number === null || number < this.options.firstNumber) return null;
    const revision = number - this.options.firstNumber;
    const [event] = await this.store.readStream(this.counter(tenantId), { fromRevision: revision, maxCount: 1 });
    return event && event.revision === revision ? this.options.ownerOf(event.data as Data) : null;
  }

  private async allocateWithRetry(context: CommandContext, owner: string, occurredAt: () => string): Promise<Allocation> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.tryAllocate(context, owner, occurredAt());
      } catch (error) {
        if (!(error instanceof ConcurrencyConflict) || attempt >= this.options.maxConflictRetries) throw error;
        // Jitter so that competing processes do not retry in lockstep.
        await sleep(Math.floor(Math.random() * 5 * (attempt + 1)));
      }
    }
  }

  private async tryAllocate(context: CommandContext, owner: string, occurredAt: string): Promise<Allocation> {
    const stream = this.counter(context.tenantId);
    const [last] = await this.store.readStream(stream, { direction: 'backwards', maxCount: 1 });
    const revision = last ? last.revision : -1;
    const number = this.options.firstNumber + revision + 1;
    const allocation: Allocation = { number, reference: this.options.format(number), owner };
    await this.store.appendToStream(
      stream,
      [
        {
          eventId: this.ids.next(),
          type: this.options.eventType,
          data: this.options.data(allocation),
          metadata: eventMetadata(context, occurredAt),
        },
      ],
      { expectedRevision: revision < 0 ? 'no_stream' : revision },
    );
    return allocation;
  }

  private counter(tenantId: string): string {
    return streamName(this.options.category, tenantId, COUNTER_ID);
  }
}
