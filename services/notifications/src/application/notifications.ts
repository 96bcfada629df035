import { createHash } from 'node:crypto';
import { commandHandler, NotFound, streamName, type Clock, type CommandContext, type EventStore, type IdGenerator } from '@deskstream/kernel';
import { traced, type DirectoryReplica } from '@deskstream/platform';
import type { Scheduler } from '@deskstream/scheduling';
import { notificationDecider } from '../domain/notification.decider';
import type { NotificationCommand, RenderedNotification } from '../domain/notification.events';
import { namesToLookUp, planNotifications, type PeopleFacts, type PlannedNotification } from '../domain/notification-planner';
import type { Channel, NotificationSettings } from '../domain/notification-rules';
import type { Trigger } from '../domain/notification-trigger';
import type { NotificationChannel } from './notification-channels';
import type { NotificationRenderer } from './notification-renderer';
import type { NotificationSettingsRepository } from './notification-settings.repository';
import type { NotificationPreferencesRepository } from './notification-preferences.repository';

export const NOTIFICATION_CATEGORY = 'notification';
export const DELIVERY_TIMER = 'notifications.deliver';

/** The public id of a notification: a digest of its key (source event, rule, recipient), safe in a URL and a stream name. */
export const notificationId = (key: string): string => createHash('sha256').update(key).digest('hex').slice(0, 32);

export interface NotificationsDeps {
  readonly store: EventStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly settings: NotificationSettingsRepository;
  readonly directory: DirectoryReplica;
  readonly renderer: NotificationRenderer;
  /** A channel this process cannot use (no SMTP relay in production) is absent: its deliveries fail and are retried. */
  readonly channels: Partial<Record<Channel, NotificationChannel>>;
  readonly scheduler: Scheduler;
  /** Each user's choice of channels; without it, everyone is told on every channel the rules use. */
  readonly preferences?: Pick<NotificationPreferencesRepository, 'get'>;
}

/**
 * Telling people: a trigger is planned against the tenant's rules, each notification rendered and
 * queued on its own stream (keyed by source event, rule and recipient, so a redelivered event queues
 * nothing twice), and delivered by a durable timer that retries with backoff until it dead-letters.
 */
export class Notifications {
  private readonly handler;

  constructor(private readonly deps: NotificationsDeps) {
    this.handler = commandHandler(notificationDecider, { store: deps.store, clock: deps.clock, ids: deps.ids });
  }

  async notify(context: CommandContext, trigger: Trigger): Promise<number> {
    const settings = await this.deps.settings.get(context.tenantId);
    const people = await this.people(context.tenantId, namesToLookUp(trigger, settings));
    const planned = planNotifications(trigger, settings, people);
    for (const notification of planned) {
      const rendered = this.render(notification, settings);
      await this.run(context, rendered.key, { type: 'QueueNotification', data: { notification: rendered, at: this.now() } });
    }
    return planned.length;
  }

  /** The delivery timer: sends a notification still pending; a failure is recorded and tried again later. */
  async deliver(tenantId: string, id: string, timerId: string): Promise<void> {
    const context = traced({ tenantId, actor: 'system:notifications', correlationId: timerId, causationId: `timer:${timerId}` });
    const { state } = await this.handler.load(this.stream(tenantId, id));
    if (state.status !== 'pending') return;
    const { notification } = state;
    try {
      const channel = this.deps.channels[notification.channel];
      if (!channel) throw new Error(`the ${notification.channel} channel is not configured here`);
      await channel.send(tenantId, notification, await this.secretOf(tenantId, notification));
      await this.run(context, notification.key, { type: 'RecordDelivery', data: { at: this.now() } });
    } catch (error) {
      await this.run(context, notification.key, {
        type: 'RecordFailure',
        data: { error: error instanceof Error ? error.message : String(error), at: this.now() },
      });
    }
  }

