import { IllegalTransition, NotFound, specification, ValidationFailed } from '@deskstream/kernel';
import { tenantDecider } from './tenant.decider';
import type { TenantEvent } from './tenant.events';

const spec = specification(tenantDecider);
const at = '2026-12-03T09:00:00.000Z';
const by = 'platform-admin';
const template = { name: 'hr', version: 1, deskRequestTypes: {} };
const profile = { tenantId: 'initech', name: 'Initech HR', timeZone: 'Europe/Paris', locale: 'fr-FR', admins: ['bill'], template };
const facts = { takenIssuers: ['https://login.acme.example', 'http://localhost:3000'], grantableRoles: ['requester', 'agent', 'tenant-admin'] };
const request = {
  issuer: 'https://login.initech.example',
  audience: 'deskstream',
  rolesClaim: 'groups',
  roleMap: { 'hr-agents': 'agent', 'hr-admins': 'tenant-admin' },
};
const stored = {
  issuer: 'https://login.initech.example',
  jwksUrl: null,
  audience: 'deskstream',
  userClaim: null,
  emailClaim: null,
  nameClaim: null,
  rolesClaim: 'groups',
  roleMap: { 'hr-agents': 'agent', 'hr-admins': 'tenant-admin' },
};
const onboarded: TenantEvent = { type: 'TenantOnboarded', data: { ...profile, desks: [], by, at } };
const configure = (identityProvider: object = request, overrides: object = {}) =>
  ({ type: 'ConfigureIdentityProvider', data: { identityProvider, ...facts, by, at, ...overrides } }) as never;
const configured: TenantEvent = { type: 'TenantIdentityProviderConfigured', data: { tenantId: 'initech', identityProvider: stored, by, at } };
const fields = (error: ValidationFailed) => error.errors.map((e) => e.field);

describe("a tenant's identity provider", () => {
  it("is set with the installation's default for each claim left out, on a tenant onboarded before providers existed too", () => {
    spec.given([onboarded]).when(configure()).then([configured]);
  });

  it('changes nothing when the same provider is sent again, and is replaced by another', () => {
    spec.given([onboarded, configured]).when(configure()).then([]);
    const other = { ...request, jwksUrl: 'https://login.initech.example/keys', roleMap: null };
    spec
      .given([onboarded, configured])
      .when(configure(other))
      .then([{ ...configured, data: { ...configured.data, identityProvider: { ...stored, jwksUrl: 'https://login.initech.example/keys', roleMap: null } } }]);
  });

  it('fetches keys over TLS, except from a provider on this machine', () => {
    spec
      .given([onboarded])
      .when(configure({ ...request, issuer: 'http://127.0.0.1:8080', jwksUrl: 'http://localhost:8080/jwks' }))
      .then([
        {
          type: 'TenantIdentityProviderConfigured',
          data: { tenantId: 'initech', identityProvider: { ...stored, issuer: 'http://127.0.0.1:8080', jwksUrl: 'http://localhost:8080/jwks' }, by, at },
        },
      ]);
    spec
      .given([onboarded])
      .when(configure({ ...request, issuer: 'http://login.initech.example', jwksUrl: 'not a url' }))
      .thenThrows(ValidationFailed, (e: ValidationFailed) => expect(fields(e)).toEqual(['issuer', 'jwksUrl']));
  });

  it("is refused an issuer another tenant, or the installation's own users, sign in with: a token names one tenant only", () => {
    spec
      .given([onboarded])
      .when(configure({ ...request, issuer: 'https://login.acme.example' }))
      .thenThrows(ValidationFailed, (e: ValidationFailed) =>
        expect(e.errors[0]).toEqual({ field: 'issuer', message: expect.stringMatching(/another tenant/) }),
      );
  });

  it('maps claim values only to roles a business unit can hold, naming each bad field', () => {
    spec
      .given([onboarded])
      .when(configure({ ...request, audience: ' ', nameClaim: 'display name', roleMap: { 'hr-agents': 'agent', root: 'platform-admin', x: 'wizard' } }))
      .thenThrows(ValidationFailed, (e: ValidationFailed) => expect(fields(e)).toEqual(['audience', 'nameClaim', 'roleMap.root', 'roleMap.x']));
  });

  it('may be given at onboarding, where its fields are named under identityProvider', () => {
    const onboard = (identityProvider: object) =>
      ({
        type: 'OnboardTenant',
        data: { ...profile, desks: [], idTaken: false, takenAddresses: [], identityProvider, ...facts, by, at },
      }) as never;
    spec
      .given([])
      .when(onboard(request))
      .then([{ type: 'TenantOnboarded', data: { ...profile, desks: [], identityProvider: stored, by, at } }]);
    spec
      .given([])
      .when(onboard({ ...request, roleMap: { 'hr-agents': 'wizard' } }))
      .thenThrows(ValidationFailed, (e: ValidationFailed) => expect(fields(e)).toEqual(['identityProvider.roleMap.hr-agents']));
  });

  it("is removed, once, when the tenant's users are to sign in with the installation's issuer again", () => {
    const remove = { type: 'RemoveIdentityProvider', data: { by, at } } as const;
    const removed: TenantEvent = { type: 'TenantIdentityProviderRemoved', data: { tenantId: 'initech', by, at } };
    spec.given([onboarded, configured]).when(remove).then([removed]);
    spec.given([onboarded, configured, removed]).when(remove).then([]);
    spec.given([onboarded, configured, removed]).when(configure()).then([configured]);
    spec.given([]).when(remove).thenThrows(NotFound);
  });

  it('is set only on a tenant that exists and is not deleted', () => {
    spec.given([]).when(configure()).thenThrows(NotFound);
    const deleted: TenantEvent[] = [
      onboarded,
      { type: 'TenantSuspended', data: { tenantId: 'initech', reason: 'contract ended', by, at } },
      { type: 'TenantDeletionScheduled', data: { tenantId: 'initech', deleteAfter: at, by, at } },
      { type: 'TenantDeleted', data: { tenantId: 'initech', by, at } },
    ];
    spec.given(deleted).when(configure()).thenThrows(IllegalTransition);
  });
});
