import { TEMPLATE_NAMES, loadTemplate } from '@deskstream/templates';
import { DEFAULT_NOTIFICATION_SETTINGS } from '../domain/default-notifications';
import { settingsErrors, type NotificationRule, type NotificationTemplate } from '../domain/notification-rules';

describe('the notification rules of every shipped template', () => {
  it.each(TEMPLATE_NAMES)('%s: its rules and messages are settings the notifications service accepts', (name) => {
    const { notificationRules, notificationTemplates } = loadTemplate(name);
    expect(notificationRules.length).toBeGreaterThan(0);
    const settings = {
      ...DEFAULT_NOTIFICATION_SETTINGS,
      rules: notificationRules as unknown as NotificationRule[],
      templates: notificationTemplates as NotificationTemplate[],
    };
    expect(settingsErrors(settings)).toEqual([]);
  });
});
