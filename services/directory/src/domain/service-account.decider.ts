import { AlreadyExists, assertNever, NotFound, ValidationFailed, type Decider, type FieldError } from '@deskstream/kernel';
import { ENTRY_ID, MAX_NAME_LENGTH } from './directory-entry.rules';
import type { ApiKey, ServiceAccountCommand, ServiceAccountEvent } from './service-account.events';

export interface ServiceAccount {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly string[];
  readonly keys: readonly ApiKey[];
}

export type ServiceAccountState = { readonly status: 'none' } | { readonly status: 'active'; readonly account: ServiceAccount };

/** Keys live at most a year: an integration's credential is rotated, not kept forever. */
export const MAX_KEY_DAYS = 365;
const DAY_MS = 24 * 60 * 60 * 1000;
/** `METHOD /api/v1/...`, method `*` for any. */
const ENDPOINT = /^(\*|GET|POST|PUT|PATCH|DELETE) \/api\/v1(\/[A-Za-z0-9._~{}-]+)*\/?$/;

function keyErrors(account: ServiceAccount, data: Extract<ServiceAccountCommand, { type: 'IssueApiKey' }>['data']): FieldError[] {
  const errors: FieldError[] = [];
  data.roles.forEach((role, i) => {
    // A key narrows what its account may do, never widens it.
    if (!account.roles.includes(role)) errors.push({ field: `roles.${i}`, message: `the service account does not have the role "${role}"` });
  });
  if (data.endpoints.length === 0) errors.push({ field: 'endpoints', message: 'name at least one endpoint the key may call' });
  data.endpoints.forEach((endpoint, i) => {
    if (!ENDPOINT.test(endpoint)) errors.push({ field: `endpoints.${i}`, message: `"${endpoint}" is not METHOD /api/v1/path` });
  });
  const lifetime = Date.parse(data.expiresAt) - Date.parse(data.at);
  if (!(lifetime > 0) || lifetime > MAX_KEY_DAYS * DAY_MS) errors.push({ field: 'expiresAt', message: `must be after now and within ${MAX_KEY_DAYS} days` });
  return errors;
}

function decide(command: ServiceAccountCommand, state: ServiceAccountState): ServiceAccountEvent[] {
  switch (command.type) {
    case 'CreateServiceAccount': {
      const { id, name, roles, by, at } = command.data;
      if (state.status !== 'none') throw new AlreadyExists('Service account', id);
      const errors: FieldError[] = [];
      if (!ENTRY_ID.test(id)) errors.push({ field: 'id', message: 'lower-case letters, digits, ".", "_" and "-", up to 64' });
      if (name.trim() === '' || name.length > MAX_NAME_LENGTH) errors.push({ field: 'name', message: `1 to ${MAX_NAME_LENGTH} characters` });
      if (roles.length === 0) errors.push({ field: 'roles', message: 'give the account at least one role' });
      if (errors.length > 0) throw new ValidationFailed(errors);
      return [{ type: 'ServiceAccountCreated', data: { id, name, roles, by, at } }];
    }
    case 'IssueApiKey': {
      if (state.status === 'none') throw new NotFound('Service account', '');
      const { data } = command;
      if (state.account.keys.some((k) => k.keyId === data.keyId)) return [];
      const errors = keyErrors(state.account, data);
      if (errors.length > 0) throw new ValidationFailed(errors);
      const roles = data.roles.length > 0 ? data.roles : state.account.roles;
      const key: ApiKey = {
        keyId: data.keyId,
        secretHash: data.secretHash,
        roles,
        endpoints: data.endpoints,
        issuedAt: data.at,
        expiresAt: data.expiresAt,
        revokedAt: null,
        version: 1,
      };
      return [{ type: 'ApiKeyIssued', data: { account: { id: state.account.id, name: state.account.name }, key, by: data.by, at: data.at } }];
    }
    case 'RevokeApiKey': {
      if (state.status === 'none') throw new NotFound('Service account', '');
      const { keyId, by, at } = command.data;
      const key = state.account.keys.find((k) => k.keyId === keyId);
      if (!key) throw new NotFound('API key', keyId);
      if (key.revokedAt) return [];
      const account = { id: state.account.id, name: state.account.name };
      return [{ type: 'ApiKeyRevoked', data: { account, key: { ...key, revokedAt: at, version: key.version + 1 }, by, at } }];
    }
    default:
      return assertNever(command, 'service account command');
  }
}

function evolve(state: ServiceAccountState, event: ServiceAccountEvent): ServiceAccountState {
  if (event.type === 'ServiceAccountCreated')
    return { status: 'active', account: { id: event.data.id, name: event.data.name, roles: event.data.roles, keys: [] } };
  if (state.status === 'none') return state;
  const { account } = state;
  switch (event.type) {
    case 'ApiKeyIssued':
      return { status: 'active', account: { ...account, keys: [...account.keys, event.data.key] } };
    case 'ApiKeyRevoked':
      return {
        status: 'active',
        account: { ...account, keys: account.keys.map((k) => (k.keyId === event.data.key.keyId ? event.data.key : k)) },
      };
    default:
      return assertNever(event, 'service account event');
  }
}

/** A service account of a tenant and its API keys: issued scoped to roles and endpoints with an expiry, revoked for good. */
export const serviceAccountDecider: Decider<ServiceAccountCommand, ServiceAccountEvent, ServiceAccountState> = {
  decide,
  evolve,
  initialState: () => ({ status: 'none' }),
};
