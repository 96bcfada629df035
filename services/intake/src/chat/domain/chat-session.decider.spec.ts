import { AlreadyExists, Forbidden, IllegalTransition, MAX_TICKET_TEXT_LENGTH, NotFound, specification, ValidationFailed } from '@deskstream/kernel';
import type { ChatSessionCommand } from './chat-session.commands';
import { chatSessionDecider } from './chat-session.decider';
import type { ChatSessionEvent, ChatTicketDetails } from './chat-session.events';

const spec = specification(chatSessionDecider);
const at = (minute: number) => `2026-01-05T09:${String(minute).padStart(2, '0')}:00.000Z`;
const ticket = { ticketId: 'inc-1', reference: 'INC0000001' };

const start: ChatSessionCommand = { type: 'StartChat', data: { sessionId: 's1', requesterName: 'Riley', subject: 'VPN drops', by: 'riley', at: at(0) } };
const started: ChatSessionEvent = {
  type: 'ChatStarted',
  data: { sessionId: 's1', requester: 'riley', requesterName: 'Riley', subject: 'VPN drops', at: at(0) },
};
const join = (by = 'avery'): ChatSessionCommand => ({ type: 'JoinChat', data: { agentName: 'Avery', by, at: at(1) } });
const joined: ChatSessionEvent = { type: 'AgentJoined', data: { agent: 'avery', agentName: 'Avery', at: at(1) } };
const post = (by: string, role: 'requester' | 'agent', text = 'hello'): ChatSessionCommand => ({
  type: 'PostMessage',
  data: { messageId: 'm1', role, text, by, at: at(2) },
});
const details: ChatTicketDetails = {
  caller: 'riley',
  agent: 'avery',
  shortDescription: 'VPN drops',
  description: 'Recorded from chat',
  impact: null,
  urgency: 2,
  category: null,
  subcategory: null,
  service: 'vpn',
  transcript: ['riley: hello'],
};
const closingCategories = ['software', 'hardware'];
const convert = (by = 'avery'): ChatSessionCommand => ({ type: 'ConvertChatToTicket', data: { ticket, details, by, at: at(3) } });
const resolve = (data: Partial<{ closingCategory: string; notes: string; by: string }> = {}): ChatSessionCommand => ({
  type: 'ResolveChatAtFirstContact',
  data: { ticket, details, closingCategory: 'software', notes: 'Restarted the client', closingCategories, by: 'avery', at: at(3), ...data },
});
const closed = (reason: 'ticketed' | 'abandoned', by: string, minute: number): ChatSessionEvent => ({
  type: 'ChatClosed',
  data: { reason, by, at: at(minute) },
});

