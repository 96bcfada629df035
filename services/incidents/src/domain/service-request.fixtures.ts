import type { ServiceCatalog } from './service-catalog';
import type { ServiceRequestCommand } from './service-request.commands';
import type { ServiceRequestDetails, ServiceRequestEvent } from './service-request.events';

/** Shared givens of the service-request specifications: one laptop request needing two approvals. */
export const requestId = 'req-1';
export const at = '2026-01-05T09:00:00.000Z';
export const later = '2026-01-05T10:00:00.000Z';

export const details: ServiceRequestDetails = {
  requestId,
  reference: 'REQ0001001',
  catalogItem: 'laptop',
  description: 'New starter on Monday',
  requestedFor: 'dana',
  requestedBy: 'riley',
  approvers: ['manager', 'budget-holder'],
};

export const submitted: ServiceRequestEvent = { type: 'ServiceRequestSubmitted', data: { ...details, by: 'riley', at } };
export const drafted: ServiceRequestEvent = { type: 'ServiceRequestDrafted', data: { ...details, at } };

export const granted = (approver: string): ServiceRequestEvent => ({
  type: 'ServiceRequestApprovalGranted',
  data: { requestId, approver, comment: null, at: later },
});

export const approved: ServiceRequestEvent[] = [
  submitted,
  granted('manager'),
  granted('budget-holder'),
  { type: 'ServiceRequestApproved', data: { requestId, approvedBy: ['manager', 'budget-holder'], at: later } },
];

export const taskAdded = (taskId: string, assignee = 'agent'): ServiceRequestEvent => ({
  type: 'FulfilmentTaskAdded',
  data: { requestId, taskId, title: `task ${taskId}`, assignee, assignmentGroup: null, by: 'agent', at: later },
});

export const taskCompleted = (taskId: string): ServiceRequestEvent => ({
  type: 'FulfilmentTaskCompleted',
  data: { requestId, taskId, notes: null, by: 'agent', at: later },
});

export const fulfilled: ServiceRequestEvent = { type: 'ServiceRequestFulfilled', data: { requestId, notes: null, by: 'agent', at: later } };
export const closed: ServiceRequestEvent = { type: 'ServiceRequestClosed', data: { requestId, by: 'agent', at: later } };
export const cancelled: ServiceRequestEvent = {
  type: 'ServiceRequestCancelled',
  data: { requestId, reason: 'no longer needed', by: 'riley', at: later },
};
export const rejected: ServiceRequestEvent = {
  type: 'ServiceRequestRejected',
  data: { requestId, approver: 'manager', reason: 'over budget', at: later },
};

export const commands = {
  approve: (approver: string): ServiceRequestCommand => ({ type: 'ApproveServiceRequest', data: { requestId, approver, at: later } }),
  reject: (approver: string, reason = 'over budget'): ServiceRequestCommand => ({
    type: 'RejectServiceRequest',
    data: { requestId, approver, reason, at: later },
  }),
  addTask: (taskId: string, assignee = 'agent'): ServiceRequestCommand => ({
    type: 'AddFulfilmentTask',
    data: { requestId, taskId, title: `task ${taskId}`, assignee, by: 'agent', at: later },
  }),
  completeTask: (taskId: string): ServiceRequestCommand => ({
    type: 'CompleteFulfilmentTask',
    data: { requestId, taskId, by: 'agent', at: later },
  }),
  fulfil: (): ServiceRequestCommand => ({ type: 'FulfilServiceRequest', data: { requestId, by: 'agent', at: later } }),
  close: (): ServiceRequestCommand => ({ type: 'CloseServiceRequest', data: { requestId, by: 'agent', at: later } }),
  cancel: (reason = 'no longer needed'): ServiceRequestCommand => ({
    type: 'CancelServiceRequest',
    data: { requestId, reason, by: 'riley', at: later },
  }),
};

/** The catalog the request specifications run on: laptops need the manager, workstations two approvals, phones and monitors none. */
export const TEST_CATALOG: ServiceCatalog = {
  items: [
    { name: 'laptop', approvers: ['manager'], managerApproval: false },
    { name: 'workstation', approvers: ['manager', 'budget'], managerApproval: false },
    { name: 'phone', approvers: [], managerApproval: false },
    { name: 'monitor', approvers: [], managerApproval: false },
  ],
  unlisted: 'refuse',
};
