import { setTimeout as sleep } from 'node:timers/promises';
import { ConcurrencyConflict, eventMetadata, streamName, type CommandContext, type EventStore, type IdGenerator } from '@deskstream/kernel';

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

interface Request {
  readonly context: CommandContext;
  readonly owner: string;
  readonly occurredAt: () => string;
  readonly resolve: (allocation: Allocation) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Hands out reference numbers per tenant. Each number is an event appended to the tenant's counter
 * stream with the revision just read, so two writers can never take the same number (one gets a
 * conflict, reads again and retries) and a number once taken is never handed out again. Event n holds
 * number first + n, so allocation reads only the last event (constant time however long the counter)
 * and a reference resolves to its owner with one read at a known revision: no eventual consistency.
 *
 * Within this process the requests of a tenant queue up and are taken together, one append (one
 * event each, all or none) for whatever arrived in the same turn of the event loop or while the
 * previous append was in flight: concurrent requests neither conflict with each other nor pay one
 * commit apiece. The counter's revision is
 * remembered between appends; a conflict (another process) forgets it, re-reads and retries.
 */
export class ReferenceSequence<Data> {
  private readonly waiting = new Map<string, Request[]>();
  private readonly revisions = new Map<string, number>();

  constructor(
    private readonly store: EventStore,
    private readonly ids: IdGenerator,
    private readonly options: ReferenceSequenceOptions<Data>,
  ) {}

  allocate(context: CommandContext, owner: string, occurredAt: () => string): Promise<Allocation> {
    return new Promise((resolve, reject) => {
      const tenant = context.tenantId;
      const queued = this.waiting.get(tenant);
      if (queued) return void queued.push({ context, owner, occurredAt, resolve, reject });
      this.waiting.set(tenant, [{ context, owner, occurredAt, resolve, reject }]);
      setImmediate(() => void this.drain(tenant));
    });
  }

  /**
   * Takes numbers chosen elsewhere (tickets imported with the number they had) for their owners, where
   * still free: a number is free when the counter has not reached it. The counter jumps to the highest
   * number claimed, each number it passes over going to `unclaimed` (an owner that names nothing), so
   * it continues above the highest imported and no number is ever handed out twice. Returns the
   * allocations made; a number already taken is simply not among them.
   */
  async claim(
    context: CommandContext,
    wanted: readonly { readonly number: number; readonly owner: string }[],
    occurredAt: () => string,
    unclaimed: string,
  ): Promise<Allocation[]> {
    const tenant = context.tenantId;
    const stream = this.counter(tenant);
    for (let attempt = 0; ; attempt += 1) {
      const revision = await this.lastRevision(stream);
      const next = this.options.firstNumber + revision + 1;
      const owners = new Map<number, string>();
      for (const { number, owner } of wanted) if (number >= next && !owners.has(number)) owners.set(number, owner);
      if (owners.size === 0) return [];
      const highest = Math.max(...owners.keys());
      const passed: Allocation[] = [];
      for (let number = next; number <= highest; number += 1) {
        passed.push({ number, reference: this.options.format(number), owner: owners.get(number) ?? unclaimed });
      }
      try {
        const result = await this.store.appendToStream(
          stream,
          passed.map((allocation) => ({
            eventId: this.ids.next(),
            type: this.options.eventType,
            data: this.options.data(allocation),
            metadata: eventMetadata(context, occurredAt()),
          })),
          { expectedRevision: revision < 0 ? 'no_stream' : revision },
        );
        this.revisions.set(tenant, result.nextExpectedRevision);
        return passed.filter((allocation) => owners.has(allocation.number));
      } catch (error) {
        this.revisions.delete(tenant);
        if (!(error instanceof ConcurrencyConflict) || attempt >= this.options.maxConflictRetries) throw error;
        await sleep(Math.floor(Math.random() * 5 * (attempt + 1)));
      }
    }
  }

  /** The owner a reference went to in this tenant, or null for a reference never handed out here. */
  async resolve(tenantId: string, reference: string): Promise<string | null> {
    const number = this.options.parse(reference);
    if (number === null || number < this.options.firstNumber) return null;
    const revision = number - this.options.firstNumber;
    const [event] = await this.store.readStream(this.counter(tenantId), { fromRevision: revision, maxCount: 1 });
    return event && event.revision === revision ? this.options.ownerOf(event.data as Data) : null;
  }

  /** Allocates for everything queued for the tenant, batch after batch, until nothing is left. */
  private async drain(tenant: string): Promise<void> {
    for (let batch = this.waiting.get(tenant); batch; batch = this.waiting.get(tenant)) {
      // A fresh queue collects the requests that arrive while this batch is being appended.
      this.waiting.set(tenant, []);
      try {
        const allocations = await this.allocateWithRetry(tenant, batch);
        batch.forEach((request, i) => request.resolve(allocations[i]!));
      } catch (error) {
        batch.forEach((request) => request.reject(error));
      }
      if (this.waiting.get(tenant)?.length === 0) this.waiting.delete(tenant);
    }
  }

  private async allocateWithRetry(tenant: string, batch: readonly Request[]): Promise<Allocation[]> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.tryAllocate(tenant, batch);
      } catch (error) {
        this.revisions.delete(tenant);
        if (!(error instanceof ConcurrencyConflict) || attempt >= this.options.maxConflictRetries) throw error;
        // Jitter so that competing processes do not retry in lockstep.
        await sleep(Math.floor(Math.random() * 5 * (attempt + 1)));
      }
    }
  }

  private async tryAllocate(tenant: string, batch: readonly Request[]): Promise<Allocation[]> {
    const stream = this.counter(tenant);
    const revision = this.revisions.get(tenant) ?? (await this.lastRevision(stream));
    const allocations = batch.map(({ owner }, i): Allocation => {
      const number = this.options.firstNumber + revision + 1 + i;
      return { number, reference: this.options.format(number), owner };
    });
    const result = await this.store.appendToStream(
      stream,
      batch.map(({ context, occurredAt }, i) => ({
        eventId: this.ids.next(),
        type: this.options.eventType,
        data: this.options.data(allocations[i]!),
        metadata: eventMetadata(context, occurredAt()),
      })),
      { expectedRevision: revision < 0 ? 'no_stream' : revision },
    );
    this.revisions.set(tenant, result.nextExpectedRevision);
    return allocations;
  }

  private async lastRevision(stream: string): Promise<number> {
    const [last] = await this.store.readStream(stream, { direction: 'backwards', maxCount: 1 });
    return last ? last.revision : -1;
  }

  private counter(tenantId: string): string {
    return streamName(this.options.category, tenantId, COUNTER_ID);
  }
}
