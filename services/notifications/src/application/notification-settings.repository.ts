import { SettingsStream, streamName, ValidationFailed, type CommandContext, type EventStore, type IdGenerator } from '@deskstream/kernel';
import { DEFAULT_NOTIFICATION_SETTINGS } from '../domain/default-notifications';
import { settingsErrors, type NotificationSettings } from '../domain/notification-rules';

export const SETTINGS_CATEGORY = 'notifysettings';

function applyChange(current: NotificationSettings, change: Partial<NotificationSettings>): NotificationSettings {
  const next = { ...current, ...change };
  const errors = settingsErrors(next);
  if (errors.length > 0) throw new ValidationFailed(errors);
  return next;
}

/** A tenant's notification rules and templates, each change a new version (its revision), audited as a stream. */
export class NotificationSettingsRepository {
  private readonly stream: SettingsStream<NotificationSettings>;

  constructor(store: EventStore, ids: IdGenerator) {
    this.stream = new SettingsStream(store, ids, {
      streamOf: (tenantId) => streamName(SETTINGS_CATEGORY, tenantId, 'rules'),
      eventType: 'NotificationSettingsChanged',
      defaults: DEFAULT_NOTIFICATION_SETTINGS,
      apply: applyChange,
    });
  }

  get(tenantId: string) {
    return this.stream.get(tenantId);
  }

  /** With the revision the client saw (If-Match), settings that moved on since are a failed precondition (412). */
  change(context: CommandContext, change: Partial<NotificationSettings>, occurredAt: string, expectedRevision?: number) {
    return this.stream.change(context, change, occurredAt, expectedRevision);
  }
}
