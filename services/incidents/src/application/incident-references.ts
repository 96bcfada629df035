import type { CommandContext, EventStore, IdGenerator } from '@deskstream/kernel';
import { FIRST_REFERENCE_NUMBER, formatReference, referenceNumber } from '../domain/incident-reference';
import { ReferenceSequence } from './reference-sequence';

export const REFERENCE_CATEGORY = 'incidentref';

export interface ReferenceAllocated {
  readonly reference: string;
  readonly incidentId: string;
}

/** INC numbers per tenant, from the counter stream `incidentref-<tenant>.counter` (see ReferenceSequence). */
export class IncidentReferences {
  private readonly sequence: ReferenceSequence<ReferenceAllocated>;

  constructor(store: EventStore, ids: IdGenerator) {
    this.sequence = new ReferenceSequence(store, ids, {
      category: REFERENCE_CATEGORY,
      eventType: 'IncidentReferenceAllocated',
      firstNumber: FIRST_REFERENCE_NUMBER,
      format: formatReference,
      parse: referenceNumber,
      data: ({ reference, owner }) => ({ reference, incidentId: owner }),
      ownerOf: (data) => data.incidentId,
      maxConflictRetries: 99,
    });
  }

  async allocate(context: CommandContext, incidentId: string, occurredAt: string): Promise<string> {
    const { reference } = await this.sequence.allocate(context, incidentId, () => occurredAt);
    return reference;
  }

  /** The incident a reference went to; a text that is no incident reference is a validation error. */
  lookup(tenantId: string, reference: string): Promise<string | null> {
    return this.sequence.resolve(tenantId, reference);
  }
}
