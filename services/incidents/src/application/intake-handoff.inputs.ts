import type {
  AlertCorrelatedV1,
  AlertIncidentOpenedV1,
  AlertRecoveredV1,
  ChatConvertedV1,
  EmailReceivedV1,
  EmailReplyReceivedV1,
  IntakeRoutingV1,
  SubmissionAcceptedV1,
  SubmissionLinkedV1,
} from '@deskstream/contracts';
import type { OpenIncident } from '../domain/incident.commands';
import type { IncidentSettings } from '../domain/incident-settings';
import type { HandoffInput, HandoffNote } from '../domain/intake-handoff.workflow';
import { MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH } from '../domain/text.rules';

/**
 * Intake's integration events in the incident's own terms: what to open, note or resolve. The texts
 * written here are how intake's facts read on the ticket; the decisions are the workflow's.
 */
export const INTAKE_ACTOR = 'system:intake';
/** The desk's own actor for mail it records on behalf of the sender, as an agent does for a phone call. */
export const EMAIL_INTAKE_ACTOR = 'system-email-intake';

export interface Translation {
  /** The message's id: notes it causes are named by it, so a redelivery adds nothing. */
  readonly messageId: string;
  readonly at: string;
  readonly settings: IncidentSettings;
}

type Opening = Omit<OpenIncident['data'], 'priorityMatrix' | 'majorIncidentRules' | 'by' | 'at'>;

function open(opening: Opening, by: string, at: string, settings: IncidentSettings): OpenIncident['data'] {
  return { ...opening, by, at, priorityMatrix: settings.priorityMatrix, majorIncidentRules: settings.majorIncidentRules };
}

const bounded = (text: string, max = MAX_TEXT_LENGTH): string => text.slice(0, max);

function internalNote(text: string, { messageId, at }: Translation): HandoffNote {
  return { noteId: messageId, visibility: 'internal', text: bounded(text), by: INTAKE_ACTOR, at };
}

/**
 * What intake's routing rules set for a mail or a chat, as the incident's opening fields; what they
 * leave null the incident defaults. Impact and urgency are taken only together, as an incident opens.
 */
function routed(routing: IntakeRoutingV1 | undefined): Pick<Opening, 'category' | 'impact' | 'urgency'> {
  if (!routing) return {};
  const { category, impact, urgency } = routing;
  return { ...(category === null ? {} : { category }), ...(impact === null || urgency === null ? {} : { impact, urgency }) };
}

