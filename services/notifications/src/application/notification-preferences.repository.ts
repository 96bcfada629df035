import { createHash } from 'node:crypto';
import { SettingsStream, streamName, ValidationFailed, type CommandContext, type EventStore, type IdGenerator } from '@deskstream/kernel';
import { DEFAULT_NOTIFICATION_PREFERENCES, preferenceErrors, type NotificationPreferences } from '../domain/notification-preferences';
import type { Channel } from '../domain/notification-rules';
import type { NotificationSettingsRepository } from './notification-settings.repository';

export const PREFERENCES_CATEGORY = 'notifyprefs';

/** One stream per tenant and user, named by a digest of the user id (ids are the directory's free text). */
const userKey = (userId: string): string => createHash('sha256').update(userId).digest('hex').slice(0, 32);

/** Each user's choice of channels, versioned like every setting; checked against what the tenant allows when changed. */
export class NotificationPreferencesRepository {
  constructor(
    private readonly store: EventStore,
    private readonly ids: IdGenerator,
    private readonly settings: Pick<NotificationSettingsRepository, 'get'>,
  ) {}

  get(tenantId: string, userId: string) {
    return this.streamOf(userId, []).get(tenantId);
  }

  async change(context: CommandContext, userId: string, change: Partial<NotificationPreferences>, at: string, expectedRevision?: number) {
    const { channels } = await this.settings.get(context.tenantId);
    return this.streamOf(userId, channels).change(context, change, at, expectedRevision, 'replace');
  }

  private streamOf(userId: string, allowed: readonly Channel[]): SettingsStream<NotificationPreferences> {
    return new SettingsStream<NotificationPreferences>(this.store, this.ids, {
      streamOf: (tenantId) => streamName(PREFERENCES_CATEGORY, tenantId, userKey(userId)),
      eventType: 'NotificationPreferencesChanged',
      defaults: DEFAULT_NOTIFICATION_PREFERENCES,
      apply: (current, change) => {
        const next = { ...current, ...change };
        const errors = preferenceErrors(next, allowed);
        if (errors.length > 0) throw new ValidationFailed(errors);
        return next;
      },
    });
  }
}
