import type { FieldError } from '@deskstream/kernel';
import { TRIGGER_TYPES, type FieldValue, type Trigger, type TriggerType } from './notification-trigger';

export const CHANNELS = ['email', 'in-app', 'webhook'] as const;
export type Channel = (typeof CHANNELS)[number];

export const RECIPIENT_ROLES = ['caller', 'assignee', 'group', 'group-manager', 'approvers', 'major-incident-manager'] as const;
export type RecipientRole = (typeof RECIPIENT_ROLES)[number];

/** Who a rule tells: a role on the ticket, a user named by one of the event's fields, every member of a group, or one user. */
export type RecipientSpec = { readonly role: RecipientRole } | { readonly field: string } | { readonly group: string } | { readonly user: string };

export interface WebhookTarget {
  readonly url: string;
  /** Signs each delivery (HMAC-SHA256 of the body). */
  readonly secret: string;
}

export interface NotificationRule {
  readonly id: string;
  readonly name: string;
  readonly enabled: boolean;
  readonly trigger: TriggerType;
  /** Field -> the values it must have (the event's fields, or `ticket.<field>`); all must hold. */
  readonly conditions: Readonly<Record<string, readonly FieldValue[]>>;
  readonly recipients: readonly RecipientSpec[];
  readonly template: string;
  readonly channel: Channel;
  /** Webhook rules only: where to post, and the signing secret. */
  readonly webhook: WebhookTarget | null;
}

/** A message per tenant and locale, rendered by the template engine (text escaped in HTML by default). */
export interface NotificationTemplate {
  readonly id: string;
  readonly locale: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string | null;
}

export interface NotificationSettings {
  readonly rules: readonly NotificationRule[];
  readonly templates: readonly NotificationTemplate[];
  /** Channels the tenant allows at all. */
  readonly channels: readonly Channel[];
}

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

function valueOf(trigger: Trigger, field: string): FieldValue | undefined {
  if (field.startsWith('ticket.')) {
    const value = (trigger.ticket as unknown as Record<string, unknown>)[field.slice('ticket.'.length)];
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null ? value : undefined;
  }
  return trigger.fields[field];
}

/** An enabled rule for this trigger whose every condition holds, on a channel the tenant allows. */
export function ruleApplies(rule: NotificationRule, trigger: Trigger, channels: readonly Channel[]): boolean {
  if (!rule.enabled || rule.trigger !== trigger.type || !channels.includes(rule.channel)) return false;
  return Object.entries(rule.conditions).every(([field, values]) => {
    const value = valueOf(trigger, field);
    return value !== undefined && values.includes(value);
  });
}

/** Every refusal of a tenant's rules and templates, naming the field. */
export function settingsErrors(settings: NotificationSettings): FieldError[] {
  const errors: FieldError[] = [];
  const templateIds = new Set(settings.templates.map((t) => t.id));
  settings.rules.forEach((rule, i) => {
    const at = `rules.${i}`;
    if (!ID.test(rule.id)) errors.push({ field: `${at}.id`, message: 'lower-case letters, digits and -, up to 64' });
    if (settings.rules.findIndex((r) => r.id === rule.id) !== i) errors.push({ field: `${at}.id`, message: `rule id "${rule.id}" is used twice` });
    if (!TRIGGER_TYPES.includes(rule.trigger)) errors.push({ field: `${at}.trigger`, message: `one of ${TRIGGER_TYPES.join(', ')}` });
    if (rule.channel !== 'webhook' && !templateIds.has(rule.template)) errors.push({ field: `${at}.template`, message: `no template "${rule.template}"` });
    if (rule.channel === 'webhook' && rule.webhook === null) errors.push({ field: `${at}.webhook`, message: 'a webhook rule needs a url and a secret' });
    if (rule.channel !== 'webhook' && rule.recipients.length === 0) errors.push({ field: `${at}.recipients`, message: 'tell at least one recipient' });
  });
  settings.templates.forEach((template, i) => {
    if (settings.templates.findIndex((t) => t.id === template.id && t.locale === template.locale) !== i) {
      errors.push({ field: `templates.${i}`, message: `template "${template.id}" for ${template.locale} is given twice` });
    }
  });
  return errors;
}
