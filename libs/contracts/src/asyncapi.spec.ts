import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { asyncApiDocument, PUBLISHED_TOPICS } from './asyncapi';

const root = join(__dirname, '..', '..', '..');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

describe('the AsyncAPI document', () => {
  it('is in step with the contracts (regenerate with `npm run asyncapi`)', () => {
    const committed: unknown = parse(readFileSync(join(root, 'docs', 'asyncapi.yaml'), 'utf8'));
    expect(committed).toEqual(asyncApiDocument(version));
  });

  it('describes every published event type exactly once', () => {
    const messages = Object.values((asyncApiDocument(version).components as { messages: Record<string, { name: string }> }).messages);
    const described = messages.map((message) => message.name).sort();
    const published = PUBLISHED_TOPICS.flatMap((topic) => topic.types).sort();
    expect(described).toEqual(published);
    expect(new Set(described).size).toBe(described.length);
  });
});
