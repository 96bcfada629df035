import { projectionSpecification, recordedEvents } from '@deskstream/readmodels';
import { chatSessionsProjection } from './chat-sessions.projection';
import type { ChatSessionEvent } from './domain/chat-session.events';

const at = (minute: number) => `2026-01-05T09:0${minute}:00.000Z`;
const [started, joined, posted, converted, closed] = recordedEvents<ChatSessionEvent>(
  'chat-acme.s1',
  [
    { type: 'ChatStarted', data: { sessionId: 's1', requester: 'riley', requesterName: 'Riley', subject: 'VPN drops', at: at(0) } },
    { type: 'AgentJoined', data: { agent: 'avery', agentName: 'Avery', at: at(1) } },
    { type: 'MessagePosted', data: { messageId: 'm1', author: 'riley', role: 'requester', text: 'hello', at: at(2) } },
    { type: 'ChatConvertedToTicket', data: { ticketId: 'inc-1', reference: 'INC0001001', by: 'avery', at: at(3) } },
    { type: 'ChatClosed', data: { reason: 'ticketed', by: 'avery', at: at(3) } },
  ],
  { tenantId: 'acme' },
);
const spec = projectionSpecification(chatSessionsProjection);

describe('the desk list of chat sessions', () => {
  it('shows a started chat as waiting for an agent, in its tenant', () => {
    spec
      .given()
      .when(started!)
      .then((doc) => expect(doc).toMatchObject({ id: 's1', tenantId: 'acme', status: 'waiting', agent: null, messageCount: 0 }));
  });

  it('counts messages and names the agent who joined', () => {
    spec
      .given(started!, joined!)
      .when(posted!)
      .then((doc) => expect(doc).toMatchObject({ status: 'active', agent: 'avery', messageCount: 1 }));
  });

  it('records the ticket the chat became, then closes it', () => {
    spec
      .given(started!, joined!, posted!)
      .when(converted!)
      .then((doc) => expect(doc).toMatchObject({ ticketReference: 'INC0001001', resolvedAtFirstContact: false }));
    spec
      .given(started!, joined!, posted!, converted!)
      .when(closed!)
      .then((doc) => expect(doc?.status).toBe('closed'));
  });

  it('ignores events of a chat it never saw start', () => {
    spec
      .given()
      .when(joined!)
      .then((doc) => expect(doc).toBeNull());
    spec.given(started!, joined!, posted!, converted!, closed!).when(closed!).thenNothingChanged();
  });
});
