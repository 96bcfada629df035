import { AlreadyExists, assertNever, Forbidden, IllegalTransition, NotFound, type Decider } from '@deskstream/kernel';
import { ensureKnownNames } from './directory-names.rules';
import type {
  AddFulfilmentTask,
  AddServiceRequestNote,
  AssignServiceRequest,
  ClassifyServiceRequest,
  ApproveServiceRequest,
  CancelServiceRequest,
  CloseServiceRequest,
  CompleteFulfilmentTask,
  DraftServiceRequest,
  FulfilServiceRequest,
  RejectServiceRequest,
  ServiceRequestCommand,
  SubmitDraftServiceRequest,
  SubmitServiceRequest,
} from './service-request.commands';
import type { ServiceRequestDetails, ServiceRequestEvent } from './service-request.events';
import { priorityFor } from './priority-matrix';
import {
  allowedActions,
  assertValidSubmission,
  hasOpenTasks,
  NOTE_STATUSES,
  OPEN_STATUSES,
  ROUTING_STATUSES,
  type ServiceRequestAction,
} from './service-request.rules';
import {
  evolveServiceRequest,
  initialServiceRequestState,
  type RecordedServiceRequest,
  type ServiceRequestState,
  type ServiceRequestStatus,
} from './service-request.state';
import { ensureValid, MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH, textErrors } from './text.rules';

/** The recorded request, or NotFound for a command on a request that was never recorded. */
function existing(state: ServiceRequestState, requestId: string): RecordedServiceRequest {
  if (state.status === 'none') throw new NotFound('Service request', requestId);
  return state;
}

function requireStatus(
  state: ServiceRequestState,
  requestId: string,
  action: ServiceRequestAction,
  statuses: readonly ServiceRequestStatus[],
): RecordedServiceRequest {
  const request = existing(state, requestId);
  if (!statuses.includes(request.status)) throw new IllegalTransition(action, request.status, allowedActions(request));
  return request;
}

function normalised(data: ServiceRequestDetails): ServiceRequestDetails {
  const details: ServiceRequestDetails = {
    requestId: data.requestId,
    reference: data.reference,
    catalogItem: data.catalogItem,
    description: data.description ?? '',
    requestedFor: data.requestedFor,
    requestedBy: data.requestedBy,
    approvers: [...new Set(data.approvers)],
  };
  assertValidSubmission(details);
  return details;
}

function draft(command: DraftServiceRequest, state: ServiceRequestState): ServiceRequestEvent[] {
  if (state.status !== 'none') throw new AlreadyExists('Service request', command.data.requestId);
  return [{ type: 'ServiceRequestDrafted', data: { ...normalised(command.data), at: command.data.at } }];
}

function submit(command: SubmitServiceRequest, state: ServiceRequestState): ServiceRequestEvent[] {
  if (state.status !== 'none') throw new AlreadyExists('Service request', command.data.requestId);
  const details = normalised(command.data);
  return [{ type: 'ServiceRequestSubmitted', data: { ...details, by: details.requestedBy, at: command.data.at } }];
}

function submitDraft(command: SubmitDraftServiceRequest, state: ServiceRequestState): ServiceRequestEvent[] {
  const request = requireStatus(state, command.data.requestId, 'submit', ['draft']);
  return [{ type: 'ServiceRequestSubmitted', data: { ...request.details, by: command.data.by, at: command.data.at } }];
}

function requireApprover(request: RecordedServiceRequest, approver: string): void {
  if (!request.details.approvers.includes(approver)) {
    throw new Forbidden(`${approver} is not an approver of ${request.details.reference}`, { approvers: request.details.approvers });
  }
}

