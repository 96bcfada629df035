import { specification } from '@deskstream/kernel';
import type { IncidentCommand } from './incident.commands';
import { incidentDecider } from './incident.decider';
import type { IncidentAssigned, IncidentDescription, IncidentEvent, IncidentOpened } from './incident.events';
import { DEFAULT_PRIORITY_MATRIX } from './priority-matrix';

/** Shared facts for the decider specifications: one incident, walked through its life at known times. */
export const spec = specification(incidentDecider);

export const T0 = '2026-01-05T09:00:00.000Z';
export const at = (minutes: number): string => new Date(Date.parse(T0) + minutes * 60_000).toISOString();
export const days = (n: number): number => n * 24 * 60;
export const CLOSING_CATEGORIES = ['hardware', 'software', 'network', 'supplier', 'user-error', 'duplicate'];

/** The incident every specification opens: the command and the event describe it the same way. */
export const described: IncidentDescription = {
  incidentId: 'inc-1',
  reference: 'INC0001001',
  caller: 'rita',
  channel: 'portal',
  service: 'email',
  configurationItem: 'mx-01',
  shortDescription: 'Cannot send mail',
  description: 'Outlook says the server is unavailable',
};

export const opened: IncidentOpened = {
  type: 'IncidentOpened',
  data: {
    ...described,
    impact: 3,
    urgency: 3,
    priority: 'P5',
    category: null,
    subcategory: null,
    symptom: null,
    classified: false,
    by: 'rita',
    at: T0,
  },
};

export const open = (overrides: Partial<Extract<IncidentCommand, { type: 'OpenIncident' }>['data']> = {}): IncidentCommand => ({
  type: 'OpenIncident',
  data: {
    ...described,
    priorityMatrix: DEFAULT_PRIORITY_MATRIX,
    majorIncidentRules: [],
    by: 'rita',
    at: T0,
    ...overrides,
  },
});

export const assigned: IncidentAssigned = {
  type: 'IncidentAssigned',
  data: { group: 'service-desk', assignee: 'alice', tier: 1, reassignment: false, reassignmentCount: 0, by: 'alice', at: at(1) },
};
export const started: IncidentEvent = { type: 'IncidentWorkStarted', data: { assignee: 'alice', by: 'alice', at: at(2) } };
export const resolved: IncidentEvent = {
  type: 'IncidentResolved',
  data: {
    closingCategory: 'software',
    resolutionCode: null,
    notes: 'Cleared the mail cache',
    resolvedBy: 'alice',
    masterIncidentId: null,
    autoCloseDueAt: at(10 + days(3)),
    at: at(10),
  },
};
export const closed: IncidentEvent = { type: 'IncidentClosed', data: { automatic: false, by: 'alice', at: at(20) } };
export const majorDeclared: IncidentEvent = {
  type: 'MajorIncidentDeclared',
  data: { manager: 'mona', reason: 'all mail down', rule: null, updateIntervalMinutes: 30, nextUpdateDueAt: at(33), by: 'mona', at: at(3) },
};
export const reviewed: IncidentEvent = {
  type: 'PostIncidentReviewRecorded',
  data: { timeline: [], whatWentWrong: 'certificate expired', actions: [{ description: 'monitor expiry', owner: 'bob' }], by: 'mona', at: at(11) },
};

export const inProgress: IncidentEvent[] = [opened, assigned, started];
