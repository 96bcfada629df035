import { planNotifications, namesToLookUp } from './notification-planner';
import type { NotificationSettings } from './notification-rules';
import { people, settings, trigger } from './notification.fixtures';
import { overdueUpdate } from './notification-trigger';

const summary = (planned: ReturnType<typeof planNotifications>) => planned.map((p) => [p.ruleId, p.channel, p.recipient.address ?? p.recipient.userId]);

describe('who is told what', () => {
  it('tells the caller of a public comment by mail, keyed by event, rule and recipient', () => {
    const planned = planNotifications(trigger('incident.public-comment', { comment: 'Try again now' }), settings, people);
    expect(summary(planned)).toEqual([['public-comment', 'email', 'requester@acme.example']]);
    expect(planned[0]!.key).toBe('evt-1:public-comment:requester');
  });

  it('tells a user who chose their channels on those only: the caller who chose in-app gets no mail', () => {
    const inAppOnly = { ...people, users: { ...people.users, requester: { ...people.users.requester!, preferences: { channels: ['in-app' as const] } } } };
    expect(planNotifications(trigger('incident.public-comment', { comment: 'Try again now' }), settings, inAppOnly)).toEqual([]);
    const mailToo = {
      ...people,
      users: { ...people.users, requester: { ...people.users.requester!, preferences: { channels: ['email' as const, 'in-app' as const] } } },
    };
    expect(summary(planNotifications(trigger('incident.public-comment', { comment: 'Try again now' }), settings, mailToo))).toEqual([
      ['public-comment', 'email', 'requester@acme.example'],
    ]);
  });

  it('never tells people about what they did themselves', () => {
    expect(planNotifications(trigger('incident.public-comment', {}, {}, 'requester'), settings, people)).toEqual([]);
  });

  it('tells the assignee in the app, and the whole group only while nobody is assigned', () => {
    expect(
      summary(planNotifications(trigger('incident.assigned', { assignee: 'resolver', group: 'service-desk' }, { assignee: 'resolver' }), settings, people)),
    ).toEqual([['assigned-to-you', 'in-app', 'resolver']]);
    expect(summary(planNotifications(trigger('incident.assigned', { assignee: null, group: 'service-desk' }, { assignee: null }), settings, people))).toEqual([
      ['assigned-to-your-group', 'in-app', 'resolver'],
    ]);
  });

  it("tells a request's requester of a public comment by mail, and its assignee of an assignment by mail, the group in the app only while nobody is named", () => {
    const request = { kind: 'service-request' as const, reference: 'REQ0001001' };
    expect(summary(planNotifications(trigger('request.public-comment', { comment: 'Ships Monday' }, request), settings, people))).toEqual([
      ['request-public-comment', 'email', 'requester@acme.example'],
    ]);
    const named = trigger('request.assigned', { assignee: 'resolver', group: 'service-desk' }, { ...request, assignee: 'resolver' });
    expect(summary(planNotifications(named, settings, people))).toEqual([['request-assigned-to-you', 'email', 'resolver@acme.example']]);
    const toGroup = trigger('request.assigned', { assignee: null, group: 'service-desk' }, { ...request, assignee: null });
    expect(summary(planNotifications(toGroup, settings, people))).toEqual([['request-assigned-to-your-group', 'in-app', 'resolver']]);
  });

  it('tells the named manager and the group manager of a hierarchical escalation once each', () => {
    const planned = planNotifications(trigger('incident.escalated-hierarchically', { manager: 'service-owner', reason: 'VIP' }), settings, people);
    expect(summary(planned)).toEqual([['escalated-to-manager', 'email', 'service-owner@acme.example']]);
  });

  it('tells approvers a request waits for them, and a caller outside the directory at their own address', () => {
    const request = trigger('request.awaiting-approval', {}, { kind: 'service-request', approvers: ['service-owner', 'ghost'] }, 'requester');
    expect(summary(planNotifications(request, settings, people))).toEqual([['awaiting-approval', 'email', 'service-owner@acme.example']]);
    const stranger = trigger('incident.resolved', {}, { caller: 'pat@customer.example' });
    expect(summary(planNotifications(stranger, settings, people))).toEqual([['resolved', 'email', 'pat@customer.example']]);
  });

  it('applies only enabled rules whose conditions hold, on channels the tenant allows', () => {
    const onlyP1: NotificationSettings = {
      ...settings,
      rules: settings.rules.map((rule) =>
        rule.id === 'resolved' ? { ...rule, conditions: { priority: ['P1'] } } : rule.id === 'closed' ? { ...rule, enabled: false } : rule,
      ),
    };
    expect(planNotifications(trigger('incident.resolved', { priority: 'P3' }), onlyP1, people)).toEqual([]);
    expect(planNotifications(trigger('incident.resolved', { priority: 'P1' }), onlyP1, people)).toHaveLength(1);
    expect(planNotifications(trigger('incident.closed'), onlyP1, people)).toEqual([]);
    expect(planNotifications(trigger('incident.resolved'), { ...settings, channels: ['in-app'] }, people)).toEqual([]);
  });

  it('sends one webhook per event and rule, to no person', () => {
    const hooked: NotificationSettings = {
      ...settings,
      rules: [{ ...settings.rules[0]!, id: 'hook', channel: 'webhook', recipients: [], webhook: { url: 'https://hooks.example/x', secret: 's' } }],
    };
    const planned = planNotifications(trigger('incident.public-comment'), hooked, people);
    expect(planned.map((p) => [p.key, p.channel])).toEqual([['evt-1:hook', 'webhook']]);
  });

  it('names the groups and people to look up before planning', () => {
    expect(namesToLookUp(trigger('incident.escalated-hierarchically', { manager: 'boss' }), settings)).toEqual({
      groups: ['service-desk'],
      users: ['boss', 'requester', 'agent'],
    });
  });
});

describe('overdue stakeholder updates', () => {
  const major = { majorIncidentManager: 'service-owner', nextUpdateDueAt: '2026-03-02T09:30:00.000Z' };
  const ticketOf = (overrides: object) => trigger('major-incident.update-published', {}, { ...major, ...overrides }).ticket;

  it('fire when the update the timer waited for was not published, and tell the major-incident manager', () => {
    const overdue = overdueUpdate(ticketOf({}), major.nextUpdateDueAt, 'inc-1:stakeholder-update', '2026-03-02T09:30:01.000Z');
    expect(overdue).toMatchObject({ type: 'major-incident.update-overdue', sourceId: 'inc-1:stakeholder-update@2026-03-02T09:30:00.000Z', by: 'system' });
    expect(summary(planNotifications(overdue!, settings, people))).toEqual([['stakeholder-update-overdue', 'email', 'service-owner@acme.example']]);
  });

  it('stay quiet once a newer update moved the due time, or the incident is resolved', () => {
    expect(overdueUpdate(ticketOf({ nextUpdateDueAt: '2026-03-02T10:00:00.000Z' }), major.nextUpdateDueAt, 't', major.nextUpdateDueAt)).toBeNull();
    expect(overdueUpdate(ticketOf({ status: 'resolved' }), major.nextUpdateDueAt, 't', major.nextUpdateDueAt)).toBeNull();
  });
});
