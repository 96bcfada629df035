import { ValidationFailed, type FieldError } from '@deskstream/kernel';
import type { Channel, NotificationRule, NotificationSettings, RecipientRole, RecipientSpec } from '../domain/notification-rules';
import type { FieldValue, TriggerType } from '../domain/notification-trigger';
import type { ChangeNotificationSettingsDto, RecipientDto, RuleDto } from './notifications.dto';

function recipientOf(dto: RecipientDto, field: string, errors: FieldError[]): RecipientSpec | null {
  const given = [dto.role, dto.field, dto.group, dto.user].filter((v) => v !== undefined).length;
  if (given !== 1) {
    errors.push({ field, message: 'give exactly one of role, field, group, user' });
    return null;
  }
  if (dto.role) return { role: dto.role as RecipientRole };
  if (dto.field) return { field: dto.field };
  if (dto.group) return { group: dto.group };
  return { user: dto.user! };
}

function conditionsOf(raw: Record<string, unknown[]> | undefined, field: string, errors: FieldError[]): Record<string, FieldValue[]> {
  const conditions: Record<string, FieldValue[]> = {};
  for (const [name, values] of Object.entries(raw ?? {})) {
    const scalars = Array.isArray(values) && values.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v));
    if (!scalars) errors.push({ field: `${field}.${name}`, message: 'a list of strings, numbers, booleans or null' });
    else conditions[name] = values as FieldValue[];
  }
  return conditions;
}

function ruleOf(dto: RuleDto, i: number, errors: FieldError[]): NotificationRule {
  const recipients = dto.recipients.map((r, j) => recipientOf(r, `rules.${i}.recipients.${j}`, errors)).filter((r): r is RecipientSpec => r !== null);
  return {
    id: dto.id,
    name: dto.name,
    enabled: dto.enabled ?? true,
    trigger: dto.trigger as TriggerType,
    conditions: conditionsOf(dto.conditions, `rules.${i}.conditions`, errors),
    recipients,
    template: dto.template ?? dto.id,
    channel: dto.channel as Channel,
    webhook: dto.webhook ? { url: dto.webhook.url, secret: dto.webhook.secret } : null,
  };
}

/** The body as a change of the settings: what it leaves out stays as it is. */
export function settingsChangeOf(body: ChangeNotificationSettingsDto): Partial<NotificationSettings> {
  const errors: FieldError[] = [];
  const change: Partial<NotificationSettings> = {
    ...(body.rules ? { rules: body.rules.map((rule, i) => ruleOf(rule, i, errors)) } : {}),
    ...(body.templates
      ? { templates: body.templates.map((t) => ({ id: t.id, locale: t.locale, subject: t.subject, text: t.text, html: t.html ?? null })) }
      : {}),
    ...(body.channels ? { channels: body.channels as Channel[] } : {}),
  };
  if (errors.length > 0) throw new ValidationFailed(errors);
  return change;
}

/** Secrets are write-only: reads show that one is set, never what it is. */
export function withoutSecrets<S extends NotificationSettings>(settings: S): S {
  return { ...settings, rules: settings.rules.map((rule) => (rule.webhook ? { ...rule, webhook: { url: rule.webhook.url, secret: '(set)' } } : rule)) };
}