/** The form's fields, readable on the ticket: intake validated them against the request type's schema. */
export function submissionDescription(data: SubmissionAcceptedV1): string {
  const rest = Object.entries(data.fields).filter(([name]) => name !== 'shortDescription' && name !== 'description');
  const lines = rest.map(([name, value]) => `${name}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  const text = [data.description, lines.length > 0 ? `${data.requestTypeName}\n${lines.join('\n')}` : ''].filter(Boolean).join('\n\n');
  return bounded(text || data.shortDescription);
}

export function submissionAccepted(data: SubmissionAcceptedV1, t: Translation): HandoffInput {
  const { classification: c } = data;
  const opening: Opening = {
    incidentId: data.incidentId!,
    reference: data.reference,
    caller: data.caller,
    channel: data.channel,
    shortDescription: data.shortDescription,
    description: submissionDescription(data),
    impact: c.impact,
    urgency: c.urgency,
    category: c.category,
  };
  return { type: 'TicketRequested', data: { open: open(opening, INTAKE_ACTOR, data.at, t.settings), group: c.group, notes: [], resolveAtFirstContact: null } };
}

export function submissionLinked(data: SubmissionLinkedV1, t: Translation): HandoffInput {
  return {
    type: 'NoteRequested',
    data: internalNote(`Submitted again by ${data.caller} via ${data.channel} (submission ${data.submissionId}); linked, not duplicated.`, t),
  };
}

export function alertOpened(data: AlertIncidentOpenedV1, t: Translation): HandoffInput {
  const { alert } = data;
  const labels = Object.entries(alert.labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
  const opening: Opening = {
    incidentId: data.incidentId,
    reference: data.reference,
    caller: `monitoring:${alert.source}`,
    channel: 'monitoring',
    service: alert.service,
    shortDescription: bounded(`[${alert.name}] ${alert.summary}`, MAX_SHORT_TEXT_LENGTH),
    description: bounded([alert.description, `Fingerprint ${alert.fingerprint}; started ${alert.startsAt}; labels: ${labels}`].filter(Boolean).join('\n\n')),
    impact: data.impact,
    urgency: data.urgency,
    category: data.routing?.category ?? null,
  };
  const group = data.routing?.group ?? null;
  return { type: 'TicketRequested', data: { open: open(opening, INTAKE_ACTOR, data.at, t.settings), group, notes: [], resolveAtFirstContact: null } };
}

export function alertCorrelated({ alert, count }: AlertCorrelatedV1, t: Translation): HandoffInput {
  return { type: 'NoteRequested', data: internalNote(`Alert ${alert.name} (${alert.fingerprint}) firing: occurrence ${count}. ${alert.summary}`, t) };
}

export function alertRecovered(data: AlertRecoveredV1, t: Translation): HandoffInput {
  const { alert } = data;
  const note = internalNote(`Alert ${alert.name} (${alert.fingerprint}) resolved${alert.endsAt ? ` at ${alert.endsAt}` : ''}.`, t);
  const { closingCategories, quietPeriodDays } = t.settings;
  const resolve = data.resolve
    ? { notes: `All alerts recovered; last: ${alert.name}.`, closingCategories, quietPeriodDays, by: INTAKE_ACTOR, at: data.at }
    : null;
  return { type: 'RecoveryReported', data: { note, resolve } };
}

export function emailReceived(data: EmailReceivedV1, t: Translation): HandoffInput {
  const opening: Opening = {
    incidentId: data.incidentId,
    reference: data.reference,
    caller: data.caller,
    channel: 'email',
    shortDescription: data.shortDescription,
    description: data.description,
    ...routed(data.routing),
  };
  const group = data.routing?.group ?? null;
  return {
    type: 'TicketRequested',
    data: { open: open(opening, EMAIL_INTAKE_ACTOR, data.at, t.settings), group, notes: [], resolveAtFirstContact: null },
  };
}

export function emailReplyReceived(data: EmailReplyReceivedV1, t: Translation): HandoffInput {
  return {
    type: 'CommentReceived',
    data: { noteId: t.messageId, visibility: 'public', text: bounded(data.text), by: data.author, at: data.at, author: data.author },
  };
}

export function chatConverted(data: ChatConvertedV1, t: Translation): HandoffInput {
  const { agent, at } = data;
  const opening: Opening = {
    incidentId: data.incidentId,
    reference: data.reference,
    caller: data.caller,
    channel: 'chat',
    shortDescription: data.shortDescription,
    description: data.description,
    // The agent's classification wins over the rules'.
    ...routed(data.routing),
    ...(data.impact === null ? {} : { impact: data.impact }),
    ...(data.urgency === null ? {} : { urgency: data.urgency }),
    ...(data.category === null ? {} : { category: data.category }),
    ...(data.subcategory === null ? {} : { subcategory: data.subcategory }),
    ...(data.service === null ? {} : { service: data.service }),
  };
  const notes = data.transcript.map((text, i): HandoffNote => ({ noteId: `${t.messageId}.${i}`, visibility: 'public', text: bounded(text), by: agent, at }));
  const resolution = data.resolvedAtFirstContact;
  const { closingCategories, quietPeriodDays } = t.settings;
  const resolveAtFirstContact = resolution ? { ...resolution, agent, closingCategories, quietPeriodDays, by: agent, at } : null;
  const group = data.routing?.group ?? null;
  return { type: 'TicketRequested', data: { open: open(opening, agent, at, t.settings), group, notes, resolveAtFirstContact } };
}
