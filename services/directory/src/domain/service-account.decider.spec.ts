import { AlreadyExists, NotFound, specification, ValidationFailed } from '@deskstream/kernel';
import { serviceAccountDecider } from './service-account.decider';
import type { ServiceAccountEvent } from './service-account.events';

const spec = specification(serviceAccountDecider);
const at = '2026-03-02T09:00:00.000Z';
const by = 'tenant-admin';
const created: ServiceAccountEvent = { type: 'ServiceAccountCreated', data: { id: 'alertmanager', name: 'Alertmanager', roles: ['agent'], by, at } };
const issue = (overrides: object = {}) =>
  ({
    type: 'IssueApiKey',
    data: { keyId: 'k1', secretHash: 'h', roles: [], endpoints: ['POST /api/v1/intake/alerts'], expiresAt: '2026-06-01T00:00:00.000Z', by, at, ...overrides },
  }) as const;
const issued: ServiceAccountEvent = {
  type: 'ApiKeyIssued',
  data: {
    account: { id: 'alertmanager', name: 'Alertmanager' },
    key: {
      keyId: 'k1',
      secretHash: 'h',
      roles: ['agent'],
      endpoints: ['POST /api/v1/intake/alerts'],
      issuedAt: at,
      expiresAt: '2026-06-01T00:00:00.000Z',
      revokedAt: null,
      version: 1,
    },
    by,
    at,
  },
};
const fields = (error: ValidationFailed) => error.errors.map((e) => e.field);

describe('service accounts and their API keys', () => {
  it('are created once, with at least one role', () => {
    spec
      .given([])
      .when({ type: 'CreateServiceAccount', data: { id: 'alertmanager', name: 'Alertmanager', roles: ['agent'], by, at } })
      .then([created]);
    spec
      .given([created])
      .when({ type: 'CreateServiceAccount', data: { id: 'alertmanager', name: 'Alertmanager', roles: ['agent'], by, at } })
      .thenThrows(AlreadyExists);
    spec
      .given([])
      .when({ type: 'CreateServiceAccount', data: { id: 'Bad', name: '', roles: [], by, at } })
      .thenThrows(ValidationFailed, (e: ValidationFailed) => expect(fields(e)).toEqual(['id', 'name', 'roles']));
  });

  it("issue a key with the account's roles unless narrowed, for named endpoints, and once per key id", () => {
    spec.given([created]).when(issue()).then([issued]);
    spec.given([created, issued]).when(issue()).thenNothingHappened();
  });

  it('refuse a key wider than its account, without endpoints, or that never or too late expires', () => {
    spec
      .given([created])
      .when(issue({ roles: ['tenant-admin'], endpoints: ['SEND /anywhere'], expiresAt: '2030-01-01T00:00:00.000Z' }))
      .thenThrows(ValidationFailed, (e: ValidationFailed) => expect(fields(e)).toEqual(['roles.0', 'endpoints.0', 'expiresAt']));
    spec
      .given([created])
      .when(issue({ endpoints: [], expiresAt: at }))
      .thenThrows(ValidationFailed, (e: ValidationFailed) => expect(fields(e)).toEqual(['endpoints', 'expiresAt']));
  });

  it('revoke a key for good; revoking again changes nothing, an unknown key is not found', () => {
    const key = issued.type === 'ApiKeyIssued' ? issued.data.key : null;
    const revoked: ServiceAccountEvent = {
      type: 'ApiKeyRevoked',
      data: { account: { id: 'alertmanager', name: 'Alertmanager' }, key: { ...key!, revokedAt: at, version: 2 }, by, at },
    };
    spec
      .given([created, issued])
      .when({ type: 'RevokeApiKey', data: { keyId: 'k1', by, at } })
      .then([revoked]);
    spec
      .given([created, issued, revoked])
      .when({ type: 'RevokeApiKey', data: { keyId: 'k1', by, at } })
      .thenNothingHappened();
    spec
      .given([created])
      .when({ type: 'RevokeApiKey', data: { keyId: 'nope', by, at } })
      .thenThrows(NotFound);
  });
});
