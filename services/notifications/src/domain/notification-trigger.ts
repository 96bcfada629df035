/** What can make the desk tell someone something, in the notification service's own terms. */
export const TRIGGER_TYPES = [
  'incident.assigned',
  'incident.public-comment',
  'incident.resolved',
  'incident.closed',
  'incident.escalated-hierarchically',
  'major-incident.update-published',
  'major-incident.update-overdue',
  'request.awaiting-approval',
  'request.public-comment',
  'request.assigned',
  'sla.warning',
  'sla.breached',
] as const;
export type TriggerType = (typeof TRIGGER_TYPES)[number];

/** What the notification service knows of a ticket, kept from the ticket's own integration events. */
export interface TicketFacts {
  readonly kind: 'incident' | 'service-request';
  readonly id: string;
  readonly reference: string;
  readonly title: string;
  /** The internal status; templates show the customer-facing name. */
  readonly status: string;
  /** The incident's caller, or the user a request is for. */
  readonly caller: string | null;
  readonly group: string | null;
  readonly assignee: string | null;
  readonly approvers: readonly string[];
  readonly majorIncidentManager: string | null;
  /** When the next stakeholder update of a major incident is due. */
  readonly nextUpdateDueAt: string | null;
}

export type FieldValue = string | number | boolean | null;

export interface Trigger {
  readonly type: TriggerType;
  /** The source event's (or timer's) id: with the rule and the recipient it keys each notification. */
  readonly sourceId: string;
  /** Who caused it (`system` for timers): nobody is told about what they did themselves. */
  readonly by: string;
  readonly at: string;
  readonly ticket: TicketFacts;
  /** The event's own public fields (comment, closing category, priority...), for conditions and templates. */
  readonly fields: Readonly<Record<string, FieldValue>>;
}

const OPEN_STATUSES = ['new', 'assigned', 'in-progress', 'on-hold'];

/**
 * A stakeholder update is overdue when the timer set for its due time fires and the major incident is
 * still open and still expects that very update (a newer update moved the due time, so the old timer
 * finds a different one and stays quiet).
 */
export function overdueUpdate(ticket: TicketFacts | null, dueAt: string, timerId: string, at: string): Trigger | null {
  if (!ticket || ticket.majorIncidentManager === null || ticket.nextUpdateDueAt !== dueAt || !OPEN_STATUSES.includes(ticket.status)) return null;
  return { type: 'major-incident.update-overdue', sourceId: `${timerId}@${dueAt}`, by: 'system', at, ticket, fields: { dueAt } };
}

/** The status names the people outside the desk see. */
export const CUSTOMER_STATUS: Readonly<Record<string, string>> = {
  new: 'Received',
  assigned: 'Being looked at',
  'in-progress': 'In progress',
  'on-hold': 'Waiting',
  resolved: 'Resolved: please confirm',
  closed: 'Closed',
  cancelled: 'Cancelled',
  'awaiting-approval': 'Waiting for approval',
  approved: 'Approved',
  rejected: 'Rejected',
  fulfilled: 'Done',
  draft: 'Draft',
};

export const customerStatus = (status: string): string => CUSTOMER_STATUS[status] ?? status;

/**
 * Notifications tell people what just happened. History that arrives long after the fact (a tenant's
 * archive restored into another installation, a desk's past imported) updates the ticket copies but
 * tells nobody: an event older than this when it arrives is not news.
 */
export const NEWS_HORIZON_MS = 24 * 60 * 60 * 1000;

export const isNews = (occurredAt: string, now: string): boolean => Date.parse(now) - Date.parse(occurredAt) <= NEWS_HORIZON_MS;
