import { CHAT_CLIENT_FRAMES, CHAT_PATH, CHAT_SERVER_FRAMES } from './chat-protocol';
import { DIRECTORY_EVENTS } from './directory-events';
import { INCIDENT_EVENTS, INCIDENT_SETTINGS_EVENTS } from './incident-events';
import { INTAKE_EVENTS } from './intake-events';
import { KNOWLEDGE_EVENTS } from './knowledge-events';
import { PROBLEM_EVENTS } from './problem-events';
import { SERVICE_REQUEST_EVENTS } from './service-request-events';
import { REPORTING_EVENTS } from './reporting-events';
import { SIGN_IN_EVENTS } from './sign-in-events';
import { SLA_EVENTS } from './sla-events';
import { TENANT_EVENTS } from './tenant-events';
import { SOURCES, TOPICS } from './topics';

interface TopicDescription {
  readonly key: keyof typeof TOPICS;
  readonly source: string;
  readonly about: string;
  readonly types: readonly string[];
}

/** Which service publishes which versioned event types on which topic: the source of docs/asyncapi.yaml. */
export const PUBLISHED_TOPICS: readonly TopicDescription[] = [
  {
    key: 'incidents',
    source: SOURCES.incidents,
    about: 'Every state change of an incident, keyed by incident id.',
    types: Object.values(INCIDENT_EVENTS),
  },
  {
    key: 'serviceRequests',
    source: SOURCES.incidents,
    about: 'Every state change of a service request, keyed by request id.',
    types: Object.values(SERVICE_REQUEST_EVENTS),
  },
  {
    key: 'incidentSettings',
    source: SOURCES.incidents,
    about: "Changes of a tenant's desk settings that other services decide on (closing categories), keyed by tenant id.",
    types: Object.values(INCIDENT_SETTINGS_EVENTS),
  },
  {
    key: 'intake',
    source: SOURCES.intake,
    about: 'Contacts accepted by intake and handed to the incidents service, keyed by ticket id.',
    types: Object.values(INTAKE_EVENTS),
  },
  {
    key: 'problems',
    source: SOURCES.problems,
    about: 'Problem records: lifecycle, incident links, communications to linked incidents, known-error requests; keyed by problem id.',
    types: Object.values(PROBLEM_EVENTS),
  },
  {
    key: 'knowledge',
    source: SOURCES.knowledge,
    about: 'Knowledge articles published and validated, used on tickets (reuse) and written for a problem as its known error; keyed by article id.',
    types: Object.values(KNOWLEDGE_EVENTS),
  },
  {
    key: 'sla',
    source: SOURCES.sla,
    about: 'Clock changes, warnings, breaches and escalation notifications of the SLA service, keyed by ticket id.',
    types: Object.values(SLA_EVENTS),
  },
  {
    key: 'reporting',
    source: SOURCES.reporting,
    about: 'Scheduled saved queries run for their period, with the CSV to mail to their recipients; keyed by saved query id.',
    types: Object.values(REPORTING_EVENTS),
  },
  {
    key: 'directory',
    source: SOURCES.directory,
    about:
      'Users, groups, services, configuration items and locations of a tenant as they now stand, keyed by kind and id; a person erased, keyed by erased-user and id, on which every process deletes its key of them.',
    types: Object.values(DIRECTORY_EVENTS),
  },
  {
    key: 'tenants',
    source: SOURCES.tenants,
    about:
      "Business units onboarded from a template (the template's content travels with the event), suspended, resumed and deleted, and the identity provider each signs in with; keyed by tenant id.",
    types: Object.values(TENANT_EVENTS),
  },
  {
    key: 'signIns',
    source: SOURCES.platform,
    about:
      "Users signing in for the first time with an identity provider's token, announced by the edge of any service so that the directory registers them; keyed by user id.",
    types: Object.values(SIGN_IN_EVENTS),
  },
];

const messageName = (type: string): string =>
  type
    .replace(/^deskstream\./, '')
    .split(/[.-]/)
    .map((part, i) => (i === 0 ? part : part.charAt(0).toUpperCase() + part.slice(1)))
    .join('');

