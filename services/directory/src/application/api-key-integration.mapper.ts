import { DIRECTORY_EVENTS, SOURCES, TOPICS, type DirectoryApiKeyV1 } from '@deskstream/contracts';
import type { RecordedEvent } from '@deskstream/kernel';
import { toCloudEvent, type IntegrationEventMapper, type OutgoingMessage } from '@deskstream/messaging';
import type { ServiceAccountEvent } from '../domain/service-account.events';
import { SERVICE_ACCOUNT_CATEGORY } from './service-accounts';

/** Each issued or revoked key, whole (its secret's digest, never the secret), on the directory topic keyed by key id. */
export const apiKeyIntegrationMapper: IntegrationEventMapper = {
  categories: [SERVICE_ACCOUNT_CATEGORY],
  map(recorded: RecordedEvent): OutgoingMessage[] {
    const event = recorded as unknown as ServiceAccountEvent;
    if (event.type === 'ServiceAccountCreated') return [];
    const { account, key, at } = event.data;
    const data: DirectoryApiKeyV1 = {
      keyId: key.keyId,
      serviceAccountId: account.id,
      name: account.name,
      secretHash: key.secretHash,
      roles: key.roles,
      endpoints: key.endpoints,
      expiresAt: key.expiresAt,
      revoked: key.revokedAt !== null,
      version: key.version,
      at,
    };
    const subject = `api-key:${key.keyId}`;
    return [
      {
        topic: TOPICS.directory,
        key: subject,
        event: toCloudEvent(recorded, { source: SOURCES.directory, type: DIRECTORY_EVENTS.apiKeyChanged, subject, data }),
      },
    ];
  },
};
