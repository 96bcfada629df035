import { isDeepStrictEqual } from 'node:util';
import {
  commandHandler,
  ConcurrencyConflict,
  fold,
  eventMetadata,
  IdempotencyKeyReused,
  NotFound,
  streamName,
  ValidationFailed,
  type Clock,
  type CommandContext,
  type EventStore,
  type IdGenerator,
} from '@deskstream/kernel';
import type { CommandMetrics, Principal, TenantRateLimiter } from '@deskstream/platform';
import { recordedAs, type RecordedOf } from '@deskstream/readmodels';
import { classify } from '../domain/classification';
import { duplicateKey, duplicateOf, type RecentSubmission } from '../domain/duplicate.rules';
import type { Channel } from '../domain/intake-levels';
import { callerOf, channelOf, ensureMaySubmitFor, maySeeSubmission } from '../domain/submission.access';
import {
  ensureRecordable,
  submissionDecider,
  type RecordSubmission,
  type SubmissionAccepted,
  type SubmissionDetails,
  type SubmissionEvent,
  type SubmissionLinkedAsDuplicate,
  type SubmissionStatus,
} from '../domain/submission.decider';
import type { FormValidator } from './form-validator';
import type { ContactRouter } from './contact-router';
import type { IntakeSettingsRepository, VersionedIntakeSettings } from './intake-settings.repository';
import { commandContextOf, type IntakeRequest } from './intake-request';
import { hashedId, RECENT_CATEGORY, submissionIdForKey, submissionStream } from './intake-streams';
import { KeyedLock } from './keyed-lock';
import type { RequestTypes } from './request-types';
import type { TicketReferences } from './ticket-references';

export const SERVICE = 'intake';

export interface SubmitInput {
  readonly requestType: string;
  readonly fields: Readonly<Record<string, unknown>>;
  readonly channel?: Channel;
  /** An agent recording a phone or walk-in contact names the caller here. */
  readonly onBehalfOf?: string;
}

export interface SubmissionReceipt {
  readonly submissionId: string;
  readonly reference: string;
  readonly status: SubmissionStatus;
  readonly kind: string;
  /** The first submission when this one was linked to it as a repeat: its id and its ticket's reference. */
  readonly duplicateOf: { readonly id: string; readonly reference: string } | null;
  /** True when an Idempotency-Key named a submission already recorded: this is its first answer. */
  readonly replayed: boolean;
}

export interface SubmissionIntakeDeps {
  readonly store: EventStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly requestTypes: RequestTypes;
  readonly settings: IntakeSettingsRepository;
  readonly forms: FormValidator;
  readonly references: TicketReferences;
  readonly limiter: TenantRateLimiter;
  readonly router: ContactRouter;
  readonly meter?: Pick<CommandMetrics, 'measure'>;
}

type FirstEvent = SubmissionAccepted | SubmissionLinkedAsDuplicate;
type Recorded = RecordedOf<FirstEvent>;

/** Whether an event is the one a submission's stream starts with: its answer is rebuilt from it. */
const isFirst = <E extends { readonly type: SubmissionEvent['type'] }>(event: E | undefined): event is Extract<E, { readonly type: FirstEvent['type'] }> =>
  event?.type === 'SubmissionAccepted' || event?.type === 'SubmissionLinkedAsDuplicate';

/** The first answer, rebuilt from the submission's first event. */
/** Whether a request sent again under its Idempotency-Key asks what the first one asked. */
function sameRequest(first: Recorded, input: SubmitInput, principal: Principal): boolean {
  const { requestType, fields, caller } = first.data;
  return requestType.id === input.requestType && caller === callerOf(principal, input.onBehalfOf) && isDeepStrictEqual(fields, input.fields);
}

