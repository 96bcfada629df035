import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { asyncApiDocument, PUBLISHED_TOPICS } from './asyncapi';
import { CHAT_CLIENT_FRAMES, CHAT_SERVER_FRAMES } from './chat-protocol';

const root = join(__dirname, '..', '..', '..');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

describe('the AsyncAPI document', () => {
  it('is in step with the contracts (regenerate with `npm run asyncapi`)', () => {
    const committed: unknown = parse(readFileSync(join(root, 'docs', 'asyncapi.yaml'), 'utf8'));
    expect(committed).toEqual(asyncApiDocument(version));
  });

  it('describes every published event type exactly once', () => {
    const messages = Object.values((asyncApiDocument(version).components as { messages: Record<string, { name: string }> }).messages);
    const described = messages
      .map((message) => message.name)
      .filter((name) => !/^(client|server):/.test(name))
      .sort();
    const published = PUBLISHED_TOPICS.flatMap((topic) => topic.types).sort();
    expect(described).toEqual(published);
    expect(new Set(described).size).toBe(described.length);
  });

  it('describes every chat frame, both directions, with its schema', () => {
    const { components, operations } = asyncApiDocument(version) as {
      components: { messages: Record<string, { name: string; payload: unknown }> };
      operations: Record<string, { messages: unknown[] }>;
    };
    const chat = Object.values(components.messages).filter((message) => /^(client|server):/.test(message.name));
    expect(chat.map((message) => message.name).sort()).toEqual(
      [...Object.keys(CHAT_CLIENT_FRAMES).map((type) => `client:${type}`), ...Object.keys(CHAT_SERVER_FRAMES).map((type) => `server:${type}`)].sort(),
    );
    expect(operations['chat-receive']!.messages).toHaveLength(Object.keys(CHAT_CLIENT_FRAMES).length);
    expect(operations['chat-send']!.messages).toHaveLength(Object.keys(CHAT_SERVER_FRAMES).length);
  });
});
