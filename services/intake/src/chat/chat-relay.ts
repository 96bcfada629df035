import { context, propagation, trace } from '@opentelemetry/api';
import { parseStreamName, type EventStore, type RecordedEvent, type Subscription } from '@deskstream/kernel';
import type { ChatConnection, ServerFrame } from './chat-connection';
import { CHAT_CATEGORY } from './chat-sessions';
import type { ChatSessionEvent } from './domain/chat-session.events';

/**
 * Feeds the sockets of this process from the committed chat events, not from the frame handlers:
 * what one party said reaches the other even when their sockets are held by different instances.
 */
export class ChatRelay {
  private readonly connections = new Map<string, Set<ChatConnection>>();
  private subscription: Subscription | null = null;

  constructor(private readonly store: EventStore) {}

  /** Live from now on: chats that ended before this process started have nobody to tell. */
  async start(onError: (error: unknown) => void): Promise<void> {
    const after = await this.store.headPosition();
    this.subscription = this.store.subscribe((event) => this.deliver(event), {
      categories: [CHAT_CATEGORY],
      ...(after >= 0 ? { after } : {}),
      onError,
    });
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    this.subscription = null;
  }

  add(connection: ChatConnection): void {
    const tenant = connection.principal.tenantId;
    if (!this.connections.has(tenant)) this.connections.set(tenant, new Set());
    this.connections.get(tenant)!.add(connection);
  }

  remove(connection: ChatConnection): void {
    this.connections.get(connection.principal.tenantId)?.delete(connection);
  }

  private async deliver(recorded: RecordedEvent): Promise<void> {
    const { tenantId, id: sessionId } = parseStreamName(recorded.streamId);
    const tenantConnections = [...(this.connections.get(tenantId) ?? [])];
    if (tenantConnections.length === 0) return;
    const parent = propagation.extract(context.active(), recorded.metadata.traceparent ? { traceparent: recorded.metadata.traceparent } : {});
    const span = trace
      .getTracer('deskstream')
      .startSpan('intake.chat.relay', { attributes: { 'deskstream.tenant': tenantId, 'deskstream.event': recorded.type } }, parent);
    try {
      const inSession = tenantConnections.filter((c) => c.sessionId === sessionId);
      for (const { to, frame } of relayed(recorded as unknown as ChatSessionEvent, sessionId, tenantConnections, inSession)) {
        for (const connection of to) connection.send(frame);
      }
      if (recorded.type === 'ChatClosed') for (const connection of inSession) connection.sessionId = null;
    } finally {
      span.end();
    }
  }
}

/** Who hears of an event, and what they are told: a party never gets an echo of their own words. */
function relayed(
  event: ChatSessionEvent,
  sessionId: string,
  tenant: ChatConnection[],
  inSession: ChatConnection[],
): { to: ChatConnection[]; frame: ServerFrame }[] {
  const others = (userId: string) => inSession.filter((c) => c.principal.userId !== userId);
  switch (event.type) {
    case 'ChatStarted': {
      const idleAgents = tenant.filter((c) => c.role === 'agent' && c.sessionId === null);
      const { subject, requester, requesterName, at } = event.data;
      return [{ to: idleAgents, frame: { type: 'waiting', sessionId, subject, requester, requesterName, startedAt: at } }];
    }
    case 'MessagePosted': {
      const { author, role, text, at } = event.data;
      return [{ to: others(author), frame: { type: 'message', sessionId, from: author, role, text, at } }];
    }
    case 'AgentJoined':
      return [{ to: others(event.data.agent), frame: { type: 'agent-joined', sessionId, agent: event.data.agent, agentName: event.data.agentName } }];
    case 'ChatConvertedToTicket':
      return [{ to: inSession, frame: { type: 'ticket', sessionId, reference: event.data.reference, resolvedAtFirstContact: false } }];
    case 'ChatResolvedAtFirstContact':
      return [{ to: inSession, frame: { type: 'ticket', sessionId, reference: event.data.reference, resolvedAtFirstContact: true } }];
    case 'ChatClosed':
      return [{ to: inSession, frame: { type: 'closed', sessionId, reason: event.data.reason } }];
  }
}
