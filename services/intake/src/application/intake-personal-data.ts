import { ERASED_TEXT, writtenBy, type PersonalDataDeclaration } from '@deskstream/platform';
import type { ChatSessionEvent } from '../chat/domain/chat-session.events';
import type { SubmissionEvent } from '../domain/submission.decider';

const text = (path: string) => ({ path, erased: ERASED_TEXT });
/** Event types, checked against intake's events (the mail log's are named in the log). */
const of = (...types: (SubmissionEvent['type'] | ChatSessionEvent['type'] | 'InboundMailHandled')[]) => types;

/**
 * What callers write to intake (docs/personal-data.md), sealed with the key of the person who wrote it:
 * a submission's texts and form answers are its caller's, a mail's subject and body its sender's
 * (the caller of the ticket it opens, or the author of the comment it adds), a chat message its
 * author's, a chat's conversation as ticketed its caller's. Request types, channels, classifications,
 * ids and times stay in the clear.
 */
export const submissionPersonalData: PersonalDataDeclaration = writtenBy(
  of('SubmissionAccepted', 'SubmissionLinkedAsDuplicate'),
  ['caller'],
  [text('shortDescription'), text('description'), { path: 'fields', erased: {} }],
);

export const mailPersonalData: PersonalDataDeclaration = writtenBy(
  of('InboundMailHandled'),
  ['request.caller', 'request.author'],
  [text('request.shortDescription'), text('request.description'), text('request.text')],
);

export const chatPersonalData: readonly PersonalDataDeclaration[] = [
  writtenBy(of('ChatStarted'), ['requester'], [text('requesterName'), text('subject')]),
  writtenBy(of('MessagePosted'), ['author'], [text('text')]),
  writtenBy(of('AgentJoined'), ['agent'], [text('agentName')]),
  writtenBy(
    of('ChatConvertedToTicket', 'ChatResolvedAtFirstContact'),
    ['details.caller'],
    [text('details.shortDescription'), text('details.description'), { path: 'details.transcript', erased: [] }],
  ),
];
