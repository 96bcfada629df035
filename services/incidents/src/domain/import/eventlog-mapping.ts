import { ValidationFailed, type FieldError } from '@deskstream/kernel';
import { CHANNELS, HOLD_REASONS, type Channel, type HoldReason } from '../incident.events';

export const EVENTLOG_COMMANDS = ['open', 'assign', 'start', 'hold', 'resume', 'classify', 'resolve', 'close', 'reopen', 'cancel', 'note'] as const;
export type EventLogCommand = (typeof EVENTLOG_COMMANDS)[number];

/** What one activity name means: a lifecycle command, with what that command needs that the row does not say. */
export interface ActivityMapping {
  readonly command: EventLogCommand;
  readonly holdReason?: HoldReason;
  readonly closingCategory?: string;
}

/** Columns of the log the importer reads; only case, activity and timestamp are required. */
export const EVENTLOG_FIELDS = [
  'case',
  'activity',
  'timestamp',
  'resource',
  'caller',
  'channel',
  'service',
  'configurationItem',
  'group',
  'assignee',
  'category',
  'subcategory',
  'impact',
  'urgency',
  'shortDescription',
  'description',
  'closingCategory',
  'thirdParty',
  'note',
] as const;
export type EventLogField = (typeof EVENTLOG_FIELDS)[number];

/** A mapping file: columns to fields, activity names to commands, and the defaults for what a log leaves out. */
export interface EventLogMapping {
  readonly columns: Readonly<Partial<Record<EventLogField, string>>> & { readonly case: string; readonly activity: string; readonly timestamp: string };
  readonly activities: Readonly<Record<string, ActivityMapping>>;
  readonly dateFormat?: string;
  readonly timeZone?: string;
  readonly channel: Channel;
  readonly defaultGroup: string;
  readonly defaultClosingCategory: string;
}

const text = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Checks a mapping file as read from JSON; every problem is named with its place in the file. */
export function readEventLogMapping(json: unknown): EventLogMapping {
  const errors: FieldError[] = [];
  const file = (json ?? {}) as Record<string, unknown>;
  const columns = (file.columns ?? {}) as Record<string, unknown>;
  for (const required of ['case', 'activity', 'timestamp']) {
    if (!text(columns[required])) errors.push({ field: `columns.${required}`, message: 'names the column that holds it' });
  }
  for (const [field, column] of Object.entries(columns)) {
    if (!(EVENTLOG_FIELDS as readonly string[]).includes(field))
      errors.push({ field: `columns.${field}`, message: `unknown field; known: ${EVENTLOG_FIELDS.join(', ')}` });
    else if (!text(column)) errors.push({ field: `columns.${field}`, message: 'must name a column' });
  }
  const activities = (file.activities ?? {}) as Record<string, unknown>;
  for (const [name, raw] of Object.entries(activities)) {
    const activity = (typeof raw === 'string' ? { command: raw } : raw) as Partial<ActivityMapping>;
    if (!(EVENTLOG_COMMANDS as readonly unknown[]).includes(activity?.command)) {
      errors.push({ field: `activities.${name}.command`, message: `must be one of ${EVENTLOG_COMMANDS.join(', ')}` });
    }
    if (activity?.holdReason !== undefined && !HOLD_REASONS.includes(activity.holdReason)) {
      errors.push({ field: `activities.${name}.holdReason`, message: `must be one of ${HOLD_REASONS.join(', ')}` });
    }
  }
  const channel = file.channel ?? 'api';
  if (!CHANNELS.includes(channel as Channel)) errors.push({ field: 'channel', message: `must be one of ${CHANNELS.join(', ')}` });
  if (errors.length > 0) throw new ValidationFailed(errors);
  return {
    columns: columns as EventLogMapping['columns'],
    activities: Object.fromEntries(
      Object.entries(activities).map(([name, raw]) => [name, (typeof raw === 'string' ? { command: raw } : raw) as ActivityMapping]),
    ),
    ...(text(file.dateFormat) ? { dateFormat: file.dateFormat } : {}),
    ...(text(file.timeZone) ? { timeZone: file.timeZone } : {}),
    channel: channel as Channel,
    defaultGroup: text(file.defaultGroup) ? file.defaultGroup : 'service-desk',
    defaultClosingCategory: text(file.defaultClosingCategory) ? file.defaultClosingCategory : 'no-fault-found',
  };
}
