import type { FieldError } from '@deskstream/kernel';
import type { ServiceRequestDetails } from './service-request.events';
import type { RecordedServiceRequest, ServiceRequestState, ServiceRequestStatus } from './service-request.state';
import { ensureValid, MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH, textErrors } from './text.rules';

/** The actions of the HTTP surface, named as a client sees them in a 409's allowed actions. */
export type ServiceRequestAction =
  'submit' | 'approve' | 'reject' | 'assign' | 'classify' | 'add-task' | 'complete-task' | 'fulfil' | 'close' | 'cancel' | 'note';

export const OPEN_STATUSES: readonly ServiceRequestStatus[] = ['draft', 'awaiting-approval', 'approved'];
/** The desk routes and prioritises a request once it is submitted, until it is fulfilled. */
export const ROUTING_STATUSES: readonly ServiceRequestStatus[] = ['awaiting-approval', 'approved'];
/** A request takes comments and work notes until it is closed, rejected or cancelled, as an incident does until closed. */
export const NOTE_STATUSES: readonly ServiceRequestStatus[] = [...OPEN_STATUSES, 'fulfilled'];

/** Several approvers is normal (manager, budget holder, security); dozens is a mistake. */
export const MAX_APPROVERS = 10;

export function hasOpenTasks(request: RecordedServiceRequest): boolean {
  return request.tasks.some((task) => !task.completed);
}

/** What can happen next: the 409 of an illegal transition lists exactly these. */
export function allowedActions(state: ServiceRequestState): ServiceRequestAction[] {
  return actionsInStatus(state.status, state.status === 'none' ? false : hasOpenTasks(state));
}

/** What can happen next to a request in `status` (with or without open fulfilment tasks). */
export function actionsInStatus(status: ServiceRequestState['status'], openTasks: boolean): ServiceRequestAction[] {
  switch (status) {
    case 'none':
      return ['submit'];
    case 'draft':
      return ['submit', 'cancel', 'note'];
    case 'awaiting-approval':
      return ['approve', 'reject', 'assign', 'classify', 'cancel', 'note'];
    case 'approved':
      return openTasks ? ['assign', 'classify', 'add-task', 'complete-task', 'cancel', 'note'] : ['assign', 'classify', 'add-task', 'fulfil', 'cancel', 'note'];
    case 'fulfilled':
      return ['close', 'note'];
    case 'rejected':
    case 'closed':
    case 'cancelled':
      return [];
  }
}

/**
 * Checked before a reference is allocated too, so that a refused request burns no number. Nobody
 * approves their own request: the requester and the person it is for cannot be approvers.
 */
export function submissionErrors(details: Omit<ServiceRequestDetails, 'reference'>): FieldError[] {
  const errors = [
    ...textErrors('catalogItem', details.catalogItem, MAX_SHORT_TEXT_LENGTH, true),
    ...textErrors('description', details.description, MAX_TEXT_LENGTH, false),
    ...textErrors('requestedFor', details.requestedFor, MAX_SHORT_TEXT_LENGTH, true),
    ...textErrors('requestedBy', details.requestedBy, MAX_SHORT_TEXT_LENGTH, true),
  ];
  if (details.approvers.length > MAX_APPROVERS) {
    errors.push({ field: 'approvers', message: `approvers must list at most ${MAX_APPROVERS} people` });
  }
  details.approvers.forEach((approver, i) => errors.push(...textErrors(`approvers[${i}]`, approver, MAX_SHORT_TEXT_LENGTH, true)));
  if (details.approvers.includes(details.requestedBy) || details.approvers.includes(details.requestedFor)) {
    errors.push({ field: 'approvers', message: 'nobody approves their own request: approvers exclude requestedFor and requestedBy' });
  }
  return errors;
}

/** The sequence that hands out references lives outside the domain; a submission only has to carry one. */
const REQUEST_REFERENCE_SHAPE = /^REQ\d{7,}$/;

export function assertValidSubmission(details: ServiceRequestDetails): void {
  const errors = submissionErrors(details);
  if (!REQUEST_REFERENCE_SHAPE.test(details.reference)) {
    errors.push({ field: 'reference', message: 'reference must look like REQ0001001' });
  }
  ensureValid(errors);
}