describe('a chat session', () => {
  it('starts with the requester and a subject', () => {
    spec.given([]).when(start).then([started]);
  });

  it('refuses a second start of the same session and an empty subject', () => {
    spec.given([started]).when(start).thenThrows(AlreadyExists);
    spec
      .given([])
      .when({ ...start, data: { ...start.data, subject: '  ' } } as ChatSessionCommand)
      .thenThrows(ValidationFailed, (error: ValidationFailed) => expect(error.errors.map((e) => e.field)).toEqual(['subject']));
  });

  it('takes the requester messages while waiting for an agent', () => {
    spec
      .given([started])
      .when(post('riley', 'requester'))
      .then([{ type: 'MessagePosted', data: { messageId: 'm1', author: 'riley', role: 'requester', text: 'hello', at: at(2) } }]);
  });

  it('lets nobody else post as the requester, and no agent speak before joining', () => {
    spec.given([started]).when(post('mallory', 'requester')).thenThrows(Forbidden);
    spec.given([started]).when(post('avery', 'agent')).thenThrows(Forbidden);
    spec.given([started, joined]).when(post('casey', 'agent')).thenThrows(Forbidden);
  });

  it('refuses empty and oversized messages', () => {
    spec
      .given([started])
      .when(post('riley', 'requester', ''))
      .thenThrows(ValidationFailed);
    spec
      .given([started])
      .when(post('riley', 'requester', 'x'.repeat(4001)))
      .thenThrows(ValidationFailed);
  });

  it('is joined by one agent; the same agent joining again records nothing, another agent is refused', () => {
    spec.given([started]).when(join()).then([joined]);
    spec.given([started, joined]).when(join()).then([]);
    spec.given([started, joined]).when(join('casey')).thenThrows(IllegalTransition);
  });

  it('does not exist until started', () => {
    spec.given([]).when(join()).thenThrows(NotFound);
    spec.given([]).when(post('riley', 'requester')).thenThrows(NotFound);
  });

  it('is converted to a ticket by the agent who joined, and closes', () => {
    spec
      .given([started, joined])
      .when(convert())
      .then([{ type: 'ChatConvertedToTicket', data: { ...ticket, details, by: 'avery', at: at(3) } }, closed('ticketed', 'avery', 3)]);
    spec.given([started, joined]).when(convert('casey')).thenThrows(Forbidden);
    spec.given([started]).when(convert()).thenThrows(IllegalTransition);
  });

  it('is resolved at first contact with a closing category and notes, and closes', () => {
    spec
      .given([started, joined])
      .when(resolve())
      .then([
        {
          type: 'ChatResolvedAtFirstContact',
          data: { ...ticket, details, closingCategory: 'software', notes: 'Restarted the client', by: 'avery', at: at(3) },
        },
        closed('ticketed', 'avery', 3),
      ]);
    spec
      .given([started, joined])
      .when(resolve({ closingCategory: 'magic' }))
      .thenThrows(ValidationFailed, (error: ValidationFailed) =>
        expect(error.errors).toEqual([{ field: 'closingCategory', message: 'closingCategory must be one of software, hardware' }]),
      );
    spec
      .given([started, joined])
      .when(resolve({ closingCategory: '', notes: '' }))
      .thenThrows(ValidationFailed, (error: ValidationFailed) => expect(error.errors.map((e) => e.field)).toEqual(['closingCategory', 'notes']));
  });

  it('takes first-contact notes up to the ticket text limit, since they become the ticket resolution notes', () => {
    spec
      .given([started, joined])
      .when(resolve({ notes: 'n'.repeat(MAX_TICKET_TEXT_LENGTH) }))
      .then([
        {
          type: 'ChatResolvedAtFirstContact',
          data: { ...ticket, details, closingCategory: 'software', notes: 'n'.repeat(MAX_TICKET_TEXT_LENGTH), by: 'avery', at: at(3) },
        },
        closed('ticketed', 'avery', 3),
      ]);
    spec
      .given([started, joined])
      .when(resolve({ notes: 'n'.repeat(MAX_TICKET_TEXT_LENGTH + 1) }))
      .thenThrows(ValidationFailed, (error: ValidationFailed) =>
        expect(error.errors).toEqual([{ field: 'notes', message: `notes must be at most ${MAX_TICKET_TEXT_LENGTH} characters` }]),
      );
  });

  it('is left by the requester only; the desk cannot drop a contact without a ticket', () => {
    spec
      .given([started, joined])
      .when({ type: 'CloseChat', data: { by: 'riley', at: at(4) } })
      .then([closed('abandoned', 'riley', 4)]);
    spec
      .given([started, joined])
      .when({ type: 'CloseChat', data: { by: 'avery', at: at(4) } })
      .thenThrows(Forbidden);
  });

  it('takes nothing more once closed', () => {
    const ended = [started, joined, closed('ticketed', 'avery', 3)];
    spec.given(ended).when(post('riley', 'requester')).thenThrows(IllegalTransition);
    spec.given(ended).when(convert()).thenThrows(IllegalTransition);
  });

  it('keeps the transcript and the ticket in its state', () => {
    spec
      .given([started, joined, { type: 'MessagePosted', data: { messageId: 'm0', author: 'riley', role: 'requester', text: 'hi', at: at(2) } }])
      .when(convert())
      .thenState((state) => {
        expect(state).toMatchObject({ status: 'closed', agent: 'avery', ticket: { ...ticket, resolvedAtFirstContact: false } });
        expect(state.status !== 'none' && state.transcript.map((line) => line.text)).toEqual(['hi']);
      });
  });
});
