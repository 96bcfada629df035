import { trace, SpanStatusCode } from '@opentelemetry/api';
import {
  assertNever,
  commandHandler,
  Forbidden,
  NotFound,
  streamName,
  type Clock,
  type CommandContext,
  type EventStore,
  type IdGenerator,
  ValidationFailed,
} from '@deskstream/kernel';
import { approversFor } from '../domain/service-catalog';
import type { NoteVisibility } from '../domain/incident.events';
import { DEFAULT_PRIORITY_MATRIX, type PriorityMatrix } from '../domain/priority-matrix';
import { canAttempt, canView, ensureMayNote, mayAddApprovers, type Viewer } from '../domain/service-request.access';
import type { ServiceRequestCommand } from '../domain/service-request.commands';
import { serviceRequestDecider } from '../domain/service-request.decider';
import { SERVICE_REQUEST_CATEGORY } from '../domain/service-request.events';
import { unknownNames, type DirectoryFacts } from '../domain/directory-names.rules';
import { submissionErrors } from '../domain/service-request.rules';
import { ensureValid } from '../domain/text.rules';
import type { ServiceRequestState, ServiceRequestStatus } from '../domain/service-request.state';
import { directoryFacts, type DirectoryLookup } from './incident-directory';
import type { IncidentSettingsRepository } from './incident-settings.repository';
import type { RequestReferences } from './request-references';
import type { ServiceCatalogRepository } from './service-catalog.repository';

export interface SubmitRequestInput {
  readonly catalogItem: string;
  readonly description?: string;
  /** Defaults to the caller: most people ask for themselves. */
  readonly requestedFor?: string;
  /** Approvers the desk adds for this one request, beyond the catalog item's; a requester may not. */
  readonly approvers?: readonly string[];
  /** Keep it as a draft instead of sending it for approval. */
  readonly draft?: boolean;
}

export type RequestActionInput =
  | { readonly action: 'submit' }
  | { readonly action: 'approve'; readonly comment?: string }
  | { readonly action: 'reject'; readonly reason: string }
  | { readonly action: 'add-task'; readonly title: string; readonly assignee: string; readonly assignmentGroup?: string }
  | { readonly action: 'complete-task'; readonly taskId: string; readonly notes?: string }
  | { readonly action: 'fulfil'; readonly notes?: string }
  | { readonly action: 'close' }
  | { readonly action: 'cancel'; readonly reason: string }
  | { readonly action: 'note'; readonly visibility: NoteVisibility; readonly text: string }
  | { readonly action: 'assign'; readonly group: string; readonly assignee?: string }
  | { readonly action: 'classify'; readonly impact: number; readonly urgency: number };

export interface RequestOutcome {
  readonly id: string;
  readonly reference: string;
  readonly status: ServiceRequestStatus;
  /** The stream revision after the command: the ETag a client sends back as If-Match. */
  readonly revision: number;
}

export const requestStream = (tenantId: string, requestId: string): string => streamName(SERVICE_REQUEST_CATEGORY, tenantId, requestId);

const tracer = trace.getTracer('deskstream');

/** Use cases of service requests: each reads the stream, decides and appends with the revision read. */
export class ServiceRequestCommands {
  private readonly handler;

  constructor(
    store: EventStore,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly references: RequestReferences,
    private readonly catalog: ServiceCatalogRepository,
    private readonly directory?: DirectoryLookup,
    /** The tenant's priority matrix; without incident settings, the default one. */
    private readonly settings?: Pick<IncidentSettingsRepository, 'get'>,
  ) {
    this.handler = commandHandler(serviceRequestDecider, { store, clock, ids });
  }

  /**
   * Validates before allocating, so a refused request burns no reference number. The approvers come
   * from the tenant's service catalog (and the directory, for a manager), never from the requester.
   */
  async submit(input: SubmitRequestInput, context: CommandContext, viewer: Viewer): Promise<RequestOutcome> {
    if (input.approvers !== undefined && !mayAddApprovers(viewer)) {
      throw new ValidationFailed([{ field: 'approvers', message: 'approvers come from the catalog item; only the desk adds more to a request' }]);
    }
    const requestedFor = input.requestedFor ?? context.actor;
    const manager = (await this.directory?.user(context.tenantId, requestedFor))?.manager ?? null;
    const approvers = approversFor(await this.catalog.get(context.tenantId), {
      catalogItem: input.catalogItem,
      requestedFor,
      requestedBy: context.actor,
      manager,
      extraApprovers: input.approvers,
    });
    const details = {
      requestId: this.ids.next(),
      catalogItem: input.catalogItem,
      description: input.description ?? '',
      requestedFor,
      requestedBy: context.actor,
      approvers,
    };
    // Approvers are told that a request waits for them: each must be a person the directory knows.
    const people = await directoryFacts(this.directory, context.tenantId, { users: [details.requestedFor, ...details.approvers] });
    const named = [
      { field: 'requestedFor', kind: 'user' as const, value: details.requestedFor },
      ...details.approvers.map((value, i) => ({ field: `approvers.${i}`, kind: 'user' as const, value })),
    ];
    ensureValid([...submissionErrors(details), ...unknownNames(named, people)]);
    const { reference } = await this.references.allocate(details.requestId, context);
    const at = this.clock.now().toISOString();
    const command: ServiceRequestCommand = input.draft
      ? { type: 'DraftServiceRequest', data: { ...details, reference, at } }
      : { type: 'SubmitServiceRequest', data: { ...details, reference, at } };
    return this.run(details.requestId, command, context);
  }

