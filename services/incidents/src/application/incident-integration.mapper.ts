import { parseStreamName, type RecordedEvent } from '@deskstream/kernel';
import { INCIDENT_EVENTS, SOURCES, TOPICS, type IncidentIntegrationEvents } from '@deskstream/contracts';
import { toCloudEvent, type IntegrationEventMapper, type OutgoingMessage } from '@deskstream/messaging';
import type { IncidentEvent } from '../domain/incident.events';
import { INCIDENT_CATEGORY } from './incident-detail.projection';

type Published = { [T in keyof IncidentIntegrationEvents]: { type: T; data: IncidentIntegrationEvents[T] } }[keyof IncidentIntegrationEvents];

/** The public contract for one domain event. Written out field by field: internal data never leaks by accident. */
function contractFor(incidentId: string, event: IncidentEvent): Published | null {
  const about = { incidentId, by: event.type === 'IncidentResolved' ? event.data.resolvedBy : event.data.by, at: event.data.at };
  switch (event.type) {
    case 'IncidentOpened': {
      const { incidentId: _id, ...data } = event.data;
      return { type: INCIDENT_EVENTS.opened, data: { ...data, incidentId } };
    }
    case 'IncidentClassified':
      return { type: INCIDENT_EVENTS.classified, data: { ...event.data, incidentId } };
    case 'IncidentAssigned':
      return { type: INCIDENT_EVENTS.assigned, data: { ...event.data, incidentId } };
    case 'IncidentWorkStarted':
      return { type: INCIDENT_EVENTS.workStarted, data: { ...about, assignee: event.data.assignee } };
    case 'IncidentPutOnHold':
      return { type: INCIDENT_EVENTS.putOnHold, data: { ...about, reason: event.data.reason, thirdParty: event.data.thirdParty } };
    case 'IncidentResumed':
      return { type: INCIDENT_EVENTS.resumed, data: about };
    case 'IncidentEscalatedFunctionally': {
      const { fromTier, toTier, group, reason } = event.data;
      return { type: INCIDENT_EVENTS.escalated, data: { ...about, kind: 'functional', reason, group, fromTier, toTier, manager: null } };
    }
    case 'IncidentEscalatedHierarchically': {
      const { group, manager, reason } = event.data;
      return { type: INCIDENT_EVENTS.escalated, data: { ...about, kind: 'hierarchical', reason, group, fromTier: null, toTier: null, manager } };
    }
    case 'IncidentNoteAdded': {
      const { noteId, visibility, minutes, failedAttempt, knowledgeArticle, relatedProblem, text } = event.data;
      const comment = visibility === 'public' ? text : null;
      return { type: INCIDENT_EVENTS.workLogged, data: { ...about, noteId, visibility, minutes, failedAttempt, knowledgeArticle, relatedProblem, comment } };
    }
    case 'IncidentResolved': {
      const { closingCategory, resolutionCode, notes, resolvedBy, masterIncidentId, autoCloseDueAt, at } = event.data;
      return {
        type: INCIDENT_EVENTS.resolved,
        data: { incidentId, by: resolvedBy, at, closingCategory, resolutionCode, notes, masterIncidentId, autoCloseDueAt },
      };
    }
    case 'IncidentResolutionAccepted':
      return { type: INCIDENT_EVENTS.resolutionAccepted, data: about };
    case 'IncidentResolutionRejected':
      return { type: INCIDENT_EVENTS.resolutionRejected, data: { ...about, reason: event.data.reason } };
    case 'IncidentReopened':
      return { type: INCIDENT_EVENTS.reopened, data: { ...about, reason: event.data.reason, from: event.data.from, reopenCount: event.data.reopenCount } };
    case 'IncidentClosed':
      return { type: INCIDENT_EVENTS.closed, data: { ...about, automatic: event.data.automatic } };
    case 'IncidentCancelled':
      return { type: INCIDENT_EVENTS.cancelled, data: { ...about, reason: event.data.reason } };
    case 'MajorIncidentDeclared': {
      const { manager, reason, rule, updateIntervalMinutes, nextUpdateDueAt } = event.data;
      return { type: INCIDENT_EVENTS.majorIncidentDeclared, data: { ...about, manager, reason, rule, updateIntervalMinutes, nextUpdateDueAt } };
    }
    case 'StakeholderUpdatePublished': {
      const { audience, message, nextUpdateDueAt } = event.data;
      return { type: INCIDENT_EVENTS.stakeholderUpdatePublished, data: { ...about, audience, message, nextUpdateDueAt } };
    }
    case 'ChildIncidentLinked':
      return { type: INCIDENT_EVENTS.childIncidentLinked, data: { ...about, masterIncidentId: incidentId, childIncidentId: event.data.childIncidentId } };
    case 'IncidentLinkedToMajor':
      return { type: INCIDENT_EVENTS.childIncidentLinked, data: { ...about, masterIncidentId: event.data.masterIncidentId, childIncidentId: incidentId } };
    case 'PostIncidentReviewRecorded': {
      const { whatWentWrong, timeline, actions } = event.data;
      return { type: INCIDENT_EVENTS.postIncidentReviewRecorded, data: { ...about, whatWentWrong, timeline, actions } };
    }
    case 'SatisfactionRated':
      return { type: INCIDENT_EVENTS.satisfactionRated, data: { ...about, rating: event.data.rating as 1 | 2 | 3 | 4 | 5, comment: event.data.comment } };
    case 'IncidentSyncedFromSource': {
      const { sourceReference, sourceUpdate, met } = event.data;
      // The names the import met, for the directory to create on first sight.
      const names = met ?? { users: [], groups: [], categories: [], locations: [] };
      return { type: INCIDENT_EVENTS.sourceSynced, data: { ...about, sourceReference, sourceUpdate, met: names } };
    }
    case 'IncidentProblemLinked':
    case 'IncidentProblemUnlinked':
      // The incident's copy of a link the problems service made and already published.
      return null;
  }
}

/** Every committed incident event becomes one integration event on the incidents topic, keyed by incident. */
export const incidentIntegrationMapper: IntegrationEventMapper = {
  categories: [INCIDENT_CATEGORY],
  map(event: RecordedEvent): OutgoingMessage[] {
    const { id } = parseStreamName(event.streamId);
    const contract = contractFor(id, event as unknown as IncidentEvent);
    if (!contract) return [];
    return [
      { topic: TOPICS.incidents, key: id, event: toCloudEvent(event, { source: SOURCES.incidents, type: contract.type, subject: id, data: contract.data }) },
    ];
  },
};