/** Approving twice is a no-op (a retried click); the last outstanding approval approves the request. */
function approve(command: ApproveServiceRequest, state: ServiceRequestState): ServiceRequestEvent[] {
  const { requestId, approver, comment, at } = command.data;
  const request = requireStatus(state, requestId, 'approve', ['awaiting-approval']);
  requireApprover(request, approver);
  ensureValid(textErrors('comment', comment, MAX_TEXT_LENGTH, false));
  if (request.approvedBy.includes(approver)) return [];
  const granted: ServiceRequestEvent = {
    type: 'ServiceRequestApprovalGranted',
    data: { requestId, approver, comment: comment ?? null, at },
  };
  const approvedBy = [...request.approvedBy, approver];
  if (approvedBy.length < request.details.approvers.length) return [granted];
  return [granted, { type: 'ServiceRequestApproved', data: { requestId, approvedBy, at } }];
}

/** Any single rejection ends the request, even from an approver who approved earlier. */
function reject(command: RejectServiceRequest, state: ServiceRequestState): ServiceRequestEvent[] {
  const { requestId, approver, reason, at } = command.data;
  const request = requireStatus(state, requestId, 'reject', ['awaiting-approval']);
  requireApprover(request, approver);
  ensureValid(textErrors('reason', reason, MAX_TEXT_LENGTH, true));
  return [{ type: 'ServiceRequestRejected', data: { requestId, approver, reason, at } }];
}

/** Adding a task id that exists is a no-op, so a retried add does not duplicate work. */
function addTask(command: AddFulfilmentTask, state: ServiceRequestState): ServiceRequestEvent[] {
  const { requestId, taskId, title, assignee, assignmentGroup, directory, by, at } = command.data;
  const request = requireStatus(state, requestId, 'add-task', ['approved']);
  ensureValid([
    ...textErrors('title', title, MAX_SHORT_TEXT_LENGTH, true),
    ...textErrors('assignee', assignee, MAX_SHORT_TEXT_LENGTH, true),
    ...textErrors('assignmentGroup', assignmentGroup, MAX_SHORT_TEXT_LENGTH, false),
  ]);
  ensureKnownNames(
    [
      { field: 'assignee', kind: 'user', value: assignee },
      { field: 'assignmentGroup', kind: 'group', value: assignmentGroup },
    ],
    directory,
  );
  if (request.tasks.some((task) => task.taskId === taskId)) return [];
  return [{ type: 'FulfilmentTaskAdded', data: { requestId, taskId, title, assignee, assignmentGroup: assignmentGroup ?? null, by, at } }];
}

function completeTask(command: CompleteFulfilmentTask, state: ServiceRequestState): ServiceRequestEvent[] {
  const { requestId, taskId, notes, by, at } = command.data;
  const request = requireStatus(state, requestId, 'complete-task', ['approved']);
  const task = request.tasks.find((t) => t.taskId === taskId);
  if (!task) throw new NotFound(`Fulfilment task of ${request.details.reference}`, taskId);
  ensureValid(textErrors('notes', notes, MAX_TEXT_LENGTH, false));
  if (task.completed) return [];
  return [{ type: 'FulfilmentTaskCompleted', data: { requestId, taskId, notes: notes ?? null, by, at } }];
}

/** Fulfilment needs every task done; until then `fulfil` is not among the allowed actions. */
function fulfil(command: FulfilServiceRequest, state: ServiceRequestState): ServiceRequestEvent[] {
  const { requestId, notes, by, at } = command.data;
  const request = requireStatus(state, requestId, 'fulfil', ['approved']);
  if (hasOpenTasks(request)) {
    throw new IllegalTransition('fulfil', request.status, allowedActions(request), {
      reason: 'tasks-open',
      message: 'Every fulfilment task must be completed before the request is fulfilled',
    });
  }
  ensureValid(textErrors('notes', notes, MAX_TEXT_LENGTH, false));
  return [{ type: 'ServiceRequestFulfilled', data: { requestId, notes: notes ?? null, by, at } }];
}

function close(command: CloseServiceRequest, state: ServiceRequestState): ServiceRequestEvent[] {
  const { requestId, by, at } = command.data;
  requireStatus(state, requestId, 'close', ['fulfilled']);
  return [{ type: 'ServiceRequestClosed', data: { requestId, by, at } }];
}

