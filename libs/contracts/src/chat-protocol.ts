/**
 * The chat's WebSocket protocol (JSON text frames, both directions), version 1: what a portal or an
 * agent console speaks at CHAT_PATH. The server validates client frames (limits included) and answers
 * a refused one with an `error` frame naming each field; it never closes the socket for a bad frame.
 */
export const CHAT_PATH = '/api/v1/intake/chat';
/** The subprotocol that carries the bearer token (browsers cannot set headers on a WebSocket). */
export const CHAT_BEARER_PROTOCOL = 'bearer';

type Schema = Readonly<Record<string, unknown>>;

const text: Schema = { type: 'string', minLength: 1 };
const instant: Schema = { type: 'string', format: 'date-time' };
const role: Schema = { enum: ['requester', 'agent'] };

function frame(type: string, properties: Record<string, Schema>, required: readonly string[], description: string): Schema {
  return { type: 'object', description, additionalProperties: false, required: ['type', ...required], properties: { type: { const: type }, ...properties } };
}

const classification: Record<string, Schema> = {
  shortDescription: text,
  description: { type: 'string' },
  impact: { type: 'integer', minimum: 1, maximum: 3 },
  urgency: { type: 'integer', minimum: 1, maximum: 3 },
  category: { type: 'string' },
  subcategory: { type: 'string' },
  service: { type: 'string' },
};

/** Frames a client sends. */
export const CHAT_CLIENT_FRAMES = {
  start: frame('start', { subject: text }, ['subject'], 'A requester starts a chat about a subject.'),
  join: frame('join', { sessionId: text }, ['sessionId'], 'An agent joins a waiting chat (or a party rejoins their own).'),
  message: frame('message', { text }, ['text'], 'Say something in the current chat.'),
  convert: frame('convert', classification, [], 'The agent turns the chat into an incident (the transcript goes with it).'),
  'resolve-first-contact': frame(
    'resolve-first-contact',
    { ...classification, notes: text, closingCategory: text },
    ['notes', 'closingCategory'],
    'The agent records the chat as an incident resolved at first contact.',
  ),
  close: frame('close', {}, [], 'Leave the chat without a ticket.'),
} as const;

const transcriptLine: Schema = {
  type: 'object',
  additionalProperties: false,
  required: ['author', 'role', 'text', 'at'],
  properties: { author: text, role, text, at: instant },
};

/** Frames the server sends. */
export const CHAT_SERVER_FRAMES = {
  started: frame('started', { sessionId: text }, ['sessionId'], 'Answers start: the new chat.'),
  posted: frame('posted', { sessionId: text }, ['sessionId'], 'Answers message: it is recorded.'),
  joined: frame(
    'joined',
    {
      sessionId: text,
      subject: text,
      requester: text,
      status: { enum: ['waiting', 'active', 'closed'] },
      transcript: { type: 'array', items: transcriptLine },
    },
    ['sessionId', 'subject', 'requester', 'status', 'transcript'],
    'Answers join: the chat so far.',
  ),
  waiting: frame(
    'waiting',
    { sessionId: text, subject: text, requester: text, requesterName: text, startedAt: instant },
    ['sessionId', 'subject', 'requester', 'requesterName', 'startedAt'],
    "To the tenant's idle agents: a requester waits.",
  ),
  message: frame(
    'message',
    { sessionId: text, from: text, role, text, at: instant },
    ['sessionId', 'from', 'role', 'text', 'at'],
    'What the other party said.',
  ),
  'agent-joined': frame(
    'agent-joined',
    { sessionId: text, agent: text, agentName: text },
    ['sessionId', 'agent', 'agentName'],
    'To the requester: an agent took the chat.',
  ),
  ticket: frame(
    'ticket',
    { sessionId: text, reference: { type: 'string', pattern: '^INC\\d{7,}$' }, resolvedAtFirstContact: { type: 'boolean' } },
    ['sessionId', 'reference', 'resolvedAtFirstContact'],
    'The chat became this incident.',
  ),
  closed: frame('closed', { sessionId: text, reason: { enum: ['ticketed', 'abandoned'] } }, ['sessionId', 'reason'], 'The chat is over.'),
  error: frame(
    'error',
    {
      errors: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['field', 'message'],
          properties: { field: { type: 'string' }, message: { type: 'string' } },
        },
      },
    },
    ['errors'],
    'A frame was refused: each offending field, as problem+json names them over HTTP.',
  ),
} as const;

export interface ChatTranscriptLineV1 {
  readonly author: string;
  readonly role: 'requester' | 'agent';
  readonly text: string;
  readonly at: string;
}

/** The server's frames, typed as the schemas above describe them. */
export type ChatServerFrameV1 =
  | { readonly type: 'started'; readonly sessionId: string }
  | { readonly type: 'posted'; readonly sessionId: string }
  | {
      readonly type: 'joined';
      readonly sessionId: string;
      readonly subject: string;
      readonly requester: string;
      readonly status: 'waiting' | 'active' | 'closed';
      readonly transcript: readonly ChatTranscriptLineV1[];
    }
  | {
      readonly type: 'waiting';
      readonly sessionId: string;
      readonly subject: string;
      readonly requester: string;
      readonly requesterName: string;
      readonly startedAt: string;
    }
  | {
      readonly type: 'message';
      readonly sessionId: string;
      readonly from: string;
      readonly role: 'requester' | 'agent';
      readonly text: string;
      readonly at: string;
    }
  | { readonly type: 'agent-joined'; readonly sessionId: string; readonly agent: string; readonly agentName: string }
  | { readonly type: 'ticket'; readonly sessionId: string; readonly reference: string; readonly resolvedAtFirstContact: boolean }
  | { readonly type: 'closed'; readonly sessionId: string; readonly reason: 'ticketed' | 'abandoned' }
  | { readonly type: 'error'; readonly errors: readonly { readonly field: string; readonly message: string }[] };
