import type { Clock, CommandContext, EventStore, IdGenerator } from '@deskstream/kernel';
import { FIRST_REFERENCE_NUMBER, formatRequestReference, parseRequestReference } from '../domain/service-request.rules';
import { ReferenceSequence } from './reference-sequence';

/** Counter streams are `requestref-<tenant>.counter`; event n (0-based) holds number FIRST + n. */
export const REQUEST_REFERENCE_CATEGORY = 'requestref';

interface ReferenceAllocated {
  readonly number: number;
  readonly reference: string;
  readonly requestId: string;
}

export interface AllocatedReference {
  readonly number: number;
  readonly reference: string;
}

/** REQ numbers per tenant (see ReferenceSequence). */
export class RequestReferences {
  private readonly sequence: ReferenceSequence<ReferenceAllocated>;

  constructor(
    store: EventStore,
    private readonly clock: Clock,
    ids: IdGenerator,
  ) {
    this.sequence = new ReferenceSequence(store, ids, {
      category: REQUEST_REFERENCE_CATEGORY,
      eventType: 'RequestReferenceAllocated',
      firstNumber: FIRST_REFERENCE_NUMBER,
      format: formatRequestReference,
      parse: parseRequestReference,
      data: ({ number, reference, owner }) => ({ number, reference, requestId: owner }),
      ownerOf: (data) => data.requestId,
      maxConflictRetries: 20,
    });
  }

  async allocate(requestId: string, context: CommandContext): Promise<AllocatedReference> {
    const { number, reference } = await this.sequence.allocate(context, requestId, () => this.clock.now().toISOString());
    return { number, reference };
  }

  /** The request id a reference names in this tenant, or null for a reference never handed out here. */
  resolve(tenantId: string, reference: string): Promise<string | null> {
    return this.sequence.resolve(tenantId, reference);
  }
}
