import { ConcurrencyConflict, streamName, type CommandContext, type EventStore, type IdGenerator } from '@deskstream/kernel';
import { FIRST_REFERENCE_NUMBER, formatReference, referenceNumber } from '../domain/incident-reference';

export const REFERENCE_CATEGORY = 'incidentref';
const MAX_ATTEMPTS = 100;

export interface ReferenceAllocated {
  readonly reference: string;
  readonly incidentId: string;
}

/**
 * The per-tenant reference sequence is its own stream (`incidentref-<tenant>.counter`): the n-th event
 * holds reference FIRST + n and the incident it went to. Appending with the revision just read makes two
 * concurrent allocations conflict instead of sharing a number; the loser reads again and retries. Only
 * the last event is read (not the whole stream, as the kernel's command handler would), so allocation
 * stays constant-time however many incidents a tenant has. Numbers are never reused.
 */
export class IncidentReferences {
  constructor(
    private readonly store: EventStore,
    private readonly ids: IdGenerator,
  ) {}

  async allocate(context: CommandContext, incidentId: string, occurredAt: string): Promise<string> {
    const stream = streamName(REFERENCE_CATEGORY, context.tenantId, 'counter');
    for (let attempt = 1; ; attempt += 1) {
      const [last] = await this.store.readStream(stream, { direction: 'backwards', maxCount: 1 });
      const revision = last ? last.revision : -1;
      const reference = formatReference(FIRST_REFERENCE_NUMBER + revision + 1);
      try {
        await this.store.appendToStream(
          stream,
          [
            {
              eventId: this.ids.next(),
              type: 'IncidentReferenceAllocated',
              data: { reference, incidentId } satisfies ReferenceAllocated,
              metadata: {
                tenantId: context.tenantId,
                actor: context.actor,
                correlationId: context.correlationId,
                causationId: context.causationId ?? context.correlationId,
                ...(context.traceparent ? { traceparent: context.traceparent } : {}),
                occurredAt,
                schemaVersion: 1,
              },
            },
          ],
          { expectedRevision: revision < 0 ? 'no_stream' : revision },
        );
        return reference;
      } catch (error) {
        if (!(error instanceof ConcurrencyConflict) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  /** The incident a reference went to, read straight from the sequence: no eventual consistency. */
  async lookup(tenantId: string, reference: string): Promise<string | null> {
    const revision = referenceNumber(reference) - FIRST_REFERENCE_NUMBER;
    const stream = streamName(REFERENCE_CATEGORY, tenantId, 'counter');
    const [event] = await this.store.readStream(stream, { fromRevision: revision, maxCount: 1 });
    return event && event.revision === revision ? (event.data as ReferenceAllocated).incidentId : null;
  }
}