  async markRead(context: CommandContext, id: string): Promise<void> {
    const key = await this.keyOf(context.tenantId, id);
    await this.run(context, key, { type: 'MarkRead', data: { userId: context.actor, at: this.now() } });
  }

  async replay(context: CommandContext, id: string): Promise<void> {
    const key = await this.keyOf(context.tenantId, id);
    await this.run(context, key, { type: 'ReplayNotification', data: { by: context.actor, at: this.now() } });
  }

  private async run(context: CommandContext, key: string, command: NotificationCommand): Promise<void> {
    const id = notificationId(key);
    const result = await this.handler.handle(this.stream(context.tenantId, id), command, context);
    if (result.state.status !== 'pending') return;
    // Scheduling again only moves the timer: a queue redelivered after a crash still gets delivered.
    const failed = result.newEvents.find((e) => e.type === 'NotificationAttemptFailed');
    const dueAt = failed?.type === 'NotificationAttemptFailed' ? new Date(failed.data.nextAttemptAt) : this.deps.clock.now();
    await this.deps.scheduler.schedule({ id: `deliver:${id}`, tenantId: context.tenantId, kind: DELIVERY_TIMER, dueAt, payload: { id } });
  }

  private async keyOf(tenantId: string, id: string): Promise<string> {
    const { state } = await this.handler.load(this.stream(tenantId, id));
    if (state.status === 'none') throw new NotFound('Notification', id);
    return state.notification.key;
  }

  private render(planned: PlannedNotification, settings: NotificationSettings): RenderedNotification {
    const { trigger } = planned;
    const common = {
      key: planned.key,
      ruleId: planned.ruleId,
      channel: planned.channel,
      recipient: planned.recipient,
      trigger: trigger.type,
      ticketId: trigger.ticket.id,
      reference: trigger.ticket.reference,
    };
    if (planned.channel === 'webhook') {
      const url = settings.rules.find((rule) => rule.id === planned.ruleId)?.webhook?.url ?? null;
      const body = { id: notificationId(planned.key), type: trigger.type, at: trigger.at, ticket: trigger.ticket, fields: trigger.fields };
      return { ...common, subject: `${trigger.type} ${trigger.ticket.reference}`, text: JSON.stringify(body), html: null, url };
    }
    return { ...common, ...this.deps.renderer.render(planned, settings.templates), url: null };
  }

  private async secretOf(tenantId: string, notification: RenderedNotification): Promise<string | null> {
    if (notification.channel !== 'webhook') return null;
    const settings = await this.deps.settings.get(tenantId);
    return settings.rules.find((rule) => rule.id === notification.ruleId)?.webhook?.secret ?? null;
  }

  /** The directory's users and groups a plan may need: a group's members and manager are looked up too. */
  private async people(tenantId: string, names: { groups: string[]; users: string[] }): Promise<PeopleFacts> {
    const groups: Record<string, PeopleFacts['groups'][string]> = {};
    const users = new Set(names.users);
    for (const id of names.groups) {
      const group = await this.deps.directory.group(tenantId, id);
      if (!group) continue;
      groups[id] = { members: group.members, manager: group.manager };
      for (const name of [...group.members, ...(group.manager ? [group.manager] : [])]) users.add(name);
    }
    const found: Record<string, PeopleFacts['users'][string]> = {};
    for (const id of users) {
      const user = await this.deps.directory.user(tenantId, id);
      if (!user) continue;
      const preferences = this.deps.preferences ? await this.deps.preferences.get(tenantId, id) : undefined;
      found[id] = {
        name: user.name,
        email: user.emails[0] ?? null,
        locale: user.locale,
        ...(preferences ? { preferences: { channels: preferences.channels } } : {}),
      };
    }
    return { users: found, groups };
  }

  private stream(tenantId: string, id: string): string {
    return streamName(NOTIFICATION_CATEGORY, tenantId, id);
  }

  private now(): string {
    return this.deps.clock.now().toISOString();
  }
}
