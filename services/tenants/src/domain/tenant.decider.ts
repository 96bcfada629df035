import { AlreadyExists, assertNever, IllegalTransition, NotFound, ValidationFailed, type Decider, type FieldError } from '@deskstream/kernel';
import { identityProviderErrors, identityProviderOf } from './identity-provider.rules';
import type { Desk, TenantCommand, TenantEvent } from './tenant.events';
import { allowedActions, exportedSinceSuspension, initialTenantState, TENANT_ACTIONS, type TenantState } from './tenant.state';
import {
  deletionDueAt,
  isAddress,
  MAX_ADMINS,
  MAX_DESKS,
  MAX_NAME_LENGTH,
  MAX_REASON_LENGTH,
  normaliseAddress,
  RESERVED_TENANT_IDS,
  TENANT_ID,
  USER_ID,
} from './tenant.rules';

type Onboard = Extract<TenantCommand, { type: 'OnboardTenant' }>['data'];

function onboardingErrors(data: Onboard): FieldError[] {
  const errors: FieldError[] = [];
  if (!TENANT_ID.test(data.tenantId)) errors.push({ field: 'id', message: 'a lower-case slug: 3 to 40 letters, digits and "_", starting with a letter' });
  else if (RESERVED_TENANT_IDS.includes(data.tenantId)) errors.push({ field: 'id', message: `"${data.tenantId}" is reserved for the platform` });
  if (data.name.trim() === '' || data.name.length > MAX_NAME_LENGTH) errors.push({ field: 'name', message: `1 to ${MAX_NAME_LENGTH} characters` });
  if (data.admins.length === 0 || data.admins.length > MAX_ADMINS) errors.push({ field: 'admins', message: `name 1 to ${MAX_ADMINS} first administrators` });
  data.admins.forEach((admin, i) => {
    if (!USER_ID.test(admin)) errors.push({ field: `admins.${i}`, message: 'a user id: lower-case letters, digits, ".", "_" and "-"' });
  });
  if (data.desks.length > MAX_DESKS) errors.push({ field: 'desks', message: `at most ${MAX_DESKS} desks` });
  const seen = new Set<string>();
  data.desks.forEach((desk, i) => {
    const address = normaliseAddress(desk.address);
    if (!isAddress(address)) errors.push({ field: `desks.${i}.address`, message: 'an e-mail address' });
    else if (seen.has(address)) errors.push({ field: `desks.${i}.address`, message: `${address} is listed twice` });
    else if (data.takenAddresses.includes(address))
      errors.push({ field: `desks.${i}.address`, message: `${address} already receives mail for another tenant` });
    seen.add(address);
    if (!(desk.kind in data.template.deskRequestTypes)) {
      const known = Object.keys(data.template.deskRequestTypes).join(', ');
      errors.push({ field: `desks.${i}.kind`, message: `the ${data.template.name} template has no "${desk.kind}" desk (it has: ${known})` });
    }
  });
  if (data.identityProvider) errors.push(...identityProviderErrors(data.identityProvider, data, 'identityProvider.'));
  return errors;
}

type Known = Exclude<TenantState, { status: 'none' }>;
type DeletionCommand = Extract<TenantCommand, { type: 'RequestDeletion' | 'CancelDeletion' | 'DeleteTenant' }>;

/**
 * A tenant is deleted only after an export and a grace period: it must be suspended (nothing new comes
 * in), exported since (the archive holds everything), and then it is deleted when the grace period is
 * over, unless the deletion is cancelled before. Its id is never given to another tenant.
 */
function decideDeletion(command: DeletionCommand, state: Known): TenantEvent[] {
  const { tenantId } = state;
  const { by, at } = command.data;
  switch (command.type) {
    case 'RequestDeletion': {
      if (state.status !== 'suspended') {
        throw new IllegalTransition('delete', state.status, allowedActions(state), {
          reason: 'wrong-status',
          message: `Cannot delete a tenant that is ${state.status}: suspend it first, so that nothing new comes in`,
        });
      }
      if (!exportedSinceSuspension(state)) {
        throw new IllegalTransition('delete', state.status, allowedActions(state), {
          reason: 'export-required',
          message: 'Export the tenant first: an export taken since it was suspended is the copy of its history that outlives it',
        });
      }
      return [{ type: 'TenantDeletionScheduled', data: { tenantId, deleteAfter: deletionDueAt(at, command.data.graceDays), by, at } }];
    }
    case 'CancelDeletion':
      if (state.status !== 'deletion-scheduled') throw new IllegalTransition('cancel-deletion', state.status, allowedActions(state));
      return [{ type: 'TenantDeletionCancelled', data: { tenantId, by, at } }];
    case 'DeleteTenant':
      // A timer of a cancelled deletion, or one delivered again after the deletion, has nothing to do.
      if (state.status !== 'deletion-scheduled') return [];
      if (at < state.deleteAfter!) {
        throw new IllegalTransition('delete', state.status, allowedActions(state), {
          reason: 'grace-period',
          message: `The grace period runs until ${state.deleteAfter}`,
        });
      }
      return [{ type: 'TenantDeleted', data: { tenantId, by, at } }];
  }
}

