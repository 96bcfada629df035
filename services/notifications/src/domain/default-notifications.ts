import type { NotificationRule, NotificationSettings, NotificationTemplate, RecipientSpec } from './notification-rules';
import type { Channel } from './notification-rules';
import type { TriggerType } from './notification-trigger';

const rule = (
  id: string,
  trigger: TriggerType,
  recipients: RecipientSpec[],
  channel: Channel,
  conditions: NotificationRule['conditions'] = {},
): NotificationRule => ({
  id,
  name: id.replace(/-/g, ' '),
  enabled: true,
  trigger,
  conditions,
  recipients,
  template: id,
  channel,
  webhook: null,
});

const template = (id: string, subject: string, text: string): NotificationTemplate => ({ id, locale: 'en', subject, text, html: null });

/** What every tenant starts with: the people a desk expects to be told, by mail or in the app. */
export const DEFAULT_NOTIFICATION_SETTINGS: NotificationSettings = {
  channels: ['email', 'in-app', 'webhook'],
  rules: [
    rule('public-comment', 'incident.public-comment', [{ role: 'caller' }], 'email'),
    rule('resolved', 'incident.resolved', [{ role: 'caller' }], 'email'),
    rule('closed', 'incident.closed', [{ role: 'caller' }], 'email'),
    rule('assigned-to-you', 'incident.assigned', [{ role: 'assignee' }], 'in-app'),
    rule('assigned-to-your-group', 'incident.assigned', [{ role: 'group' }], 'in-app', { assignee: [null] }),
    rule('escalated-to-manager', 'incident.escalated-hierarchically', [{ field: 'manager' }, { role: 'group-manager' }], 'email'),
    rule('stakeholder-update', 'major-incident.update-published', [{ role: 'caller' }, { role: 'group' }], 'in-app'),
    rule('stakeholder-update-overdue', 'major-incident.update-overdue', [{ role: 'major-incident-manager' }], 'email'),
    rule('awaiting-approval', 'request.awaiting-approval', [{ role: 'approvers' }], 'email'),
    rule('request-public-comment', 'request.public-comment', [{ role: 'caller' }], 'email'),
    rule('request-assigned-to-you', 'request.assigned', [{ role: 'assignee' }], 'email'),
    rule('request-assigned-to-your-group', 'request.assigned', [{ role: 'group' }], 'in-app', { assignee: [null] }),
    rule('sla-warning', 'sla.warning', [{ role: 'assignee' }, { role: 'group-manager' }], 'in-app'),
    rule('sla-breached', 'sla.breached', [{ role: 'group-manager' }], 'email'),
  ],
  templates: [
    template(
      'public-comment',
      '[{{ticket.reference}}] New comment on {{ticket.title}}',
      'Hello {{recipient.name}},\n\n{{fields.by}} wrote on {{ticket.reference}} ({{ticket.status}}):\n\n{{fields.comment}}\n\n{{links.ticket}}',
    ),
    template(
      'resolved',
      '[{{ticket.reference}}] Resolved: {{ticket.title}}',
      'Hello {{recipient.name}},\n\n{{ticket.reference}} is resolved:\n\n{{fields.notes}}\n\nIs it fixed for you? Accept: {{links.accept}}\nStill broken? Reject: {{links.reject}}\n\nWithout an answer it closes on {{fields.autoCloseDueAt}}.',
    ),
    template(
      'closed',
      '[{{ticket.reference}}] Closed: {{ticket.title}}',
      'Hello {{recipient.name}},\n\n{{ticket.reference}} is now closed. Tell us how we did: {{links.ticket}}',
    ),
    template('assigned-to-you', '{{ticket.reference}} is assigned to you', '{{ticket.reference}}: {{ticket.title}} ({{fields.group}})'),
    template('assigned-to-your-group', '{{ticket.reference}} waits in {{fields.group}}', '{{ticket.reference}}: {{ticket.title}}'),
    template(
      'escalated-to-manager',
      '[{{ticket.reference}}] Escalated to you: {{ticket.title}}',
      '{{fields.by}} escalated {{ticket.reference}} to management:\n\n{{fields.reason}}\n\n{{links.ticket}}',
    ),
    template('stakeholder-update', '[{{ticket.reference}}] Update: {{ticket.title}}', '{{fields.message}}\n\nNext update by {{fields.nextUpdateDueAt}}.'),
    template(
      'stakeholder-update-overdue',
      '[{{ticket.reference}}] Stakeholder update overdue',
      'Hello {{recipient.name}},\n\nthe stakeholder update of major incident {{ticket.reference}} ({{ticket.title}}) was due at {{fields.dueAt}} and has not been published.\n\n{{links.ticket}}',
    ),
    template(
      'awaiting-approval',
      '[{{ticket.reference}}] Waiting for your approval: {{ticket.title}}',
      'Hello {{recipient.name}},\n\n{{fields.requestedBy}} asks for {{ticket.title}} for {{ticket.caller}}:\n\n{{fields.description}}\n\nApprove or reject: {{links.ticket}}',
    ),
    template(
      'request-public-comment',
      '[{{ticket.reference}}] New comment on your request for {{ticket.title}}',
      'Hello {{recipient.name}},\n\n{{fields.by}} wrote on {{ticket.reference}} ({{ticket.status}}):\n\n{{fields.comment}}\n\n{{links.ticket}}',
    ),
    template(
      'request-assigned-to-you',
      '[{{ticket.reference}}] Request assigned to you: {{ticket.title}}',
      'Hello {{recipient.name}},\n\n{{ticket.reference}} ({{ticket.title}}, for {{ticket.caller}}) is yours to fulfil in {{fields.group}}.\n\n{{links.ticket}}',
    ),
    template(
      'request-assigned-to-your-group',
      '{{ticket.reference}} waits in {{fields.group}}',
      '{{ticket.reference}}: {{ticket.title}} for {{ticket.caller}}',
    ),
    template(
      'sla-warning',
      '[{{ticket.reference}}] {{fields.percent}}% of the {{fields.target}} time used',
      '{{ticket.reference}} is due at {{fields.dueAt}}.',
    ),
    template(
      'sla-breached',
      '[{{ticket.reference}}] {{fields.target}} target breached',
      '{{ticket.reference}} ({{ticket.title}}) was due at {{fields.dueAt}}.\n\n{{links.ticket}}',
    ),
  ],
};
