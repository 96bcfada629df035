import type { DirectoryFacts } from './directory-names.rules';
import type { Message } from '@deskstream/kernel';
import type { NoteVisibility } from './incident.events';
import type { PriorityMatrix } from './priority-matrix';
import type { ServiceRequestDetails } from './service-request.events';

/** Commands carry their time (`at`) and acting user (`by`): the decider reads no clock. */

/** Records the request without sending it for approval yet. */
export type DraftServiceRequest = Message<'DraftServiceRequest', ServiceRequestDetails & { readonly at: string }>;

/** Records and submits in one step (the usual path from the portal). */
export type SubmitServiceRequest = Message<'SubmitServiceRequest', ServiceRequestDetails & { readonly at: string }>;

export type SubmitDraftServiceRequest = Message<'SubmitDraftServiceRequest', { readonly requestId: string; readonly by: string; readonly at: string }>;

export type ApproveServiceRequest = Message<
  'ApproveServiceRequest',
  { readonly requestId: string; readonly approver: string; readonly comment?: string; readonly at: string }
>;

export type RejectServiceRequest = Message<
  'RejectServiceRequest',
  { readonly requestId: string; readonly approver: string; readonly reason: string; readonly at: string }
>;

export type AddFulfilmentTask = Message<
  'AddFulfilmentTask',
  {
    readonly requestId: string;
    readonly taskId: string;
    readonly title: string;
    readonly assignee: string;
    readonly assignmentGroup?: string;
    /** What the tenant directory knows of the assignee and the group. */
    readonly directory?: DirectoryFacts;
    readonly by: string;
    readonly at: string;
  }
>;

export type CompleteFulfilmentTask = Message<
  'CompleteFulfilmentTask',
  { readonly requestId: string; readonly taskId: string; readonly notes?: string; readonly by: string; readonly at: string }
>;

export type FulfilServiceRequest = Message<
  'FulfilServiceRequest',
  { readonly requestId: string; readonly notes?: string; readonly by: string; readonly at: string }
>;

export type CloseServiceRequest = Message<'CloseServiceRequest', { readonly requestId: string; readonly by: string; readonly at: string }>;

export type CancelServiceRequest = Message<
  'CancelServiceRequest',
  { readonly requestId: string; readonly reason: string; readonly by: string; readonly at: string }
>;

/** A public comment (the requester sees it) or an internal work note (the desk only); the id makes a retry a no-op. */
export type AddServiceRequestNote = Message<
  'AddServiceRequestNote',
  { readonly requestId: string; readonly noteId: string; readonly visibility: NoteVisibility; readonly text: string; readonly by: string; readonly at: string }
>;

/** Routes the request to a group (and perhaps one of its people) for fulfilment. */
export type AssignServiceRequest = Message<
  'AssignServiceRequest',
  {
    readonly requestId: string;
    readonly group: string;
    readonly assignee?: string | null;
    /** What the tenant directory knows of the group and the assignee. */
    readonly directory?: DirectoryFacts;
    readonly by: string;
    readonly at: string;
  }
>;

/** Sets impact and urgency; the priority follows from the tenant's matrix (looked up), as on incidents. */
export type ClassifyServiceRequest = Message<
  'ClassifyServiceRequest',
  {
    readonly requestId: string;
    readonly impact: number;
    readonly urgency: number;
    readonly priorityMatrix: PriorityMatrix;
    readonly by: string;
    readonly at: string;
  }
>;

export type ServiceRequestCommand =
  | DraftServiceRequest
  | SubmitServiceRequest
  | SubmitDraftServiceRequest
  | ApproveServiceRequest
  | RejectServiceRequest
  | AddFulfilmentTask
  | CompleteFulfilmentTask
  | FulfilServiceRequest
  | CloseServiceRequest
  | CancelServiceRequest
  | AddServiceRequestNote
  | AssignServiceRequest
  | ClassifyServiceRequest;
