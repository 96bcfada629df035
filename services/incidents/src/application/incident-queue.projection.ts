import { assertNever, parseStreamName } from '@deskstream/kernel';
import { projectionOf, type Projection, type RecordedOf, type StoredDocument } from '@deskstream/readmodels';
import { INCIDENT_EVENT_TYPES, type IncidentEvent, type IncidentOpened } from '../domain/incident.events';
import { statusAfter } from '../domain/incident.evolve';
import type { Incident } from '../domain/incident.state';
import { TICKET_SLA_CATEGORY, TICKET_SLA_EVENT_TYPES, type TicketSlaClockObserved } from '../domain/ticket-sla.decider';
import { INCIDENT_CATEGORY } from './incident-detail.projection';
import { slaFields, type TicketSlaFields } from './ticket-sla-fields';

/**
 * One row of a work queue or of "my tickets": only what lists show and filter on. The incident's
 * full state lives in the detail view; keeping rows lean is what keeps their indexes cheap to maintain.
 */
export interface IncidentSummary extends StoredDocument, SummaryFields {
  readonly updatedAt: string;
}

/** The fields an event can change (the runner stamps id, tenant and position; updatedAt is the event's time). */
interface SummaryFields extends TicketSlaFields {
  readonly reference: string;
  readonly status: Incident['status'];
  readonly priority: string;
  readonly group: string | null;
  readonly assignee: string | null;
  readonly caller: string;
  readonly channel: string;
  readonly service: string | null;
  readonly tier: number;
  readonly major: boolean;
  readonly shortDescription: string;
  /** Lower-cased short description and description: what text search looks in. */
  readonly searchText: string;
  readonly openedAt: string;
}

/** An opening (re)starts the row from scratch, as it does the incident. */
function opened(data: IncidentOpened['data']): SummaryFields {
  return {
    reference: data.reference,
    status: statusAfter('new', { type: 'IncidentOpened' }),
    priority: data.priority,
    group: null,
    assignee: null,
    caller: data.caller,
    channel: data.channel,
    service: data.service,
    tier: 1,
    major: false,
    shortDescription: data.shortDescription,
    searchText: `${data.shortDescription}\n${data.description}`.toLowerCase(),
    openedAt: data.at,
    ...slaFields(null),
  };
}

/** The row's fields after the event: evolveIncident narrowed to what a row holds, its status by the domain's one table. */
function evolveRow(row: SummaryFields, event: IncidentEvent): SummaryFields {
  return event.type === 'IncidentOpened' ? opened(event.data) : { ...evolveRowFields(row, event), status: statusAfter(row.status, event) };
}

function evolveRowFields(row: SummaryFields, event: Exclude<IncidentEvent, { type: 'IncidentOpened' }>): SummaryFields {
  switch (event.type) {
    case 'IncidentClassified':
      return { ...row, priority: event.data.priority };
    case 'IncidentAssigned':
      return { ...row, group: event.data.group, assignee: event.data.assignee, tier: event.data.tier };
    case 'IncidentWorkStarted':
      return { ...row, assignee: event.data.assignee };
    case 'IncidentEscalatedFunctionally':
      return { ...row, tier: event.data.toTier, group: event.data.group, assignee: null };
    case 'MajorIncidentDeclared':
      return { ...row, major: true };
    case 'IncidentPutOnHold':
    case 'IncidentResumed':
    case 'IncidentReopened':
    case 'IncidentResolved':
    case 'IncidentClosed':
    case 'IncidentCancelled':
    case 'IncidentEscalatedHierarchically':
    case 'IncidentNoteAdded':
    case 'IncidentResolutionAccepted':
    case 'IncidentResolutionRejected':
    case 'StakeholderUpdatePublished':
    case 'ChildIncidentLinked':
    case 'IncidentLinkedToMajor':
    case 'PostIncidentReviewRecorded':
    case 'SatisfactionRated':
    case 'IncidentSyncedFromSource':
    case 'IncidentProblemLinked':
    case 'IncidentProblemUnlinked':
      return row;
    default:
      return assertNever(event, 'incident event');
  }
}

export function applyToSummary(doc: IncidentSummary | null, recorded: RecordedOf<IncidentEvent | TicketSlaClockObserved>): IncidentSummary | null {
  const event: IncidentEvent | TicketSlaClockObserved = recorded;
  // Before its opening an incident does not exist: evolveIncident ignores such events too (and a
  // service request's SLA clock has no row here).
  if (!doc && event.type !== 'IncidentOpened') return null;
  // Rows written before they were lean still carry the incident's state: it goes on their next write.
  const { state: _state, ...row } = doc ?? ({} as Partial<IncidentSummary>);
  const fields = { ...slaFields(null), ...row } as SummaryFields;
  return {
    ...(event.type === 'TicketSlaClockObserved' ? { ...fields, ...slaFields(event.data.slaDueAt) } : evolveRow(fields, event)),
    id: parseStreamName(recorded.streamId).id,
    tenantId: recorded.metadata.tenantId,
    position: recorded.position,
    updatedAt: recorded.metadata.occurredAt,
  };
}

const summaryProjection = (name: string, collection: string, indexes: readonly (readonly string[])[]): Projection<IncidentSummary> =>
  projectionOf<IncidentEvent | TicketSlaClockObserved, IncidentSummary>({
    name,
    collection,
    categories: [INCIDENT_CATEGORY, TICKET_SLA_CATEGORY],
    handles: [...INCIDENT_EVENT_TYPES, ...TICKET_SLA_EVENT_TYPES],
    documentId: (event) => parseStreamName(event.streamId).id,
    apply: applyToSummary,
    indexes,
  });

/** The desk's queues: by group, assignee, status, priority and age; sorted by priority, then oldest first. */
export const incidentQueueProjection = summaryProjection('incidents.incident-queue.v1', 'incident-queue', [
  ['status', 'priority', 'openedAt'],
  ['group', 'status'],
  ['assignee', 'status'],
  ['reference'],
  ['status', 'slaSortKey'],
]);

/** "My tickets": the same rows, kept apart so a requester's queries never touch the desk's queue. */
export const myIncidentsProjection = summaryProjection('incidents.my-incidents.v1', 'incident-my-tickets', [['caller', 'updatedAt']]);

export const QUEUE_SORT = [
  { field: 'priority', direction: 'asc' },
  { field: 'openedAt', direction: 'asc' },
] as const;

/** Picked field by field: rows written before they were lean may still carry the incident's state. */
export function presentSummary(doc: IncidentSummary) {
  const { id, reference, status, priority, group, assignee, caller, channel, service, tier, major, shortDescription, openedAt, updatedAt } = doc;
  return {
    id,
    reference,
    status,
    priority,
    group,
    assignee,
    caller,
    channel,
    service,
    tier,
    major,
    shortDescription,
    openedAt,
    updatedAt,
    slaDueAt: doc.slaDueAt ?? null,
  };
}
