import { setTimeout as sleep } from 'node:timers/promises';
import { ConcurrencyConflict, eventMetadata, streamName, type CommandContext, type EventStore, type IdGenerator } from '@deskstream/kernel';
import { FIRST_REFERENCE_NUMBER, formatReference, referenceNumber } from '../domain/problem-reference';
import { REFERENCE_CATEGORY } from './problem-streams';

const MAX_CONFLICT_RETRIES = 20;

/**
 * PRB numbers per tenant from the counter stream `problemref-<tenant>.counter`: event n holds number
 * 1001 + n, appended with the revision just read, so two writers never take the same number and a
 * reference resolves to its problem with one read at a known revision. Problems are recorded at a
 * human pace, so this takes one number per append (the incidents service batches its INC numbers).
 */
export class ProblemReferences {
  constructor(
    private readonly store: EventStore,
    private readonly ids: IdGenerator,
  ) {}

  async allocate(context: CommandContext, problemId: string, occurredAt: string): Promise<string> {
    const stream = this.counter(context.tenantId);
    for (let attempt = 0; ; attempt += 1) {
      const [last] = await this.store.readStream(stream, { direction: 'backwards', maxCount: 1 });
      const revision = last ? last.revision : -1;
      const reference = formatReference(FIRST_REFERENCE_NUMBER + revision + 1);
      try {
        await this.store.appendToStream(
          stream,
          [{ eventId: this.ids.next(), type: 'ProblemReferenceAllocated', data: { reference, problemId }, metadata: eventMetadata(context, occurredAt) }],
          { expectedRevision: revision < 0 ? 'no_stream' : revision },
        );
        return reference;
      } catch (error) {
        if (!(error instanceof ConcurrencyConflict) || attempt >= MAX_CONFLICT_RETRIES) throw error;
        await sleep(attempt);
      }
    }
  }

  /** The problem a reference went to in this tenant, or null. */
  async lookup(tenantId: string, reference: string): Promise<string | null> {
    const number = referenceNumber(reference);
    if (number === null) return null;
    const revision = number - FIRST_REFERENCE_NUMBER;
    const [event] = await this.store.readStream(this.counter(tenantId), { fromRevision: revision, maxCount: 1 });
    return event && event.revision === revision ? (event.data as { problemId: string }).problemId : null;
  }

  private counter(tenantId: string): string {
    return streamName(REFERENCE_CATEGORY, tenantId, 'counter');
  }
}
