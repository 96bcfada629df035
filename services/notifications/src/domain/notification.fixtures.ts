import { DEFAULT_NOTIFICATION_SETTINGS } from './default-notifications';
import type { RenderedNotification } from './notification.events';
import type { PeopleFacts } from './notification-planner';
import type { TicketFacts, Trigger } from './notification-trigger';

export const at = '2026-03-02T09:00:00.000Z';
export const settings = DEFAULT_NOTIFICATION_SETTINGS;

export const ticket: TicketFacts = {
  kind: 'incident',
  id: 'inc-1',
  reference: 'INC0001001',
  title: 'Printer jam',
  status: 'in-progress',
  caller: 'requester',
  group: 'service-desk',
  assignee: 'agent',
  approvers: [],
  majorIncidentManager: null,
  nextUpdateDueAt: null,
};

export const people: PeopleFacts = {
  users: {
    requester: { name: 'Riley Requester', email: 'requester@acme.example', locale: 'en-GB' },
    agent: { name: 'Avery Agent', email: 'agent@acme.example', locale: 'en-GB' },
    resolver: { name: 'Robin Resolver', email: 'resolver@acme.example', locale: 'en-GB' },
    'service-owner': { name: 'Sam Service-Owner', email: 'service-owner@acme.example', locale: 'en-GB' },
  },
  groups: { 'service-desk': { members: ['agent', 'resolver'], manager: 'service-owner' } },
};

export const trigger = (type: Trigger['type'], fields: Trigger['fields'] = {}, overrides: Partial<TicketFacts> = {}, by = 'agent'): Trigger => ({
  type,
  sourceId: 'evt-1',
  by,
  at,
  ticket: { ...ticket, ...overrides },
  fields,
});

/** A notification as rendered when queued: a mail about INC0001001, with what a case changes. */
export const rendered = (overrides: Partial<RenderedNotification> = {}): RenderedNotification => ({
  key: 'evt-1:resolved:requester',
  ruleId: 'resolved',
  channel: 'email',
  recipient: { userId: 'requester', name: 'Riley', address: 'requester@acme.example', locale: 'en' },
  trigger: 'incident.resolved',
  ticketId: 'inc-1',
  reference: 'INC0001001',
  subject: 'Resolved',
  text: 'Done',
  html: null,
  url: null,
  ...overrides,
});