  /**
   * Runs one action on a request. Someone who may not see the request gets NotFound, as if it did not
   * exist; `expectedRevision` (If-Match) makes a stale client fail instead of overwriting.
   */
  async act(requestId: string, input: RequestActionInput, viewer: Viewer, context: CommandContext, expectedRevision?: number): Promise<RequestOutcome> {
    const { state } = await this.handler.load(requestStream(context.tenantId, requestId));
    if (state.status === 'none' || !canView(viewer, state.details)) throw new NotFound('Service request', requestId);
    if (!canAttempt(viewer, input.action, state.details)) {
      throw new Forbidden(`${viewer.userId} may not ${input.action} ${state.details.reference}`, { action: input.action });
    }
    if (input.action === 'note') ensureMayNote(viewer, input.visibility);
    const directory = await this.namesIn(context.tenantId, input);
    const priorityMatrix = input.action === 'classify' ? await this.priorityMatrix(context.tenantId) : DEFAULT_PRIORITY_MATRIX;
    return this.run(requestId, this.commandFor(requestId, input, context.actor, priorityMatrix, directory), context, expectedRevision);
  }

  /** What the directory knows of the people and groups an action names. */
  private namesIn(tenantId: string, input: RequestActionInput): Promise<DirectoryFacts | undefined> {
    if (input.action === 'add-task') {
      return directoryFacts(this.directory, tenantId, { users: [input.assignee], groups: input.assignmentGroup ? [input.assignmentGroup] : [] });
    }
    if (input.action === 'assign') return directoryFacts(this.directory, tenantId, { users: input.assignee ? [input.assignee] : [], groups: [input.group] });
    return Promise.resolve(undefined);
  }

  private async priorityMatrix(tenantId: string): Promise<PriorityMatrix> {
    return this.settings ? (await this.settings.get(tenantId)).priorityMatrix : DEFAULT_PRIORITY_MATRIX;
  }

  private commandFor(
    requestId: string,
    input: RequestActionInput,
    by: string,
    priorityMatrix: PriorityMatrix,
    directory?: DirectoryFacts,
  ): ServiceRequestCommand {
    const at = this.clock.now().toISOString();
    switch (input.action) {
      case 'submit':
        return { type: 'SubmitDraftServiceRequest', data: { requestId, by, at } };
      case 'approve':
        return { type: 'ApproveServiceRequest', data: { requestId, approver: by, comment: input.comment, at } };
      case 'reject':
        return { type: 'RejectServiceRequest', data: { requestId, approver: by, reason: input.reason, at } };
      case 'add-task': {
        const { title, assignee, assignmentGroup } = input;
        return {
          type: 'AddFulfilmentTask',
          data: { requestId, taskId: this.ids.next(), title, assignee, assignmentGroup, ...(directory ? { directory } : {}), by, at },
        };
      }
      case 'complete-task':
        return { type: 'CompleteFulfilmentTask', data: { requestId, taskId: input.taskId, notes: input.notes, by, at } };
      case 'fulfil':
        return { type: 'FulfilServiceRequest', data: { requestId, notes: input.notes, by, at } };
      case 'close':
        return { type: 'CloseServiceRequest', data: { requestId, by, at } };
      case 'cancel':
        return { type: 'CancelServiceRequest', data: { requestId, reason: input.reason, by, at } };
      case 'assign':
        return {
          type: 'AssignServiceRequest',
          data: { requestId, group: input.group, assignee: input.assignee ?? null, ...(directory ? { directory } : {}), by, at },
        };
      case 'classify':
        return { type: 'ClassifyServiceRequest', data: { requestId, impact: input.impact, urgency: input.urgency, priorityMatrix, by, at } };
      case 'note':
        return { type: 'AddServiceRequestNote', data: { requestId, noteId: this.ids.next(), visibility: input.visibility, text: input.text, by, at } };
      default:
        return assertNever(input, 'service request action');
    }
  }

  private run(requestId: string, command: ServiceRequestCommand, context: CommandContext, expectedRevision?: number): Promise<RequestOutcome> {
    return tracer.startActiveSpan(`servicerequest ${command.type}`, async (span) => {
      span.setAttributes({ 'deskstream.tenant': context.tenantId, 'deskstream.request_id': requestId });
      try {
        const options = expectedRevision === undefined ? {} : { expectedRevision };
        const result = await this.handler.handle(requestStream(context.tenantId, requestId), command, context, options);
        return outcome(requestId, result.state, result.revision);
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
        throw error;
      } finally {
        span.end();
      }
    });
  }
}

function outcome(requestId: string, state: ServiceRequestState, revision: number): RequestOutcome {
  if (state.status === 'none') throw new NotFound('Service request', requestId);
  return { id: requestId, reference: state.details.reference, status: state.status, revision };
}