function decide(command: TenantCommand, state: TenantState): TenantEvent[] {
  switch (command.type) {
    case 'OnboardTenant': {
      const { idTaken, takenAddresses: _taken, takenIssuers: _issuers, grantableRoles: _roles, desks, identityProvider, ...profile } = command.data;
      if (state.status !== 'none' || idTaken) throw new AlreadyExists('Tenant', profile.tenantId);
      const errors = onboardingErrors(command.data);
      if (errors.length > 0) throw new ValidationFailed(errors);
      const routed: Desk[] = desks.map((desk) => ({
        address: normaliseAddress(desk.address),
        kind: desk.kind,
        requestType: profile.template.deskRequestTypes[desk.kind]!,
      }));
      const provider = identityProvider ? identityProviderOf(identityProvider) : null;
      return [{ type: 'TenantOnboarded', data: { ...profile, admins: [...new Set(profile.admins)], desks: routed, identityProvider: provider } }];
    }
    case 'ConfigureIdentityProvider': {
      if (state.status === 'none') throw new NotFound('Tenant', '');
      if (state.status === 'deleted') throw new IllegalTransition('configure-identity-provider', state.status, []);
      const errors = identityProviderErrors(command.data.identityProvider, command.data);
      if (errors.length > 0) throw new ValidationFailed(errors);
      const identityProvider = identityProviderOf(command.data.identityProvider);
      // The same provider sent again (a repeated PUT) changes nothing.
      if (JSON.stringify(identityProvider) === JSON.stringify(state.identityProvider)) return [];
      const { by, at } = command.data;
      return [{ type: 'TenantIdentityProviderConfigured', data: { tenantId: state.tenantId, identityProvider, by, at } }];
    }
    case 'RemoveIdentityProvider':
      if (state.status === 'none') throw new NotFound('Tenant', '');
      // Removing a provider the tenant does not have (a repeated DELETE) changes nothing.
      if (state.identityProvider === null) return [];
      return [{ type: 'TenantIdentityProviderRemoved', data: { tenantId: state.tenantId, by: command.data.by, at: command.data.at } }];
    case 'SuspendTenant': {
      if (state.status === 'none') throw new NotFound('Tenant', '');
      if (state.status !== 'active') throw new IllegalTransition('suspend', state.status, TENANT_ACTIONS[state.status]);
      const reason = command.data.reason.trim();
      if (reason === '' || reason.length > MAX_REASON_LENGTH)
        throw new ValidationFailed([{ field: 'reason', message: `say why, in 1 to ${MAX_REASON_LENGTH} characters` }]);
      return [{ type: 'TenantSuspended', data: { tenantId: state.tenantId, reason, by: command.data.by, at: command.data.at } }];
    }
    case 'ResumeTenant': {
      if (state.status === 'none') throw new NotFound('Tenant', '');
      if (state.status !== 'suspended') throw new IllegalTransition('resume', state.status, TENANT_ACTIONS[state.status]);
      return [{ type: 'TenantResumed', data: { tenantId: state.tenantId, by: command.data.by, at: command.data.at } }];
    }
    case 'RecordExport':
      if (state.status === 'none') throw new NotFound('Tenant', '');
      if (state.status === 'deleted') throw new IllegalTransition('export', state.status, []);
      return [{ type: 'TenantExported', data: { tenantId: state.tenantId, ...command.data } }];
    case 'RequestDeletion':
    case 'CancelDeletion':
    case 'DeleteTenant':
      if (state.status === 'none') throw new NotFound('Tenant', '');
      return decideDeletion(command, state);
    default:
      return assertNever(command, 'tenant command');
  }
}

function evolve(state: TenantState, event: TenantEvent): TenantState {
  switch (event.type) {
    case 'TenantOnboarded': {
      const { by: _by, at: _at, identityProvider, ...profile } = event.data;
      return {
        ...profile,
        identityProvider: identityProvider ?? null,
        status: 'active',
        suspendedBecause: null,
        suspendedAt: null,
        lastExportAt: null,
        deleteAfter: null,
      };
    }
    case 'TenantIdentityProviderConfigured':
      return state.status === 'none' ? state : { ...state, identityProvider: event.data.identityProvider };
    case 'TenantIdentityProviderRemoved':
      return state.status === 'none' ? state : { ...state, identityProvider: null };
    case 'TenantSuspended':
      return state.status === 'none' ? state : { ...state, status: 'suspended', suspendedBecause: event.data.reason, suspendedAt: event.data.at };
    case 'TenantResumed':
      return state.status === 'none' ? state : { ...state, status: 'active', suspendedBecause: null, suspendedAt: null };
    case 'TenantExported':
      return state.status === 'none' ? state : { ...state, lastExportAt: event.data.at };
    case 'TenantDeletionScheduled':
      return state.status === 'none' ? state : { ...state, status: 'deletion-scheduled', deleteAfter: event.data.deleteAfter };
    case 'TenantDeletionCancelled':
      return state.status === 'none' ? state : { ...state, status: 'suspended', deleteAfter: null };
    case 'TenantDeleted':
      return state.status === 'none' ? state : { ...state, status: 'deleted', deleteAfter: null };
    default:
      return assertNever(event, 'tenant event');
  }
}

/** A business unit's tenancy: onboarded once from a template, suspended and resumed, and deleted after an export and a grace period. */
export const tenantDecider: Decider<TenantCommand, TenantEvent, TenantState> = { decide, evolve, initialState: initialTenantState };
