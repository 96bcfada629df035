import type { CommandContext, EventStore, IdGenerator } from '@deskstream/kernel';
import { ReferenceSequence } from '@deskstream/eventstore';
import { FIRST_REFERENCE_NUMBER, formatReference, referenceNumber } from '../domain/problem-reference';
import { REFERENCE_CATEGORY } from './problem-streams';

interface ProblemReferenceAllocated {
  readonly reference: string;
  readonly problemId: string;
}

/** PRB numbers per tenant from the counter stream `problemref-<tenant>.counter` (see ReferenceSequence). */
export class ProblemReferences {
  private readonly sequence: ReferenceSequence<ProblemReferenceAllocated>;

  constructor(store: EventStore, ids: IdGenerator) {
    this.sequence = new ReferenceSequence(store, ids, {
      category: REFERENCE_CATEGORY,
      eventType: 'ProblemReferenceAllocated',
      firstNumber: FIRST_REFERENCE_NUMBER,
      format: formatReference,
      parse: referenceNumber,
      data: ({ reference, owner }) => ({ reference, problemId: owner }),
      ownerOf: (data) => data.problemId,
      maxConflictRetries: 20,
    });
  }

  async allocate(context: CommandContext, problemId: string, occurredAt: string): Promise<string> {
    return (await this.sequence.allocate(context, problemId, () => occurredAt)).reference;
  }

  /** The problem a reference went to in this tenant, or null. */
  lookup(tenantId: string, reference: string): Promise<string | null> {
    return this.sequence.resolve(tenantId, reference);
  }
}
