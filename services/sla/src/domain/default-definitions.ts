import type { SlaDefinition } from './sla-definition.model';

const ESCALATION = { notify: ['assignee', 'group-manager'] as const, repeatEveryMinutes: 60, managers: { '*': 'service-owner' } };
const RESPONSE_CONDITIONS = { start: {}, stop: { status: ['resolved', 'closed'] as const }, cancel: { status: ['cancelled'] as const } };
const RESOLUTION_CONDITIONS = {
  start: {},
  pause: { status: ['on-hold'] as const, holdReason: ['awaiting-caller'] as const },
  stop: { status: ['resolved', 'closed'] as const },
  cancel: { status: ['cancelled'] as const },
};

const DAY = 9 * 60;
/** Per priority: response and resolution in working minutes, and the calendar. */
const TARGETS: readonly [string, number, number, string][] = [
  ['P1', 15, 4 * 60, '24x7'],
  ['P2', 60, 8 * 60, 'business-hours'],
  ['P3', 4 * 60, 3 * DAY, 'business-hours'],
  ['P4', DAY, 5 * DAY, 'business-hours'],
  ['P5', 2 * DAY, 10 * DAY, 'business-hours'],
];

/**
 * The definitions every tenant has until it changes or retires them (version 0): a response and a
 * resolution clock for every incident by priority, and fulfilment for service requests.
 */
export const DEFAULT_DEFINITIONS: readonly SlaDefinition[] = [
  ...TARGETS.flatMap(([priority, response, resolution, calendar]): SlaDefinition[] => [
    {
      id: `${priority.toLowerCase()}-response`,
      name: `${priority} response`,
      type: 'sla',
      target: 'response',
      appliesTo: { kind: 'incident', priorities: [priority] },
      durationMinutes: response,
      deadlineField: null,
      calendar,
      warnings: [50, 75],
      conditions: RESPONSE_CONDITIONS,
      responseBy: ['public-comment', 'assigned'],
      cycles: 'first',
      escalation: ESCALATION,
      version: 0,
    },
    {
      id: `${priority.toLowerCase()}-resolution`,
      name: `${priority} resolution`,
      type: 'sla',
      target: 'resolution',
      appliesTo: { kind: 'incident', priorities: [priority] },
      durationMinutes: resolution,
      deadlineField: null,
      calendar,
      warnings: [50, 75],
      conditions: RESOLUTION_CONDITIONS,
      responseBy: [],
      cycles: 'sum',
      escalation: ESCALATION,
      version: 0,
    },
  ]),
  {
    id: 'request-fulfilment',
    name: 'Service request fulfilment',
    type: 'sla',
    target: 'fulfilment',
    appliesTo: { kind: 'service-request' },
    durationMinutes: 5 * DAY,
    deadlineField: null,
    calendar: 'business-hours',
    warnings: [50, 75],
    conditions: {
      start: {},
      pause: { status: ['awaiting-approval'] },
      stop: { status: ['fulfilled', 'closed'] },
      cancel: { status: ['cancelled', 'rejected'] },
    },
    responseBy: [],
    cycles: 'sum',
    escalation: ESCALATION,
    version: 0,
  },
];
