import type { RecordedOf } from '@deskstream/readmodels';
import { evolveIncident } from '../domain/incident.evolve';
import { INCIDENT_EVENT_TYPES, type IncidentEvent } from '../domain/incident.events';
import { assigned, at, closed, majorDeclared, opened, resolved, reviewed, started } from '../domain/incident.fixtures';
import { initialIncidentState, type Incident, type IncidentState } from '../domain/incident.state';
import type { TicketSlaClockObserved } from '../domain/ticket-sla.decider';
import { applyToSummary, presentSummary, type IncidentSummary } from './incident-queue.projection';
import { NO_SLA_DUE } from './ticket-sla-fields';

const by = 'alice';

/** Every incident event type, in an order an incident could live them (with an escalation, a reopening and a re-opening). */
const life: IncidentEvent[] = [
  { type: 'IncidentResumed', data: { by, at: at(0) } },
  opened,
  {
    type: 'IncidentClassified',
    data: {
      impact: 1,
      urgency: 1,
      priority: 'P1',
      category: 'email',
      subcategory: null,
      symptom: null,
      reclassification: true,
      reclassificationCount: 1,
      by,
      at: at(1),
    },
  },
  assigned,
  started,
  majorDeclared,
  { type: 'IncidentPutOnHold', data: { reason: 'awaiting-third-party', thirdParty: 'isp', by, at: at(4) } },
  { type: 'IncidentResumed', data: { by, at: at(5) } },
  { type: 'IncidentEscalatedFunctionally', data: { fromTier: 1, toTier: 2, group: 'messaging', reason: 'needs admins', reassignmentCount: 1, by, at: at(6) } },
  { type: 'IncidentEscalatedHierarchically', data: { group: 'messaging', manager: 'mona', reason: 'VIP', by, at: at(7) } },
  {
    type: 'IncidentNoteAdded',
    data: { noteId: 'n1', visibility: 'public', text: 'On it', minutes: 5, failedAttempt: true, knowledgeArticle: null, relatedProblem: null, by, at: at(8) },
  },
  { type: 'StakeholderUpdatePublished', data: { audience: 'all', message: 'Working on it', nextUpdateDueAt: at(60), by, at: at(9) } },
  { type: 'ChildIncidentLinked', data: { childIncidentId: 'inc-2', by, at: at(9) } },
  { type: 'IncidentLinkedToMajor', data: { masterIncidentId: 'inc-0', by, at: at(9) } },
  resolved,
  { type: 'IncidentResolutionRejected', data: { reason: 'still broken', by: 'rita', at: at(11) } },
  { type: 'IncidentReopened', data: { reason: 'still broken', from: 'resolved', reopenCount: 1, by: 'rita', at: at(12) } },
  resolved,
  { type: 'IncidentResolutionAccepted', data: { by: 'rita', at: at(13) } },
  closed,
  reviewed,
  { type: 'SatisfactionRated', data: { rating: 4, comment: null, by: 'rita', at: at(30) } },
  { type: 'IncidentSyncedFromSource', data: { sourceReference: 'INC0000045', sourceUpdate: 7, by: 'import', at: at(31) } },
  { type: 'IncidentProblemLinked', data: { problem: { id: 'prb-1', reference: 'PRB0001001' }, by: 'parker', at: at(32) } },
  { type: 'IncidentProblemUnlinked', data: { problemId: 'prb-1', by: 'parker', at: at(33) } },
  { ...opened, data: { ...opened.data, shortDescription: 'Opened again', at: at(40) } },
  { type: 'IncidentCancelled', data: { reason: 'duplicate', by, at: at(41) } },
];

function recorded(event: IncidentEvent, position: number): RecordedOf<IncidentEvent> {
  return {
    ...(event as RecordedOf<IncidentEvent>),
    eventId: `e${position}`,
    streamId: 'incident-acme.inc-1',
    revision: position,
    position,
    metadata: { tenantId: 'acme', actor: by, correlationId: 'c', causationId: 'c', occurredAt: at(position), schemaVersion: 1 },
  };
}

/** The row as derived from the incident's full state: what the lean reducer must agree with. */
function rowOf(incident: Incident, event: RecordedOf<IncidentEvent>): IncidentSummary {
  return {
    id: incident.incidentId,
    tenantId: 'acme',
    position: event.position,
    reference: incident.reference,
    status: incident.status,
    priority: incident.classification.priority,
    group: incident.group,
    assignee: incident.assignee,
    caller: incident.caller,
    channel: incident.channel,
    service: incident.service,
    tier: incident.tier,
    major: incident.major !== null,
    shortDescription: incident.shortDescription,
    searchText: `${incident.shortDescription}\n${incident.description}`.toLowerCase(),
    openedAt: incident.openedAt,
    slaDueAt: null,
    slaSortKey: NO_SLA_DUE,
    updatedAt: event.metadata.occurredAt,
  };
}

describe('incident queue rows', () => {
  it('cover every incident event type', () => {
    expect(new Set(life.map((event) => event.type))).toEqual(new Set(INCIDENT_EVENT_TYPES));
  });

  it('agree with the incident state after every event', () => {
    let state: IncidentState = initialIncidentState();
    let row: IncidentSummary | null = null;
    life.forEach((event, position) => {
      const next = recorded(event, position);
      state = evolveIncident(state, event);
      row = applyToSummary(row, next);
      expect(row).toEqual(state.status === 'none' ? null : rowOf(state, next));
    });
    expect(row).toMatchObject({ status: 'cancelled', shortDescription: 'Opened again', major: false, group: null });
  });

  it('drop the state a row written before they were lean carries, and never show it', () => {
    const legacy = { ...(applyToSummary(null, recorded(opened, 1)) as IncidentSummary), state: { status: 'new' } };
    const next = applyToSummary(legacy, recorded(assigned, 2));
    expect(next).toMatchObject({ status: 'assigned', group: 'service-desk' });
    expect(next).not.toHaveProperty('state');
    const shown = presentSummary(legacy);
    expect(Object.keys(shown).sort()).toEqual(
      [
        'assignee',
        'caller',
        'channel',
        'group',
        'id',
        'major',
        'openedAt',
        'priority',
        'reference',
        'service',
        'shortDescription',
        'slaDueAt',
        'status',
        'tier',
        'updatedAt',
      ].sort(),
    );
  });

  it("carry the ticket's SLA due time from its clock stream, keep it through incident events, and sort those without one last", () => {
    const clock = { clockId: 'c-1', type: 'sla' as const, stage: 'in-progress' as const, dueAt: at(90) };
    const observed: RecordedOf<TicketSlaClockObserved> = {
      ...recorded(opened, 3),
      type: 'TicketSlaClockObserved',
      data: { clock, slaDueAt: at(90), at: at(3) },
      streamId: 'incidentsla-acme.inc-1',
    } as RecordedOf<TicketSlaClockObserved>;
    const first = applyToSummary(null, recorded(opened, 1));
    expect(first).toMatchObject({ slaDueAt: null, slaSortKey: NO_SLA_DUE });
    const due = applyToSummary(first, observed);
    expect(due).toMatchObject({ slaDueAt: at(90), slaSortKey: at(90), status: 'new', position: 3 });
    expect(applyToSummary(due, recorded(assigned, 4))).toMatchObject({ slaDueAt: at(90), status: 'assigned' });
    expect(presentSummary(due!).slaDueAt).toBe(at(90));
    // A service request's clock has no incident row to land on.
    expect(applyToSummary(null, observed)).toBeNull();
    expect(at(90) < NO_SLA_DUE).toBe(true);
  });
});