function receiptOf(first: FirstEvent, replayed: boolean): SubmissionReceipt {
  const linked = first.type === 'SubmissionLinkedAsDuplicate';
  return {
    submissionId: first.data.submissionId,
    reference: first.data.ticket.reference,
    status: linked ? 'linked' : 'accepted',
    kind: first.data.ticket.kind,
    duplicateOf: linked ? { id: first.data.firstSubmissionId, reference: first.data.ticket.reference } : null,
    replayed,
  };
}

/**
 * The portal / API / phone channel: validates the form, classifies, detects repeats, pre-allocates
 * the ticket reference and records the submission in its own stream. The answer is given only once
 * that append is durable; the ticket itself is opened by the incidents service from the published
 * event, so a slow incidents service delays tickets but never loses or doubles a submission.
 */
export class SubmissionIntake {
  private readonly locks = new KeyedLock();
  /**
   * No retry: a new submission's stream can only have been created meanwhile by the same
   * Idempotency-Key racing in, whose answer is then this one's.
   */
  private readonly handler;

  constructor(private readonly deps: SubmissionIntakeDeps) {
    this.handler = commandHandler(submissionDecider, { store: deps.store, clock: deps.clock, ids: deps.ids, maxRetries: 0 });
  }

  async submit(request: IntakeRequest, input: SubmitInput, idempotencyKey?: string): Promise<SubmissionReceipt> {
    const tenantId = request.principal.tenantId;
    this.deps.limiter.take(tenantId);
    const run = () => this.record(request, input, idempotencyKey);
    return this.deps.meter ? this.deps.meter.measure(SERVICE, 'submit', run) : run();
  }

  /**
   * An Idempotency-Key belongs to the caller who sent it (another caller's same key is another
   * request) and names one request: sent again with the same request it gets the first answer, with
   * another one a 422. Requests with the same key wait for each other here, so that a burst of retries
   * draws one reference, not one each.
   */
  private async record(request: IntakeRequest, input: SubmitInput, idempotencyKey?: string): Promise<SubmissionReceipt> {
    const { principal } = request;
    if (!idempotencyKey) return this.recordNew(request, input, this.deps.ids.next());
    const submissionId = submissionIdForKey(principal.tenantId, `${principal.userId}\n${idempotencyKey}`);
    return this.locks.run(`key\n${principal.tenantId}\n${submissionId}`, async () => {
      const first = await this.first(principal.tenantId, submissionId);
      if (!first) return this.recordNew(request, input, submissionId);
      if (!sameRequest(first, input, principal)) throw new IdempotencyKeyReused();
      return receiptOf(first, true);
    });
  }

  private async recordNew(request: IntakeRequest, input: SubmitInput, submissionId: string): Promise<SubmissionReceipt> {
    const { principal } = request;
    const tenantId = principal.tenantId;
    const settings = await this.deps.settings.get(tenantId);
    const details = await this.details(principal, input, submissionId, settings);
    const context = commandContextOf(request);
    const typed = typeof input.fields.shortDescription === 'string' && input.fields.shortDescription.trim() ? input.fields.shortDescription : null;
    const key = duplicateKey({ caller: details.caller, requestType: details.requestType.id, shortDescription: typed, fields: input.fields });
    const recentStream = streamName(RECENT_CATEGORY, tenantId, hashedId(key));
    // Two identical submissions in flight at once must see each other: one records, the other links.
    return this.locks.run(`${tenantId}\n${key}`, async () => {
      const at = this.deps.clock.now().toISOString();
      const [last] = await this.deps.store.readStream(recentStream, { direction: 'backwards', maxCount: 1 });
      const duplicate = duplicateOf((last?.data as RecentSubmission | undefined) ?? null, at, settings.duplicateWindowMinutes);
      const kind = details.classification.kind;
      const command = (ticket: RecordSubmission['data']['ticket']): RecordSubmission => ({
        type: 'RecordSubmission',
        data: { ...details, ticket, duplicateOf: duplicate, at },
      });
      // Checked before taking a number, so that a refused submission burns no reference.
      ensureRecordable(details);
      const ticket = duplicate ? null : { kind, id: submissionId, reference: await this.deps.references.allocate(kind, context, submissionId, at) };
      // A new submission's stream is empty (an Idempotency-Key's was just read empty): decide on the initial
      // state and append only if the stream still does not exist, rather than read it again.
      const empty = { state: submissionDecider.initialState(), revision: -1 };
      let recorded: readonly SubmissionEvent[];
      try {
        recorded = (await this.handler.handleOn(submissionStream(tenantId, submissionId), empty, command(ticket), context)).newEvents;
      } catch (error) {
        // The same Idempotency-Key raced in from another request: its answer is the answer.
        if (!(error instanceof ConcurrencyConflict)) throw error;
        const first = await this.first(tenantId, submissionId);
        if (first) return receiptOf(first, true);
        throw error;
      }
      if (ticket) await this.remember(recentStream, { submissionId, ticket, at }, context, at);
      const [first] = recorded;
      if (!isFirst(first)) throw new Error(`a submission starts with its acceptance or its link, not ${first?.type ?? 'nothing'}`);
      return receiptOf(first, false);
    });
  }

