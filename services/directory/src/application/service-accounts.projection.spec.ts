import { recordedEvents } from '@deskstream/readmodels';
import type { ApiKey, ServiceAccountEvent } from '../domain/service-account.events';
import { serviceAccountsProjection } from './service-accounts.projection';

const recorded = (type: ServiceAccountEvent['type'], data: object, position: number) =>
  recordedEvents('dirsvcaccount-acme.alertmanager', [{ type, data } as ServiceAccountEvent], { tenantId: 'acme' }, position)[0]!;
const applyToServiceAccount = serviceAccountsProjection.apply;
const key = (revokedAt: string | null): ApiKey => ({
  keyId: 'k1',
  secretHash: 'digest-of-the-secret',
  roles: [],
  endpoints: ['POST /api/v1/intake/alerts'],
  issuedAt: '2026-01-05T09:00:00.000Z',
  expiresAt: '2026-02-04T09:00:00.000Z',
  revokedAt,
  version: revokedAt ? 2 : 1,
});
const account = { id: 'alertmanager', name: 'Alertmanager' };

describe('the list of service accounts', () => {
  it('keeps each key as it now stands, once, and never its digest', () => {
    const created = applyToServiceAccount(
      null,
      recorded('ServiceAccountCreated', { ...account, roles: ['agent'], by: 'admin', at: '2026-01-05T09:00:00.000Z' }, 1),
    );
    const issued = applyToServiceAccount(created, recorded('ApiKeyIssued', { account, key: key(null), by: 'admin', at: '2026-01-05T09:00:00.000Z' }, 2));
    const revoked = applyToServiceAccount(
      issued,
      recorded('ApiKeyRevoked', { account, key: key('2026-01-06T09:00:00.000Z'), by: 'admin', at: '2026-01-06T09:00:00.000Z' }, 3),
    );
    expect(revoked).toMatchObject({ id: 'alertmanager', tenantId: 'acme', roles: ['agent'], position: 3, updatedAt: '2026-01-06T09:00:00.000Z' });
    expect(revoked!.keys).toEqual([
      {
        keyId: 'k1',
        roles: [],
        endpoints: ['POST /api/v1/intake/alerts'],
        issuedAt: '2026-01-05T09:00:00.000Z',
        expiresAt: '2026-02-04T09:00:00.000Z',
        revokedAt: '2026-01-06T09:00:00.000Z',
      },
    ]);
    expect(JSON.stringify(revoked)).not.toContain('digest-of-the-secret');
  });

  it('lists no account whose creation it has not seen', () => {
    expect(applyToServiceAccount(null, recorded('ApiKeyIssued', { account, key: key(null), by: 'admin', at: '2026-01-05T09:00:00.000Z' }, 2))).toBeNull();
  });
});
