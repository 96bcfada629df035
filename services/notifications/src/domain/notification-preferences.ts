import type { FieldError } from '@deskstream/kernel';
import type { Channel } from './notification-rules';

/** The channels a person can be told on; webhooks are the tenant's integrations, nobody's own channel. */
export const PERSONAL_CHANNELS = ['email', 'in-app'] as const satisfies readonly Channel[];
export type PersonalChannel = (typeof PERSONAL_CHANNELS)[number];

/** What one user chose: the channels they want to be told on; null, every channel the tenant's rules use. */
export interface NotificationPreferences {
  readonly channels: readonly PersonalChannel[] | null;
}

export const DEFAULT_NOTIFICATION_PREFERENCES: NotificationPreferences = { channels: null };

/** A user chooses among the personal channels the tenant allows; each other value is named. */
export function preferenceErrors(preferences: NotificationPreferences, allowed: readonly Channel[]): FieldError[] {
  const { channels } = preferences;
  if (channels === null) return [];
  if (!Array.isArray(channels)) return [{ field: 'channels', message: 'channels must be a list, or null for every channel the desk uses' }];
  return channels.flatMap((channel, i) =>
    (PERSONAL_CHANNELS as readonly string[]).includes(channel) && allowed.includes(channel)
      ? []
      : [
          {
            field: `channels[${i}]`,
            message: `"${String(channel)}" is not a channel this desk allows you: ${PERSONAL_CHANNELS.filter((c) => allowed.includes(c)).join(', ')}`,
          },
        ],
  );
}

/** Whether a user who chose `preferences` is told on `channel`. */
export const wantsChannel = (preferences: NotificationPreferences | undefined, channel: Channel): boolean =>
  !preferences || preferences.channels === null || (preferences.channels as readonly Channel[]).includes(channel);
