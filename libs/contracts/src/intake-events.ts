/**
 * Integration events of the intake service (CloudEvents `data`). Intake accepts contacts and hands
 * tickets to the incidents service through these, at least once: every event carries the ticket id and
 * reference intake pre-allocated, so the consumer opens the ticket idempotently. Key = ticket id, so the
 * messages about one ticket stay in order. Versioned: a breaking change is a new type.
 */
import { SOURCES, TOPICS } from './topics';

export const INTAKE_TOPIC = TOPICS.intake;
export const INTAKE_SOURCE = SOURCES.intake;

export const INTAKE_EVENTS = {
  submissionAccepted: 'deskstream.intake.submission-accepted.v1',
  submissionLinked: 'deskstream.intake.submission-linked.v1',
  alertIncidentOpened: 'deskstream.intake.alert-incident-opened.v1',
  alertCorrelated: 'deskstream.intake.alert-correlated.v1',
  alertRecovered: 'deskstream.intake.alert-recovered.v1',
  emailReceived: 'deskstream.intake.email-received.v1',
  emailReplyReceived: 'deskstream.intake.email-reply-received.v1',
  chatConverted: 'deskstream.intake.chat-converted.v1',
} as const;

export type IntakeIntegrationEventType = (typeof INTAKE_EVENTS)[keyof typeof INTAKE_EVENTS];

export type IntakeChannelV1 = 'portal' | 'email' | 'chat' | 'phone' | 'api' | 'monitoring';
export type TicketKindV1 = 'incident' | 'service-request';
export type IntakeLevelV1 = 1 | 2 | 3;

/** One classification decision and the rule (or the request type default) that made it. */
export interface ClassificationDecisionV1 {
  readonly attribute: 'category' | 'group' | 'impact' | 'urgency' | 'requestType';
  readonly value: string | number | null;
  readonly rule: string;
}

export interface IntakeClassificationV1 {
  readonly requestType: string;
  readonly category: string | null;
  readonly group: string | null;
  readonly impact: IntakeLevelV1;
  readonly urgency: IntakeLevelV1;
  readonly decisions: readonly ClassificationDecisionV1[];
}

/**
 * Where the tenant's routing rules sent a mail, a chat or an alert: null where no rule (nor the
 * channel's default) says, and the opener keeps its own default. Absent on messages from before routing.
 */
export interface IntakeRoutingV1 {
  readonly category: string | null;
  readonly group: string | null;
  readonly impact: IntakeLevelV1 | null;
  readonly urgency: IntakeLevelV1 | null;
  readonly decisions: readonly ClassificationDecisionV1[];
}

/** A contact became a new ticket: open it with exactly this id and reference. */
export interface SubmissionAcceptedV1 {
  readonly submissionId: string;
  readonly kind: TicketKindV1;
  /** Set for kind `incident`. */
  readonly incidentId: string | null;
  /** Set for kind `service-request`. */
  readonly requestId: string | null;
  readonly reference: string;
  readonly caller: string;
  /** Who recorded it: the caller, or the agent taking a phone or walk-in contact. */
  readonly recordedBy: string;
  readonly channel: IntakeChannelV1;
  readonly requestTypeName: string;
  readonly shortDescription: string;
  readonly description: string;
  readonly classification: IntakeClassificationV1;
  readonly fields: Readonly<Record<string, unknown>>;
  readonly at: string;
}

/** A repeat of a recent submission (same caller, same short description): noted on the first ticket. */
export interface SubmissionLinkedV1 {
  readonly submissionId: string;
  readonly kind: TicketKindV1;
  readonly ticketId: string;
  readonly reference: string;
  readonly firstSubmissionId: string;
  readonly caller: string;
  readonly channel: IntakeChannelV1;
  readonly at: string;
}

export interface AlertV1 {
  readonly fingerprint: string;
  readonly name: string;
  readonly service: string | null;
  readonly severity: string | null;
  readonly summary: string;
  readonly description: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly startsAt: string;
  readonly endsAt: string | null;
  readonly source: string;
}

/** A firing alert that matched no open correlation: open a monitoring incident. */
export interface AlertIncidentOpenedV1 {
  readonly incidentId: string;
  readonly reference: string;
  readonly correlationKey: string;
  readonly alert: AlertV1;
  readonly impact: IntakeLevelV1;
  readonly urgency: IntakeLevelV1;
  readonly routing?: IntakeRoutingV1;
  readonly at: string;
}

/** Another firing (a repeat of a fingerprint, or another alert of the same storm) on the open incident. */
export interface AlertCorrelatedV1 {
  readonly incidentId: string;
  readonly reference: string;
  readonly correlationKey: string;
  readonly alert: AlertV1;
  readonly count: number;
  readonly at: string;
}

/** A fingerprint of the incident recovered; `resolve` when the tenant resolves on recovery and nothing fires any more. */
export interface AlertRecoveredV1 {
  readonly incidentId: string;
  readonly reference: string;
  readonly correlationKey: string;
  readonly alert: AlertV1;
  readonly resolve: boolean;
  readonly at: string;
}

/** A mail to a desk that is not a reply to an open ticket of its sender: open an incident (channel email). */
export interface EmailReceivedV1 {
  readonly incidentId: string;
  readonly reference: string;
  readonly messageId: string;
  /** The desk address it was sent to. */
  readonly mailbox: string;
  /** The sender's address. */
  readonly caller: string;
  readonly shortDescription: string;
  readonly description: string;
  readonly routing?: IntakeRoutingV1;
  readonly at: string;
}

/** A reply by the caller of an open ticket: a public comment by the caller. */
export interface EmailReplyReceivedV1 {
  readonly incidentId: string;
  readonly reference: string;
  readonly messageId: string;
  readonly author: string;
  readonly text: string;
  readonly at: string;
}

/** An agent turned a chat into an incident (channel chat), and perhaps resolved it at first contact. */
export interface ChatConvertedV1 {
  readonly sessionId: string;
  readonly incidentId: string;
  readonly reference: string;
  readonly caller: string;
  readonly agent: string;
  readonly shortDescription: string;
  readonly description: string;
  readonly impact: IntakeLevelV1 | null;
  readonly urgency: IntakeLevelV1 | null;
  readonly category: string | null;
  readonly subcategory: string | null;
  readonly service: string | null;
  /** The conversation in comment-sized parts, kept on the ticket as public comments. */
  readonly transcript: readonly string[];
  readonly resolvedAtFirstContact: { readonly closingCategory: string; readonly notes: string } | null;
  readonly routing?: IntakeRoutingV1;
  readonly at: string;
}

export interface IntakeIntegrationEvents {
  [INTAKE_EVENTS.submissionAccepted]: SubmissionAcceptedV1;
  [INTAKE_EVENTS.submissionLinked]: SubmissionLinkedV1;
  [INTAKE_EVENTS.alertIncidentOpened]: AlertIncidentOpenedV1;
  [INTAKE_EVENTS.alertCorrelated]: AlertCorrelatedV1;
  [INTAKE_EVENTS.alertRecovered]: AlertRecoveredV1;
  [INTAKE_EVENTS.emailReceived]: EmailReceivedV1;
  [INTAKE_EVENTS.emailReplyReceived]: EmailReplyReceivedV1;
  [INTAKE_EVENTS.chatConverted]: ChatConvertedV1;
}
