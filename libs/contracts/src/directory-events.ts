/**
 * Integration events of the directory service (topic TOPICS.directory, key = `<kind>:<id>`, CloudEvents
 * `subject` = the same key). Each event carries the whole entry as it now stands (state transfer), so a
 * consumer keeps its own copy by replacing what it had. An entry is never deleted: it is deactivated
 * (`active: false`) and names that point to it stop being accepted. A person's erasure is announced
 * besides (`user-erased`, key `erased-user:<id>`, so that compaction keeps it beside the entry).
 */
export const DIRECTORY_EVENTS = {
  userChanged: 'deskstream.directory.user-changed.v1',
  groupChanged: 'deskstream.directory.group-changed.v1',
  serviceChanged: 'deskstream.directory.service-changed.v1',
  configurationItemChanged: 'deskstream.directory.configuration-item-changed.v1',
  locationChanged: 'deskstream.directory.location-changed.v1',
  categoryChanged: 'deskstream.directory.category-changed.v1',
  apiKeyChanged: 'deskstream.directory.api-key-changed.v1',
  userErased: 'deskstream.directory.user-erased.v1',
} as const;

export type DirectoryIntegrationEventType = (typeof DIRECTORY_EVENTS)[keyof typeof DIRECTORY_EVENTS];

export type DirectoryEntryKindV1 = 'user' | 'group' | 'service' | 'configuration-item' | 'location' | 'category';
export type CriticalityV1 = 'low' | 'medium' | 'high' | 'critical';

interface EntryFact {
  /** The entry's id within its kind and tenant (a user id is the token subject). */
  readonly id: string;
  readonly name: string;
  readonly active: boolean;
  /** Starts at 1 and grows with every change. */
  readonly version: number;
  readonly at: string;
}

export interface DirectoryUserV1 extends EntryFact {
  /** Lower-case; the first is where mail to the user goes. */
  readonly emails: readonly string[];
  readonly timeZone: string;
  readonly locale: string;
  readonly manager: string | null;
  readonly roles: readonly string[];
}

export interface DirectoryGroupV1 extends EntryFact {
  readonly members: readonly string[];
  readonly manager: string | null;
  readonly tier: 1 | 2 | 3;
  /** The business calendar (an SLA calendar id) the group works on. */
  readonly calendar: string | null;
  readonly email: string | null;
}

export interface DirectoryServiceV1 extends EntryFact {
  readonly ownerGroup: string | null;
  readonly supportGroup: string | null;
  readonly criticality: CriticalityV1;
}

export interface DirectoryConfigurationItemV1 extends EntryFact {
  readonly service: string | null;
  readonly ownerGroup: string | null;
  readonly supportGroup: string | null;
  readonly criticality: CriticalityV1;
}

export interface DirectoryLocationV1 extends EntryFact {
  readonly timeZone: string;
}

/** A category tickets are filed under: its id, name and whether it is still offered. */
export type DirectoryCategoryV1 = EntryFact;

/**
 * An API key of a service account as it now stands: what every service's edge needs to accept it.
 * Only a SHA-256 digest of the secret travels; the key itself is shown once, to the admin who made it.
 */
export interface DirectoryApiKeyV1 {
  readonly keyId: string;
  readonly serviceAccountId: string;
  readonly name: string;
  /** Hex SHA-256 of the key's secret part. */
  readonly secretHash: string;
  readonly roles: readonly string[];
  /** `METHOD /api/v1/path` prefixes the key may call (`*` for any method). */
  readonly endpoints: readonly string[];
  readonly expiresAt: string;
  readonly revoked: boolean;
  readonly version: number;
  readonly at: string;
}

/**
 * A person erased (right to erasure): every process deletes the key it holds of them, after which the
 * personal fields sealed with it read as erased. The user's entry as erased (placeholders, inactive)
 * comes as a `user-changed` event.
 */
export interface DirectoryUserErasedV1 {
  /** The user id. */
  readonly id: string;
  /** When the erasure was recorded: a key made after it (the person seen again) is not the erased one. */
  readonly at: string;
}

/** Each type string with its data shape, for consumers that switch on `type`. */
export interface DirectoryIntegrationEvents {
  'deskstream.directory.user-changed.v1': DirectoryUserV1;
  'deskstream.directory.group-changed.v1': DirectoryGroupV1;
  'deskstream.directory.service-changed.v1': DirectoryServiceV1;
  'deskstream.directory.configuration-item-changed.v1': DirectoryConfigurationItemV1;
  'deskstream.directory.location-changed.v1': DirectoryLocationV1;
  'deskstream.directory.category-changed.v1': DirectoryCategoryV1;
  'deskstream.directory.api-key-changed.v1': DirectoryApiKeyV1;
  'deskstream.directory.user-erased.v1': DirectoryUserErasedV1;
}

/** The kind of entry each event type carries. */
export const DIRECTORY_EVENT_KINDS: Readonly<Partial<Record<DirectoryIntegrationEventType, DirectoryEntryKindV1>>> = {
  [DIRECTORY_EVENTS.userChanged]: 'user',
  [DIRECTORY_EVENTS.groupChanged]: 'group',
  [DIRECTORY_EVENTS.serviceChanged]: 'service',
  [DIRECTORY_EVENTS.configurationItemChanged]: 'configuration-item',
  [DIRECTORY_EVENTS.locationChanged]: 'location',
  [DIRECTORY_EVENTS.categoryChanged]: 'category',
};