  private async details(principal: Principal, input: SubmitInput, submissionId: string, settings: VersionedIntakeSettings): Promise<SubmissionDetails> {
    const catalog = await this.deps.requestTypes.catalog(principal.tenantId);
    const type = catalog.get(input.requestType);
    if (!type) throw new ValidationFailed([{ field: '/requestType', message: `no request type ${input.requestType} in this tenant` }]);
    const fields = input.fields;
    const errors = this.deps.forms.errors(`${principal.tenantId}/${type.requestTypeId}`, type.version, type.definition.form, fields, '/fields');
    if (errors.length > 0) {
      throw new ValidationFailed(errors, `The form has invalid fields: ${[...new Set(errors.map((e) => e.field))].join(', ')}`);
    }
    const caller = ensureMaySubmitFor(principal, input.onBehalfOf);
    const types = new Map([...catalog].map(([id, t]) => [id, t.definition]));
    const text = (name: string): string | null => (typeof fields[name] === 'string' && (fields[name] as string).trim() ? (fields[name] as string) : null);
    const channel = channelOf(input.channel, input.onBehalfOf);
    return {
      submissionId,
      requestType: { id: type.requestTypeId, version: type.version, name: type.definition.name },
      fields,
      channel,
      caller,
      recordedBy: principal.userId,
      shortDescription: text('shortDescription') ?? type.definition.name,
      description: text('description') ?? '',
      classification: classify(type.requestTypeId, fields, this.deps.router.ruleSet(principal.tenantId, settings), types, channel),
    };
  }

  /** The dedupe index: the latest submission that opened a ticket for this caller and description. */
  private async remember(stream: string, recent: RecentSubmission, context: CommandContext, at: string): Promise<void> {
    await this.deps.store.appendToStream(
      stream,
      [{ eventId: this.deps.ids.next(), type: 'RecentSubmissionRecorded', data: recent, metadata: eventMetadata(context, at) }],
      { expectedRevision: 'any' },
    );
  }

  private async first(tenantId: string, submissionId: string): Promise<Recorded | null> {
    const [first] = recordedAs<SubmissionEvent>(await this.deps.store.readStream(submissionStream(tenantId, submissionId), { maxCount: 1 }));
    return isFirst(first) ? first : null;
  }

  /** One submission as recorded, with every classification decision; requesters see their own only. */
  async get(principal: Principal, submissionId: string) {
    const events = recordedAs<SubmissionEvent>(await this.deps.store.readStream(submissionStream(principal.tenantId, submissionId)));
    const [first] = events;
    if (!isFirst(first) || !maySeeSubmission(principal, first.data)) throw new NotFound('Submission', submissionId);
    const state = fold(submissionDecider, events);
    return { ...first.data, ...receiptOf(first, false), status: state.status, ticketId: first.data.ticket.id };
  }
}
