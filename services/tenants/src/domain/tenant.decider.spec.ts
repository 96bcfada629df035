import { AlreadyExists, IllegalTransition, NotFound, specification, ValidationFailed } from '@deskstream/kernel';
import { tenantDecider } from './tenant.decider';
import type { TenantEvent } from './tenant.events';

const spec = specification(tenantDecider);
const at = '2026-12-02T09:00:00.000Z';
const by = 'platform-admin';
const template = { name: 'facilities', version: 1, deskRequestTypes: { facilities: 'broken-light', operations: 'late-delivery' } };
const profile = { tenantId: 'initech', name: 'Initech facilities', timeZone: 'America/Chicago', locale: 'en-US', admins: ['bill'], template };
const noProvider = { identityProvider: null, takenIssuers: [], grantableRoles: ['agent', 'tenant-admin'] };
const onboard = (overrides: object = {}) =>
  ({
    type: 'OnboardTenant',
    data: {
      ...profile,
      desks: [{ address: 'Facilities@Initech.example', kind: 'facilities' }],
      idTaken: false,
      takenAddresses: [],
      ...noProvider,
      by,
      at,
      ...overrides,
    },
  }) as const;
const onboarded: TenantEvent = {
  type: 'TenantOnboarded',
  data: { ...profile, desks: [{ address: 'facilities@initech.example', kind: 'facilities', requestType: 'broken-light' }], identityProvider: null, by, at },
};
const suspended: TenantEvent = { type: 'TenantSuspended', data: { tenantId: 'initech', reason: 'unpaid invoice', by, at } };
const fields = (error: ValidationFailed) => error.errors.map((e) => e.field);

describe('a tenant', () => {
  it('is onboarded once, from its template, with each desk routed to the request type the template gives its kind', () => {
    spec.given([]).when(onboard()).then([onboarded]);
    spec.given([onboarded]).when(onboard()).thenThrows(AlreadyExists);
  });

  it('never takes the id of a tenant that exists outside its stream (a seeded tenant)', () => {
    spec
      .given([])
      .when(onboard({ tenantId: 'acme', idTaken: true }))
      .thenThrows(AlreadyExists);
  });

  it("has a lower-case slug id that is not the platform's, a name, first admins and desks of kinds its template knows", () => {
    spec
      .given([])
      .when(onboard({ tenantId: 'Initech Corp', name: ' ', admins: [], desks: [{ address: 'not-an-address', kind: 'laundry' }] }))
      .thenThrows(ValidationFailed, (e: ValidationFailed) => expect(fields(e)).toEqual(['id', 'name', 'admins', 'desks.0.address', 'desks.0.kind']));
    spec
      .given([])
      .when(onboard({ tenantId: 'platform' }))
      .thenThrows(ValidationFailed, (e: ValidationFailed) => expect(e.errors[0]!.message).toMatch(/reserved/));
    spec
      .given([])
      .when(onboard({ admins: ['Bill Lumbergh'] }))
      .thenThrows(ValidationFailed, (e: ValidationFailed) => expect(fields(e)).toEqual(['admins.0']));
  });

  it('receives mail only at addresses no other tenant has, each listed once', () => {
    const desks = [
      { address: 'facilities@initech.example', kind: 'facilities' },
      { address: 'FACILITIES@initech.example', kind: 'operations' },
      { address: 'it@acme.example', kind: 'operations' },
    ];
    spec
      .given([])
      .when(onboard({ desks, takenAddresses: ['it@acme.example'] }))
      .thenThrows(ValidationFailed, (e: ValidationFailed) =>
        expect(e.errors).toEqual([
          { field: 'desks.1.address', message: 'facilities@initech.example is listed twice' },
          { field: 'desks.2.address', message: 'it@acme.example already receives mail for another tenant' },
        ]),
      );
  });

  it('is suspended with a reason while active, and resumed while suspended', () => {
    spec
      .given([onboarded])
      .when({ type: 'SuspendTenant', data: { reason: ' unpaid invoice ', by, at } })
      .then([suspended]);
    spec
      .given([onboarded])
      .when({ type: 'SuspendTenant', data: { reason: '', by, at } })
      .thenThrows(ValidationFailed);
    spec
      .given([onboarded, suspended])
      .when({ type: 'SuspendTenant', data: { reason: 'again', by, at } })
      .thenThrows(IllegalTransition);
    spec
      .given([onboarded, suspended])
      .when({ type: 'ResumeTenant', data: { by, at } })
      .then([{ type: 'TenantResumed', data: { tenantId: 'initech', by, at } }]);
    spec
      .given([onboarded])
      .when({ type: 'ResumeTenant', data: { by, at } })
      .thenThrows(IllegalTransition, (e: IllegalTransition) => expect(e.allowedActions).toEqual(['suspend', 'export']));
    spec.given([]).when({ type: 'ResumeTenant', data: { by, at } }).thenThrows(NotFound);
  });

  it('records every archive of its history handed out, active or suspended; an unknown tenant has none', () => {
    const facts = { exportId: 'x1', sha256: 'ab', eventCount: 12, by, at };
    spec
      .given([onboarded, suspended])
      .when({ type: 'RecordExport', data: facts })
      .then([{ type: 'TenantExported', data: { tenantId: 'initech', ...facts } }]);
    spec.given([]).when({ type: 'RecordExport', data: facts }).thenThrows(NotFound);
  });
});
