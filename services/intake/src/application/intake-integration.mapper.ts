import type { RecordedEvent } from '@deskstream/kernel';
import { toCloudEvent, type IntegrationEventMapper, type OutgoingMessage } from '@deskstream/messaging';
import type { AlertEvent } from '../domain/alert-correlation.decider';
import type { SubmissionEvent } from '../domain/submission.decider';
import { correlationKeyOf } from '../domain/alert-correlation.decider';
import { INTAKE_EVENTS, INTAKE_SOURCE, INTAKE_TOPIC, type IntakeIntegrationEvents, type IntakeRoutingV1 } from '@deskstream/contracts';
import type { Routing } from '../domain/routing.rules';
import { ALERT_CATEGORY, SUBMISSION_CATEGORY } from './intake-streams';

/** One intake integration event with the ticket it is about (its key and subject). */
export type Published = {
  [T in keyof IntakeIntegrationEvents]: { type: T; data: IntakeIntegrationEvents[T]; ticketId: string };
}[keyof IntakeIntegrationEvents];

/** The bus message of an intake integration event: keyed by ticket id, so each ticket's messages keep their order. */
export function intakeMessage(event: RecordedEvent, contract: Published | null): OutgoingMessage[] {
  if (!contract) return [];
  const cloudEvent = toCloudEvent(event, { source: INTAKE_SOURCE, type: contract.type, subject: contract.ticketId, data: contract.data });
  return [{ topic: INTAKE_TOPIC, key: contract.ticketId, event: cloudEvent }];
}

/** The routing a channel's event carries, field by field; none on events from before routing. */
export function routingContract(routing: Routing | undefined): { routing?: IntakeRoutingV1 } {
  if (!routing) return {};
  const { category, group, impact, urgency, decisions } = routing;
  return { routing: { category, group, impact, urgency, decisions: decisions.map(({ attribute, value, rule }) => ({ attribute, value, rule })) } };
}

/** The public contract of each intake event; written out field by field so that internal data never leaks by accident. */
function contractFor(event: SubmissionEvent | AlertEvent): Published | null {
  switch (event.type) {
    case 'SubmissionAccepted': {
      const { submissionId, ticket, caller, recordedBy, channel, requestType, shortDescription, description, classification, fields, at } = event.data;
      const { kind: _kind, ...classified } = classification;
      return {
        type: INTAKE_EVENTS.submissionAccepted,
        ticketId: ticket.id,
        data: {
          submissionId,
          kind: ticket.kind,
          incidentId: ticket.kind === 'incident' ? ticket.id : null,
          requestId: ticket.kind === 'service-request' ? ticket.id : null,
          reference: ticket.reference,
          caller,
          recordedBy,
          channel,
          requestTypeName: requestType.name,
          shortDescription,
          description,
          classification: classified,
          fields,
          at,
        },
      };
    }
    case 'SubmissionLinkedAsDuplicate': {
      const { submissionId, ticket, firstSubmissionId, caller, channel, at } = event.data;
      return {
        type: INTAKE_EVENTS.submissionLinked,
        ticketId: ticket.id,
        data: { submissionId, kind: ticket.kind, ticketId: ticket.id, reference: ticket.reference, firstSubmissionId, caller, channel, at },
      };
    }
    case 'SubmissionTicketed':
      return null;
    case 'AlertIncidentOpened': {
      const { incidentId, reference, alert, impact, urgency, routing, at } = event.data;
      return {
        type: INTAKE_EVENTS.alertIncidentOpened,
        ticketId: incidentId,
        data: { incidentId, reference, correlationKey: correlationKeyOf(alert), alert, impact, urgency, ...routingContract(routing), at },
      };
    }
    case 'AlertCorrelated': {
      const { incidentId, reference, alert, count, at } = event.data;
      return {
        type: INTAKE_EVENTS.alertCorrelated,
        ticketId: incidentId,
        data: { incidentId, reference, correlationKey: correlationKeyOf(alert), alert, count, at },
      };
    }
    case 'AlertRecovered': {
      const { incidentId, reference, alert, resolve, at } = event.data;
      return {
        type: INTAKE_EVENTS.alertRecovered,
        ticketId: incidentId,
        data: { incidentId, reference, correlationKey: correlationKeyOf(alert), alert, resolve, at },
      };
    }
  }
}

/** Intake's hand-off of submissions and alerts: one message per ticket-making event, keyed by ticket id so each ticket's messages keep their order. */
export const intakeIntegrationMapper: IntegrationEventMapper = {
  categories: [SUBMISSION_CATEGORY, ALERT_CATEGORY],
  map: (event: RecordedEvent): OutgoingMessage[] => intakeMessage(event, contractFor(event as unknown as SubmissionEvent | AlertEvent)),
};