const cloudEventHeaders = {
  type: 'object',
  description: 'Kafka record headers set by the gateway (binary-mode CloudEvents attributes plus tracing).',
  properties: {
    ce_id: { type: 'string', description: 'The id of the domain event the message was made from; consumers dedupe on it.' },
    ce_type: { type: 'string' },
    ce_source: { type: 'string' },
    tenantid: { type: 'string' },
    correlationid: { type: 'string' },
    traceparent: { type: 'string', description: 'W3C trace context of the command that caused the event.' },
  },
  required: ['ce_id', 'ce_type', 'ce_source', 'tenantid'],
};

function envelope(type: string, source: string): Record<string, unknown> {
  return {
    type: 'object',
    description: 'CloudEvents 1.0, structured JSON mode.',
    required: ['specversion', 'id', 'source', 'type', 'subject', 'time', 'datacontenttype', 'data', 'tenantid', 'correlationid'],
    properties: {
      specversion: { const: '1.0' },
      id: { type: 'string' },
      source: { const: source },
      type: { const: type },
      subject: { type: 'string', description: 'The aggregate id (also the message key).' },
      time: { type: 'string', format: 'date-time' },
      datacontenttype: { const: 'application/json' },
      data: { type: 'object', description: 'The versioned payload, typed in libs/contracts.' },
      tenantid: { type: 'string' },
      correlationid: { type: 'string' },
      traceparent: { type: 'string' },
    },
  };
}

const chatMessageName = (side: 'client' | 'server', type: string): string =>
  `chat${side === 'client' ? 'Client' : 'Server'}${type
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')}`;

/** The chat's WebSocket endpoint: every frame a client sends (the server receives) and every frame the server sends. */
function addChatProtocol(channels: Record<string, unknown>, operations: Record<string, unknown>, messages: Record<string, unknown>): void {
  const channelMessages: Record<string, unknown> = {};
  const refs = { client: [] as unknown[], server: [] as unknown[] };
  for (const [side, frames] of [
    ['client', CHAT_CLIENT_FRAMES],
    ['server', CHAT_SERVER_FRAMES],
  ] as const) {
    for (const [type, payload] of Object.entries(frames)) {
      const name = chatMessageName(side, type);
      messages[name] = {
        name: `${side}:${type}`,
        title: `${type} (${side === 'client' ? 'client to server' : 'server to client'})`,
        contentType: 'application/json',
        payload,
      };
      channelMessages[name] = { $ref: `#/components/messages/${name}` };
      refs[side].push({ $ref: `#/channels/chat/messages/${name}` });
    }
  }
  channels.chat = {
    address: CHAT_PATH,
    description:
      'The chat over a WebSocket (JSON text frames). Authenticate with the subprotocols `bearer, <token>` or `?access_token=`. ' +
      'A refused frame is answered with an `error` frame; the socket stays open.',
    messages: channelMessages,
    bindings: { ws: { bindingVersion: '0.1.0' } },
  };
  operations['chat-receive'] = {
    action: 'receive',
    summary: 'Frames the intake service receives from a portal or agent console',
    channel: { $ref: '#/channels/chat' },
    messages: refs.client,
  };
  operations['chat-send'] = {
    action: 'send',
    summary: 'Frames the intake service sends to the parties of a chat',
    channel: { $ref: '#/channels/chat' },
    messages: refs.server,
  };
}

/** The AsyncAPI 3.0 document for every integration topic and the chat protocol. */
export function asyncApiDocument(version: string): Record<string, unknown> {
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  for (const topic of PUBLISHED_TOPICS) {
    const channelMessages: Record<string, unknown> = {};
    for (const type of topic.types) {
      const name = messageName(type);
      messages[name] = { name: type, title: type, contentType: 'application/json', headers: cloudEventHeaders, payload: envelope(type, topic.source) };
      channelMessages[name] = { $ref: `#/components/messages/${name}` };
    }
    channels[topic.key] = { address: TOPICS[topic.key], description: topic.about, messages: channelMessages };
    operations[`publish-${topic.key}`] = {
      action: 'send',
      summary: `${topic.source} publishes through its gateway (at least once; consumers keep an inbox)`,
      channel: { $ref: `#/channels/${topic.key}` },
    };
  }
  addChatProtocol(channels, operations, messages);
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Deskstream integration events',
      version,
      description:
        'Integration events that Deskstream services publish on Kafka (production) or the embedded SQLite log, ' +
        "and the chat's WebSocket protocol (channel `chat`). " +
        'Generated from libs/contracts by `npm run asyncapi`; a test keeps this file in step with the code.',
    },
    defaultContentType: 'application/json',
    channels,
    operations,
    components: { messages },
  };
}