function cancel(command: CancelServiceRequest, state: ServiceRequestState): ServiceRequestEvent[] {
  const { requestId, reason, by, at } = command.data;
  requireStatus(state, requestId, 'cancel', OPEN_STATUSES);
  ensureValid(textErrors('reason', reason, MAX_TEXT_LENGTH, true));
  return [{ type: 'ServiceRequestCancelled', data: { requestId, reason, by, at } }];
}

/** A comment or work note on a request still in progress (or fulfilled, not yet closed); a retried note adds nothing. */
function note(command: AddServiceRequestNote, state: ServiceRequestState): ServiceRequestEvent[] {
  const { requestId, noteId, visibility, text, by, at } = command.data;
  const request = requireStatus(state, requestId, 'note', NOTE_STATUSES);
  const errors = textErrors('text', text, MAX_TEXT_LENGTH, true);
  if (visibility !== 'internal' && visibility !== 'public') errors.push({ field: 'visibility', message: 'visibility must be internal or public' });
  ensureValid(errors);
  if (request.noteIds.includes(noteId)) return [];
  return [{ type: 'ServiceRequestNoteAdded', data: { requestId, noteId, visibility, text, by, at } }];
}

/** The group must be one the directory knows, and so must the assignee, if one is named. */
function assign(command: AssignServiceRequest, state: ServiceRequestState): ServiceRequestEvent[] {
  const { requestId, group, assignee, directory, by, at } = command.data;
  requireStatus(state, requestId, 'assign', ROUTING_STATUSES);
  ensureValid([...textErrors('group', group, MAX_SHORT_TEXT_LENGTH, true), ...textErrors('assignee', assignee, MAX_SHORT_TEXT_LENGTH, false)]);
  ensureKnownNames(
    [
      { field: 'group', kind: 'group', value: group },
      { field: 'assignee', kind: 'user', value: assignee ?? undefined },
    ],
    directory,
  );
  return [{ type: 'ServiceRequestAssigned', data: { requestId, group, assignee: assignee ?? null, by, at } }];
}

function classify(command: ClassifyServiceRequest, state: ServiceRequestState): ServiceRequestEvent[] {
  const { requestId, impact, urgency, priorityMatrix, by, at } = command.data;
  requireStatus(state, requestId, 'classify', ROUTING_STATUSES);
  const priority = priorityFor(priorityMatrix, impact, urgency);
  return [{ type: 'ServiceRequestClassified', data: { requestId, impact: impact as 1 | 2 | 3, urgency: urgency as 1 | 2 | 3, priority, by, at } }];
}

export function decideServiceRequest(command: ServiceRequestCommand, state: ServiceRequestState): ServiceRequestEvent[] {
  switch (command.type) {
    case 'DraftServiceRequest':
      return draft(command, state);
    case 'SubmitServiceRequest':
      return submit(command, state);
    case 'SubmitDraftServiceRequest':
      return submitDraft(command, state);
    case 'ApproveServiceRequest':
      return approve(command, state);
    case 'RejectServiceRequest':
      return reject(command, state);
    case 'AddFulfilmentTask':
      return addTask(command, state);
    case 'CompleteFulfilmentTask':
      return completeTask(command, state);
    case 'FulfilServiceRequest':
      return fulfil(command, state);
    case 'CloseServiceRequest':
      return close(command, state);
    case 'CancelServiceRequest':
      return cancel(command, state);
    case 'AddServiceRequestNote':
      return note(command, state);
    case 'AssignServiceRequest':
      return assign(command, state);
    case 'ClassifyServiceRequest':
      return classify(command, state);
    default:
      return assertNever(command, 'service request command');
  }
}

export const serviceRequestDecider: Decider<ServiceRequestCommand, ServiceRequestEvent, ServiceRequestState> = {
  decide: decideServiceRequest,
  evolve: evolveServiceRequest,
  initialState: initialServiceRequestState,
};
