import { projectionOf, type RecordedOf, type StoredDocument } from '@deskstream/readmodels';
import { SERVICE_ACCOUNT_EVENT_TYPES, type ApiKey, type ServiceAccountEvent } from '../domain/service-account.events';
import { SERVICE_ACCOUNT_CATEGORY } from './service-account-streams';

export const SERVICE_ACCOUNTS_COLLECTION = 'directory-service-accounts';

/** A key as the list knows it: its scope and dates, never its digest. */
export type ListedKey = Omit<ApiKey, 'secretHash' | 'version'>;

/** One service account of the tenant's list; id = the account id. */
export interface ServiceAccountDocument extends StoredDocument {
  readonly name: string;
  readonly roles: readonly string[];
  readonly keys: readonly ListedKey[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

function listed({ secretHash: _hash, version: _version, ...key }: ApiKey): ListedKey {
  return key;
}

function applyToServiceAccount(doc: ServiceAccountDocument | null, event: RecordedOf<ServiceAccountEvent>): ServiceAccountDocument | null {
  if (event.type === 'ServiceAccountCreated') {
    const { id, name, roles, at } = event.data;
    return { id, tenantId: event.metadata.tenantId, position: event.position, name, roles, keys: [], createdAt: at, updatedAt: at };
  }
  if (!doc) return null;
  const key = listed(event.data.key);
  const keys = doc.keys.some((k) => k.keyId === key.keyId) ? doc.keys.map((k) => (k.keyId === key.keyId ? key : k)) : [...doc.keys, key];
  return { ...doc, position: event.position, keys, updatedAt: event.data.at };
}

export const serviceAccountsProjection = projectionOf<ServiceAccountEvent, ServiceAccountDocument>({
  name: 'directory.service-accounts.v1',
  collection: SERVICE_ACCOUNTS_COLLECTION,
  categories: [SERVICE_ACCOUNT_CATEGORY],
  handles: SERVICE_ACCOUNT_EVENT_TYPES,
  documentId: (event) => ('account' in event.data ? event.data.account.id : event.data.id),
  apply: applyToServiceAccount,
  indexes: [['name']],
});
