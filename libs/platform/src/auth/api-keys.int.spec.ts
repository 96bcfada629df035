import { DIRECTORY_EVENTS, SOURCES, TOPICS, type DirectoryApiKeyV1 } from '@deskstream/contracts';
import { Unauthenticated } from '@deskstream/kernel';
import { SqliteDocumentStore } from '@deskstream/readmodels';
import { openSqlite } from '@deskstream/sqlite';
import { ApiKeyRegistry, endpointAllowed, formatApiKey, secretHashOf } from './api-keys';

const SECRET = 'a'.repeat(43);
const KEY_ID = '0123456789abcdef01234567';

describe('API keys at the edge', () => {
  let now = new Date('2026-03-02T09:00:00.000Z');
  const registry = new ApiKeyRegistry(new SqliteDocumentStore(openSqlite(':memory:')), { now: () => now }, 'test.api-keys');
  const known = (overrides: Partial<DirectoryApiKeyV1> = {}): DirectoryApiKeyV1 => ({
    keyId: KEY_ID,
    serviceAccountId: 'alertmanager',
    name: 'Alertmanager',
    secretHash: secretHashOf(SECRET),
    roles: ['agent'],
    endpoints: ['POST /api/v1/intake/alerts'],
    expiresAt: '2026-04-01T00:00:00.000Z',
    revoked: false,
    version: 1,
    at: '2026-03-01T00:00:00.000Z',
    ...overrides,
  });
  const deliver = (data: DirectoryApiKeyV1) =>
    registry.handle({
      topic: TOPICS.directory,
      key: `api-key:${data.keyId}`,
      partition: 0,
      offset: data.version,
      headers: {},
      event: {
        specversion: '1.0',
        id: `e-${data.version}`,
        source: SOURCES.directory,
        type: DIRECTORY_EVENTS.apiKeyChanged,
        subject: data.keyId,
        time: data.at,
        datacontenttype: 'application/json',
        data,
        tenantid: 'acme',
        correlationid: 'c',
      },
    });
  const key = formatApiKey('acme', KEY_ID, SECRET);

  it('accepts a valid key as its service account, with its roles, on its endpoints only', async () => {
    await deliver(known());
    expect(await registry.verify(key, 'POST', '/api/v1/intake/alerts/alertmanager')).toEqual({
      tenantId: 'acme',
      userId: 'service-account:alertmanager',
      name: 'Alertmanager',
      roles: ['agent'],
    });
    await expect(registry.verify(key, 'GET', '/api/v1/intake/alerts')).rejects.toThrow(Unauthenticated);
    await expect(registry.verify(key, 'POST', '/api/v1/intake/alertsx')).rejects.toThrow(Unauthenticated);
    expect(await registry.lastUse('acme', KEY_ID)).toBe(now.toISOString());
  });

  it('refuses a key once it has expired', async () => {
    now = new Date('2026-04-01T00:00:00.000Z');
    await expect(registry.verify(key, 'POST', '/api/v1/intake/alerts')).rejects.toThrow(/expired/);
    now = new Date('2026-03-02T10:00:00.000Z');
  });

  it('refuses a revoked key, and a stale redelivery does not bring it back', async () => {
    await deliver(known({ revoked: true, version: 2 }));
    await deliver(known({ version: 1 }));
    await expect(registry.verify(key, 'POST', '/api/v1/intake/alerts')).rejects.toThrow(/revoked/);
  });

  it('matches endpoints by method and whole path segments', () => {
    expect(endpointAllowed(['* /api/v1/incidents'], 'GET', '/api/v1/incidents/INC1')).toBe(true);
    expect(endpointAllowed(['GET /api/v1/incidents'], 'POST', '/api/v1/incidents')).toBe(false);
    expect(endpointAllowed(['GET /api/v1/incidents'], 'GET', '/api/v1/incidents-export')).toBe(false);
  });
});
