import { PERSONAL_DATA_CATALOGUE } from '@deskstream/platform';
import { CHAT_SESSION_EVENT_TYPES } from '../chat/domain/chat-session.events';
import { SUBMISSION_EVENT_TYPES } from '../domain/submission.decider';

/** The mail log's one event type (named in the log, inbound-mail-log.ts). */
const MAIL_LOG_EVENT_TYPES = ['InboundMailHandled'];

describe("the personal data catalogue's intake events", () => {
  it('names only events intake records: submissions, chats and the mail log', () => {
    const declared = PERSONAL_DATA_CATALOGUE.filter((entry) => entry.service === 'intake').flatMap((entry) => entry.eventTypes);
    const recorded: readonly string[] = [...SUBMISSION_EVENT_TYPES, ...CHAT_SESSION_EVENT_TYPES, ...MAIL_LOG_EVENT_TYPES];
    expect(declared.filter((type) => !recorded.includes(type))).toEqual([]);
    expect(declared).toEqual(expect.arrayContaining(['SubmissionAccepted', 'MessagePosted', 'InboundMailHandled']));
  });
});
