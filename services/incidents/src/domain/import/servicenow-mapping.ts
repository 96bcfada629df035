import { ValidationFailed, type FieldError } from '@deskstream/kernel';
import { CHANNELS, HOLD_REASONS, type Channel, type HoldReason } from '../incident.events';
import type { IncidentStatus } from '../incident.state';

/** Where a source state puts the incident: a status, and for a hold, why it waits. */
export interface MappedState {
  readonly status: IncidentStatus;
  readonly holdReason?: HoldReason;
}

/** How a ServiceNow instance's values translate: states, contact types and close codes, by their display text. */
export interface ServiceNowMapping {
  readonly states: Readonly<Record<string, MappedState>>;
  readonly channels: Readonly<Record<string, Channel>>;
  /** Close code -> the tenant's closing category; a code not listed resolves with `defaultClosingCategory`. */
  readonly closeCodes: Readonly<Record<string, string>>;
  readonly defaultClosingCategory: string;
  /** Channel of a contact type not listed. */
  readonly defaultChannel: Channel;
  /** Group of an incident worked in the source without an assignment group: the platform's work always has one. */
  readonly defaultGroup: string;
}

/** ServiceNow's out-of-the-box incident states, by label and by value, and the labels older instances use. */
export const SERVICENOW_DEFAULT_MAPPING: ServiceNowMapping = {
  states: {
    New: { status: 'new' },
    '1': { status: 'new' },
    Active: { status: 'in-progress' },
    'In Progress': { status: 'in-progress' },
    '2': { status: 'in-progress' },
    'On Hold': { status: 'on-hold', holdReason: 'awaiting-caller' },
    '3': { status: 'on-hold', holdReason: 'awaiting-caller' },
    'Awaiting Caller': { status: 'on-hold', holdReason: 'awaiting-caller' },
    'Awaiting User Info': { status: 'on-hold', holdReason: 'awaiting-caller' },
    'Awaiting Evidence': { status: 'on-hold', holdReason: 'awaiting-caller' },
    'Awaiting Vendor': { status: 'on-hold', holdReason: 'awaiting-third-party' },
    'Awaiting Problem': { status: 'on-hold', holdReason: 'awaiting-change' },
    'Awaiting Change': { status: 'on-hold', holdReason: 'awaiting-change' },
    Resolved: { status: 'resolved' },
    '6': { status: 'resolved' },
    Closed: { status: 'closed' },
    '7': { status: 'closed' },
    Canceled: { status: 'cancelled' },
    Cancelled: { status: 'cancelled' },
    '8': { status: 'cancelled' },
  },
  channels: {
    Phone: 'phone',
    'Walk-in': 'phone',
    'Walk in': 'phone',
    IVR: 'phone',
    Email: 'email',
    'Self-service': 'portal',
    'Self service': 'portal',
    'Service Portal': 'portal',
    Chat: 'chat',
    'Virtual Agent': 'chat',
    Monitoring: 'monitoring',
    'Event Management': 'monitoring',
    'Direct opening': 'api',
  },
  closeCodes: {
    'Solved (Work Around)': 'software',
    'Solved (Permanently)': 'software',
    'Solved Remotely (Work Around)': 'software',
    'Solved Remotely (Permanently)': 'software',
    'Not Solved (Not Reproducible)': 'no-fault-found',
    'Not Solved (Too Costly)': 'no-fault-found',
    'Closed/Resolved by Caller': 'user-error',
    Duplicate: 'duplicate',
  },
  defaultClosingCategory: 'no-fault-found',
  defaultChannel: 'api',
  defaultGroup: 'service-desk',
};

const STATUSES: readonly IncidentStatus[] = ['new', 'assigned', 'in-progress', 'on-hold', 'resolved', 'closed', 'cancelled'];

function stateErrors(name: string, state: MappedState): FieldError[] {
  const errors: FieldError[] = [];
  if (!STATUSES.includes(state?.status)) errors.push({ field: `states.${name}.status`, message: `status must be one of ${STATUSES.join(', ')}` });
  else if (state.status === 'on-hold' && !HOLD_REASONS.includes(state.holdReason as HoldReason)) {
    errors.push({ field: `states.${name}.holdReason`, message: `an on-hold state needs a holdReason: ${HOLD_REASONS.join(', ')}` });
  }
  return errors;
}

/** The defaults with an instance's own names added or overriding them; a mapping that could not be applied is refused whole. */
export function extendMapping(base: ServiceNowMapping, extension: Partial<ServiceNowMapping>): ServiceNowMapping {
  const errors: FieldError[] = [];
  for (const [name, state] of Object.entries(extension.states ?? {})) errors.push(...stateErrors(name, state));
  for (const [name, channel] of Object.entries(extension.channels ?? {})) {
    if (!CHANNELS.includes(channel)) errors.push({ field: `channels.${name}`, message: `channel must be one of ${CHANNELS.join(', ')}` });
  }
  if (extension.defaultChannel !== undefined && !CHANNELS.includes(extension.defaultChannel)) {
    errors.push({ field: 'defaultChannel', message: `defaultChannel must be one of ${CHANNELS.join(', ')}` });
  }
  for (const field of ['defaultClosingCategory', 'defaultGroup'] as const) {
    const value = extension[field];
    if (value !== undefined && (typeof value !== 'string' || value.trim() === '')) errors.push({ field, message: `${field} must be a name` });
  }
  if (errors.length > 0) throw new ValidationFailed(errors);
  return {
    states: { ...base.states, ...extension.states },
    channels: { ...base.channels, ...extension.channels },
    closeCodes: { ...base.closeCodes, ...extension.closeCodes },
    defaultClosingCategory: extension.defaultClosingCategory ?? base.defaultClosingCategory,
    defaultChannel: extension.defaultChannel ?? base.defaultChannel,
    defaultGroup: extension.defaultGroup ?? base.defaultGroup,
  };
}
