import { AlreadyExists, assertNever, NotFound, ValidationFailed, type Decider, type FieldError, type Message } from '@deskstream/kernel';
import type { Classification } from './classification';
import type { RecentSubmission } from './duplicate.rules';
import { CHANNELS, textErrors, type Channel, type TicketKind } from './intake-levels';

export interface TicketRef {
  readonly kind: TicketKind;
  readonly id: string;
  readonly reference: string;
}

export interface SubmissionDetails {
  readonly submissionId: string;
  readonly requestType: { readonly id: string; readonly version: number; readonly name: string };
  readonly fields: Readonly<Record<string, unknown>>;
  readonly channel: Channel;
  readonly caller: string;
  /** Who recorded it: the caller, or the agent taking a phone or walk-in contact. */
  readonly recordedBy: string;
  readonly shortDescription: string;
  readonly description: string;
  readonly classification: Classification;
}

/**
 * Records a contact. The application has already validated the form, classified it and looked up the
 * facts: a recent identical submission (`duplicateOf`) or else the ticket id and reference it
 * pre-allocated, so that the answer carries the reference at once.
 */
export type RecordSubmission = Message<
  'RecordSubmission',
  SubmissionDetails & { readonly ticket: TicketRef | null; readonly duplicateOf: RecentSubmission | null; readonly at: string }
>;
/** The incidents service opened the ticket: the submission leaves the backlog. */
export type MarkSubmissionTicketed = Message<'MarkSubmissionTicketed', { readonly ticketId: string; readonly at: string }>;
export type SubmissionCommand = RecordSubmission | MarkSubmissionTicketed;

export type SubmissionAccepted = Message<'SubmissionAccepted', SubmissionDetails & { readonly ticket: TicketRef; readonly at: string }>;
export type SubmissionLinkedAsDuplicate = Message<
  'SubmissionLinkedAsDuplicate',
  SubmissionDetails & { readonly ticket: TicketRef; readonly firstSubmissionId: string; readonly at: string }
>;
export type SubmissionTicketed = Message<'SubmissionTicketed', { readonly ticketId: string; readonly at: string }>;
export type SubmissionEvent = SubmissionAccepted | SubmissionLinkedAsDuplicate | SubmissionTicketed;
export const SUBMISSION_EVENT_TYPES = ['SubmissionAccepted', 'SubmissionLinkedAsDuplicate', 'SubmissionTicketed'] as const;

/** accepted: waiting for its ticket (the backlog); ticketed: the ticket exists; linked: a repeat, no ticket of its own. */
export type SubmissionStatus = 'accepted' | 'ticketed' | 'linked';

export type SubmissionState =
  { readonly status: 'none' } | { readonly status: SubmissionStatus; readonly submissionId: string; readonly ticket: TicketRef; readonly at: string };

export const MAX_SHORT_DESCRIPTION = 200;

/**
 * Refuses a contact that cannot be recorded (the same checks as RecordSubmission), before the
 * application takes a reference for it: a refused submission burns no number.
 */
export function ensureRecordable(details: SubmissionDetails): void {
  const errors = recordErrors(details);
  if (errors.length > 0) throw new ValidationFailed(errors);
}

function recordErrors(data: SubmissionDetails): FieldError[] {
  const errors = [...textErrors('shortDescription', data.shortDescription, MAX_SHORT_DESCRIPTION), ...textErrors('caller', data.caller, 200)];
  if (!CHANNELS.includes(data.channel)) errors.push({ field: 'channel', message: `channel must be one of ${CHANNELS.join(', ')}` });
  // Recording for someone else is what the desk does when a caller phones or walks in.
  if (data.caller !== data.recordedBy && data.channel !== 'phone') {
    errors.push({ field: 'channel', message: 'a contact recorded on behalf of a caller comes by phone (or walk-in): channel phone' });
  }
  return errors;
}

function recordSubmission(command: RecordSubmission, state: SubmissionState): SubmissionEvent[] {
  const { ticket, duplicateOf, ...data } = command.data;
  if (state.status !== 'none') throw new AlreadyExists('Submission', data.submissionId);
  const errors = recordErrors(command.data);
  if (!duplicateOf && !ticket) errors.push({ field: 'ticket', message: 'a new submission needs its pre-allocated ticket' });
  if (errors.length > 0) throw new ValidationFailed(errors);
  if (duplicateOf) {
    return [{ type: 'SubmissionLinkedAsDuplicate', data: { ...data, ticket: duplicateOf.ticket, firstSubmissionId: duplicateOf.submissionId } }];
  }
  return [{ type: 'SubmissionAccepted', data: { ...data, ticket: ticket! } }];
}

function markTicketed(command: MarkSubmissionTicketed, state: SubmissionState): SubmissionEvent[] {
  if (state.status === 'none') throw new NotFound('Submission', command.data.ticketId);
  if (state.status !== 'accepted' || state.ticket.id !== command.data.ticketId) return [];
  return [{ type: 'SubmissionTicketed', data: command.data }];
}

export const submissionDecider: Decider<SubmissionCommand, SubmissionEvent, SubmissionState> = {
  initialState: () => ({ status: 'none' }),
  decide(command, state) {
    switch (command.type) {
      case 'RecordSubmission':
        return recordSubmission(command, state);
      case 'MarkSubmissionTicketed':
        return markTicketed(command, state);
      default:
        return assertNever(command, 'submission command');
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'SubmissionAccepted':
        return { status: 'accepted', submissionId: event.data.submissionId, ticket: event.data.ticket, at: event.data.at };
      case 'SubmissionLinkedAsDuplicate':
        return { status: 'linked', submissionId: event.data.submissionId, ticket: event.data.ticket, at: event.data.at };
      case 'SubmissionTicketed':
        return state.status === 'none' ? state : { ...state, status: 'ticketed' };
      default:
        return assertNever(event, 'submission event');
    }
  },
};
