import { projectionSpecification, recordedEvents } from '@deskstream/readmodels';
import type { TenantEvent } from '../domain/tenant.events';
import { tenantsProjection } from './tenants.projection';

const at = (day: number) => `2026-01-0${day}T09:00:00.000Z`;
const template = { name: 'it-desk', version: 3, deskRequestTypes: { it: 'something-is-broken' }, forms: ['kept in the stream only'] };
const provider = {
  issuer: 'https://login.initech.example',
  jwksUrl: null,
  audience: 'deskstream',
  userClaim: null,
  emailClaim: null,
  nameClaim: null,
  rolesClaim: 'groups',
  roleMap: { 'it-agents': 'agent' },
};
const [onboarded, suspended, resumed, exported, configured] = recordedEvents<TenantEvent>(
  'tenant-platform.initech',
  [
    {
      type: 'TenantOnboarded',
      data: {
        tenantId: 'initech',
        name: 'Initech',
        timeZone: 'America/Chicago',
        locale: 'en-US',
        admins: ['bill'],
        template,
        desks: [{ address: 'it@initech.example', kind: 'it', requestType: 'something-is-broken' }],
        by: 'operator',
        at: at(1),
      },
    },
    { type: 'TenantSuspended', data: { tenantId: 'initech', reason: 'unpaid invoice', by: 'operator', at: at(2) } },
    { type: 'TenantResumed', data: { tenantId: 'initech', by: 'operator', at: at(3) } },
    { type: 'TenantExported', data: { tenantId: 'initech', exportId: 'x-1', sha256: 'ab'.repeat(32), eventCount: 120, by: 'operator', at: at(4) } },
    { type: 'TenantIdentityProviderConfigured', data: { tenantId: 'initech', identityProvider: provider, by: 'operator', at: at(5) } },
  ],
  { tenantId: 'platform' },
);
const spec = projectionSpecification(tenantsProjection);

describe('the platform list of tenants', () => {
  it('lists an onboarded tenant as active, keeping only its template name and version (and no identity provider when its event had none)', () => {
    spec
      .given()
      .when(onboarded!)
      .then((doc) =>
        expect(doc).toEqual({
          id: 'initech',
          tenantId: 'platform',
          position: 1,
          name: 'Initech',
          timeZone: 'America/Chicago',
          locale: 'en-US',
          admins: ['bill'],
          identityProvider: null,
          desks: [{ address: 'it@initech.example', kind: 'it', requestType: 'something-is-broken' }],
          template: { name: 'it-desk', version: 3 },
          status: 'active',
          suspendedBecause: null,
          suspendedAt: null,
          deleteAfter: null,
          lastExportAt: null,
          createdAt: at(1),
          updatedAt: at(1),
        }),
      );
  });

  it('shows a suspension with its reason, and clears it on resuming', () => {
    spec
      .given(onboarded!)
      .when(suspended!)
      .then((doc) => expect(doc).toMatchObject({ status: 'suspended', suspendedBecause: 'unpaid invoice', updatedAt: at(2), createdAt: at(1) }));
    spec
      .given(onboarded!, suspended!)
      .when(resumed!)
      .then((doc) => expect(doc).toMatchObject({ status: 'active', suspendedBecause: null, updatedAt: at(3) }));
  });

  it('records when the tenant was last exported', () => {
    spec
      .given(onboarded!)
      .when(exported!)
      .then((doc) => expect(doc).toMatchObject({ status: 'active', lastExportAt: at(4), updatedAt: at(4) }));
  });

  it('shows the identity provider its users sign in with', () => {
    spec
      .given(onboarded!)
      .when(configured!)
      .then((doc) => expect(doc).toMatchObject({ identityProvider: provider, updatedAt: at(5) }));
  });

  it('keys each document by the tenant, not by the platform that records it', () => {
    expect(tenantsProjection.documentId(suspended!)).toBe('initech');
    spec
      .given()
      .when(suspended!)
      .then((doc) => expect(doc).toBeNull());
  });
});
