import { AlreadyExists, IllegalTransition, specification } from '@deskstream/kernel';
import { tenantDecider } from './tenant.decider';
import type { TenantEvent } from './tenant.events';
import { allowedActions } from './tenant.state';

const spec = specification(tenantDecider);
const by = 'platform-admin';
const template = { name: 'facilities', version: 1, deskRequestTypes: { facilities: 'broken-light' } };
const profile = { tenantId: 'initech', name: 'Initech facilities', timeZone: 'America/Chicago', locale: 'en-US', admins: ['bill'], template };
const onboarded: TenantEvent = { type: 'TenantOnboarded', data: { ...profile, desks: [], by, at: '2026-12-01T09:00:00.000Z' } };
const suspended: TenantEvent = { type: 'TenantSuspended', data: { tenantId: 'initech', reason: 'contract ended', by, at: '2026-12-02T09:00:00.000Z' } };
const exportedAt = (at: string): TenantEvent => ({
  type: 'TenantExported',
  data: { tenantId: 'initech', exportId: 'x1', sha256: 'ab', eventCount: 9, by, at },
});
const exported = exportedAt('2026-12-02T10:00:00.000Z');
const scheduled: TenantEvent = {
  type: 'TenantDeletionScheduled',
  data: { tenantId: 'initech', deleteAfter: '2027-01-01T10:00:00.000Z', by, at: '2026-12-02T10:00:00.000Z' },
};
const requestDeletion = { type: 'RequestDeletion', data: { graceDays: 30, by, at: '2026-12-02T10:00:00.000Z' } } as const;
const deleteAt = (at: string) => ({ type: 'DeleteTenant', data: { by: 'system:tenants', at } }) as const;
const reasonOf = (check: string) => (error: IllegalTransition) => expect(error.reason).toBe(check);

describe('deleting a tenant, only after an export and a grace period', () => {
  it('given a suspended tenant exported since its suspension, then its deletion is scheduled for the end of the grace period', () => {
    spec.given([onboarded, suspended, exported]).when(requestDeletion).then([scheduled]);
  });

  it('given an active tenant, then it must be suspended first', () => {
    spec.given([onboarded]).when(requestDeletion).thenThrows(IllegalTransition, reasonOf('wrong-status'));
  });

  it('given no export, or only one taken before the suspension (data may have come in since), then an export is required first', () => {
    spec.given([onboarded, suspended]).when(requestDeletion).thenThrows(IllegalTransition, reasonOf('export-required'));
    spec
      .given([onboarded, exportedAt('2026-12-01T12:00:00.000Z'), suspended])
      .when(requestDeletion)
      .thenThrows(IllegalTransition, reasonOf('export-required'));
  });

  it('given a resumed and suspended tenant, then the export must follow the new suspension', () => {
    const resumed: TenantEvent = { type: 'TenantResumed', data: { tenantId: 'initech', by, at: '2026-12-02T11:00:00.000Z' } };
    const again: TenantEvent = { type: 'TenantSuspended', data: { tenantId: 'initech', reason: 'again', by, at: '2026-12-02T12:00:00.000Z' } };
    spec
      .given([onboarded, suspended, exported, resumed, again])
      .when({ ...requestDeletion, data: { ...requestDeletion.data, at: '2026-12-02T13:00:00.000Z' } })
      .thenThrows(IllegalTransition, reasonOf('export-required'));
  });

  it('offers delete only when it would be taken, and cancel-deletion while the deletion is scheduled', () => {
    spec
      .given([onboarded, suspended])
      .when(requestDeletion)
      .thenThrows(IllegalTransition, (error: IllegalTransition) => expect(error.allowedActions).toEqual(['resume', 'export']));
    spec
      .given([onboarded, suspended, exported])
      .when({ type: 'CancelDeletion', data: { by, at: '2026-12-02T10:30:00.000Z' } })
      .thenThrows(IllegalTransition, (error: IllegalTransition) => {
        expect(error.allowedActions).toEqual(['resume', 'export', 'delete']);
      });
    spec
      .given([onboarded, suspended, exported, scheduled])
      .when(requestDeletion)
      .thenThrows(IllegalTransition, (error: IllegalTransition) => {
        expect(error.allowedActions).toEqual(['cancel-deletion', 'export']);
      });
  });

  it('given a scheduled deletion, then it is refused before the grace period is over and done after it', () => {
    spec.given([onboarded, suspended, exported, scheduled]).when(deleteAt('2026-12-31T23:59:59.000Z')).thenThrows(IllegalTransition, reasonOf('grace-period'));
    spec
      .given([onboarded, suspended, exported, scheduled])
      .when(deleteAt('2027-01-01T10:00:00.000Z'))
      .then([{ type: 'TenantDeleted', data: { tenantId: 'initech', by: 'system:tenants', at: '2027-01-01T10:00:00.000Z' } }]);
  });

  it('given a cancelled deletion, then the tenant is suspended again and a late timer deletes nothing', () => {
    const cancelled: TenantEvent = { type: 'TenantDeletionCancelled', data: { tenantId: 'initech', by, at: '2026-12-03T10:00:00.000Z' } };
    spec.given([onboarded, suspended, exported, scheduled, cancelled]).when(deleteAt('2027-01-02T00:00:00.000Z')).thenNothingHappened();
    spec
      .given([onboarded, suspended, exported, scheduled, cancelled])
      .when(deleteAt('2027-01-02T00:00:00.000Z'))
      .thenState((state) => {
        expect(state).toMatchObject({ status: 'suspended', deleteAfter: null });
      });
  });

  it('given a deleted tenant, then nothing more is done to it, and its id is never onboarded again', () => {
    const deleted: TenantEvent = { type: 'TenantDeleted', data: { tenantId: 'initech', by: 'system:tenants', at: '2027-01-01T10:00:00.000Z' } };
    const history = [onboarded, suspended, exported, scheduled, deleted];
    spec.given(history).when(deleteAt('2027-01-02T00:00:00.000Z')).thenNothingHappened();
    spec
      .given(history)
      .when({ type: 'ResumeTenant', data: { by, at: '2027-01-02T00:00:00.000Z' } })
      .thenThrows(IllegalTransition);
    spec
      .given(history)
      .when({ type: 'RecordExport', data: { exportId: 'x2', sha256: 'cd', eventCount: 9, by, at: '2027-01-02T00:00:00.000Z' } })
      .thenThrows(IllegalTransition);
    spec
      .given(history)
      .when({
        type: 'OnboardTenant',
        data: {
          ...profile,
          desks: [],
          idTaken: false,
          takenAddresses: [],
          identityProvider: null,
          takenIssuers: [],
          grantableRoles: [],
          by,
          at: '2027-01-02T00:00:00.000Z',
        },
      })
      .thenThrows(AlreadyExists);
    spec
      .given(history)
      .when(deleteAt('2027-01-02T00:00:00.000Z'))
      .thenState((state) => {
        expect(state.status === 'deleted' && allowedActions(state)).toEqual([]);
      });
  });
});
