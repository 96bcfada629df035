import { ERASED_TEXT, writtenBy, type PersonalDataDeclaration } from '@deskstream/platform';
import type { IncidentEventType } from '../domain/incident.events';
import type { ServiceRequestEventType } from '../domain/service-request.events';

/** Event types, checked against the ticket events. */
const of = (...types: (IncidentEventType | ServiceRequestEventType)[]) => types;

const text = (path: string) => ({ path, erased: ERASED_TEXT });
const optionalText = (path: string) => ({ path, erased: null });

/**
 * The free text of tickets (docs/personal-data.md), sealed with the key of the person who wrote it:
 * an incident's description is its caller's (the agent taking a call writes the caller's words),
 * notes, comments and reasons are their author's. Ids, states, times, counts and classifications are
 * no one's personal data and stay in the clear.
 */
export const ticketPersonalData: readonly PersonalDataDeclaration[] = [
  writtenBy(of('IncidentOpened'), ['caller'], [text('shortDescription'), text('description')]),
  writtenBy(of('IncidentNoteAdded', 'ServiceRequestNoteAdded'), ['by'], [text('text')]),
  writtenBy(of('IncidentResolved'), ['resolvedBy'], [text('notes')]),
  writtenBy(of('IncidentReopened', 'IncidentResolutionRejected', 'IncidentCancelled', 'ServiceRequestCancelled'), ['by'], [text('reason')]),
  writtenBy(of('SatisfactionRated'), ['by'], [optionalText('comment')]),
  writtenBy(of('ServiceRequestDrafted', 'ServiceRequestSubmitted'), ['requestedBy'], [text('description')]),
  writtenBy(of('ServiceRequestApprovalGranted'), ['approver'], [optionalText('comment')]),
  writtenBy(of('ServiceRequestRejected'), ['approver'], [text('reason')]),
  writtenBy(of('FulfilmentTaskCompleted', 'ServiceRequestFulfilled'), ['by'], [optionalText('notes')]),
];
