import { Forbidden } from '@deskstream/kernel';
import type { NoteVisibility } from './incident.events';
import type { ServiceRequestDetails } from './service-request.events';
import type { ServiceRequestAction } from './service-request.rules';

/** Who is asking, as far as the rules of service requests care. */
export interface Viewer {
  readonly userId: string;
  readonly roles: readonly string[];
}

/** Desk staff see every request of their tenant; everyone else only the ones they take part in. */
export const STAFF_ROLES = ['agent', 'resolver', 'tenant-admin', 'service-owner', 'analyst'] as const;
/** Fulfilment (tasks, fulfil, close) is the desk's work. */
export const FULFILMENT_ROLES = ['agent', 'resolver', 'tenant-admin'] as const;

const hasAny = (viewer: Viewer, roles: readonly string[]): boolean => viewer.roles.some((role) => roles.includes(role));

export const isStaff = (viewer: Viewer): boolean => hasAny(viewer, STAFF_ROLES);
export const isFulfiller = (viewer: Viewer): boolean => hasAny(viewer, FULFILMENT_ROLES);
/** The desk may add approvers to one request beyond its catalog item's (a requester never chooses who approves). */
export const mayAddApprovers = isFulfiller;

type Participants = Pick<ServiceRequestDetails, 'requestedFor' | 'requestedBy' | 'approvers'>;

const isRequester = (viewer: Viewer, request: Participants): boolean => viewer.userId === request.requestedFor || viewer.userId === request.requestedBy;

/** The person it is for, the person who raised it and its approvers. */
export function canView(viewer: Viewer, request: Participants): boolean {
  return isStaff(viewer) || isRequester(viewer, request) || request.approvers.includes(viewer.userId);
}

/**
 * Whether the viewer may attempt the action at all; whether it is allowed now is the decider's call
 * (approve and reject also check the approver list there).
 */
export function canAttempt(viewer: Viewer, action: ServiceRequestAction, request: Participants): boolean {
  switch (action) {
    case 'submit':
    case 'cancel':
      return isRequester(viewer, request) || isFulfiller(viewer);
    case 'approve':
    case 'reject':
    case 'note':
      return canView(viewer, request);
    case 'assign':
    case 'classify':
    case 'add-task':
    case 'complete-task':
    case 'fulfil':
    case 'close':
      return isFulfiller(viewer);
  }
}

/**
 * Of the actions the request allows now, those this viewer may take: what its detail offers them.
 * Approving and rejecting are offered to the approvers whose decision is still awaited.
 */
export function offeredActions(
  viewer: Viewer,
  allowed: readonly ServiceRequestAction[],
  request: Participants & { readonly pendingApprovers: readonly string[] },
): ServiceRequestAction[] {
  return allowed.filter((action) =>
    action === 'approve' || action === 'reject' ? request.pendingApprovers.includes(viewer.userId) : canAttempt(viewer, action, request),
  );
}

/** Everyone who sees a request may comment on it; internal work notes are the desk's, and only the desk reads them. */
export function ensureMayNote(viewer: Viewer, visibility: NoteVisibility): void {
  if (visibility === 'internal' && !isStaff(viewer)) throw new Forbidden('Only the desk adds internal work notes; add a public comment');
}
