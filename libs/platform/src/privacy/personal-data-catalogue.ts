import { ERASED_TEXT, writtenBy, type PersonalDataDeclaration, type PersonalField } from './personal-data';

/**
 * One service's events that carry a person's data, as data: which events, which paths may name the
 * person (the first present counting), and which fields are sealed with that person's key.
 */
export interface PersonalDataEntry {
  /** The service whose events these are (a directory of services/). */
  readonly service: string;
  readonly eventTypes: readonly string[];
  readonly person: readonly string[];
  /** The event is about a person only where its top-level `field` is `is` (a directory entry of kind `user`). */
  readonly onlyWhere?: { readonly field: string; readonly is: string };
  readonly fields: readonly PersonalField[];
}

const text = (path: string): PersonalField => ({ path, erased: ERASED_TEXT });
const optionalText = (path: string): PersonalField => ({ path, erased: null });

/**
 * Every personal field of every service's events (docs/personal-data.md), in one place that every
 * process loads: a process opens what it reads from the store (the tenants service's export reads
 * every service's events) whether or not it runs the service that wrote it. Free text is its
 * author's; ids, states, times, counts and classifications are no one's and stay in the clear.
 */
export const PERSONAL_DATA_CATALOGUE: readonly PersonalDataEntry[] = [
  // A user's name and addresses, in every event of the user's entry; groups, services, items and locations are no one's.
  {
    service: 'directory',
    eventTypes: ['DirectoryEntryRegistered', 'DirectoryEntryRevised', 'DirectoryUserErased'],
    person: ['id'],
    onlyWhere: { field: 'kind', is: 'user' },
    fields: [text('attributes.name'), { path: 'attributes.emails', erased: [] }],
  },
  // An incident's description is its caller's (the agent taking a call writes the caller's words).
  { service: 'incidents', eventTypes: ['IncidentOpened'], person: ['caller'], fields: [text('shortDescription'), text('description')] },
  { service: 'incidents', eventTypes: ['IncidentNoteAdded', 'ServiceRequestNoteAdded'], person: ['by'], fields: [text('text')] },
  { service: 'incidents', eventTypes: ['IncidentResolved'], person: ['resolvedBy'], fields: [text('notes')] },
  {
    service: 'incidents',
    eventTypes: ['IncidentReopened', 'IncidentResolutionRejected', 'IncidentCancelled', 'ServiceRequestCancelled'],
    person: ['by'],
    fields: [text('reason')],
  },
  { service: 'incidents', eventTypes: ['SatisfactionRated'], person: ['by'], fields: [optionalText('comment')] },
  // Why an incident was escalated or declared major, and what a stakeholder update says, are their author's words.
  {
    service: 'incidents',
    eventTypes: ['IncidentEscalatedFunctionally', 'IncidentEscalatedHierarchically', 'MajorIncidentDeclared'],
    person: ['by'],
    fields: [text('reason')],
  },
  { service: 'incidents', eventTypes: ['StakeholderUpdatePublished'], person: ['by'], fields: [text('message')] },
  {
    service: 'incidents',
    eventTypes: ['PostIncidentReviewRecorded'],
    person: ['by'],
    fields: [text('whatWentWrong'), { path: 'timeline', erased: [] }, { path: 'actions', erased: [] }],
  },
  { service: 'incidents', eventTypes: ['ServiceRequestDrafted', 'ServiceRequestSubmitted'], person: ['requestedBy'], fields: [text('description')] },
  { service: 'incidents', eventTypes: ['ServiceRequestApprovalGranted'], person: ['approver'], fields: [optionalText('comment')] },
  { service: 'incidents', eventTypes: ['ServiceRequestRejected'], person: ['approver'], fields: [text('reason')] },
  { service: 'incidents', eventTypes: ['FulfilmentTaskCompleted', 'ServiceRequestFulfilled'], person: ['by'], fields: [optionalText('notes')] },
  // A submission's texts and form answers are its caller's.
  {
    service: 'intake',
    eventTypes: ['SubmissionAccepted', 'SubmissionLinkedAsDuplicate'],
    person: ['caller'],
    fields: [text('shortDescription'), text('description'), { path: 'fields', erased: {} }],
  },
  // A mail's subject and body are its sender's: the caller of the ticket it opens, or the author of the comment it adds.
  {
    service: 'intake',
    eventTypes: ['InboundMailHandled'],
    person: ['request.caller', 'request.author'],
    fields: [text('request.shortDescription'), text('request.description'), text('request.text')],
  },
  { service: 'intake', eventTypes: ['ChatStarted'], person: ['requester'], fields: [text('requesterName'), text('subject')] },
  { service: 'intake', eventTypes: ['MessagePosted'], person: ['author'], fields: [text('text')] },
  { service: 'intake', eventTypes: ['AgentJoined'], person: ['agent'], fields: [text('agentName')] },
  // A chat's conversation as ticketed is its caller's.
  {
    service: 'intake',
    eventTypes: ['ChatConvertedToTicket', 'ChatResolvedAtFirstContact'],
    person: ['details.caller'],
    fields: [text('details.shortDescription'), text('details.description'), { path: 'details.transcript', erased: [] }],
  },
  // The problems service's copy of incident activity quotes the person whose words it summarises.
  { service: 'problems', eventTypes: ['IncidentActivityObserved'], person: ['author'], fields: [text('summary'), text('facts.shortDescription')] },
  // A notification is its recipient's correspondence: their name and address, and what was written to them
  // (an erased person's pending mail then has no address, and goes to the dead letters unsent).
  {
    service: 'notifications',
    eventTypes: ['NotificationQueued'],
    person: ['notification.recipient.userId'],
    fields: [
      text('notification.recipient.name'),
      optionalText('notification.recipient.address'),
      text('notification.subject'),
      text('notification.text'),
      optionalText('notification.html'),
    ],
  },
];

/** The declaration the event store seals and opens by: whose the event is, and which of its fields are theirs. */
export function declarationOf(entry: PersonalDataEntry): PersonalDataDeclaration {
  const declaration = writtenBy(entry.eventTypes, entry.person, entry.fields);
  const { onlyWhere } = entry;
  if (!onlyWhere) return declaration;
  return { ...declaration, subjectOf: (data) => (data[onlyWhere.field] === onlyWhere.is ? declaration.subjectOf(data) : null) };
}

/** The catalogue as the event store reads it. */
export const PERSONAL_DATA: readonly PersonalDataDeclaration[] = PERSONAL_DATA_CATALOGUE.map(declarationOf);
