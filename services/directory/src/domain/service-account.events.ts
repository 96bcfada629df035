import type { Message } from '@deskstream/kernel';

export interface ApiKey {
  readonly keyId: string;
  /** Hex SHA-256 of the secret: the secret itself is shown once and never stored. */
  readonly secretHash: string;
  readonly roles: readonly string[];
  readonly endpoints: readonly string[];
  readonly issuedAt: string;
  readonly expiresAt: string;
  readonly revokedAt: string | null;
  readonly version: number;
}

export type CreateServiceAccount = Message<
  'CreateServiceAccount',
  { readonly id: string; readonly name: string; readonly roles: readonly string[]; readonly by: string; readonly at: string }
>;
export type IssueApiKey = Message<
  'IssueApiKey',
  {
    readonly keyId: string;
    readonly secretHash: string;
    /** Left empty: every role of the account. */
    readonly roles: readonly string[];
    readonly endpoints: readonly string[];
    readonly expiresAt: string;
    readonly by: string;
    readonly at: string;
  }
>;
export type RevokeApiKey = Message<'RevokeApiKey', { readonly keyId: string; readonly by: string; readonly at: string }>;
export type ServiceAccountCommand = CreateServiceAccount | IssueApiKey | RevokeApiKey;

export type ServiceAccountCreated = Message<
  'ServiceAccountCreated',
  { readonly id: string; readonly name: string; readonly roles: readonly string[]; readonly by: string; readonly at: string }
>;
/** Both carry the key as it now stands and whose it is: what every service's edge needs to accept it. */
export type ApiKeyIssued = Message<'ApiKeyIssued', { readonly account: AccountRef; readonly key: ApiKey; readonly by: string; readonly at: string }>;
export type ApiKeyRevoked = Message<'ApiKeyRevoked', { readonly account: AccountRef; readonly key: ApiKey; readonly by: string; readonly at: string }>;

export interface AccountRef {
  readonly id: string;
  readonly name: string;
}
export type ServiceAccountEvent = ServiceAccountCreated | ApiKeyIssued | ApiKeyRevoked;

export const SERVICE_ACCOUNT_EVENT_TYPES: readonly ServiceAccountEvent['type'][] = ['ServiceAccountCreated', 'ApiKeyIssued', 'ApiKeyRevoked'];
