import { setTimeout as sleep } from 'node:timers/promises';
import {
  ConcurrencyConflict,
  streamName,
  type Clock,
  type CommandContext,
  type EventStore,
  type IdGenerator,
} from '@deskstream/kernel';
import { FIRST_REFERENCE_NUMBER, formatRequestReference, parseRequestReference } from '../domain/service-request.rules';

/** Counter streams are `requestref-<tenant>.counter`; event n (0-based) holds number FIRST + n. */
export const REQUEST_REFERENCE_CATEGORY = 'requestref';
const COUNTER_ID = 'counter';
const ALLOCATED = 'RequestReferenceAllocated';
/** Other processes appending to the same counter; each retry re-reads the head. */
const MAX_CONFLICT_RETRIES = 20;

interface ReferenceAllocated {
  readonly number: number;
  readonly reference: string;
  readonly requestId: string;
}

export interface AllocatedReference {
  readonly number: number;
  readonly reference: string;
}

/**
 * Hands out REQ numbers per tenant. Each number is an event appended to the tenant's counter stream
 * with the revision just read, so two writers can never take the same number (one gets a conflict
 * and retries) and a number once taken is never handed out again. Because event n holds number
 * FIRST + n, a reference is resolved to its request with one read at a known revision.
 */
export class RequestReferences {
  /** Allocations of this process queue up per tenant, so that conflicts only come from other processes. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  allocate(requestId: string, context: CommandContext): Promise<AllocatedReference> {
    const tenant = context.tenantId;
    const previous = this.queues.get(tenant) ?? Promise.resolve();
    const next = previous.then(() => this.allocateWithRetry(requestId, context));
    const settled = next.catch(() => undefined);
    this.queues.set(tenant, settled);
    void settled.then(() => {
      if (this.queues.get(tenant) === settled) this.queues.delete(tenant);
    });
    return next;
  }

  /** The request id a reference names in this tenant, or null for a reference never handed out here. */
  async resolve(tenantId: string, reference: string): Promise<string | null> {
    const number = parseRequestReference(reference);
    if (number === null || number < FIRST_REFERENCE_NUMBER) return null;
    const [event] = await this.store.readStream(counterStream(tenantId), {
      fromRevision: number - FIRST_REFERENCE_NUMBER,
      maxCount: 1,
    });
    const data = event?.data as ReferenceAllocated | undefined;
    return data && data.number === number ? data.requestId : null;
  }

  private async allocateWithRetry(requestId: string, context: CommandContext): Promise<AllocatedReference> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.tryAllocate(requestId, context);
      } catch (error) {
        if (!(error instanceof ConcurrencyConflict) || attempt >= MAX_CONFLICT_RETRIES) throw error;
        // Jitter so that competing processes do not retry in lockstep.
        await sleep(Math.floor(Math.random() * 5 * (attempt + 1)));
      }
    }
  }

  private async tryAllocate(requestId: string, context: CommandContext): Promise<AllocatedReference> {
    const stream = counterStream(context.tenantId);
    const [last] = await this.store.readStream(stream, { direction: 'backwards', maxCount: 1 });
    const number = last ? (last.data as ReferenceAllocated).number + 1 : FIRST_REFERENCE_NUMBER;
    const reference = formatRequestReference(number);
    const data: ReferenceAllocated = { number, reference, requestId };
    await this.store.appendToStream(
      stream,
      [
        {
          eventId: this.ids.next(),
          type: ALLOCATED,
          data,
          metadata: {
            tenantId: context.tenantId,
            actor: context.actor,
            correlationId: context.correlationId,
            causationId: context.causationId ?? context.correlationId,
            ...(context.traceparent ? { traceparent: context.traceparent } : {}),
            occurredAt: this.clock.now().toISOString(),
            schemaVersion: 1,
          },
        },
      ],
      { expectedRevision: last ? last.revision : 'no_stream' },
    );
    return { number, reference };
  }
}

function counterStream(tenantId: string): string {
  return streamName(REQUEST_REFERENCE_CATEGORY, tenantId, COUNTER_ID);
}
