import { ruleApplies, type Channel, type NotificationRule, type NotificationSettings, type RecipientSpec } from './notification-rules';
import type { Trigger } from './notification-trigger';
import { wantsChannel, type NotificationPreferences } from './notification-preferences';

/** The directory's facts about the people and groups a trigger may reach (looked up before planning). */
export interface PeopleFacts {
  readonly users: Readonly<
    Record<string, { readonly name: string; readonly email: string | null; readonly locale: string; readonly preferences?: NotificationPreferences }>
  >;
  readonly groups: Readonly<Record<string, { readonly members: readonly string[]; readonly manager: string | null }>>;
}

export interface Recipient {
  /** The directory user, or null for an address that is no user (an unknown contact) or a webhook. */
  readonly userId: string | null;
  readonly name: string;
  /** Mail address (email), or null (in-app, webhook). */
  readonly address: string | null;
  readonly locale: string;
}

export interface PlannedNotification {
  /** Source event + rule + recipient: the same event never tells the same person the same thing twice. */
  readonly key: string;
  readonly ruleId: string;
  readonly channel: Channel;
  readonly template: string;
  readonly recipient: Recipient;
  readonly trigger: Trigger;
}

const ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The user ids (or, for callers outside the directory, addresses) one recipient spec names. */
function namesFor(spec: RecipientSpec, trigger: Trigger, people: PeopleFacts): string[] {
  const { ticket } = trigger;
  const groupOf = (id: string | null) => (id ? people.groups[id] : undefined);
  if ('user' in spec) return [spec.user];
  if ('group' in spec) return [...(groupOf(spec.group)?.members ?? [])];
  if ('field' in spec) {
    const value = trigger.fields[spec.field];
    return typeof value === 'string' ? [value] : [];
  }
  switch (spec.role) {
    case 'caller':
      return ticket.caller ? [ticket.caller] : [];
    case 'assignee':
      return ticket.assignee ? [ticket.assignee] : [];
    case 'group':
      return [...(groupOf(ticket.group)?.members ?? [])];
    case 'group-manager': {
      const manager = groupOf(ticket.group)?.manager;
      return manager ? [manager] : [];
    }
    case 'approvers':
      return [...ticket.approvers];
    case 'major-incident-manager':
      return ticket.majorIncidentManager ? [ticket.majorIncidentManager] : [];
  }
}

function recipientOf(name: string, channel: Channel, people: PeopleFacts): Recipient | null {
  const user = people.users[name];
  if (user) {
    // A user who chose their channels is told on those only (within what the tenant's rules use).
    if (!wantsChannel(user.preferences, channel)) return null;
    if (channel === 'email' && !user.email) return null;
    return { userId: name, name: user.name, address: channel === 'email' ? user.email : null, locale: user.locale };
  }
  // Someone who wrote in from outside the directory is told by mail, at the address they wrote from.
  if (channel === 'email' && ADDRESS.test(name)) return { userId: null, name, address: name.toLowerCase(), locale: 'en' };
  return null;
}

function plannedFor(rule: NotificationRule, trigger: Trigger, people: PeopleFacts): PlannedNotification[] {
  const base = { ruleId: rule.id, channel: rule.channel, template: rule.template, trigger };
  if (rule.channel === 'webhook') {
    return [{ ...base, key: `${trigger.sourceId}:${rule.id}`, recipient: { userId: null, name: rule.name, address: null, locale: 'en' } }];
  }
  const names = [...new Set(rule.recipients.flatMap((spec) => namesFor(spec, trigger, people)))].filter((name) => name !== trigger.by);
  return names.flatMap((name) => {
    const recipient = recipientOf(name, rule.channel, people);
    return recipient ? [{ ...base, key: `${trigger.sourceId}:${rule.id}:${name}`, recipient }] : [];
  });
}

/**
 * Who is told what about a trigger: every enabled rule of the tenant for it whose conditions hold, on
 * a channel the tenant allows, for each person its recipients name (known to the directory, or a
 * caller's own address), never the person who caused it, and each person once per rule.
 */
export function planNotifications(trigger: Trigger, settings: NotificationSettings, people: PeopleFacts): PlannedNotification[] {
  return settings.rules.filter((rule) => ruleApplies(rule, trigger, settings.channels)).flatMap((rule) => plannedFor(rule, trigger, people));
}

/** Groups and users the planner may need, so that the edge can look them up first. */
export function namesToLookUp(trigger: Trigger, settings: NotificationSettings): { groups: string[]; users: string[] } {
  const rules = settings.rules.filter((rule) => ruleApplies(rule, trigger, settings.channels));
  const specs = rules.flatMap((rule) => rule.recipients);
  const groups = new Set<string>(specs.flatMap((spec) => ('group' in spec ? [spec.group] : [])));
  if (trigger.ticket.group) groups.add(trigger.ticket.group);
  const users = new Set<string>(
    specs.flatMap((spec) =>
      'user' in spec ? [spec.user] : 'field' in spec && typeof trigger.fields[spec.field] === 'string' ? [trigger.fields[spec.field] as string] : [],
    ),
  );
  const { caller, assignee, approvers, majorIncidentManager } = trigger.ticket;
  for (const name of [caller, assignee, majorIncidentManager, ...approvers]) if (name) users.add(name);
  return { groups: [...groups], users: [...users] };
}
